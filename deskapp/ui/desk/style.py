"""The desk form's look, shared by the desk page and the log's Correct dialog (a chosen option is solid blue
in both, so a correction shows at a glance what the entry says)."""

STYLE = """
QPushButton#choiceButton { padding: 3px 6px; }
QPushButton#choiceButton:checked { background: #2f6fb5; color: white; border: 1px solid #1f4f86; }
QFrame#choiceRow { border: 2px solid transparent; border-radius: 4px; }
QFrame#choiceRow:focus { border: 2px solid #3d7cc9; background: #eef4fb; }
QPushButton#quickButton { padding: 3px 6px; }
QLabel#confirmation[active="true"] { background: #e6f4ea; border: 1px solid #9fd3ad; border-radius: 4px;
    padding: 6px 8px; color: #14532d; font-weight: 600; }
QLabel[role="warning"] { color: #6b4100; background: #fff4d6; border: 1px solid #f0d48a; border-radius: 4px;
    padding: 4px 6px; }
QLabel[role="error-text"] { color: #8a1c1c; }
QLabel[role="section"] { font-weight: 600; font-size: 12pt; }
QListWidget#typeAheadMatches { border: 1px solid #3d7cc9; background: palette(base); }
QListWidget#typeAheadMatches::item:selected { background: #2f6fb5; color: white; }
"""
