"""English calendar words shared by the rule-based stages (segment, quotes, speakers, actors,
discover): a weekday or a month is a time, never a person's or a body's name ("On Monday Putin
said", "Tuesday's Armed Forces statement", "By March the army …"). One list, so a stage that
learns a new form learns it for all."""

from __future__ import annotations

#: The seven weekdays, lower case.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The twelve months, lower case, in calendar order.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
#: Weekdays and months, lower case.
CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS)
#: Months' abbreviations that are no English word ("Jan", "Sept"; not "May", a month already).
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
