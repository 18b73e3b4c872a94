"""The shell of the desktop app: main window, navigation, theme, fonts, i18n, reusable
widgets and the background-task runner. Views (app.views) are built on top of it and are
handed in by the composition root (app.views.screens); app.ui never imports app.views."""
