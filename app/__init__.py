"""Mediation Desk (话聊调解工作台)."""
__version__ = "0.1.0"
APP_NAME = "mediation-desk"
