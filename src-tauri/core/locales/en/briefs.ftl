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

## The list of briefs (Briefs screen).

briefs-title = Briefs
briefs-subtitle = One page per creator: what to make, what to say, and when.
# Button.
briefs-new = + New brief
briefs-search-placeholder = Search campaigns…
briefs-search = Search briefs
# Tabs above the list.
briefs-tab-active = Active
briefs-tab-archived = Archived
briefs-none-archived = No archived briefs.
# $search is what was typed in the search box.
briefs-none-match = No brief matches “{ $search }”.
briefs-empty-title = Write your first brief
briefs-empty-text = Describe the campaign once, then add the creators it goes to: Shoutout makes a one-page PDF for each, with their own discount code.
# Button.
briefs-empty-action = Write a brief
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } creator
   *[other] { $count } creators
} · updated { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Use as template
# Buttons.
briefs-archive = Archive
briefs-restore = Restore
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = Made “{ $campaign }”.
briefs-archived = Archived “{ $campaign }”.
briefs-restored = Restored “{ $campaign }”.

## The brief editor: its fields.

briefs-back = ← All briefs
briefs-new-title = New brief
briefs-edit-title = Edit brief
# Button, for a brief already saved.
briefs-save = Save
# Button, for a brief not saved yet.
briefs-create = Create brief
briefs-campaign = Campaign name
briefs-summary = Summary
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Placeholders: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (the creator's own discount code), { "{shop}" }. Lists take one point per line.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Goals
briefs-goals-hint = What the campaign should achieve
briefs-target-group = Target audience
briefs-target-group-hint = Who it is for
briefs-deliverables = Deliverables
briefs-deliverables-hint = e.g. 1 Reel, 30–60 s
briefs-messaging = Messaging
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Code { "{code}" }, tags, hashtags, @handle
briefs-dos = Do's (optional)
briefs-donts = Don'ts (optional)
briefs-disclosure = Disclosure
briefs-contact = Contact for questions
briefs-contact-placeholder = Your email from Settings
briefs-no-contact = Creators will have no way to reach you: add a contact here, or your email in Settings.
briefs-compensation = Compensation
briefs-compensation-placeholder = Gift, fee, commission — in words and figures
# Toasts.
briefs-saved = Brief saved.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = The brief could not be saved yet: { $reason }

## The brief editor: its timeline.

briefs-timeline = Timeline
# After a label, in smaller grey text.
briefs-optional = (optional)
briefs-step = Step
briefs-step-name = Step name
briefs-date-or-week = Date or week
briefs-date = Date
briefs-week = Week
briefs-remove-step = Remove step
briefs-step-undated-date = Not on the page until it has a date.
briefs-step-undated-week = Not on the page until it has a week.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Concepts due
briefs-step-drafts = Drafts due
briefs-step-posting = Posting
# Button.
briefs-add-step = + Another step

## The brief editor: the creators it goes to.

briefs-creators = Creators
# $name is the creator's name.
briefs-code-for = Discount code for { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = Email
briefs-email-title = Open an email draft to this creator
# Button: starts recording a deal with this creator.
briefs-deal = Deal
briefs-deal-title = Record the deal with this creator: what you give, what they post, what it brings
briefs-remove-creator = Remove { $name }
# Search box for adding a creator to the brief.
briefs-add-creator = Add by name or handle
# Button.
briefs-export-all = Export PDFs for all creators…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] Saved { $count } brief in { $folder }.
   *[other] Saved { $count } briefs in { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = Added { $name }.
briefs-added-with-code = Added { $name }, with the code { $code }.
briefs-in-roster-now = { $name } is in the roster now; add them from the search once the brief is saved.
briefs-pdf-saved = Saved { $file }.
# $address is the creator's email address.
briefs-email-opened = Email to { $address } opened; the PDF is shown in its folder to attach.
briefs-email-opened-no-address = Email to the creator opened; the PDF is shown in its folder to attach.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = New creator, added to the roster and to this brief
briefs-new-creator-name = Name
briefs-new-creator-handle = @handle or profile link
briefs-new-creator-email = Email
briefs-new-creator-followers = Followers
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = e.g. 4.2K
briefs-cancel = Cancel
# Button.
briefs-new-creator-add = Add to the brief

## The preview beside the editor.

briefs-preview = Preview
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Preview for
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — placeholders —
briefs-preview-alt = The brief as it will be printed
briefs-preview-empty = Name the campaign to see the page.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Send this email from your mail
briefs-unsent-lead = No email program opened on this computer. Copy the message into the mail you use (a webmail works too) and attach the PDF; its folder is open.
# Labels of the email's parts.
briefs-unsent-to = To
briefs-unsent-subject = Subject
briefs-unsent-message = Message
briefs-unsent-attachment = Attachment
# Buttons.
briefs-copy = Copy
briefs-copy-message = Copy the message
briefs-show-pdf = Show the PDF
briefs-done = Done
# Toasts after copying.
briefs-copied-address = The address copied.
briefs-copied-subject = The subject copied.
briefs-copied-message = The message copied.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: your brief from { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: your brief
# $first is the creator's first name.
briefs-email-greeting = Hi { $first },
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = Thank you for working with us on { $campaign }! Attached is your one-page brief ({ $file }) with everything in one place: what we would love to see, the dates, and your own code { $code }.
briefs-email-questions = If anything is unclear, just reply to this email.
# Above the name of who signs.
briefs-email-sign-off = See you soon,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = The team

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [first name]
briefs-stand-in-name = [name]
briefs-stand-in-handle = [@handle]
briefs-stand-in-code = [CODE]
