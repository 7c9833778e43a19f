## The brief's page, as the PDF and the editor's preview show it, in the creator's language.

pdf-kicker = Creator brief
pdf-for-handle = For { $name } ({ $handle })  ·  { $date }
pdf-for = For { $name }  ·  { $date }
pdf-prepared = Prepared { $date }
pdf-your-shop = Your shop
pdf-summary = Summary
pdf-goals = Goals
pdf-target-group = Target audience
pdf-deliverables = Deliverables
pdf-messaging = Messaging
pdf-code = Your discount code
pdf-disclosure = Disclosure
pdf-compensation = Compensation
pdf-timeline = Timeline
pdf-do = Do
pdf-dont = Don't
pdf-dos-donts = Do's and don'ts
pdf-questions = Questions? { $contact }
# A timeline step set for a week rather than a day: "Week 49 · 30 Nov".
pdf-week = Week { $week } · { $monday }
# The PDF's title in a reader's document properties.
pdf-title-for = Creator brief for { $name }: { $campaign }
pdf-title = Creator brief: { $campaign }
# Printed when the brief names no way of disclosing: creators must always be told.
pdf-default-disclosure = #ad or #gifted at the start of the caption
