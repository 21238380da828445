"""What keeps identities out of every export: pseudonymisation, the consent rule,
the scan of the finished file, EXIF stripping and the coder's pseudonymised copy."""
