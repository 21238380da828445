"""The Sources side of the workbench: the sources panel, source and participant dialogs.

`gui.sources.feature.SourcesFeature` installs it in the main window: the Sources dock
(`panel`, over the tree model in `model`), File → Participants… (`participants`) and
File → Import sources… with file drops (`importing`). `labels` holds the translated
names of stored keys, `widgets` the small inputs the dialogs share.
"""
