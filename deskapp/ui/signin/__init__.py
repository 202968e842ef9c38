"""Signing in at the desk PC: the sign-in / lock screen, the type-ahead name picker, the first-run wizard."""
