"""Every sentence a patient or a staff member reads, in one place (one module per topic).

Written for a tired person on a phone: short, warm, plain, never alarming without cause.
Kept apart from the logic so a second language is a second set of these modules.
"""
