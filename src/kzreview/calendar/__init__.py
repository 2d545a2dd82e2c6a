"""Procedural time limits (УПК РК art. 48-49) on the Kazakhstan working calendar.

Takes dates and periods; produces due dates with the rule that set them.  Imports no other stage.
"""
