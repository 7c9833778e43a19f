## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = us
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Hi { $first }! We hope you enjoyed everything from { $shop }. Just a friendly hello to ask how { $post ->
        [campaign] your { $campaign } post
       *[plain] your post
    } is coming along — no rush.{ $code } Remember to mark it #ad or #gifted. Thank you!
# After 10 days.
nudge-day-10 = Hi { $first }, checking in about { $post ->
        [campaign] your { $campaign } post
       *[plain] your post
    }. Is there anything you need from { $shop } — photos, product details, a second visit?{ $code } We'd love to see what you make!
# After 14 days: the clearest.
nudge-day-14 = Hi { $first }, it has been two weeks since our collaboration started and we haven't seen { $post ->
        [campaign] your { $campaign } post
       *[plain] your post
    } yet. Could you let { $shop } know when you plan to post, or if something changed? Thank you!
# Put into the reminders above when the deal has a discount code.
nudge-code = Your code { $code } is ready for your followers.
# The subject of the reminder's email.
nudge-subject = A quick hello from { $shop }
nudge-subject-campaign = { $campaign }: a quick hello from { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Reminder sent (day { $day })
