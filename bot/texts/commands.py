"""The bot's command menu (setMyCommands) and /help."""

PATIENT_MENU: tuple[tuple[str, str], ...] = (
    ("log", "Log last night now"),
    ("summary", "Your last 7 nights"),
    ("weekly", "Day for your weekly summary"),
    ("faq", "Questions you can ask"),
    ("time", "Change your check-in time"),
    ("timezone", "Change your time zone"),
    ("pause", "Pause check-ins"),
    ("resume", "Restart check-ins"),
    ("fix", "Correct a night"),
    ("mydata", "Get your data as a file"),
    ("privacy", "What we keep and who sees it"),
    ("delete", "Delete everything about you"),
    ("stop", "Leave the sleep diary"),
    ("help", "How this works"),
)


def help_text() -> str:
    lines = [
        "Just tell me about your night in your own words, like:",
        "“bed 11ish, up twice, alarm at 6:45, bit queasy”",
        "",
        "You can also ask me questions about ketamine and sleep.",
        "",
        "Commands:",
    ]
    lines += [f"/{name} – {description}" for name, description in PATIENT_MENU]
    lines += ["", "In an emergency call 911. For a crisis, call or text 988."]
    return "\n".join(lines)
