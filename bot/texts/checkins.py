"""The morning check-in and its one reminder."""

CHECKIN = (
    "Good morning! ☀️ How did you sleep last night?\n\n"
    "Tell me in your own words — like “bed 11ish, up twice, woke 6:45, slept ok”."
)

REMINDER = (
    "Just a gentle nudge 🌙 When you have a moment, how did you sleep last night? "
    "A few words is plenty."
)
