# batch142.py -- labelled test mails, held out of the tree until the rules it measures are final;
# nothing is tuned or trained on them before then.
# Kinds of business drawn on most: digital services (3) -- website hosting
# for small businesses, email marketing tools, online form builders,
# appointment booking apps, password reset / sign-in services, domain
# transfers, cloud storage for teams.  Covers the failure classes --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, subjects that say nothing or something else, replies quoting
# an earlier mail, plans ended or paused in other words, business outages
# told by their consequences, safety hazards told calmly, praise, payment
# questions, Greeklish, Polish and Spanish with and without diacritics --
# and everyday mail of all three queues.  40 mails per language, written
# separately for each language.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b142-hosting-renewed-twice", "Martin Hollis <martin@hollis-bakehouse.example.co.uk>", "Hosting renewal", "billing", "",
"""Hi there,

Our hosting for hollisbakehouse.co.uk renewed on the 3rd and I've been
charged £89.99 twice on the business card, about four minutes apart.
We only have the one site with you. Could you refund the second one
please?

Cheers,
Martin Hollis
Hollis Bakehouse, Frome"""),
("en", "b142-newsletter-downgrade-contacts", "Dana Whitfield <dana@whitfieldyarns.example.com>", "Changing my plan", "billing", "",
"""Hey folks - I cleaned up my mailing list (lots of dead addresses from an
old giveaway) and I'm down to about 2,100 subscribers. I'm on the 10k
contacts tier at $65/mo. Can I drop to the 2,500 tier from this billing
cycle, or do I have to wait for the next one? Don't want to lose my
automations or templates if I switch.

Dana
Whitfield Yarns, Asheville NC"""),
("en", "b142-forms-vat-invoice", "Aoife Brennan <accounts@brennan-physio.example.ie>", "Invoice", "billing", "",
"""Hello,

Could you send on a proper VAT invoice for our annual form builder
subscription (EUR 228, paid 14 February)? The receipt in the dashboard
doesn't show our VAT number, IE 3341207QH, and our accountant won't
accept it without it.

Company: Brennan Physiotherapy Ltd, 12 Oliver Plunkett Street, Cork

Many thanks,
Aoife Brennan"""),
("en", "b142-hairdresser-hanging-up-scissors", "Maureen Kelso <maureen.kelso@example.co.uk>", "Hello", "billing", "",
"""Hello,

After 41 years I am finally hanging up my scissors at the end of this
month. My granddaughter set up your booking system for the salon two
years ago and I pay £18 every month for it. I won't be needing it after
the 30th so please can you make sure I am not charged again after that.
I am not very good with the computer so I would rather you did it from
your end if possible.

Thank you for everything, the customers liked being able to book on
their phones.

Maureen Kelso
Kelso's Hair, Kilmarnock"""),
("en", "b142-domain-transfer-fee-chargeback", "Rajesh Nair <rajesh.nair@example.com>", "Transfer fee charged twice - disputing", "billing", "high",
"""I transferred tidewaterlogistics.com to you last week. You charged
$14.99 for the transfer on the 2nd and then ANOTHER $14.99 on the 5th
labelled "domain transfer - retry". There was no retry from my side, the
transfer completed first time, I have the confirmation email.

I raised this on chat on Monday and was told someone would get back to
me in 48 hours. Nobody has. If the second charge isn't refunded by
Friday I'm filing a dispute with my card issuer and letting them sort it
out.

Rajesh Nair"""),
("en", "b142-cloud-seats-overbilled-manager", "Venkatesh Iyer <v.iyer@sundaramtextiles.example.in>", "Wrong billing for seats - kindly escalate", "billing", "high",
"""Dear Sir/Madam,

This is regarding our team cloud storage account (Sundaram Textiles,
account no. 77-30418). We are having only 12 users but since last three
months we are being billed for 25 seats, i.e. Rs. 13,750 extra every
month. I have written two times to the support address and both times
received only the standard reply to check the admin console. The admin
console is clearly showing 12 active users.

Kindly escalate this matter to a manager or someone senior who can
actually look into the billing records and refund the excess amount of
Rs. 41,250. I am not wanting to explain the same thing a third time to
a new person.

Thanks and regards,
Venkatesh Iyer
Accounts Head, Sundaram Textiles, Coimbatore"""),
("en", "b142-not-technical-bill-jumped", "Tyler Brooks <tyler@brookshvac.example.com>", "Question", "billing", "",
"""This isn't a tech issue, the email tool is working fine for us. My card
got charged $49 this month instead of the usual $29. I never got an
email about a price change and I didn't add any contacts. What
happened?

Tyler
Brooks Heating & Air"""),
("en", "b142-campground-winter-pause", "Bronwyn Adair <stay@gumtreeflats.example.com.au>", "Over winter", "billing", "",
"""G'day,

We run a little campground near Cygnet and we shut the gates from the
end of May till the start of September - nobody's camping down here in
a Tassie winter. Is there any way to put our email newsletter account
on hold for those months so we're not paying the A$42 a month for
nothing? Happy to keep the list and templates, just don't want to be
sending or paying.

Thanks heaps,
Bronwyn"""),
("en", "b142-re-annual-quote", "Gareth Pryce <gareth@prycejoinery.example.co.uk>", "Re: Your annual plan quote", "billing", "",
"""Thanks Hannah, that's clearer. We'll go for the annual one at £324
rather than monthly. Can you switch us over now and credit what's left
of this month, or does it start from the next renewal?

Gareth

> From: Hannah (Accounts)
> Sent: 11 March
> Subject: Your annual plan quote
>
> Hi Gareth,
> Business Hosting on annual billing works out at £324 a year (£27 a
> month), compared with £32 a month on monthly billing. Let me know if
> you'd like to switch.
> Hannah"""),
("en", "b142-cooling-off-refund-small-claims", "Louise Armitage <louise.armitage@example.co.uk>", "Refund - final request before small claims", "billing", "high",
"""Dear Sir or Madam,

I signed up for your Business Hosting plan on 2 April and cancelled in
writing on 6 April, well within the 14-day cancellation period. I never
used the service: no site was ever uploaded and the domain was never
pointed at your servers. Your cancellation confirmation (ref
CX-40917) said a refund of £155.88 would be made within 10 working days.

It is now 2 June. I have emailed four times. I have received no refund
and no explanation.

Please treat this as a letter before action. If the full amount is not
back in my account within 14 days I will issue a claim through the
small claims court (Money Claim Online) without further notice, and I
will be adding the court fee to the amount claimed.

Yours faithfully,
Louise Armitage"""),
("en", "b142-password-manager-husband-died", "Eileen Doherty <eileen.doherty@example.ie>", "Family plan", "billing", "",
"""Dear Sir,

My husband Seamus passed away in January. He set up the family plan on
your password service for the two of us and it is paid from his card
which is now closed by the bank, so I expect the next payment will fail.

I would like to keep my own passwords but I only need it for myself now.
Could you change it to the single plan and tell me how to pay for it with
my own card. My son Declan will help me if it has to be done on the
computer.

Thank you,
Eileen Doherty"""),
("en", "b142-pay-by-bank-transfer", "Accounts <accounts@coastalrealty.example.com.au>", "Payment method", "billing", "",
"""Hi,

We're moving our 14 staff onto your team storage plan. Our finance
policy doesn't allow company credit cards for recurring software costs.
Can we be invoiced quarterly and pay by EFT instead? If so what are
your payment terms?

Regards,
Priya Raman
Finance, Coastal Realty Group, Newcastle NSW"""),
("en", "b142-coupon-not-applied-order", "Jordan Pike <jordan.pike@example.com>", "Order 48213", "billing", "",
"""Used SPRING20 at checkout for the Pro forms plan, the page said "code
applied" but the receipt shows the full $180 for the year. Can you
apply the 20% retroactively? Order 48213."""),
("en", "b142-charity-discount-forms", "Sheila Grant <sheila.grant@example.org.uk>", "Charity rates?", "billing", "",
"""Hello, I volunteer for a small food bank in Leeds (registered charity
1189452). We use your free forms for volunteer sign-ups but we've hit
the 100 responses a month limit. Do you have any discount for charities
on the paid plans? We have very little money for this sort of thing.

Kind regards,
Sheila"""),
("en", "b142-florist-site-blank-no-orders", "Kerry Lomax <kerry@petalandstem.example.co.uk>", "Our website", "technical", "high",
"""Hi,

Since about 7 this morning customers have been ringing the shop saying
our website is just a white page. We've had no online orders at all
today and it's the week before Mother's Day, normally we'd have had 40
or 50 by now. The girls are answering the phone instead of doing
bouquets. I can't get into the control panel either, it just spins.

Please can someone look at it now.

Kerry Lomax
Petal & Stem, Stockport
0161 496 0733"""),
("en", "b142-campaign-stuck-sending", "Mel Carter <mel@carterandcocoffee.example.com>", "Campaign stuck", "technical", "",
"""Our Thursday newsletter has been sitting on "Sending..." for about five
hours now. The report says 0 delivered out of 3,412. I haven't touched
it in case I end up sending it twice. Can you check what's going on?

Mel"""),
("en", "b142-form-responses-not-emailed", "Niamh Quinlan <niamh.quinlan@example.ie>", "Contact form", "technical", "",
"""Hi,

The enquiry form on my yoga studio site stopped sending me the emails
about 10 days ago. The responses are all there in your dashboard, so
people are filling it in, but nothing comes to my inbox (checked spam).
I only noticed when a woman rang to ask why I hadn't replied.

I don't want a refund or anything, I just want the notifications back.
The notification address is correct in the settings.

Thanks,
Niamh"""),
("en", "b142-physio-bookings-vanished", "Reception <reception@riversidephysio.example.com.au>", "Appointments", "technical", "high",
"""Hi,

Since this morning the calendar in your app shows every slot for all
five of our physios as free. Patients are still turning up for the
appointments they booked, and the app is letting new people book into
the same times, so we've had two people arriving for the same 9:30 with
Sam and had to send people home. We're ringing everyone we can remember
but we don't know who's booked for the rest of the week.

We need this back up today please, we can't run the clinic like this.

Jess
Riverside Physiotherapy, Wagga Wagga"""),
("en", "b142-reset-link-expired-immediately", "Anand Kulkarni <anand.kulkarni@example.in>", "Reset link is not working", "technical", "",
"""Hello Team,

I am trying to reset my password since yesterday. Every time I click
on the link in the mail it is showing "This link has expired", even
when I click within one minute of receiving it. I have tried 5-6 times
from laptop and mobile both. Please do the needful.

Regards,
Anand Kulkarni
Pune"""),
("en", "b142-dad-glucose-alarms-locked-out", "Carla Mendes <carla.mendes@example.com>", "Locked out - my dad's glucose monitor", "technical", "high",
"""Hi,

My father is 79 and type 1 diabetic. His glucose sensor app signs in
through your "KeyPass" login. Since his phone updated last night the app
has logged him out and it won't let him back in: the reset code email
never arrives (checked spam, waited an hour, tried three times). While
he's logged out the app isn't showing his readings or sounding the low
alarms, and he has had night-time lows before.

Can someone please unlock his account or send the code another way?
His login is his email, frank.mendes@example.com.

Carla Mendes (his daughter)
(555) 014-2298"""),
("en", "b142-domain-transfer-parking-page", "Owen Lloyd <owen.lloyd@example.co.uk>", "owenlloydphotos.co.uk", "technical", "",
"""Transferred my domain over to you on Saturday, transfer shows as
complete, but the site now shows a "this domain is parked" page with
ads on it instead of my portfolio. The site itself is still hosted
elsewhere. Do I need to change the nameservers back or something?
Not urgent, it's just a hobby site, but I'd like it sorted.

Owen"""),
("en", "b142-not-billing-conflicted-copies", "Ruth Okafor <ruth@okaforarchitects.example.com>", "Invoice folder", "technical", "",
"""Before anyone forwards this to accounts - it's not about our bill, the
bill's fine. It's the shared "Invoices 2024" folder in our team storage.
Every time two of us have a spreadsheet open, it creates a copy called
"(conflicted copy - Ruth's MacBook)" and we end up with five versions of
the same thing. Is there a setting to lock a file while someone's in it?

Ruth Okafor
Okafor Architects"""),
("en", "b142-ssl-not-secure-warning", "Ciaran Flood <ciaran@floodplumbing.example.ie>", "Not secure", "technical", "",
"""Hi lads, my website is showing "Not secure" in Chrome since Monday and
a customer said her phone wouldn't let her open it at all. I thought the
certificate thing was included with the hosting? floodplumbing.ie

Ciaran"""),
("en", "b142-backup-box-hot-burning-smell", "Graham Tully <graham@tullyaccountants.example.co.uk>", "The backup unit you supplied", "technical", "high",
"""Hello,

Just to let you know about something with the local backup unit that
came with our team storage plan last year (the small white box that sits
next to the router).

This morning the office had a smell of hot plastic and we traced it to
that unit. The casing was too hot to keep a hand on, and there is a
brown mark on the side near the power socket. We have unplugged it and
put it on the tiled floor in the kitchen away from anything. Nobody has
touched it since.

Could you tell us what you want us to do with it and whether the other
one we have at our second office is the same model?

Regards,
Graham Tully
Tully & Co Chartered Accountants, Preston"""),
("en", "b142-sms-codes-not-arriving-au", "Lachlan Birch <lachie.birch@example.com.au>", "Two factor", "technical", "",
"""SMS codes for the two-factor login aren't coming through to my mobile
(Telstra). Got them fine till last week. Can I switch to an
authenticator app without logging in first? Bit of a catch-22 at the
moment."""),
("en", "b142-site-hacked-want-senior", "Harold Finch <harold.finch@finchandsons.example.com>", "SITE HACKED - I want someone senior", "technical", "high",
"""Our company website (finchandsons-hardware.com), hosted with you, is
redirecting visitors to an online casino. Customers have been emailing
us screenshots since last night. This is a family business that has
been trading for 60 years and our name is now attached to gambling
spam.

I spent forty minutes on chat this morning being told to "clear my
cache". I am not interested in talking to front-line support again. I
want this passed to someone senior in your security team today, and I
want to know how this happened on your servers.

Harold Finch
Finch & Sons Hardware, Dayton OH"""),
("en", "b142-csv-import-invalid-column", "Sophie Hart <sophie.hart@example.com>", "import", "technical", "",
"""csv import keeps failing with "invalid column: Email Address" even
though that's exactly what the column is called?? file attached"""),
("en", "b142-thanks-priya-migration", "Alan Whitaker <alan@whitakerveterinary.example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say thank you to Priya in your support team. She spent
most of Tuesday afternoon helping us move our practice website and
emails over from our old host, and she explained everything in plain
English without making me feel stupid. It all went live without a
hitch and our clients didn't notice a thing.

If there's some way of passing this on to her manager, please do.

Alan Whitaker
Whitaker Veterinary Surgery, Harrogate"""),
("en", "b142-change-account-owner-left", "Nicola Shaw <nicola.shaw@greenlanenursery.example.co.uk>", "Account owner", "general", "",
"""Hi,

The owner on our booking account is still set to Debbie Rowe, who left
the nursery in December. I'm the new manager. Can the account owner and
contact email be changed to me, nicola.shaw@greenlanenursery.example.co.uk?
Debbie is happy to confirm if you need her to, her personal email is
debbie.rowe@example.com.

Thanks,
Nicola Shaw
Green Lane Day Nursery"""),
("en", "b142-subject-access-request", "Philip Dunne <philip.dunne@example.ie>", "Subject access request", "general", "",
"""To whom it may concern,

Under Article 15 of the GDPR I am requesting a copy of all personal data
your company holds about me, including any mailing lists I have been
added to through your email marketing platform by your customers, and
the source of that data.

My email addresses are philip.dunne@example.ie and pdunne@example.com.

Regards,
Philip Dunne
Galway"""),
("en", "b142-phone-support-bank-holiday", "Trevor Pearce <trevor.pearce@example.co.uk>", "Phone line", "general", "",
"""What are your phone support hours over the Easter bank holiday
weekend? We're moving our shop's site to you that weekend and I'd like
to know someone's there if I get stuck."""),
("en", "b142-rude-chat-agent-supervisor", "Denise Hargreaves <denise@hargreavesflorals.example.co.uk>", "Complaint about your chat agent", "general", "high",
"""I am writing to complain about the way I was spoken to on your live
chat this afternoon (agent name "Kyle", around 2.15pm).

I asked a simple question about how your booking app sends reminders.
He told me to "read the help pages like everyone else", then when I
said I had, he wrote "not my problem" and closed the chat.

I have been a customer for six years and I've never been treated like
that. I want this passed to his supervisor and I want a reply from them
directly, not another automated email.

Denise Hargreaves"""),
("en", "b142-sponsor-wordpress-meetup", "Ashwin Pillai <ashwin.pillai@example.com>", "Meetup sponsorship", "general", "",
"""Hi there,

I organise the WordPress meetup in Bristol - about 40 to 60 people every
month, mostly freelancers and small agencies, many of whom host with
you. We're looking for a sponsor to cover pizza and drinks for our
next few sessions (roughly £150 a night). In return we'd put your logo
on the slides and meetup page and you'd be welcome to do a 10 minute
talk.

Is there someone I could talk to about this?

Ashwin"""),
("en", "b142-deliverability-webinar-recording", "Kim Nguyen <kim.nguyen@example.com>", "Webinar Thursday", "general", "",
"""Hi - I signed up for Thursday's deliverability webinar but I'll be on a
flight. Will there be a recording sent out afterwards? And is the
Q&A part included?
Thanks, Kim"""),
("en", "b142-data-centre-location-questionnaire", "Procurement <procurement@kildarecoco.example.ie>", "Supplier questionnaire", "general", "",
"""Dear Sir/Madam,

As part of our supplier due diligence we need the following for your
online forms service:

1. The country or countries in which form response data is stored.
2. Whether any data is transferred outside the EEA, and under what
   mechanism.
3. A copy of your current data processing agreement.

Regards,
Orla Keane
Procurement Section"""),
("en", "b142-charger-left-at-expo", "Sam Whitlock <sam.whitlock@example.co.uk>", "Left at your stand", "general", "",
"""Hi, I think I left my laptop charger (grey Dell, with a bit of blue
tape on the plug) at your stand at the Small Business Expo in
Birmingham on Saturday. I was sitting at the demo table with one of your
team setting up a booking page. Did anyone hand it in? Happy to pay
postage."""),
("en", "b142-urgent-welsh-booking-page", "Rhian Morgan <rhian@caffimorgan.example.co.uk>", "URGENT!!!", "general", "",
"""Hiya, URGENT question haha - can the booking page be shown in Welsh?
Half our customers would love that. We're launching the new café
bookings on Monday and I'm dying to show it off. Your new templates
are killer by the way!

Rhian"""),
("en", "b142-re-transfer-done-thanks", "Bernard Cole <bernard.cole@example.com>", "Re: Ticket 55120 - domain transfer", "general", "",
"""All working now, website and email both. Thank you for your patience
with me, I know I asked a lot of questions.

Bernard

On Tue, 9 Apr, Support wrote:
> Hi Bernard,
> The transfer of colegardens.com has completed and the DNS records
> have been copied over. Please allow up to 24 hours for everything
> to update. Let us know if you notice any issues.
> Regards, Tom"""),
("en", "b142-workshop-office-loose-step", "Fiona Blake <fiona.blake@example.co.uk>", "Your Manchester office stairs", "general", "high",
"""Hello,

I came to the email marketing workshop at your Manchester office
yesterday. I wanted to let someone know that on the stairs up to the
training room on the second floor, the fourth step from the top is
loose: the front edge lifts when you put your weight on it. The lady in
front of me caught her heel on it and nearly went down; only the
handrail stopped her. The lift was out of order so everyone was using
those stairs.

I'd hate for someone to be hurt at the next session, so please have it
looked at.

Fiona Blake"""),
("en", "b142-student-dissertation-questions", "Hamza Siddiqui <h.siddiqui@example.ac.uk>", "Dissertation", "general", "",
"""Dear Sir or Madam,

I am a final year business student at the University of Leicester
writing my dissertation on how micro-businesses choose online booking
tools. Would anyone in your team be willing to answer five or six
short questions by email? It would take about 15 minutes and I'm happy
to share the finished dissertation.

Yours faithfully,
Hamza Siddiqui"""),
# ---------------- Greek ----------------
("el", "b142-gl-hosting-xrewsh-dyo-fores", "Stavros P. <stavros.pap@example.gr>", "xrewsh", "billing", "",
"""Kalhmera sas,
mou xrewsate 2 fores to hosting gia to site tou magaziou (souvlatzidiko
sto Peristeri), 120 euro kai 120 euro idia mera. Exw mono ena paketo
mazi sas. Mporeite na mou gyrisete ta deytera 120?
Eyxaristw
Stayros"""),
("el", "b142-timologio-afm-doy", "Γεωργία Σταθοπούλου <g.stathopoulou@stathopoulou-logistiki.example.gr>", "Παραστατικό ετήσιας συνδρομής", "billing", "",
"""Καλημέρα σας,

Για την ετήσια συνδρομή στο cloud αποθηκευτικό χώρο (288€, πληρωμή
στις 4/3) εκδόθηκε απόδειξη λιανικής. Θα χρειαστώ τιμολόγιο στα
στοιχεία της εταιρείας:

ΣΤΑΘΟΠΟΥΛΟΥ Γ. & ΣΙΑ Ε.Ε.
ΑΦΜ 801234567, ΔΟΥ Πατρών
Μαιζώνος 118, 26221 Πάτρα

Ευχαριστώ πολύ,
Γεωργία Σταθοπούλου"""),
("el", "b142-raftis-vazei-loukheto", "Παναγιώτης Κουκουλάκης <p.koukoulakis@example.gr>", "Γεια σας", "billing", "",
"""Καλημερα σας,

Ειμαι ραφτης στα Χανια εδω και 45 χρονια και στο τελος του μηνα βαζω
λουκετο, παω για συνταξη. Ο ανιψιος μου μου ειχε βαλει το προγραμμα
σας για τα ραντεβου και πληρωνω 15 ευρω το μηνα απο την καρτα. Απο τον
αλλο μηνα δεν θα το χρειαζομαι, να μη μου κοβετε αλλα λεφτα. Εγω με
τους υπολογιστες δεν τα παω καλα, αν γινεται κανετε το εσεις.

Ευχαριστω για ολα
Παναγιωτης Κουκουλακης"""),
("el", "b142-gl-beach-bar-pagwma-xeimwna", "Marina Zervou <marina@thalassa-bar.example.gr>", "xeimwnas", "billing", "",
"""Geia sas!
exoume beach bar sth Naxo kai kleinoume 15 Oktwbrh mexri Mai. Ta
newsletter den ta stelnoume to xeimwna. Ginetai na pagwsei o
logariasmos mas (to paketo 29e to mhna) gia autous tous mhnes xwris
na xa8oun oi epafes kai ta templates? Mexri ton Aprilio dhladh.
Eyxaristoume polu
Marina"""),
("el", "b142-ypovathmisi-cloud-2tb", "Αντώνης Μπακάλης <a.bakalis@bakalis-mixanikoi.example.gr>", "Αλλαγή πακέτου", "billing", "",
"""Καλησπέρα,

Το γραφείο μας μίκρυνε (έφυγαν δύο συνεργάτες) και μεταφέραμε τα παλιά
σχέδια σε εξωτερικό δίσκο. Πλέον χρησιμοποιούμε περίπου 300GB από τα
2TB του πακέτου μας. Θέλουμε να περάσουμε στο πακέτο των 500GB από την
επόμενη χρέωση. Υπάρχει κάποια επιβάρυνση για την αλλαγή μέσα στη
χρονιά;

Αντώνης Μπακάλης
Μπακάλης Μηχανικοί, Λάρισα"""),
("el", "b142-metafora-domain-synigoros", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Μεταφορά domain που δεν έγινε ποτέ", "billing", "high",
"""Κύριοι,

Στις 8 Φεβρουαρίου πλήρωσα 24,80€ για τη μεταφορά του domain
karagianni-ceramics.gr στην εταιρεία σας. Η μεταφορά δεν ολοκληρώθηκε
ποτέ, το domain είναι ακόμα στον παλιό πάροχο, και στο αίτημα
επιστροφής που έκανα πριν από πέντε εβδομάδες δεν έχω λάβει καμία
απάντηση.

Σας ζητώ να μου επιστρέψετε το ποσό εντός 7 ημερών. Διαφορετικά θα
υποβάλω καταγγελία στον Συνήγορο του Καταναλωτή και θα δώσω την υπόθεση
στον δικηγόρο μου.

Ελένη Καραγιάννη"""),
("el", "b142-gl-forms-ananewsh-trapeza", "Nikos Dimou <nikos.dimou@example.gr>", "ti ginetai me thn akyrwsh mou", "billing", "high",
"""Akyrwsa th syndromh sto forms apo tis 20 Ianouariou, exw kai to mail
epivevaiwshs. Shmera vlepw xrewsh 96 euro gia ananewsh gia allo ena
xrono!! Den to xrhsimopoiw kan.
An den mou ta epistrepsete mexri thn Paraskeyh kanw amfisvhthsh ths
xrewshs sthn trapeza (chargeback) kai telos.
Nikos Dhmou"""),
("el", "b142-proistamenos-xrewsi-18-xriston", "Σοφια Λαμπρακη <s.lamprakh@lamprakis-ktimatomesitiko.example.gr>", "Λαθος χρεωση χρηστων - θελω προισταμενο", "billing", "high",
"""Καλησπερα,

Στο μεσιτικο μας γραφειο ειμαστε 9 ατομα και ετσι εχουμε δηλωσει στον
λογαριασμο του cloud. Τους τελευταιους δυο μηνες ομως μας χρεωνετε για
18 χρηστες, δηλαδη 162€ επιπλεον καθε μηνα. Εχω στειλει ηδη τρια
μηνυματα και καθε φορα παιρνω την ιδια αυτοματη απαντηση.

Δεν θελω να το ξαναεξηγησω σε αλλον υπαλληλο. Ζητω να ασχοληθει
προισταμενος του λογιστηριου και να μου επιστραφουν τα 324€.

Σοφια Λαμπρακη
Λαμπρακης Κτηματομεσιτικη, Ηρακλειο"""),
("el", "b142-oxi-texniko-ayksisi-timis", "Δημήτρης Ρήγας <d.rigas@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα,

Δεν είναι τεχνικό το θέμα, το πρόγραμμα για τα newsletter δουλεύει
κανονικά. Απλώς αυτόν τον μήνα η κάρτα χρεώθηκε 39€ αντί για 25€ που
πλήρωνα πάντα. Δεν έλαβα καμία ενημέρωση για αύξηση. Τι άλλαξε;

Δημήτρης"""),
("el", "b142-re-prosfora-etisio-paketo", "Κατερίνα Βλάχου <k.vlachou@vlachou-optika.example.gr>", "Re: Προσφορά ετήσιου πακέτου φιλοξενίας", "billing", "",
"""Καλησπέρα κε Αθανασίου,

Ευχαριστώ για την προσφορά. Προχωράμε με το ετήσιο πακέτο. Μια
διευκρίνιση: η έκπτωση 20% ισχύει και τον δεύτερο χρόνο ή μόνο τον
πρώτο;

Κατερίνα Βλάχου
Οπτικά Βλάχου, Κοζάνη

-----Αρχικό μήνυμα-----
Από: Γιάννης Αθανασίου
Θέμα: Προσφορά ετήσιου πακέτου φιλοξενίας

Κα Βλάχου, για το Business Hosting σε ετήσια χρέωση η τιμή διαμορφώνεται
στα 192€ + ΦΠΑ (αντί 240€), δηλαδή έκπτωση 20%. Παραμένω στη διάθεσή
σας."""),
("el", "b142-doseis-etisio-hosting", "Χρήστος Παπαδάκης <ch.papadakis@example.gr>", "Πληρωμή σε δόσεις;", "billing", "",
"""Καλησπέρα σας,

Θέλω να πάρω το ετήσιο πακέτο hosting για το e-shop μας (360€). Γίνεται
να πληρωθεί σε άτοκες δόσεις με πιστωτική κάρτα, και αν ναι σε πόσες;

Ευχαριστώ,
Χρήστος Παπαδάκης"""),
("el", "b142-gl-kouponi-den-perase", "Thodoris K. <thodoris.k@example.gr>", "paraggelia 41187", "billing", "",
"""gia sas, evala ton kwdiko WELCOME15 sto booking app kai egrapse
"efarmosthke", alla h xrewsh htan 19,90 kanonika. to 15% pou pige?"""),
("el", "b142-pethane-o-syzygos-cloud", "Ευδοκία Τσιρίγου <evdokia.tsirigou@example.gr>", "Λογαριασμός του συζύγου μου", "billing", "",
"""Αξιότιμοι κύριοι,

Ο σύζυγός μου Αριστείδης απεβίωσε τον Νοέμβριο. Είχε λογαριασμό στην
υπηρεσία σας για αποθήκευση αρχείων, με μηνιαία χρέωση 9,99€ στην
κάρτα του. Τα παιδιά μας κατέβασαν ήδη τις φωτογραφίες που είχε εκεί.

Παρακαλώ να διακοπεί ο λογαριασμός και να μη γίνουν άλλες χρεώσεις.
Αν χρειάζεστε ληξιαρχική πράξη θανάτου, ενημερώστε με.

Με εκτίμηση,
Ευδοκία Τσιρίγου"""),
("el", "b142-gl-iris-katathesi", "Giannis Roussos <giannis.roussos@example.gr>", "tropos plhrwmhs", "billing", "",
"""Kalhspera. Den exw pistwtikh karta. Mporw na plhrwsw th syndromh tou
email marketing me IRIS h me katathesh se trapeza? Kai an nai, kathe
mhna h mporw gia olo to xrono mazi?
Eyxaristw, Giannhs"""),
("el", "b142-eshop-ladi-den-oloklironontai", "Βασιλική Μανωλάκη <info@manolakis-elaiolado.example.gr>", "Το e-shop", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί μας τηλεφωνούν πελάτες ότι πατάνε «Ολοκλήρωση
παραγγελίας» και η σελίδα γυρίζει πάλι στο καλάθι. Σήμερα δεν έχει
μπει ούτε μία παραγγελία, ενώ συνήθως έχουμε 30-40 τη μέρα, και ο
κούριερ έφυγε από την αποθήκη άδειος. Δεν έχουμε αλλάξει τίποτα στο
site.

Σας παρακαλώ να το δει κάποιος άμεσα.

Βασιλική Μανωλάκη
Ελαιόλαδο Μανωλάκη, Σητεία
28430 22415"""),
("el", "b142-gl-newsletter-spam", "Kostas Vretos <kostas@vretos-bikes.example.gr>", "spam", "technical", "",
"""Kalhmera. Ta newsletter mas apo thn prohgoumenh vdomada phgainoun
ola sta spam sto gmail, mas to eipan 4-5 pelates. Mexri twra erxontan
kanonika. Mhpws prepei na allaksoume kati sto domain? Den allaksame
tipota emeis.
Kwstas"""),
("el", "b142-forma-den-stelnei-email", "Ιωαννα Δρακου <ioanna.drakou@example.gr>", "Φορμα επικοινωνιας", "technical", "",
"""Καλησπερα,

Η φορμα επικοινωνιας στο site του φροντιστηριου μου δεν μου στελνει
πια email οταν καποιος τη συμπληρωνει. Στο πανελ σας βλεπω οτι
υπαρχουν 14 νεες εγγραφες απο την περασμενη Τεταρτη, αλλα στο email
δεν ηρθε καμια.

Δεν ζηταω επιστροφη χρηματων, θελω απλως να δουλεψει οπως πριν. Τωρα
ειναι η περιοδος των εγγραφων.

Ιωαννα Δρακου"""),
("el", "b142-odontiatreio-rantevou-exafanistikan", "Γραμματεία <grammateia@odontiatreio-chalkiadaki.example.gr>", "Ραντεβού", "technical", "high",
"""Καλημέρα σας,

Από το πρωί η εφαρμογή ραντεβού δείχνει το ημερολόγιο του ιατρείου
εντελώς άδειο για όλη την εβδομάδα. Οι ασθενείς έρχονται κανονικά για
τα ραντεβού τους και εμείς δεν ξέρουμε ποιος έχει κλείσει και πότε. Ήδη
δύο ασθενείς ήρθαν για την ίδια ώρα και ένας έφυγε χωρίς να εξυπηρετηθεί,
ενώ η εφαρμογή συνεχίζει να δέχεται νέες κρατήσεις πάνω στις παλιές.

Δεν μπορούμε να δουλέψουμε έτσι. Παρακαλούμε για άμεση επέμβαση.

Μαρία, γραμματεία
Οδοντιατρείο Χαλκιαδάκη, Ρέθυμνο"""),
("el", "b142-gl-reset-kwdikou-den-erxetai", "Aggeliki S. <aggeliki.s@example.gr>", "kwdikos", "technical", "",
"""kalhspera, 3echasa ton kwdiko kai patisa "epanafora kwdikou" kamia
10aria fores. to email den erxetai pote, oute sta spam oute sta
promotions. ti allo na kanw?"""),
("el", "b142-giagia-thermansi-kleidwmeni", "Αλέξανδρος Τσολάκης <alex.tsolakis@example.gr>", "Κλειδωμένος λογαριασμός - η γιαγιά μου χωρίς θέρμανση", "technical", "high",
"""Καλησπέρα,

Η γιαγιά μου είναι 88 χρονών και μένει μόνη της στη Φλώρινα. Ο
θερμοστάτης του καλοριφέρ της ελέγχεται από εφαρμογή που μπαίνει μέσω
της δικής σας υπηρεσίας σύνδεσης. Από χθες το βράδυ ο λογαριασμός
κλειδώθηκε («πάρα πολλές αποτυχημένες προσπάθειες») και ο κωδικός
επαναφοράς δεν έρχεται στο κινητό. Ο θερμοστάτης έμεινε στο πρόγραμμα
εκτός λειτουργίας, η θέρμανση δεν ανάβει και έξω έχει -6. Η ίδια δεν
μπορεί να το ρυθμίσει χειροκίνητα.

Μπορείτε να ξεκλειδώσετε τον λογαριασμό ή να μου στείλετε τον κωδικό
σε άλλο email; Ο λογαριασμός είναι στο όνομα Χρυσούλα Τσολάκη.

Αλέξανδρος Τσολάκης
694 555 0182"""),
("el", "b142-domain-metafora-email-prosopiko", "Πέτρος Αλεξίου <petros@alexiou.example.gr>", "alexiou.gr", "technical", "",
"""Καλησπέρα,

Η μεταφορά του προσωπικού μου domain alexiou.gr ολοκληρώθηκε το
Σάββατο, αλλά από τότε δεν μου έρχονται email στο petros@alexiou.gr.
Τα στέλνω από το Gmail και επιστρέφουν με «address not found». Το site
ανοίγει κανονικά. Μήπως δεν μεταφέρθηκαν οι εγγραφές MX;

Πέτρος"""),
("el", "b142-gl-sygxronismos-den-einai-xrewsh", "Efi Karra <efi@karra-design.example.gr>", "fakelos omadas", "technical", "",
"""Geia sas, den einai 8ema xrewshs, ola kala me to logariasmo. To
provlhma einai oti o koinos fakelos "Pelates 2024" den syxronizetai
sto laptop ths synergatidas mou edw kai 3 meres, deixnei "anamonh" kai
sta dika mou arxeia den vlepei tis allages ths. Exoume kanei
epanekkinhsh kai aposyndesh-syndesh.
Efh"""),
("el", "b142-ssl-mi-asfalis", "Μιχάλης Γεωργιάδης <m.georgiadis@georgiadis-ilektrologos.example.gr>", "Μη ασφαλής σελίδα", "technical", "",
"""Καλημέρα,

Από χθες η ιστοσελίδα μου βγάζει «Μη ασφαλής» στον Chrome και σε ένα
κινητό πελάτη δεν άνοιγε καθόλου. Το πιστοποιητικό SSL δεν
ανανεώνεται αυτόματα με το πακέτο;

Μιχάλης Γεωργιάδης"""),
("el", "b142-syskeyi-backup-myrodia-kamenou", "Λογιστικό Γραφείο Ζαχαρίου <info@zachariou-logistes.example.gr>", "Η συσκευή backup", "technical", "high",
"""Καλησπέρα σας,

Θέλαμε να σας ενημερώσουμε για τη μικρή συσκευή τοπικού backup που μας
στείλατε μαζί με το πακέτο cloud.

Σήμερα το μεσημέρι μύριζε καμένο πλαστικό στο γραφείο. Η μυρωδιά
ερχόταν από τη συσκευή, που ήταν καυτή στο πάνω μέρος, και κοντά στην
υποδοχή ρεύματος το πλαστικό έχει μαυρίσει λίγο. Την αποσυνδέσαμε από
την πρίζα και την αφήσαμε πάνω στο μάρμαρο στην κουζίνα, μακριά από
χαρτιά.

Πείτε μας τι να κάνουμε με αυτήν.

Με εκτίμηση,
Στέλλα Ζαχαρίου"""),
("el", "b142-xakaristike-to-site-ypefthynos", "Νίκος Φραγκούλης <n.fragkoulis@fragkoulis-ktimata.example.gr>", "Χακαρισμένη ιστοσελίδα - ζητώ υπεύθυνο", "technical", "high",
"""Η ιστοσελίδα του οινοποιείου μας, που φιλοξενείται σε εσάς, από χθες
το βράδυ ανακατευθύνει τους επισκέπτες σε σελίδα με φαρμακεία και
διαφημίσεις. Μας στέλνουν screenshots πελάτες από το εξωτερικό.

Μίλησα σήμερα μισή ώρα με το chat και το μόνο που μου είπαν ήταν να
αλλάξω κωδικό. Δεν θέλω να ξαναμιλήσω με πρώτη γραμμή υποστήριξης.
Θέλω να αναλάβει σήμερα ο υπεύθυνος ασφαλείας σας και να μου εξηγήσει
πώς συνέβη αυτό στους servers σας.

Νίκος Φραγκούλης
Κτήματα Φραγκούλη, Νεμέα"""),
("el", "b142-gl-eisagwgh-epafwn-excel", "Lena M. <lena.m@example.gr>", "eisagwgh", "technical", "",
"""to excel me tis epafes den anevainei, vgazei "mh egkyrh sthlh
email", enw h sthlh legetai akrivws email. ti fteei?"""),
("el", "b142-kodikoi-sms-exoteriko", "Θεοδώρα Μαυρίδου <theodora.mavridou@example.gr>", "Κωδικοί επαλήθευσης", "technical", "",
"""Καλησπέρα,

Είμαι για δουλειά στο Βέλγιο και τα SMS με τον κωδικό επαλήθευσης για
τη σύνδεση δεν μου έρχονται (έχω ελληνικό νούμερο σε περιαγωγή). Άλλα
SMS λαμβάνω κανονικά. Υπάρχει άλλος τρόπος να συνδεθώ;

Θεοδώρα"""),
("el", "b142-eyxaristies-kyrio-stelio", "Ανδρέας Πολυχρόνης <a.polychronis@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω πολύ τον κ. Στέλιο από την υποστήριξή σας. Με
βοήθησε ολόκληρο το απόγευμα της Πέμπτης να μεταφέρω το site και τα
email του βιβλιοπωλείου μου από τον παλιό πάροχο, με υπομονή και χωρίς
να με κάνει να νιώσω άσχετος. Όλα δούλεψαν από την πρώτη στιγμή.

Αν γίνεται, μεταφέρετέ το και στον προϊστάμενό του.

Ανδρέας Πολυχρόνης
Βιβλιοπωλείο «Η Σελίδα», Ιωάννινα"""),
("el", "b142-gl-allagh-email-thlefwnou", "Vicky Anagnostou <vicky.anagnostou@example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhmera, allaksa kinhto kai email. Mporeite na allaksete ta
stoixeia epikoinwnias ston logariasmo mou? Neo kinhto 6975550143,
neo email vicky.anag@example.com. To palio email den to exw pleon
prosvash.
Eyxaristw
Vikh"""),
("el", "b142-gdpr-aitima-prosvasis", "Στέφανος Οικονόμου <stefanos.oikonomou@example.gr>", "Αίτημα πρόσβασης σε δεδομένα", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, ζητώ να μου γνωστοποιήσετε ποια
προσωπικά μου δεδομένα τηρείτε, από πού τα συλλέξατε και σε ποιους τα
έχετε διαβιβάσει. Λαμβάνω newsletter από καταστήματα που
χρησιμοποιούν την πλατφόρμα σας χωρίς να θυμάμαι να έχω εγγραφεί.

Email: stefanos.oikonomou@example.gr

Στέφανος Οικονόμου"""),
("el", "b142-ores-tilefonikis-15-avgoustou", "Ηλιας Μπουρας <ilias.bouras@example.gr>", "Ωραριο", "general", "",
"""Καλησπερα, το τηλεφωνικο κεντρο σας λειτουργει στις 15 Αυγουστου;
Θελουμε να κανουμε τη μεταφορα του site τοτε που ειναι κλειστο το
μαγαζι."""),
("el", "b142-agenis-ypallilos-diefthyntis", "Ρένα Καλογεράκη <rena.kalogeraki@example.gr>", "Παράπονο για υπάλληλό σας", "general", "high",
"""Καλησπέρα,

Σήμερα στις 11:40 πήρα τηλέφωνο στην υποστήριξη για μια απλή ερώτηση
σχετικά με τις υπενθυμίσεις ραντεβού. Ο υπάλληλος που σήκωσε (είπε
ότι λέγεται Μάκης) μου απάντησε ειρωνικά «αφού δεν ξέρετε να
διαβάζετε τις οδηγίες, τι να σας κάνω» και μου έκλεισε το τηλέφωνο.

Είμαι πελάτισσα σας εδώ και πέντε χρόνια. Ζητώ να ενημερωθεί ο
διευθυντής του τμήματος και να μου απαντήσει ο ίδιος.

Ρένα Καλογεράκη"""),
("el", "b142-xorigia-panigyri-xoriou", "Πολιτιστικός Σύλλογος Αγίου Νικολάου <syllogos.agnikolaou@example.gr>", "Χορηγία", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος του χωριού μας στη Μεσσηνία διοργανώνει κάθε
Αύγουστο τριήμερο φεστιβάλ με μουσική και παραδοσιακούς χορούς. Φέτος
φτιάχνουμε για πρώτη φορά ιστοσελίδα και ηλεκτρονική φόρμα για τους
εθελοντές. Θα σας ενδιέφερε να είστε χορηγός; Σε αντάλλαγμα το λογότυπό
σας θα μπει στις αφίσες και στο πρόγραμμα.

Με εκτίμηση,
Γιώργος Παναγόπουλος
Πρόεδρος"""),
("el", "b142-gl-webinar-vintea", "Dimitra Leka <dimitra.leka@example.gr>", "webinar", "general", "",
"""Geia sas, ekana eggrafh sto webinar gia ta newsletter thn Tetarth
alla exw sxolh mexri tis 7. Tha yparxei binteo meta? Kai tha einai
sta ellhnika h mono agglika?
Dhmhtra"""),
("el", "b142-pou-apothikeyontai-dedomena-dimos", "Τμήμα Προμηθειών <promitheies@dimos-example.gr>", "Στοιχεία για διαγωνισμό", "general", "",
"""Καλημέρα σας,

Στο πλαίσιο διαγωνισμού για ηλεκτρονικές φόρμες αιτήσεων δημοτών,
παρακαλούμε να μας ενημερώσετε:
α) σε ποια χώρα είναι τα data centers όπου αποθηκεύονται οι απαντήσεις,
β) αν γίνεται διαβίβαση δεδομένων εκτός ΕΕ,
γ) αν διαθέτετε πιστοποίηση ISO 27001.

Ευχαριστούμε,
Τμήμα Προμηθειών"""),
("el", "b142-gl-3exasa-zaketa-seminario", "Popi Karamanli <popi.karamanli@example.gr>", "3exasa kati sto seminario", "general", "",
"""Kalhspera, eimoun sto seminario sas sth Thessalonikh to Savvato
(gia ta booking apps) kai 3exasa mia mple zaketa sthn karekla, sth
deyterh seira. Th vrhke kaneis? Mporw na perasw na thn parw h na
mou th steilete me antikatavolh.
Eyxaristw!
Popi"""),
("el", "b142-gl-epeigon-agglika", "Manos Tzortzis <manos@tzortzis-diving.example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON erwthsh xaxa :) h selida krathsewn mporei na vgainei kai
sta agglika? oi perissoteroi pelates mas einai toyristes. anoigoume
th sezon me tis katadyseis thn Deyterh kai pe8ainw na th dw na
leitourgei!
Manos"""),
("el", "b142-re-eyxaristw-metafora", "Θανάσης Πετρόπουλος <thanasis.petropoulos@example.gr>", "Re: Αίτημα 66204 - μεταφορά domain", "general", "",
"""Όλα λειτουργούν, και η σελίδα και το email. Σας ευχαριστώ για την
υπομονή, ξέρω ότι σας ρώτησα πολλά.

Θανάσης

Στις Τρί, 9 Απρ, η Υποστήριξη έγραψε:
> Κύριε Πετρόπουλε,
> η μεταφορά του petropoulos-epipla.gr ολοκληρώθηκε και οι εγγραφές
> DNS αντιγράφηκαν. Οι αλλαγές μπορεί να χρειαστούν έως 24 ώρες.
> Με εκτίμηση, Ελπίδα"""),
("el", "b142-grafeio-kagkelo-skalas-lyto", "Σταυρούλα Νικολάου <stavroula.nikolaou@example.gr>", "Τα γραφεία σας στο Μαρούσι", "general", "high",
"""Καλησπέρα,

Ήμουν χθες στο εκπαιδευτικό σεμινάριο στα γραφεία σας στο Μαρούσι.
Θέλω να σας πω ότι στη σκάλα προς την αίθουσα του 2ου ορόφου το
κάγκελο έχει ξεβιδωθεί από τον τοίχο στο πλατύσκαλο και κουνιέται
ολόκληρο όταν στηρίζεσαι. Μια ηλικιωμένη κυρία από το σεμινάριο
παραλίγο να πέσει όταν πιάστηκε από αυτό. Το ασανσέρ δεν λειτουργούσε,
οπότε όλοι ανεβαίναμε από εκεί.

Καλό θα ήταν να φτιαχτεί πριν το επόμενο σεμινάριο.

Σταυρούλα Νικολάου"""),
("el", "b142-foititria-diplomatiki", "Άννα Χατζηγεωργίου <anna.chatzi@example.gr>", "Διπλωματική εργασία", "general", "",
"""Καλησπέρα σας,

Είμαι τελειόφοιτη στο Οικονομικό Πανεπιστήμιο Αθηνών και γράφω
διπλωματική για το πώς οι μικρές επιχειρήσεις επιλέγουν εργαλεία email
marketing. Θα μπορούσε κάποιος από την ομάδα σας να απαντήσει σε ένα
σύντομο ερωτηματολόγιο (10 λεπτά);

Ευχαριστώ εκ των προτέρων,
Άννα Χατζηγεωργίου"""),
# ---------------- Spanish ----------------
("es", "b142-cobro-doble-hosting-panaderia", "Rafael Moyano <rafa@hornomoyano.example.es>", "Renovación hosting", "billing", "",
"""Buenos días:

El hosting de hornomoyano.es se renovó el día 3 y en la cuenta del
negocio me aparecen dos cargos de 79,90 € con pocos minutos de
diferencia. Solo tenemos una web con ustedes. ¿Me pueden devolver el
segundo, por favor?

Un saludo,
Rafael Moyano
Horno Moyano, Écija"""),
("es", "b142-factura-cfdi-rfc", "Administración <admin@taqueriaelguero.example.com.mx>", "Factura", "billing", "",
"""Buenas tardes,

Necesitamos la factura (CFDI 4.0) del pago anual de la app de reservas,
$4,680 MXN pagados el 18 de enero. Datos:

Razón social: Taquería El Güero SA de CV
RFC: TEG180512AB3
Régimen fiscal: 601
Uso de CFDI: G03
CP fiscal: 44160, Guadalajara, Jal.

Gracias,
Adriana López"""),
("es", "b142-taller-bajo-la-persiana", "Horacio Bellini <horacio.bellini@example.com.ar>", "Hola", "billing", "",
"""Buenas, les escribe Horacio del taller mecánico Bellini de Rosario.

A fin de mes bajo la persiana después de 38 años, me jubilo y el local
ya lo vendí. Mi hija me había puesto el sistema de turnos de ustedes y
me están debitando $18.500 por mes de la tarjeta. Desde el mes que
viene ya no lo voy a necesitar, así que les pido que no me cobren más.
Yo con la computadora no me llevo, si lo pueden hacer ustedes mejor.

Muchas gracias por todo, a los clientes les gustaba pedir turno por el
celular.

Horacio Bellini"""),
("es", "b142-heladeria-pausar-invierno", "Nuria Ferrer <hola@geladesnuria.example.es>", "Temporada", "billing", "",
"""Hola!

Tenemos una heladería en Calella y cerramos de noviembre a marzo. En
invierno no mandamos newsletters. ¿Se puede dejar la cuenta en pausa
esos meses sin pagar los 24 € al mes y sin perder los contactos ni
las plantillas? Volveríamos en abril.

Gràcies!
Núria"""),
("es", "b142-bajar-plan-nube-usuarios", "Felipe Araya <faraya@constructora-araya.example.cl>", "Cambio de plan", "billing", "",
"""Estimados:

Terminamos dos obras grandes y el equipo se redujo. Hoy usamos 20 de
las 50 licencias del plan de almacenamiento en la nube. Queremos bajar
al plan de 25 usuarios desde el próximo ciclo de facturación. ¿Tiene
algún costo el cambio a mitad del contrato anual?

Saludos cordiales,
Felipe Araya
Constructora Araya, Temuco"""),
("es", "b142-dominio-no-transferido-consumo", "Mercedes Olmedo <mercedes.olmedo@example.es>", "Reclamación: transferencia de dominio no realizada", "billing", "high",
"""Muy señores míos:

El 12 de febrero pagué 19,95 € por la transferencia del dominio
olmedoceramica.es a su empresa. La transferencia nunca se completó: el
dominio sigue con el proveedor anterior. Solicité la devolución hace
cinco semanas y no he recibido respuesta alguna.

Les exijo la devolución del importe en un plazo de siete días. En caso
contrario presentaré una reclamación ante la Oficina Municipal de
Información al Consumidor y pondré el asunto en manos de mi abogado.

Atentamente,
Mercedes Olmedo Ruiz
DNI 12345678Z"""),
("es", "b142-contracargo-renovacion-formularios", "Iván Cárdenas <ivan.cardenas@example.com.mx>", "que paso con mi cancelacion", "billing", "high",
"""Cancele la suscripcion de los formularios desde el 20 de enero, tengo
el correo de confirmacion. Hoy me llega un cargo de $1,990 pesos por
renovacion de otro año!! Ni lo uso.

Si no me regresan el dinero antes del viernes le pido a mi banco el
contracargo y ya.

Ivan Cardenas"""),
("es", "b142-supervisor-cobro-usuarios-cop", "Carolina Restrepo <c.restrepo@restrepoinmobiliaria.example.co>", "Cobro errado - solicito supervisor", "billing", "high",
"""Buenas tardes,

En la inmobiliaria somos 8 personas y así está configurada la cuenta de
almacenamiento. Sin embargo, desde hace dos meses nos facturan 16
usuarios, es decir $384.000 COP de más cada mes. Ya escribí tres veces
y siempre recibo la misma respuesta automática.

No quiero volver a explicarlo a otro asesor. Solicito que el caso lo
revise un supervisor del área de facturación y que nos reintegren los
$768.000 cobrados de más.

Carolina Restrepo
Restrepo Inmobiliaria, Medellín"""),
("es", "b142-no-es-tecnico-subio-precio", "Joaquín Salas <joaquin.salas@example.es>", "Consulta", "billing", "",
"""Hola, no es un problema técnico, la herramienta de newsletters
funciona bien. Es que este mes me han cobrado 39 € en vez de los 25 €
de siempre y no recibí ningún aviso de subida. ¿Qué ha cambiado?

Joaquín"""),
("es", "b142-re-presupuesto-pago-anual", "Beatriz Quintana <beatriz@quintanaopticos.example.es>", "RE: Presupuesto plan anual de alojamiento", "billing", "",
"""Hola Sergio,

Gracias, nos quedamos con el plan anual. Solo una duda: ¿el 20 % de
descuento se mantiene también en la segunda renovación o es solo el
primer año?

Beatriz Quintana
Quintana Ópticos, Logroño

-----Mensaje original-----
De: Sergio (Ventas)
Asunto: Presupuesto plan anual de alojamiento

Hola Beatriz, el plan Business en pago anual queda en 192 € + IVA
(en lugar de 240 €), un 20 % de descuento. Quedo a tu disposición."""),
("es", "b142-meses-sin-intereses", "Gerardo Villalobos <gerardo.villalobos@example.com.mx>", "Pago a meses", "billing", "",
"""Buen día, quiero contratar el plan anual de hosting para mi tienda en
línea ($6,200 MXN). ¿Aceptan pago a meses sin intereses con tarjeta de
crédito? ¿A cuántos meses?

Saludos,
Gerardo"""),
("es", "b142-cupon-no-aplicado-ar", "Lucía Ferreyra <lu.ferreyra@example.com.ar>", "Pedido 30917", "billing", "",
"""Hola, puse el cupón BIENVENIDA15 en la app de turnos, me decía
"cupón aplicado" pero me cobraron los $12.900 completos. ¿Y el 15%?"""),
("es", "b142-fallecio-mi-padre-nube", "Pilar Navarro <pilar.navarro@example.es>", "Cuenta de mi padre", "billing", "",
"""Buenas tardes:

Mi padre, Antonio Navarro Gil, falleció en diciembre. Tenía una cuenta
de almacenamiento con ustedes que se paga con su tarjeta, 9,99 € al
mes. Ya hemos descargado las fotos que guardaba.

Les ruego que den de baja la cuenta y que no se hagan más cargos. Si
necesitan el certificado de defunción, díganme a dónde enviarlo.

Un saludo,
Pilar Navarro"""),
("es", "b142-pagar-con-bizum-transferencia", "Jordi Pons <jordi.pons@example.es>", "forma de pago", "billing", "",
"""Hola, no tengo tarjeta de credito. Puedo pagar la suscripcion de las
newsletters por Bizum o por transferencia? Y si es asi, se puede pagar
el año entero de una vez?
Gracias, Jordi"""),
("es", "b142-tienda-en-linea-pagina-blanco", "Mónica Zavala <monica@zavalaartesanias.example.com.mx>", "La página", "technical", "high",
"""Hola,

Desde las 8 de la mañana nos están escribiendo clientes por WhatsApp
que la tienda en línea sale en blanco. No ha entrado ni un pedido en
todo el día, cuando normalmente tenemos 25 o 30, y la paquetería vino a
recoger y se fue sin nada. Tampoco puedo entrar al panel, se queda
cargando. No hemos cambiado nada.

Por favor que alguien lo revise ya.

Mónica Zavala
Zavala Artesanías, Oaxaca
951 555 0148"""),
("es", "b142-campana-trabada-enviando", "Nicolás Ibarra <nico@cerveceriaibarra.example.com.ar>", "campaña trabada", "technical", "",
"""Che, la newsletter del jueves está hace como cinco horas en
"Enviando..." y el informe dice 0 entregados de 2.870. No la toco para
no mandarla dos veces. ¿Pueden fijarse qué pasa?
Nico"""),
("es", "b142-formulario-no-llegan-avisos", "Inés Cabrera <ines.cabrera@example.es>", "Formulario de contacto", "technical", "",
"""Hola:

El formulario de mi academia de idiomas dejó de mandarme los avisos por
correo hace unos diez días. En su panel se ven todas las respuestas,
así que la gente lo rellena, pero a mi bandeja no llega nada (he mirado
en spam). Me di cuenta porque una madre me llamó preguntando por qué no
le había contestado.

No quiero que me devuelvan nada, solo que vuelvan los avisos. El correo
de notificación está bien puesto en la configuración.

Inés"""),
("es", "b142-veterinaria-agenda-vacia", "Recepción <recepcion@clinicavetsur.example.cl>", "Agenda", "technical", "high",
"""Hola,

Desde esta mañana la agenda de la app muestra todas las horas de los
tres veterinarios como libres. Los clientes siguen llegando con sus
mascotas a las horas que tenían reservadas y la app sigue aceptando
reservas nuevas encima, así que hoy se nos juntaron dos perros a la
misma hora con la Dra. Pizarro y tuvimos que mandar gente de vuelta.
No sabemos quién tiene hora el resto de la semana.

Necesitamos que se arregle hoy, así no podemos atender.

Francisca, recepción
Clínica Veterinaria Sur, Puerto Montt"""),
("es", "b142-enlace-restablecer-caducado", "Alvaro Mendez <alvaro.mendez@example.es>", "El enlace no funciona", "technical", "",
"""Hola, intento cambiar la contraseña desde ayer y cada vez que pincho
en el enlace del correo me sale "Este enlace ha caducado", aunque lo
abra al minuto de recibirlo. Lo he probado desde el portatil y desde
el movil.
Alvaro"""),
("es", "b142-marcapasos-madre-bloqueada", "Gabriela Soto <gabriela.soto@example.com.mx>", "Cuenta bloqueada - monitor cardiaco de mi mamá", "technical", "high",
"""Hola,

Mi mamá tiene 81 años y marcapasos. La app que manda las lecturas de su
monitor al hospital inicia sesión con el acceso de ustedes. Desde
anoche dice "cuenta bloqueada por demasiados intentos" y el código para
restablecer no llega ni por SMS ni por correo. El cardiólogo nos pidió
la transmisión de hoy sin falta porque le están ajustando el aparato.

¿Pueden desbloquear la cuenta o mandar el código a otro correo? La
cuenta está a nombre de Rosa María Soto Díaz.

Gabriela Soto
33 5550 1176"""),
("es", "b142-dominio-transferido-pagina-parking", "Carlos Vidal <carlos.vidal@example.es>", "carlosvidalfoto.es", "technical", "",
"""Buenas, pasé mi dominio a ustedes el sábado y la transferencia
aparece como completada, pero ahora en vez de mi portfolio sale una
página de "dominio aparcado" con anuncios. La web sigue alojada en otro
sitio. ¿Tengo que cambiar los DNS o algo? No corre prisa, es una web
personal.

Carlos"""),
("es", "b142-no-es-factura-copias-conflicto", "Laura Etxeberria <laura@etxeberriaarkitektura.example.es>", "Carpeta Facturas", "technical", "",
"""Antes de que nadie lo pase a contabilidad: no es por nuestra factura,
que está bien. Es la carpeta compartida "Facturas 2024" de la nube.
Cada vez que dos abrimos la misma hoja de cálculo se crea una copia
"(copia en conflicto de Laura)" y acabamos con cinco versiones del mismo
archivo. ¿Hay alguna forma de bloquear el archivo mientras alguien lo
está usando?

Laura Etxeberria"""),
("es", "b142-certificado-no-seguro-co", "Andrés Gómez <andres@gomezplomeria.example.co>", "Sitio no seguro", "technical", "",
"""Buenas, desde el lunes mi página sale como "No seguro" en Chrome y a
un cliente ni siquiera le abrió en el celular. ¿El certificado SSL no
venía incluido en el hosting?

Andrés Gómez
Gómez Plomería, Bogotá"""),
("es", "b142-disco-respaldo-chispazo", "Gestoría Albarrán <info@gestoriaalbarran.example.es>", "El equipo de copias de seguridad", "technical", "high",
"""Buenas tardes:

Les escribimos por el pequeño equipo de copias de seguridad local que
nos enviaron con el plan de almacenamiento.

Esta mañana, al enchufarlo de nuevo después de moverlo de mesa, saltó
un chispazo en el conector de corriente y se notó olor a quemado. La
carcasa estaba muy caliente por ese lado. Lo hemos desenchufado y está
encima de una bandeja metálica, lejos de papeles, y nadie lo ha vuelto a
tocar.

Díganos qué quieren que hagamos con él y si el otro que tenemos en la
oficina de Badajoz es del mismo modelo.

Un saludo,
Encarna Albarrán"""),
("es", "b142-web-hackeada-responsable-seguridad", "Ramón Aguirre <ramon.aguirre@bodegasaguirre.example.es>", "WEB HACKEADA - quiero hablar con un responsable", "technical", "high",
"""La web de la bodega, alojada con ustedes, redirige desde anoche a una
página de apuestas. Nos están llegando capturas de clientes de Alemania
y Holanda. Llevamos tres generaciones con este nombre y ahora aparece
pegado a un casino.

Esta mañana estuve cuarenta minutos en el chat y lo único que me dijeron
fue que borrara la caché. No pienso volver a hablar con el soporte
básico. Quiero que un responsable de su equipo de seguridad se haga
cargo hoy y me explique cómo ha pasado esto en sus servidores.

Ramón Aguirre
Bodegas Aguirre, Haro"""),
("es", "b142-importar-contactos-columna", "Sofía Herrera <sofi.herrera@example.com.ar>", "importar", "technical", "",
"""el csv de contactos no sube, dice "columna no valida: Correo" y la
columna se llama exactamente asi. que hago?"""),
("es", "b142-codigos-sms-roaming", "Tomás Ortega <tomas.ortega@example.es>", "Códigos de verificación", "technical", "",
"""Hola, estoy trabajando en Lisboa esta semana y no me llegan los SMS
con el código para entrar a la cuenta (mi número es español, en
roaming). Otros SMS sí los recibo. ¿Hay otra manera de verificar?
Tomás"""),
("es", "b142-gracias-lucia-soporte", "Ernesto Paredes <ernesto.paredes@example.com.mx>", "Gracias", "general", "",
"""Buenas tardes,

Quiero agradecer a Lucía, de su equipo de soporte. El jueves pasó toda
la tarde ayudándome a mudar la página y los correos de mi librería desde
el proveedor anterior, con mucha paciencia y explicándome todo sin
tecnicismos. Todo funcionó a la primera y los clientes ni lo notaron.

Si pueden, háganselo saber a su jefe.

Ernesto Paredes
Librería El Quijote, Puebla"""),
("es", "b142-cambio-titular-cuenta", "Marta Gil <marta.gil@escuelainfantilsol.example.es>", "Titular de la cuenta", "general", "",
"""Hola,

La titular de nuestra cuenta de reservas sigue siendo Rocío Blanco, que
dejó la escuela en diciembre. Yo soy la nueva directora. ¿Pueden
cambiar el titular y el correo de contacto a marta.gil@escuelainfantilsol.example.es?
Rocío puede confirmarlo si hace falta: rocio.blanco@example.com.

Gracias,
Marta Gil
Escuela Infantil Sol, Zaragoza"""),
("es", "b142-derecho-acceso-rgpd", "Alberto Serrano <alberto.serrano@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del RGPD, solicito que me informen de qué
datos personales míos tratan, de dónde los han obtenido y a quién se
los han comunicado. Recibo boletines de tiendas que usan su plataforma
sin recordar haberme suscrito.

Correo: alberto.serrano@example.es

Atentamente,
Alberto Serrano"""),
("es", "b142-horario-soporte-16-septiembre", "Ruben Estrada <ruben.estrada@example.com.mx>", "horario", "general", "",
"""Que tal, van a tener soporte por telefono el 16 de septiembre? Queremos
pasar la pagina de la tienda ese dia porque cerramos."""),
("es", "b142-trato-grosero-gerente", "Silvia Romero <silvia.romero@example.com.ar>", "Queja por la atención telefónica", "general", "high",
"""Buenas tardes,

Hoy a las 11:40 llamé a soporte por una consulta simple sobre los
recordatorios de turnos. El empleado que me atendió (dijo llamarse
Damián) me contestó de mala manera que "si no sé leer las instrucciones
no es su problema" y me cortó.

Soy clienta hace cinco años y nunca me trataron así. Quiero que esto
llegue al gerente del área y que me responda él personalmente, no otro
correo automático.

Silvia Romero
Córdoba"""),
("es", "b142-patrocinio-torneo-futbol", "Club Deportivo Los Álamos <cdlosalamos@example.es>", "Patrocinio", "general", "",
"""Hola, somos un club de fútbol base de Alcalá de Henares con 120 niños
y niñas. Este año hemos empezado a usar sus formularios para las
inscripciones y nos preguntábamos si les interesaría patrocinar nuestro
torneo de verano. A cambio pondríamos su logo en las camisetas y en la
web del club.

Un saludo,
Pedro Lozano, coordinador"""),
("es", "b142-webinar-grabacion", "Valentina Ríos <valentina.rios@example.cl>", "Webinar del miércoles", "general", "",
"""Hola! Me inscribí al webinar de entregabilidad del miércoles pero a
esa hora estoy trabajando. ¿Van a mandar la grabación? ¿Y se incluye
la parte de preguntas?
Saludos, Vale"""),
("es", "b142-asociacion-vecinos-precio", "Asociación Vecinal San Roque <avsanroque@example.es>", "¿Tienen tarifa para asociaciones?", "billing", "",
"""Buenas:

Somos una asociación vecinal de Vigo sin ánimo de lucro. Usamos la
versión gratuita de los formularios para apuntar a la gente a las
actividades, pero ya nos quedamos cortos con el límite de respuestas.
¿Tienen algún descuento para asociaciones en los planes de pago? Vamos
muy justos de dinero.

Gracias,
Carmen, secretaria"""),
("es", "b142-chaqueta-olvidada-evento", "Paula Méndez <paula.mendez@example.es>", "Me dejé una cosa en el evento", "general", "",
"""Hola, creo que me dejé una chaqueta vaquera en su stand de la feria
de pymes de IFEMA el sábado, en la silla de la mesa de demos. ¿Alguien
la encontró? Pago el envío sin problema."""),
("es", "b142-urgente-app-en-catalan", "Marc Puig <marc@puigbicis.example.es>", "URGENTE!!!", "general", "",
"""URGENTE jajaja. ¿La página de reservas se puede poner en catalán? Abrimos
el alquiler de bicis el lunes y me muero de ganas de enseñarla. Las
plantillas nuevas están de muerte, por cierto.
Marc"""),
("es", "b142-re-gracias-transferencia-dominio", "Eduardo Campos <eduardo.campos@example.com.mx>", "Re: Ticket 70213 - transferencia de dominio", "general", "",
"""Ya funciona todo, la pagina y el correo. Gracias por la paciencia, se
que les hice muchas preguntas.

Eduardo

El mar, 9 abr, Soporte escribió:
> Hola Eduardo:
> La transferencia de camposmuebles.mx ya se completó y los registros
> DNS se copiaron. Los cambios pueden tardar hasta 24 horas.
> Saludos, Karla"""),
("es", "b142-oficina-cristal-zona-infantil", "Elena Vázquez <elena.vazquez@example.es>", "Sus oficinas de Valencia", "general", "high",
"""Hola,

Ayer estuve en el taller de email marketing en sus oficinas de Valencia.
Fui con mi hijo pequeño porque anunciaban zona infantil. En el rincón de
juegos, bajo la alfombra de goma, había trozos de cristal de un vaso
roto, y un niño se cortó ligeramente la mano. Se lo dije a la chica de
recepción pero no se retiró en lo que quedaba de tarde.

Por favor, revisen esa zona antes del próximo taller.

Elena Vázquez"""),
("es", "b142-estudiante-tfg-encuesta", "Mateo Rojas <mateo.rojas@example.com.ar>", "Trabajo final", "general", "",
"""Buenas tardes,

Soy estudiante de Administración en la UBA y estoy haciendo mi trabajo
final sobre cómo las pymes eligen herramientas para sacar turnos en
línea. ¿Alguien de su equipo podría responder una encuesta corta (unos
10 minutos)?

Muchas gracias,
Mateo Rojas"""),
# ---------------- Polish ----------------
("pl", "b142-podwojna-oplata-hosting", "Krzysztof Wrona <krzysztof@piekarniawrona.example.pl>", "Odnowienie hostingu", "billing", "",
"""Dzien dobry,

hosting dla piekarniawrona.pl odnowil sie 3-go i na koncie firmowym
widze dwa obciazenia po 249 zl, kilka minut po sobie. Mamy u Was tylko
jedna strone. Prosze o zwrot drugiej platnosci.

Pozdrawiam
Krzysztof Wrona
Piekarnia Wrona, Kalisz"""),
("pl", "b142-faktura-nip-dane-firmy", "Monika Zielińska <biuro@zielinska-ksiegowosc.example.pl>", "Faktura za abonament", "billing", "",
"""Dzień dobry,

za roczny abonament na dysk w chmurze (588 zł, płatność 4 marca)
otrzymałam paragon. Potrzebuję faktury VAT na firmę:

Biuro Rachunkowe Monika Zielińska
NIP 527-123-45-67
ul. Piotrkowska 140/5, 90-062 Łódź

Z góry dziękuję,
Monika Zielińska"""),
("pl", "b142-szewc-zamyka-warsztat", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Dzień dobry", "billing", "",
"""Szanowni Państwo,

jestem szewcem w Tarnowie od 46 lat i z końcem miesiąca zamykam
warsztat na dobre, idę na emeryturę. Wnuczka założyła mi Państwa
program do zapisów i co miesiąc schodzi mi z karty 49 zł. Od
przyszłego miesiąca nie będzie mi potrzebny, proszę więcej nie
pobierać. Ja z komputerem jestem na bakier, więc jeśli można, proszę
to zrobić u siebie.

Dziękuję za wszystko, klienci chwalili, że mogą się zapisać przez
telefon.

Stanisław Kubiak"""),
("pl", "b142-agroturystyka-zawieszenie-zima", "Agnieszka Dudek <kontakt@agro-pod-lipami.example.pl>", "Po sezonie", "billing", "",
"""Dzien dobry!

Prowadzimy agroturystyke na Mazurach i od listopada do kwietnia
praktycznie nie mamy gosci, wiec newslettery wtedy nie wychodza. Czy
da sie zawiesic konto na te miesiace, zeby nie placic 99 zl
miesiecznie, ale zeby nie zniknely kontakty i szablony? Wrocilibysmy
w kwietniu.

Pozdrawiamy serdecznie
Agnieszka i Marek"""),
("pl", "b142-dogoterapia-lola-odeszla", "Beata Sowa <beata.sowa@example.pl>", "Rezerwacje zajęć", "billing", "",
"""Dzień dobry,

przez sześć lat prowadziłam z moją suczką Lolą zajęcia z dogoterapii w
przedszkolach i szkołach, a rodzice i szkoły zapisywali się przez
Państwa aplikację. Lola odeszła w zeszłym tygodniu i na razie nie mam
siły zaczynać z nowym psem, więc zajęć już nie będzie.

Proszę o zakończenie mojego planu (79 zł miesięcznie) od następnego
okresu rozliczeniowego.

Beata Sowa"""),
("pl", "b142-zwrot-domena-rzecznik", "Grażyna Wójcik <grazyna.wojcik@example.pl>", "Reklamacja - nieprzeprowadzony transfer domeny", "billing", "high",
"""Szanowni Państwo,

12 lutego zapłaciłam 59 zł za transfer domeny wojcik-ceramika.pl do
Państwa firmy. Transfer nigdy nie został zrealizowany - domena nadal
jest u poprzedniego operatora. Wniosek o zwrot złożyłam pięć tygodni
temu i do dziś nie otrzymałam żadnej odpowiedzi.

Wzywam do zwrotu kwoty w terminie 7 dni. W przeciwnym razie zwrócę się
do miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Z poważaniem
Grażyna Wójcik"""),
("pl", "b142-chargeback-odnowienie-formularzy", "Pawel Mazur <pawel.mazur@example.pl>", "co z moja rezygnacja", "billing", "high",
"""Zrezygnowalem z formularzy 20 stycznia, mam maila z potwierdzeniem.
Dzis widze obciazenie 390 zl za odnowienie na kolejny rok!! Nawet z
tego nie korzystam.

Jak do piatku nie bedzie zwrotu, skladam w banku reklamacje transakcji
(chargeback) i tyle.

Pawel Mazur"""),
("pl", "b142-kierownik-oplata-za-uzytkownikow", "Joanna Kaczmarek <j.kaczmarek@kaczmarek-nieruchomosci.example.pl>", "Błędne naliczanie - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

w biurze jest nas 7 osób i tyle kont mamy ustawione w chmurze. Od dwóch
miesięcy naliczają nam Państwo opłatę za 14 użytkowników, czyli 210 zł
więcej co miesiąc. Pisałam już trzy razy i za każdym razem dostaję tę
samą automatyczną odpowiedź.

Nie chcę tłumaczyć wszystkiego od nowa kolejnemu konsultantowi. Proszę,
żeby sprawą zajął się kierownik działu rozliczeń i żeby zwrócono nam
420 zł nadpłaty.

Joanna Kaczmarek
Kaczmarek Nieruchomości, Poznań"""),
("pl", "b142-to-nie-awaria-wyzsza-cena", "Tomasz Lis <tomasz.lis@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, to nie jest zgłoszenie awarii, narzędzie do newsletterów
działa bez zarzutu. Po prostu w tym miesiącu pobrano mi 149 zł zamiast
zwykłych 99 zł i nie dostałem żadnej informacji o podwyżce. Skąd ta
różnica?

Tomek"""),
("pl", "b142-re-oferta-hosting-roczny", "Ewa Pawlak <ewa@pawlak-optyk.example.pl>", "Re: Oferta - hosting w rozliczeniu rocznym", "billing", "",
"""Dzień dobry Panie Michale,

dziękuję, decydujemy się na rozliczenie roczne. Jeszcze jedno pytanie:
czy rabat 20% obowiązuje też przy kolejnym odnowieniu, czy tylko w
pierwszym roku?

Ewa Pawlak
Optyk Pawlak, Rzeszów

> Pani Ewo,
> pakiet Business przy płatności rocznej kosztuje 768 zł netto zamiast
> 960 zł, czyli 20% taniej. Pozostaję do dyspozycji.
> Michał Górski, dział sprzedaży"""),
("pl", "b142-platnosc-w-ratach", "Rafał Nowicki <rafal.nowicki@example.pl>", "Raty?", "billing", "",
"""Dzień dobry, chcę wykupić roczny hosting dla sklepu (1 440 zł).
Czy można to rozłożyć na raty albo zapłacić w trzech częściach
przelewem?

Pozdrawiam
Rafał"""),
("pl", "b142-kod-rabatowy-nie-zadzialal", "Kasia Bąk <kasia.bak@example.pl>", "Zamówienie 58122", "billing", "",
"""wpisałam kod WITAJ15 w aplikacji do rezerwacji, pisało "kod
zastosowany", a pobrało pełne 79 zł. gdzie te 15%?"""),
("pl", "b142-zmniejszenie-pakietu-dysku", "Wojciech Sikora <w.sikora@sikora-projekt.example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

nasze biuro projektowe się zmniejszyło, a stare projekty przenieśliśmy
na dysk zewnętrzny. Z 2 TB w pakiecie używamy teraz około 300 GB.
Chcielibyśmy przejść na pakiet 500 GB od następnego okresu. Czy zmiana
w trakcie umowy rocznej wiąże się z jakąś opłatą?

Wojciech Sikora"""),
("pl", "b142-blik-czy-przelew", "Marta Kowalczyk <marta.kowalczyk@example.pl>", "platnosc", "billing", "",
"""Dzien dobry, nie mam karty kredytowej. Czy abonament na newsletter
mozna oplacic BLIKIEM albo zwyklym przelewem? I czy da sie zaplacic od
razu za caly rok?
Dziekuje, Marta"""),
("pl", "b142-sklep-nikt-nie-moze-zamowic", "Dorota Szymańska <sklep@miody-szymanskich.example.pl>", "Sklep", "technical", "high",
"""Dzień dobry,

od rana dzwonią do nas klienci, że po kliknięciu "Zamawiam i płacę"
strona wraca do koszyka. Dziś nie wpadło ani jedno zamówienie, a
zwykle mamy 30-40 dziennie, kurier przyjechał i odjechał z pustymi
rękami. Nic na stronie nie zmienialiśmy.

Bardzo proszę, żeby ktoś się tym zajął od razu.

Dorota Szymańska
Miody Szymańskich, Sandomierz
tel. 600 555 214"""),
("pl", "b142-kampania-wisi-wysylanie", "Michał Jabłoński <michal@kawiarniapodlipa.example.pl>", "kampania", "technical", "",
"""Newsletter z czwartku wisi od pięciu godzin na "Wysyłanie...", w
raporcie 0 dostarczonych z 3 105. Nie ruszam, żeby nie poszedł dwa
razy. Możecie sprawdzić?
Michał"""),
("pl", "b142-formularz-powiadomienia", "Anna Lewandowska <anna.lewandowska@example.pl>", "Formularz kontaktowy", "technical", "",
"""Dzień dobry,

formularz na stronie mojej szkoły językowej od około 10 dni nie wysyła
mi powiadomień. W Państwa panelu widzę wszystkie zgłoszenia, więc
ludzie go wypełniają, ale na skrzynkę nic nie przychodzi (spam
sprawdzony). Zorientowałam się, kiedy jedna mama zadzwoniła z
pytaniem, czemu nie odpisuję.

Nie chcę żadnego zwrotu pieniędzy, chcę tylko, żeby powiadomienia
znowu działały. Adres w ustawieniach jest prawidłowy.

Anna Lewandowska"""),
("pl", "b142-gabinet-kalendarz-pusty", "Rejestracja <rejestracja@fizjo-ruch.example.pl>", "Kalendarz", "technical", "high",
"""Dzień dobry,

od rana kalendarz w aplikacji pokazuje wszystkie terminy czterech
fizjoterapeutów jako wolne. Pacjenci przychodzą na umówione wizyty, a
aplikacja dalej przyjmuje nowe rezerwacje na te same godziny. Dziś
dwie osoby przyszły na 10:00 do p. Magdy i jedną musieliśmy odesłać.
Nie wiemy, kto jest zapisany na resztę tygodnia.

Prosimy o naprawę jeszcze dziś, inaczej nie da się pracować.

Justyna, rejestracja
Gabinet Fizjoterapii Ruch, Olsztyn"""),
("pl", "b142-link-resetu-wygasl", "Lukasz Grabowski <lukasz.grabowski@example.pl>", "Link nie dziala", "technical", "",
"""Od wczoraj probuje zmienic haslo i za kazdym razem po kliknieciu w
link z maila wyskakuje "Link wygasl", nawet jak klikam minute po
otrzymaniu. Probowalem z laptopa i z telefonu.
Lukasz"""),
("pl", "b142-pompa-insulinowa-syn-zablokowany", "Magdalena Wróbel <magdalena.wrobel@example.pl>", "Zablokowane konto - pompa insulinowa syna", "technical", "high",
"""Dzień dobry,

mój syn ma 9 lat i cukrzycę typu 1. Aplikacja do jego pompy insulinowej
i sensora loguje się przez Państwa usługę. Od wczoraj wieczorem konto
jest zablokowane ("zbyt wiele nieudanych prób"), a kod do resetu hasła
nie przychodzi ani SMS-em, ani mailem. Przez to nie widzimy jego
pomiarów na telefonie i nie dostajemy alarmów o niskim cukrze w nocy.

Czy mogą Państwo odblokować konto albo wysłać kod na inny adres?
Konto jest na mnie: magdalena.wrobel@example.pl.

Magdalena Wróbel
tel. 512 555 903"""),
("pl", "b142-po-transferze-nie-dziala-poczta", "Piotr Adamczyk <piotr@adamczyk.example.pl>", "adamczyk.pl", "technical", "",
"""Dzień dobry,

transfer mojej prywatnej domeny adamczyk.pl zakończył się w sobotę, ale
od tej pory nie dochodzą maile na piotr@adamczyk.pl - wracają z
"address not found". Strona działa normalnie. Czy nie przeniosły się
rekordy MX?

Piotr"""),
("pl", "b142-to-nie-faktura-synchronizacja", "Ola Kamińska <ola@kaminska-studio.example.pl>", "folder zespolu", "technical", "",
"""Czesc, to nie w sprawie faktury, z kontem wszystko ok. Chodzi o to,
ze wspolny folder "Klienci 2024" od trzech dni nie synchronizuje sie na
laptopie mojej wspolpracowniczki - caly czas "oczekuje", a ja nie widze
jej zmian. Restartowalysmy i wylogowywalysmy sie.
Ola"""),
("pl", "b142-strona-rozjezdza-sie-na-telefonie", "Henryk Zając <henryk.zajac@example.pl>", "Strona na telefonie", "technical", "",
"""Dzień dobry,

po aktualizacji szablonu, którą Państwo zrobili w zeszłym tygodniu,
moja strona (stolarnia) na telefonach wygląda źle: menu zasłania pół
ekranu i nie da się kliknąć "Kontakt". Na komputerze wszystko jest w
porządku.

Henryk Zając"""),
("pl", "b142-ups-spuchniety-akumulator", "Biuro <biuro@kancelaria-nowak.example.pl>", "Urządzenie do kopii zapasowych", "technical", "high",
"""Dzień dobry,

chcielibyśmy zgłosić problem z małym urządzeniem do lokalnych kopii
zapasowych, które dostaliśmy razem z pakietem chmury (to z wbudowanym
akumulatorem).

Dziś rano zauważyliśmy, że obudowa się wybrzuszyła, jakby akumulator w
środku spuchł, a urządzenie było bardzo gorące i lekko czuć było
chemiczny zapach. Odłączyliśmy je od prądu i położyliśmy na parapecie
z dala od papierów. Nikt go więcej nie dotyka.

Prosimy o informację, co mamy z nim zrobić i czy drugie urządzenie, w
oddziale w Gdyni, to ten sam model.

Z poważaniem
Alicja Nowak"""),
("pl", "b142-strona-zhakowana-przelozony", "Zbigniew Wojciechowski <zbigniew@winnica-pod-debem.example.pl>", "ZHAKOWANA STRONA - żądam rozmowy z przełożonym", "technical", "high",
"""Strona naszej winnicy, którą hostujemy u Państwa, od wczoraj
wieczorem przekierowuje na jakąś stronę z zakładami bukmacherskimi.
Klienci przysyłają nam zrzuty ekranu. Rodzinna firma, 25 lat budowania
marki, a teraz nasza nazwa wisi przy kasynie.

Rano spędziłem pół godziny na czacie i usłyszałem tylko, żeby
wyczyścić pamięć podręczną. Nie zamierzam więcej rozmawiać z pierwszą
linią wsparcia. Żądam, żeby sprawę przejął przełożony z działu
bezpieczeństwa, jeszcze dziś, i wyjaśnił, jak do tego doszło na
Państwa serwerach.

Zbigniew Wojciechowski
Winnica pod Dębem, Zielona Góra"""),
("pl", "b142-import-kontaktow-blad", "Natalia Górecka <natalia.gorecka@example.pl>", "import", "technical", "",
"""plik csv z kontaktami się nie wgrywa, wyskakuje "nieprawidłowa kolumna:
E-mail", a kolumna nazywa się dokładnie tak. co robić?"""),
("pl", "b142-kody-sms-za-granica", "Jakub Wieczorek <jakub.wieczorek@example.pl>", "Kody weryfikacyjne", "technical", "",
"""Dzień dobry, jestem służbowo w Oslo i nie dochodzą mi SMS-y z kodem do
logowania (polski numer w roamingu). Inne SMS-y dostaję normalnie. Czy
da się zweryfikować inaczej?
Jakub"""),
("pl", "b142-podziekowanie-pan-bartek", "Irena Malinowska <irena.malinowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Bartkowi z Państwa działu pomocy. W
czwartek przez całe popołudnie cierpliwie pomagał mi przenieść stronę i
pocztę mojej księgarni od poprzedniego dostawcy. Wszystko tłumaczył
prostymi słowami i ani razu nie dał mi odczuć, że się nie znam.
Wszystko zadziałało od pierwszego razu.

Jeśli to możliwe, proszę przekazać te słowa jego przełożonemu.

Irena Malinowska
Księgarnia "Pod Globusem", Lublin"""),
("pl", "b142-zmiana-adresu-firmy", "Sebastian Krawczyk <sebastian@krawczyk-foto.example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

przenieśliśmy studio pod nowy adres. Proszę o zmianę danych w koncie:
ul. Długa 12, 31-147 Kraków. Telefon i mail bez zmian.

Dziękuję,
Sebastian Krawczyk"""),
("pl", "b142-rodo-dostep-do-danych", "Marek Zawadzki <marek.zawadzki@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, skąd je pozyskano i komu zostały udostępnione.
Dostaję newslettery od sklepów korzystających z Państwa platformy, choć
nie pamiętam, żebym się na nie zapisywał.

Adres e-mail: marek.zawadzki@example.pl

Z poważaniem
Marek Zawadzki"""),
("pl", "b142-infolinia-w-wigilie", "Halina Duda <halina.duda@example.pl>", "godziny", "general", "",
"""Dzien dobry, czy infolinia dziala w Wigilie i miedzy swietami?
Chcemy wtedy przeniesc strone sklepu, bo mamy zamkniete."""),
("pl", "b142-niegrzeczny-konsultant-kierownik", "Renata Kowalska <renata.kowalska@example.pl>", "Skarga na konsultanta", "general", "high",
"""Dzień dobry,

dzisiaj o 11:40 zadzwoniłam na infolinię z prostym pytaniem o
przypomnienia SMS dla klientów. Konsultant (przedstawił się jako
Daniel) odpowiedział mi, że "jak ktoś nie umie czytać instrukcji, to
nie jego problem" i się rozłączył.

Jestem Państwa klientką od pięciu lat i nigdy nie zostałam tak
potraktowana. Proszę, żeby sprawa trafiła do kierownika działu i żeby
to on osobiście mi odpowiedział, a nie kolejny automat.

Renata Kowalska"""),
("pl", "b142-sponsoring-biegu", "Fundacja Biegiem po Zdrowie <fundacja@biegiem.example.pl>", "Sponsoring", "general", "",
"""Dzień dobry,

organizujemy charytatywny bieg w Bielsku-Białej (ok. 800 uczestników),
a zapisy od dwóch lat prowadzimy przez Państwa formularze. Czy byliby
Państwo zainteresowani zostaniem sponsorem tegorocznej edycji? W zamian
logo na koszulkach, numerach startowych i stronie biegu.

Pozdrawiam
Karolina Michalak"""),
("pl", "b142-webinar-nagranie", "Zuzanna Baran <zuzia.baran@example.pl>", "webinar", "general", "",
"""Hej, zapisałam się na środowy webinar o dostarczalności, ale o tej
godzinie jestem w pracy. Będzie nagranie? I czy z pytaniami na końcu?
Zuzia"""),
("pl", "b142-gdzie-serwery-szkola", "Sekretariat SP nr 7 <sekretariat@sp7.example.edu.pl>", "Pytanie o przechowywanie danych", "general", "",
"""Dzień dobry,

nasza szkoła chce używać Państwa formularzy do zapisów na zajęcia
dodatkowe. Inspektor ochrony danych prosi o informację, w jakim kraju
znajdują się serwery, na których przechowywane są odpowiedzi, oraz o
wzór umowy powierzenia przetwarzania danych.

Z poważaniem
Sekretariat Szkoły Podstawowej nr 7"""),
("pl", "b142-zgubiony-parasol-konferencja", "Adam Kozłowski <adam.kozlowski@example.pl>", "Zostawiłem parasol", "general", "",
"""Dzień dobry, chyba zostawiłem czarny parasol z drewnianą rączką przy
Państwa stoisku na targach e-commerce w Warszawie w sobotę. Czy ktoś go
znalazł? Mogę odebrać albo pokryć koszt wysyłki."""),
("pl", "b142-pilne-wersja-angielska", "Filip Czarnecki <filip@czarnecki-kajaki.example.pl>", "PILNE!!!", "general", "",
"""PILNE hehe :) czy strona rezerwacji może być też po angielsku i
niemiecku? Mamy dużo turystów. Sezon spływów otwieramy w poniedziałek
i umieram z ciekawości, jak to będzie wyglądać. Nowe szablony są
zabójcze, tak przy okazji!
Filip"""),
("pl", "b142-re-dziekuje-transfer-domeny", "Jerzy Ostrowski <jerzy.ostrowski@example.pl>", "Re: Zgłoszenie 48819 - transfer domeny", "general", "",
"""Wszystko już działa, strona i poczta. Dziękuję za cierpliwość, wiem,
że zadawałem dużo pytań.

Jerzy Ostrowski

W dniu wt., 9 kwi, Pomoc techniczna napisała:
> Dzień dobry Panie Jerzy,
> transfer domeny ostrowski-meble.pl został zakończony, a rekordy DNS
> skopiowane. Zmiany mogą być widoczne do 24 godzin.
> Pozdrawiamy, Kinga"""),
("pl", "b142-biuro-listwa-progowa", "Elżbieta Pietrzyk <elzbieta.pietrzyk@example.pl>", "Wasze biuro we Wrocławiu", "general", "high",
"""Dzień dobry,

byłam wczoraj na szkoleniu w Państwa biurze we Wrocławiu. Przy wejściu
do sali szkoleniowej odstaje metalowa listwa progowa, sterczy na
jakieś dwa centymetry. Potknęły się o nią dwie osoby, jedna starsza
pani upadła na kolano. Zgłosiłam to na recepcji, ale do końca dnia nic
z tym nie zrobiono.

Proszę to naprawić przed następnym szkoleniem, zanim ktoś zrobi sobie
krzywdę.

Elżbieta Pietrzyk"""),
("pl", "b142-studentka-ankieta", "Weronika Sadowska <weronika.sadowska@example.pl>", "Praca licencjacka", "general", "",
"""Dzień dobry,

jestem studentką Uniwersytetu Ekonomicznego w Katowicach i piszę pracę
licencjacką o tym, jak małe firmy wybierają narzędzia do email
marketingu. Czy ktoś z Państwa zespołu mógłby wypełnić krótką ankietę
(ok. 10 minut)?

Z góry dziękuję
Weronika Sadowska"""),
]
