## The brief's page, as the PDF and the editor's preview show it, in the creator's language.

pdf-kicker = Creatorbriefing
pdf-for-handle = Voor { $name } ({ $handle })  ·  { $date }
pdf-for = Voor { $name }  ·  { $date }
pdf-prepared = Opgesteld op { $date }
pdf-your-shop = Je winkel
pdf-summary = In het kort
pdf-goals = Doelen
pdf-target-group = Doelgroep
pdf-deliverables = Wat we vragen
pdf-messaging = Kernboodschappen
pdf-code = Je kortingscode
pdf-disclosure = Reclamevermelding
pdf-compensation = Vergoeding
pdf-timeline = Planning
pdf-do = Wel doen
pdf-dont = Niet doen
pdf-dos-donts = Wel en niet doen
pdf-questions = Vragen? { $contact }
# A timeline step set for a week rather than a day: "Week 49 · 30 Nov".
pdf-week = Week { $week } · { $monday }
# The PDF's title in a reader's document properties.
pdf-title-for = Creatorbriefing voor { $name }: { $campaign }
pdf-title = Creatorbriefing: { $campaign }
# Printed when the brief names no way of disclosing: creators must always be told.
pdf-default-disclosure = #adv of #spon aan het begin van je caption

## The list of briefs (Briefs screen).

briefs-title = Briefings
briefs-subtitle = Eén pagina per creator: wat ze maken, wat ze zeggen en wanneer.
# Button.
briefs-new = + Nieuwe briefing
briefs-search-placeholder = Campagnes zoeken…
briefs-search = Briefings zoeken
# Tabs above the list.
briefs-tab-active = Actief
briefs-tab-archived = Gearchiveerd
briefs-none-archived = Geen gearchiveerde briefings.
# $search is what was typed in the search box.
briefs-none-match = Geen briefing gevonden voor ‘{ $search }’.
briefs-empty-title = Schrijf je eerste briefing
briefs-empty-text = Beschrijf de campagne één keer en voeg dan de creators toe die meedoen: Shoutout maakt voor ieder van hen een pdf van één pagina, met een eigen kortingscode.
# Button.
briefs-empty-action = Briefing schrijven
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } creator
   *[other] { $count } creators
} · bijgewerkt op { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Als sjabloon gebruiken
# Buttons.
briefs-archive = Archiveren
briefs-restore = Terugzetten
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = ‘{ $campaign }’ gemaakt.
briefs-archived = ‘{ $campaign }’ gearchiveerd.
briefs-restored = ‘{ $campaign }’ teruggezet.

## The brief editor: its fields.

briefs-back = ← Alle briefings
briefs-new-title = Nieuwe briefing
briefs-edit-title = Briefing bewerken
# Button, for a brief already saved.
briefs-save = Opslaan
# Button, for a brief not saved yet.
briefs-create = Briefing maken
briefs-campaign = Naam van de campagne
briefs-summary = In het kort
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Invulvelden: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (de eigen kortingscode van de creator), { "{shop}" }. In lijsten één punt per regel.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Doelen
briefs-goals-hint = Wat de campagne moet opleveren
briefs-target-group = Doelgroep
briefs-target-group-hint = Wie je wilt bereiken
briefs-deliverables = Wat we vragen
briefs-deliverables-hint = bijv. 1 reel van 30–60 sec.
briefs-messaging = Kernboodschappen
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Code { "{code}" }, tags, hashtags, @gebruikersnaam
briefs-dos = Wel doen (optioneel)
briefs-donts = Niet doen (optioneel)
briefs-disclosure = Reclamevermelding
briefs-contact = Contact voor vragen
briefs-contact-placeholder = Je e-mailadres uit Instellingen
briefs-no-contact = Zo kunnen creators je nergens bereiken: vul hier een contact in, of je e-mailadres bij Instellingen.
briefs-compensation = Vergoeding
briefs-compensation-placeholder = Cadeau, honorarium, commissie — in woorden en cijfers
# Toasts.
briefs-saved = Briefing opgeslagen.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = De briefing kon nog niet worden opgeslagen: { $reason }

## The brief editor: its timeline.

briefs-timeline = Planning
# After a label, in smaller grey text.
briefs-optional = (optioneel)
briefs-step = Stap
briefs-step-name = Naam van de stap
briefs-date-or-week = Datum of week
briefs-date = Datum
briefs-week = Week
briefs-remove-step = Stap verwijderen
briefs-step-undated-date = Staat pas op de pagina als er een datum bij staat.
briefs-step-undated-week = Staat pas op de pagina als er een week bij staat.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Ideeën aanleveren
briefs-step-drafts = Concepten aanleveren
briefs-step-posting = Publicatie
# Button.
briefs-add-step = + Nog een stap

## The brief editor: the creators it goes to.

briefs-creators = Creators
# $name is the creator's name.
briefs-code-for = Kortingscode voor { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = E-mailen
briefs-email-title = Een concept-e-mail aan deze creator openen
# Button: starts recording a deal with this creator.
briefs-deal = Samenwerking
briefs-deal-title = Leg de samenwerking met deze creator vast: wat je geeft, wat er gepost wordt, wat het oplevert
briefs-remove-creator = { $name } verwijderen
# Search box for adding a creator to the brief.
briefs-add-creator = Toevoegen op naam of gebruikersnaam
# Button.
briefs-export-all = Pdf’s voor alle creators exporteren…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] { $count } briefing opgeslagen in { $folder }.
   *[other] { $count } briefings opgeslagen in { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = { $name } toegevoegd.
briefs-added-with-code = { $name } toegevoegd, met de code { $code }.
briefs-in-roster-now = { $name } staat nu in je creatorlijst; voeg deze creator via de zoekfunctie toe zodra de briefing is opgeslagen.
briefs-pdf-saved = { $file } opgeslagen.
# $address is the creator's email address.
briefs-email-opened = E-mail aan { $address } geopend; de map met de pdf staat open, zodat je die kunt bijvoegen.
briefs-email-opened-no-address = E-mail aan de creator geopend; de map met de pdf staat open, zodat je die kunt bijvoegen.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Nieuwe creator, toegevoegd aan de creatorlijst en aan deze briefing
briefs-new-creator-name = Naam
briefs-new-creator-handle = @gebruikersnaam of profiellink
briefs-new-creator-email = E-mail
briefs-new-creator-followers = Volgers
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = bijv. 4,2K
briefs-cancel = Annuleren
# Button.
briefs-new-creator-add = Aan briefing toevoegen

## The preview beside the editor.

briefs-preview = Voorbeeld
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Voorbeeld voor
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — invulvelden —
briefs-preview-alt = De briefing zoals die wordt afgedrukt
briefs-preview-empty = Geef de campagne een naam om de pagina te zien.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Verstuur deze e-mail vanuit je eigen mail
briefs-unsent-lead = Er ging op deze computer geen e-mailprogramma open. Kopieer het bericht naar de mail die je gebruikt (webmail kan ook) en voeg de pdf als bijlage toe; de map met de pdf staat al open.
# Labels of the email's parts.
briefs-unsent-to = Aan
briefs-unsent-subject = Onderwerp
briefs-unsent-message = Bericht
briefs-unsent-attachment = Bijlage
# Buttons.
briefs-copy = Kopiëren
briefs-copy-message = Bericht kopiëren
briefs-show-pdf = Pdf tonen
briefs-done = Klaar
# Toasts after copying.
briefs-copied-address = Adres gekopieerd.
briefs-copied-subject = Onderwerp gekopieerd.
briefs-copied-message = Bericht gekopieerd.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: je briefing van { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: je briefing
# $first is the creator's first name.
briefs-email-greeting = Hoi { $first },
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = Leuk dat je met ons samenwerkt aan { $campaign }! In de bijlage vind je je briefing van één pagina ({ $file }) met alles op een rij: wat we graag zouden zien, de datums en je eigen code { $code }.
briefs-email-questions = Is er iets niet duidelijk? Stuur dan gewoon een reactie op deze e-mail.
# Above the name of who signs.
briefs-email-sign-off = Tot snel,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = Het team

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [voornaam]
briefs-stand-in-name = [naam]
briefs-stand-in-handle = [@gebruikersnaam]
briefs-stand-in-code = [CODE]
