"""Benchmarks of a large study (`make bench`); not part of the test suite."""
