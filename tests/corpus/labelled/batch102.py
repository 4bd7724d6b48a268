# batch102.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Nothing is tuned or
# trained on them.  Kinds of business drawn on: business software and
# services -- CRM, invoicing and accounting apps, HR and rota software,
# e-signature, website builders, domain registrars, business e-mail, VPNs,
# online backup, point-of-sale apps for shops.  Covers, in en, el
# (Greek and Greeklish), es (Spain and Latin America) and pl: escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans ended or paused in unusual wording, business outages told by
# their consequences, safety hazards told calmly, praise, payment
# questions, alarming words used harmlessly, and everyday mail of all
# three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b102-crm-seats-after-leavers", "Hannah Pritchard <hannah.pritchard@fernleigh-lettings.example>", "Seats on our account", "billing", "",
"""Hi there,

Three of our negotiators left at the end of February and I removed their
users from the CRM the same week. March's invoice still bills us for 8
seats at 24.00 each rather than 5. Could you credit the difference and
make sure April is right?

Kind regards,
Hannah Pritchard
Office Manager, Fernleigh Lettings"""),
("en", "b102-vat-number-on-invoices", "Graham Ogden <graham@ogdenjoinery.example>", "VAT number", "billing", "",
"""My accountant has pointed out that the monthly invoices from your
invoicing app don't show our VAT number (GB 123 4567 89) so she can't
reclaim the VAT on them. Is there somewhere I add it, or can you reissue
the last six with it on?

Graham"""),
("en", "b102-domain-renewal-jump", "Dylan Roberts <dylan.roberts@example.co.uk>", "renewal price??", "billing", "",
"""Just had the renewal reminder for dylanroberts-photo.co.uk. Last year I
paid 2.99 and now it's saying 14.99. Nothing on the page I signed up on
said the first year was a special price. Is there any way to keep it at
the old price or should I be moving it?"""),
("en", "b102-backup-monthly-to-annual", "Teresa Alvarez <teresa@alvarezcpa.example>", "Switching to annual billing", "billing", "",
"""Hello,

We've been on the monthly Business Backup plan ($29/month) for about a
year and would like to switch to annual billing to get the discount. If
we switch mid-cycle, do we get credit for the days left in the current
month, or should we wait until the 14th when it renews?

Thanks,
Teresa Alvarez, CPA
Alvarez & Kim Accounting, Sacramento"""),
("en", "b102-retiring-card-reader-fee", "Seamus Brennan <seamus.brennan@example.ie>", "The shop", "billing", "",
"""Dear Sir or Madam,

After thirty-one years behind the counter I am finally hanging up the
apron. The newsagents closes for good this Saturday and my nephew is
taking the fittings.

What do I need to do so that the card machine app stops taking the
monthly fee of 19 euro out of my account? I am not great with the
computer so a plain answer would be a great help.

Thanking you,
Seamus Brennan
Main Street, Ballinasloe"""),
("en", "b102-salon-rota-on-ice", "Jade Whitfield <jade@jadesbeautyrooms.example>", "Rota app while I'm off", "billing", "",
"""Hiya, I'm off on maternity leave from the 1st of June and the salon is
shut while I'm off (just me and one other girl). Can the rota account be
put on ice for six months rather than me cancelling and losing all the
client notes? Don't want to be paying for it while nobody's using it.

Jade x"""),
("en", "b102-vpn-card-and-paypal", "Brodie McKenzie <brodie.mck@example.com.au>", "charged twice", "billing", "",
"""G'day, went to renew my VPN for the year, the card payment looked like
it failed so I paid with PayPal instead. Turns out both went through -
AUD 89.95 on my card and AUD 89.95 on PayPal. Can you refund one of
them please, happy for it to be the card one.

Cheers, Brodie"""),
("en", "b102-hello-purchase-order", "Ramesh Iyer <ramesh.iyer@vistara-logistics.example>", "Hello", "billing", "",
"""Dear Team,

Greetings of the day. We are planning to take 25 licences of your
e-signature product for our Pune and Chennai offices. Our finance
department does not permit card payments for software, kindly confirm
whether we can pay against a purchase order by NEFT/RTGS, and whether the
invoice will carry GST so that we can claim input credit.

Please do the needful.

Regards,
Ramesh Iyer
Procurement, Vistara Logistics Pvt Ltd"""),
("en", "b102-nothing-broken-downgrade", "Kayla Brooks <kayla@kaylabrookspottery.example>", "my plan", "billing", "",
"""Hey! Nothing's broken - the site is working great and I love it. I've
just stopped selling online for now (going back to craft fairs only) so I
don't need the Commerce plan anymore. Can you drop me down to the basic
one before the next payment on the 3rd? I'll keep the site and the
domain.

Thanks so much,
Kayla"""),
("en", "b102-re-mailbox-renewal", "Derek Shaw <derek.shaw@shawandpartners.example>", "Re: Your Business Email plan renews in 7 days", "billing", "",
"""Please do NOT renew this. We moved all our mailboxes to another
provider in January, which I told your chat team at the time. Also, why
does it say 12 mailboxes? We've only ever had 5.

Derek Shaw

> Hi Derek,
>
> Your Business Email plan (12 mailboxes) will renew automatically on
> 21 May for GBP 432.00. No action is needed if you'd like to continue.
>
> The Accounts Team"""),
("en", "b102-credit-note-overcharge", "Accounts <accounts@moorlandvets.example>", "Credit note please", "billing", "",
"""Good afternoon,

Your invoice INV-20931 for the practice management software was for
GBP 1,180.00, but the quote we accepted (Q-5512, attached) was
GBP 980.00. Please issue a credit note for the GBP 200.00 difference so
our books balance for the quarter end.

Many thanks,
Julie Carr
Accounts, Moorland Veterinary Group"""),
("en", "b102-cancelled-chargeback-amex", "Marcus Reilly <marcus@reillyroofing.example>", "Still being charged", "billing", "high",
"""I cancelled our CRM subscription on January 9th. I have the
confirmation email. You charged my Amex $149 on February 1st and again on
March 1st. I have emailed twice and got nothing back but an automated
reply.

If both charges aren't refunded by Friday I'm disputing them with
American Express and they can sort it out with you.

Marcus Reilly
Reilly Roofing, Columbus OH"""),
("en", "b102-auto-upgrade-small-claims", "Penelope Harding <penny.harding@example.co.uk>", "Pro plan I never asked for", "billing", "high",
"""To whom it may concern,

On 2 April your invoicing app moved my account from the Starter plan to
the Pro plan and took GBP 348.00 for a year up front. I did not ask for
this, did not click anything, and have not used a single Pro feature.
Your support team's answer was that the upgrade "was triggered by going
over 50 invoices" and is non-refundable.

Nothing in the terms I agreed to says that. I am giving you fourteen
days to refund the GBP 348.00 and return me to Starter. If that does not
happen I will report this to Trading Standards and start a claim through
the small claims court without further notice.

Penelope Harding"""),
("en", "b102-charity-discount-manager", "Aoife Kinsella <aoife.kinsella@example.ie>", "Charity discount - need a manager please", "billing", "high",
"""Hi,

I'm the volunteer coordinator for a small food bank in Limerick. In
November your sales rep, Conor, told us on a call that registered
charities get 40% off the rota software, and that's why we signed up.
Every invoice since has been for the full 85 euro a month. I've raised
it three times with support and keep being told "there's no discount on
your account".

I'd like this passed to a manager please, someone who can look at what
we were promised and fix it, and credit the months we've overpaid.

Aoife Kinsella
Treaty City Food Bank"""),
("en", "b102-invoice-pdf-blank", "Liam Foster <liam@fosterelectrical.example>", "Invoices", "technical", "",
"""This isn't a billing question, even though it's about invoices! When
I create an invoice for a customer in the app and hit "Download PDF",
the PDF opens completely blank - no logo, no lines, nothing. The invoice
looks fine on screen. Started on Tuesday. Tried Chrome and Edge.

Liam Foster"""),
("en", "b102-crm-outlook-sync", "Naomi Chen <naomi.chen@example.com>", "Emails not logging to CRM", "technical", "",
"""Hi support,

Since I changed my Outlook password last week, none of my emails are
being logged against contacts in the CRM anymore. The settings page
still shows Outlook as "connected" with a green tick. I've tried
disconnecting and reconnecting and it makes no difference.

Naomi"""),
("en", "b102-2fa-new-phone", "Rob Hastings <rob.hastings@example.co.uk>", "Can't get in", "technical", "",
"""Got a new phone at the weekend and didn't move the authenticator app
across (I know, I know). Now your accounting software wants the 6 digit
code every time I log in and I've no way of getting it. I've got the
old phone but it's been reset. How do I get back in?"""),
("en", "b102-vpn-hotel-wifi", "Sunita Rao <sunita.rao@example.com>", "VPN keeps dropping", "technical", "",
"""Hello, I am travelling for work this week and on the hotel wifi the VPN
connects and then disconnects every two or three minutes. On my phone
hotspot it is fine. Is there a setting I should change? I am using the
Windows app, latest version."""),
("en", "b102-contact-form-silent", "Tom Gallagher <tom@gallagherplumbing.example>", "website enquiries", "technical", "",
"""Mate, a customer rang me today asking why I never replied to the
message she sent through my website. I never got it. Tested the contact
form myself just now and nothing comes through to my inbox, not in junk
either. The form says "Thanks, we'll be in touch" so it looks like it's
working. Site was built on your builder about a year ago.

Tom Gallagher
Gallagher Plumbing, Geelong"""),
("en", "b102-backup-stuck-97", "Arjun Mehta <arjun.mehta@example.in>", "Backup not completing", "technical", "",
"""Hi,

The backup on my office PC has been showing 97% for the last six days.
It never completes and the "last successful backup" date is still 3rd
of this month. I have restarted the computer and the backup agent. There
is about 40 GB free on the disk.

Kindly advise.
Arjun Mehta"""),
("en", "b102-question-signature-iphone", "Claire Donnelly <claire.donnelly@example.com>", "Question", "technical", "",
"""Hi, quick one - I've sent a contract out for signing and two of the
three people say that on their iPhones they can't tap the signature box,
nothing happens. The third person signed on a laptop fine. Is there
something I've set up wrong on the document?"""),
("en", "b102-no-refund-printer-pair", "Gary Lim <gary@limsnoodlebar.example>", "receipt printer", "technical", "",
"""I don't want my money back, I just want the thing to work. The receipt
printer I bought from you with the POS app won't pair with the iPad.
It shows up in Bluetooth, I tap it, it says "connecting" and then
nothing. Printer light is blue. We're managing with email receipts for
now but lots of customers want paper.

Gary"""),
("en", "b102-agency-email-bouncing", "Fiona Lawson <fiona@lawsonhomes.example>", "Nobody's getting our emails", "technical", "high",
"""Since we moved our domain over to you on Wednesday, every email sent to
anyone @lawsonhomes comes back to the sender as undeliverable. That's
the whole office - nine of us. We're an estate agency; buyers'
solicitors are ringing to ask why we haven't replied to contracts, and
two viewings were missed because the confirmations never reached us.

Please can someone look at the records today. We can't keep working off
personal Gmail accounts.

Fiona Lawson
Lawson Homes, Harrogate"""),
("en", "b102-cafe-pos-cash-only", "Becky Morgan <becky@thelittlepantry.example>", "Tablets", "technical", "high",
"""Both tablets have been stuck on "Syncing your menu..." since we opened
at 7. We can't ring anything through so we're doing cash only and
writing orders on a notepad. Half the regulars don't carry cash, we've
had to put a sign on the door and the Saturday rush starts in an hour.

Tried restarting both tablets and the router. Please ring 01273 000
412.

Becky, The Little Pantry"""),
("en", "b102-payroll-submission-fails", "Stephen Walsh <stephen.walsh@harbourcare.example>", "Payroll won't submit", "technical", "high",
"""Hello,

Every time we try to run this month's payroll in your HR system it stops
at "Submitting to HMRC" with "Error 502 - please try later". We've been
trying since yesterday morning.

We have 64 care staff who expect to be paid on Friday. Many of them live
week to week and cannot wait until next week. We need someone to look
at this today, please.

Stephen Walsh
Finance Lead, Harbour Care Homes"""),
("en", "b102-card-reader-battery-swollen", "Megan O'Neill <megan.oneill@example.com.au>", "Card reader", "technical", "high",
"""Hi,

Not sure how much of an issue this is, but I noticed this morning that
the back of our card reader has split open slightly and the battery
inside looks puffed up, sort of pillowed. It was warm even though it
had been off the charger for an hour. I've put it on the tiled floor
out the back away from anything for now.

Do you want it sent back, and how do we get a replacement?

Megan
Saltwater Surf Co, Byron Bay"""),
("en", "b102-restore-fourth-time-senior", "Daniel Kaufman <dan.kaufman@kaufmandesign.example>", "Restore failing - 4th ticket", "technical", "high",
"""This is my fourth ticket about the same problem (previous refs 77120,
77356, 77402). Restoring any folder from our online backup fails at
around 30% with "Archive read error". Each time I get a different agent
who asks me to reinstall the client, and each time it fails the same
way.

I am not opening a fifth ticket. I want this escalated to someone senior
in your engineering or support management who can own it until it's
fixed. Please have them call me on (312) 555-0148.

Daniel Kaufman"""),
("en", "b102-thanks-weekend-migration", "Rachel Ainsworth <rachel@ainsworthdental.example>", "Thank you to Priyanka", "general", "",
"""Hello,

I just wanted to say a huge thank you to Priyanka in your onboarding
team. She stayed on a call with me until nearly 9 on Friday evening to
get our patient records moved over from the old system, and came back
on Monday morning to check everything had gone through. She was patient,
clear and never once made me feel daft.

Please pass this on to whoever her manager is.

Rachel Ainsworth
Practice Manager"""),
("en", "b102-subject-access-request", "Martin Gregory <martin.gregory@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including call recordings and chat transcripts,
together with the purposes of processing and who it has been shared
with. My account email is this one; I used your invoicing app between
2021 and 2023.

Yours faithfully,
Martin Gregory"""),
("en", "b102-support-hours-easter", "Lorraine Tate <lorraine@tatebookkeeping.example>", "Easter", "general", "",
"""Is the phone support line open on Good Friday and Easter Monday, or
is it chat only over the bank holiday?"""),
("en", "b102-new-account-contact", "Gillian Moore <gillian.moore@brightsparkpr.example>", "Change of main contact", "general", "",
"""Hi,

I'm leaving Bright Spark PR at the end of the month. Could you change
the main contact on our account from me to our new office manager,
Owen Price (owen.price@brightsparkpr.example, 0117 496 0021)? He'll be
the one dealing with you from now on.

Thanks for everything over the years,
Gillian"""),
("en", "b102-cricket-club-sponsor", "Wickham CC <secretary@wickhamcricket.example>", "Sponsorship", "general", "",
"""Good morning,

Wickham Cricket Club is looking for local businesses to sponsor our new
junior kit for the coming season. A few of our members use your
accounting software for their own businesses and suggested we ask.
Sponsors get their logo on the training shirts and a board by the
pavilion.

Would you be interested? Happy to send details.

Best,
Alan Pearce
Club Secretary"""),
("en", "b102-webinar-recording", "Sophie Bell <sophie.bell@example.com>", "Making Tax Digital webinar", "general", "",
"""Hi, I was booked on Thursday's webinar about Making Tax Digital but got
stuck with a client. Will there be a recording, and do you do a
certificate for CPD hours if I watch it afterwards?"""),
("en", "b102-rota-payroll-export-question", "Kieran Walsh <kieran@walshbar.example>", "before we sign up", "general", "",
"""Before we sign up - does your rota app export hours straight to
BrightPay, or would we have to download a spreadsheet and upload it
ourselves? We run two bars in Galway with about 30 staff between them."""),
("en", "b102-killer-dashboard", "Josh Pearson <josh@pearsonfit.example>", "new dashboard", "general", "",
"""Just had to say the new dashboard absolutely kills it. Seriously
nearly died when I saw the client retention chart, it's exactly what I'd
been hacking together in spreadsheets for years. Whoever designed it
deserves a raise. That's all, no question!

Josh, Pearson Fitness"""),
("en", "b102-urgent-dpa-for-audit", "Compliance <compliance@northgate-finance.example>", "URGENT!!! DPA needed", "general", "",
"""URGENT - our auditors are on site next week and need a signed copy of
your Data Processing Agreement and a list of your sub-processors for the
e-signature service we use. Where can we download these, or can someone
email them over?

Thanks
Priya Shah, Compliance"""),
("en", "b102-lost-bag-training-day", "Andrew Collins <andrew.collins@example.co.uk>", "Left my bag", "general", "",
"""Hello, I was at your customer training day at the Manchester office on
Tuesday and think I left a black laptop sleeve under the table in the
second room (the one with the big windows). It has a lanyard from a
conference in Leeds clipped to it. Has anyone handed it in?

Andrew Collins"""),
("en", "b102-reseller-enquiry-india", "Vikram Nair <vikram@nairinfotech.example>", "Partnership enquiry", "general", "",
"""Dear Sir/Madam,

We are an IT services company in Kochi supporting around 200 small
businesses. We would like to know whether you have a reseller or partner
programme for your point-of-sale app in India, and what the process is
to apply.

Warm regards,
Vikram Nair
Director, Nair Infotech"""),
("en", "b102-rude-agent-supervisor", "Carol Jenkins <carol.jenkins@example.co.uk>", "Your phone support", "general", "high",
"""I rang your support line this morning to ask how to add a second user.
The man I spoke to sighed through my question, told me to "read the help
pages like everyone else", and when I said I'm 71 and not good with
screens he laughed and said "well, that's not my problem", and hung up.

I have never been spoken to like that by a company I pay. I want a
supervisor to contact me, and I want to know what will be done about
him. The call was at about 10.20.

Mrs Carol Jenkins"""),
("en", "b102-training-venue-loose-stair", "Owen Hughes <owen.hughes@example.co.uk>", "Your Cardiff training room", "general", "high",
"""Hi,

Just a heads up after yesterday's training session at your Cardiff
office. The carpet on the stairs down to the basement room is loose on
the third step from the bottom - it slides when you stand on it. A
colleague of mine went over on it and was lucky to grab the rail. Other
people had the same thing happen on the way out.

It's only a matter of time before someone is hurt. Please get it looked
at before the next session.

Owen Hughes"""),
# ---------------- Greek ----------------
("el", "b102-timologisi-etisia-anti-miniaia", "Κατερίνα Μπαλτά <k.balta@example.gr>", "Χρέωση συνδρομής", "billing", "",
"""Καλημέρα σας,

Στο πρόγραμμα τιμολόγησης είχα επιλέξει τη μηνιαία συνδρομή των 15€.
Σήμερα είδα στην κάρτα μου χρέωση 180€, δηλαδή ολόκληρο τον χρόνο. Δεν
έχω τη δυνατότητα να πληρώσω ετήσια αυτή τη στιγμή. Μπορείτε να
επιστρέψετε τη διαφορά και να με γυρίσετε στη μηνιαία;

Ευχαριστώ,
Κατερίνα Μπαλτά"""),
("el", "b102-timologio-afm-crm", "Λογιστηριο Σταματης ΑΕ <logistirio@stamatis-ae.example>", "Τιμολογιο αντι για αποδειξη", "billing", "",
"""Καλημερα,

Για τη συνδρομη μας στο CRM μας στελνετε καθε μηνα αποδειξη και οχι
τιμολογιο. Χρειαζομαστε τιμολογιο με τα στοιχεια της εταιρειας:
ΣΤΑΜΑΤΗΣ ΑΕ, ΑΦΜ 099999999, ΔΟΥ ΦΑΕ Πειραια, Ακτη Μιαουλη 40, Πειραιας.
Μπορειτε να εκδωσετε τιμολογια και για τους τρεις προηγουμενους μηνες;

Ευχαριστουμε
Ρενα Κουτρουλη"""),
("el", "b102-gl-domain-gr-2-xronia", "Stavros Lekkas <stavros.lekkas@example.gr>", "domain", "billing", "",
"""Kalhspera, to lekkas-ktimata.gr ligei ton Septemvrio. Posa kostizei
h ananewsh gia 2 xronia mazi kai an ginetai na plhrwsw me katathesi
se Ethnikh anti gia karta? Exw mono prepaid kai den pernaei panta.
Stavros"""),
("el", "b102-syzygos-logistiko-grafeio", "Ευδοκία Παναγιωτοπούλου <evdokia.p@example.gr>", "Λογαριασμός του συζύγου μου", "billing", "",
"""Αξιότιμοι κύριοι,

Ο σύζυγός μου, Ανδρέας Παναγιωτόπουλος, είχε λογιστικό γραφείο στην
Πάτρα και χρησιμοποιούσε το πρόγραμμά σας για τα βιβλία των πελατών
του. Έφυγε από τη ζωή τον Φεβρουάριο και το γραφείο δεν λειτουργεί
πλέον. Βλέπω ότι συνεχίζει να χρεώνεται κάθε μήνα ο λογαριασμός μας
στην Πειραιώς.

Παρακαλώ ενημερώστε με τι χρειάζεται να σας στείλω ώστε να σταματήσουν
οι χρεώσεις. Έχω τη ληξιαρχική πράξη θανάτου αν χρειάζεται.

Με εκτίμηση,
Ευδοκία Παναγιωτοπούλου"""),
("el", "b102-gl-germania-pos-kleinoume", "Nikos Varelas <nikos.varelas@example.gr>", "kleisimo", "billing", "",
"""Geia sas. Kleinoume to kafe sth Larisa telos tou mhna giati fevgoume
gia Germania, o aderfos mou exei douleia ekei. Ti prepei na kanw gia na
mhn xrewnomai allo gia thn efarmogh tameiou (to paketo me ta 2 tablet);
Ta tablet einai dika mas, den ta noikiazoume.
Eyxaristw, Nikos"""),
("el", "b102-re-ananeosi-xristes", "Θοδωρής Αλεξίου <t.alexiou@alexiou-kataskeves.example>", "Re: Υπενθύμιση ανανέωσης συνδρομής", "billing", "",
"""Καλησπέρα,

Πριν γίνει η ανανέωση θέλουμε να μειώσουμε τους χρήστες από 10 σε 6,
γιατί τέσσερις συνεργάτες έφυγαν. Γίνεται να αλλάξει τώρα ώστε η νέα
χρέωση να βγει με τους 6;

Θοδωρής Αλεξίου

> Αγαπητέ πελάτη,
>
> Η ετήσια συνδρομή σας στο ERP (10 χρήστες) θα ανανεωθεί αυτόματα
> στις 30/6 με ποσό 2.400,00€ πλέον ΦΠΑ.
>
> Ομάδα Συνδρομών"""),
("el", "b102-doseis-adeia-erp", "Σοφία Ρήγα <sofia.riga@example.gr>", "Πληρωμή άδειας", "billing", "",
"""Γεια σας, η ετήσια άδεια του ERP για την επιχείρησή μας βγαίνει
1.860€. Υπάρχει δυνατότητα να την εξοφλήσουμε σε 6 άτοκες δόσεις με
επαγγελματική πιστωτική κάρτα; Αν όχι, δέχεστε δύο δόσεις με
τραπεζική μεταφορά;

Σοφία Ρήγα"""),
("el", "b102-den-einai-texniko-stratos", "Ευαγγελια Ντουρου <evangelia.ntourou@example.gr>", "Συνδρομη backup", "billing", "",
"""Καλησπερα σας,

Δεν ειναι τεχνικο θεμα, το backup δουλευει μια χαρα. Ο γιος μου που
εχει το φωτογραφειο παρουσιαζεται στον στρατο τον Μαιο για εννια
μηνες και το μαγαζι θα μεινει κλειστο. Μπορουμε να παγωσουμε τη
συνδρομη μεχρι να απολυθει, χωρις να χαθουν οι φωτογραφιες που εχει
ηδη ανεβασει;

Ευαγγελια Ντουρου
Αγρινιο"""),
("el", "b102-gl-foititiki-ekptwsh-vpn", "Aggelos T. <aggelos.t2001@example.gr>", "ekptwsi", "billing", "",
"""gia ths foithtikh ekptwsh 50% sto vpn evala to kwdiko pou leei h
selida alla me xrewse 59,99 olokliro. eimai sto EKPA, exw kai paso.
mporeite na mou epistrepsete th diafora?"""),
("el", "b102-fpa-kypros-antistrofi", "Μάριος Χριστοδούλου <marios@christodoulou-trading.example>", "ΦΠΑ στο τιμολόγιο", "billing", "",
"""Καλημέρα,

Η εταιρεία μας είναι εγγεγραμμένη στην Κύπρο με ενδοκοινοτικό ΑΦΜ
CY99999999X, αλλά στα τιμολόγια της συνδρομής για το website builder
μάς χρεώνετε ΦΠΑ 24%. Εφόσον πρόκειται για ενδοκοινοτική παροχή
υπηρεσιών δεν θα έπρεπε να ισχύει αντίστροφη επιβάρυνση; Παρακαλώ
διορθώστε τα τιμολόγια από τον Ιανουάριο και επιστρέψτε τον ΦΠΑ.

Μάριος Χριστοδούλου
Λεμεσός"""),
("el", "b102-erotisi-iris-katathesi", "Giannis Kouris <giannis.kouris@example.gr>", "Erwthsh", "billing", "",
"""Kalhmera, mporw na plhrwsw th syndromh ths efarmoghs gia tis vardies
me IRIS h mono me karta? An ginetai me IRIS, poio kinhto h AFM vazw?
Eyxaristw, Giannis"""),
("el", "b102-triplh-xreosi-amfisvitisi", "Αναστασία Ζαχαρίου <anastasia.z@example.gr>", "Τριπλή χρέωση", "billing", "high",
"""Κύριοι,

Στις 3 του μήνα η κάρτα μου χρεώθηκε τρεις φορές από εσάς για την ίδια
μηνιαία συνδρομή της ηλεκτρονικής υπογραφής (3 x 29,90€). Στο chat μού
είπαν ότι «η επιστροφή θα γίνει σε 30 εργάσιμες».

Δεν περιμένω 30 εργάσιμες για λάθος δικό σας. Έχω ήδη ανοίξει
αμφισβήτηση στην τράπεζα για τις δύο επιπλέον χρεώσεις και θα τους
στείλω και τη συνομιλία.

Αναστασία Ζαχαρίου"""),
("el", "b102-gl-ananeosi-2-xronia-synigoros", "Vaggelis Mpakas <vaggelis.mpakas@example.gr>", "ANANEWSH POU DEN ZHTHSA", "billing", "high",
"""Kalhmera. To site mou sto website builder sas ananewthike AYTOMATA gia
2 xronia, 238 eyrw, xwris kanena email prin. Eixa pei oti 8a to kleisw
giati ftiaxnw kainourgio allou. Sto chat mou eipan oti "den ginetai
epistrofh meta thn ananewsh".

Den to dexomai. An den ginei epistrofh mexri thn allh Deutera kanw
katagelia ston Synhgoro tou Katanalwth kai sth Genikh Grammateia
Emporiou. Exw krathsei screenshots apo olh th syzhthsh.

Vaggelis Mpakas"""),
("el", "b102-logistis-prokathimenos-timologisi", "Ηλίας Καραγιάννης <ilias@karagiannis-logistes.example>", "Λάθος χρεώσεις τρίτο μήνα", "billing", "high",
"""Καλησπέρα,

Τρίτο μήνα στη σειρά μάς τιμολογείτε το πακέτο «Professional» (89€)
ενώ έχουμε το «Standard» (49€) από τον Δεκέμβριο, όπως φαίνεται και στον
λογαριασμό μας. Κάθε φορά η εξυπηρέτηση μού λέει ότι «θα διορθωθεί από
τον επόμενο μήνα» και τίποτα.

Δεν θέλω να ξαναμιλήσω με την πρώτη γραμμή. Ζητώ να με καλέσει ο
προϊστάμενος του λογιστηρίου σας ή κάποιος υπεύθυνος που μπορεί να
εκδώσει πιστωτικό για τα 120€ και να το λύσει οριστικά.

Ηλίας Καραγιάννης
Λογιστικό Γραφείο Καραγιάννη, Ιωάννινα"""),
("el", "b102-mydata-sfalma-oxi-xreosi", "Πέτρος Δημάκης <petros.dimakis@example.gr>", "myDATA", "technical", "",
"""Καλημέρα. Δεν αφορά χρέωση, παρότι μιλάω για τιμολόγια: όταν εκδίδω
τιμολόγιο παροχής υπηρεσιών από την εφαρμογή σας, η διαβίβαση στο
myDATA αποτυγχάνει με το μήνυμα «Error 101 - invalid classification».
Τα τιμολόγια πώλησης περνάνε κανονικά. Έχω ελέγξει τον χαρακτηρισμό
εσόδων και είναι ίδιος με πέρσι.

Πέτρος Δημάκης"""),
("el", "b102-gl-vpn-mac-update", "Ioanna K. <ioanna.k@example.gr>", "vpn", "technical", "",
"""geia, meta to update tou macOS to VPN den syndeetai, leei "connection
timed out" se olous tous servers. Sto kinhto douleuei kanonika me ton
idio logariasmo. To exw sbhsei kai to exw 3anavalei. Ti allo na kanw?"""),
("el", "b102-kodikos-email-den-erxetai", "Στελιος Μαρκου <stelios.markou@example.gr>", "Κωδικος", "technical", "",
"""Καλησπερα. Πατησα "ξεχασα τον κωδικο" στο προγραμμα μισθοδοσιας και
δεν μου ερχεται κανενα email, ουτε στα ανεπιθυμητα. Το δοκιμασα
τεσσερις φορες απο χθες. Το email ειναι σωστο, σε αυτο μου στελνετε
τα τιμολογια."""),
("el", "b102-crm-kinito-kleinei", "Δήμητρα Βλαχάκη <d.vlachaki@example.gr>", "Εφαρμογή CRM στο κινητό", "technical", "",
"""Γεια σας,

Η εφαρμογή του CRM στο Android κλείνει μόνη της μόλις πατάω στις
Επαφές. Οι υπόλοιπες καρτέλες ανοίγουν κανονικά. Έχω Samsung A54 και
την τελευταία έκδοση από το Play Store. Καθάρισα και την cache.

Δήμητρα"""),
("el", "b102-gl-fotografies-eshop", "Yiota Karra <yiota.karra@example.gr>", "fwtografies", "technical", "",
"""Kalhspera, prospa8w na anevasw fwtografies proiontwn sto eshop pou
eftiaxa me to builder sas kai kollaei sto 0% kai meta leei "upload
failed". Einai jpg 1-2 MB. Prin mia evdomada anevaina kanonika. Exw
kosmhmata kai xwris fwtografies den ginetai douleia :(
Giwta"""),
("el", "b102-den-thelo-epistrofi-backup-onomata", "Χαράλαμπος Ντάφος <ch.ntafos@example.gr>", "Επαναφορά αρχείων", "technical", "",
"""Καλησπέρα,

Δεν ζητάω επιστροφή χρημάτων, θέλω απλώς να δουλεύει σωστά. Όταν
επαναφέρω αρχεία από το online backup, όσα έχουν ελληνικά ονόματα
βγαίνουν με περίεργους χαρακτήρες (κάτι σαν «Ξ‘Ξ»...) και κάποια
προγράμματα δεν τα ανοίγουν. Τα αγγλικά ονόματα είναι μια χαρά.
Windows 11.

Χαράλαμπος"""),
("el", "b102-re-eidopoiiseis-vardies", "Νατάσα Λυμπέρη <natasa@lymperis-bakery.example>", "Re: Αίτημα 48812", "technical", "",
"""Καλημέρα, δυστυχώς δεν λύθηκε. Έκανα ό,τι μου είπατε, αλλά οι
υπάλληλοι ακόμα δεν παίρνουν ειδοποίηση στο κινητό όταν ανεβάζω το
πρόγραμμα βαρδιών της εβδομάδας. Το βλέπουν μόνο αν μπουν οι ίδιοι στην
εφαρμογή, και δύο ήρθαν λάθος μέρα.

Νατάσα

> Καλημέρα σας,
>
> Παρακαλούμε ζητήστε από τους υπαλλήλους να αποσυνδεθούν και να
> συνδεθούν ξανά στην εφαρμογή και να ελέγξουν ότι οι ειδοποιήσεις
> είναι ενεργές στις ρυθμίσεις του κινητού.
>
> Τεχνική Υποστήριξη"""),
("el", "b102-gl-erwthsh-ypografh-adobe", "Manolis Kritikos <manolis.kritikos@example.gr>", "Erwthsh", "technical", "",
"""Kalhmera, ta symvolaia pou ypografontai mesw ths efarmoghs sas otan
ta anoigw sto Adobe Reader deixnoun "h ypografh einai akyrh" me kokkino
X. O pelaths mou mou ta gyrise pisw. Einai kati sth ry8mish h provlhma
sas?
Manolis"""),
("el", "b102-fournos-pos-kartes-aporriptontai", "Φούρνος Η Ζυμη <fournos.zymi@example.gr>", "Ταμείο", "technical", "high",
"""Καλημέρα, από τις 6:30 που ανοίξαμε η εφαρμογή ταμείου βγάζει
«Η συναλλαγή απορρίφθηκε» σε κάθε πληρωμή με κάρτα, σε όλες τις κάρτες.
Δουλεύουμε μόνο με μετρητά, ο κόσμος αφήνει τα ψωμιά στον πάγκο και
φεύγει, και το πρωί είναι η μισή μας μέρα. Το ίντερνετ δουλεύει κανονικά.

Πάρτε μας τηλέφωνο στο 2310 000 555, Σταύρος."""),
("el", "b102-gl-xenodoxeio-email-agoustos", "Villa Thalassa <reservations@villathalassa.example>", "EMAIL", "technical", "high",
"""Kalhspera, apo xtes to apogevma den mas erxetai kanena email sto
reservations@ kai sto info@. Oi pelates stelnoun krathseis kai
akyrwseis kai emeis den vlepoume tipota, mas pairnoun thlefwno
nevriasmenoi giati den phran epivevaiwsh. Eimaste gematoi gia Avgousto
kai o Dekapentavgoustos einai se 3 meres.

Parakalw koitaxte to amesws. 22840 00000
Eleni, Villa Thalassa, Paros"""),
("el", "b102-vasi-tablet-revma", "Ιωάννης Σαρρής <ioannis.sarris@example.gr>", "Βάση tablet ταμείου", "technical", "high",
"""Καλησπέρα σας,

Στη μεταλλική βάση του tablet του ταμείου, όπου περνάει και το καλώδιο
φόρτισης, το καλώδιο έχει σκιστεί στο σημείο που λυγίζει. Σήμερα η
υπάλληλός μου ένιωσε ένα τσίμπημα ρεύματος όταν ακούμπησε τη βάση, και
μετά το ίδιο έπαθα κι εγώ. Την έβγαλα από την πρίζα και χρεώνουμε με το
κινητό.

Πώς προχωράμε με την αντικατάσταση;

Ιωάννης Σαρρής
Κάβα Σαρρής, Βόλος"""),
("el", "b102-ergani-kartes-ergasias", "Εργοστάσιο Τσακίρης <hr@tsakiris-food.example>", "Ψηφιακή κάρτα εργασίας", "technical", "high",
"""Καλημέρα,

Από σήμερα το πρωί η εφαρμογή σας για την ψηφιακή κάρτα εργασίας δεν
στέλνει τα χτυπήματα των εργαζομένων στο ΕΡΓΑΝΗ. Οι 45 εργαζόμενοι της
πρωινής βάρδιας χτύπησαν κανονικά αλλά στο ΕΡΓΑΝΗ δεν εμφανίζεται
κανείς. Κάθε μη δηλωμένος εργαζόμενος σημαίνει πρόστιμο σε έλεγχο και
η απογευματινή βάρδια μπαίνει στις 14:00.

Χρειαζόμαστε άμεση βοήθεια.

Αθανασία Τσακίρη
Τμήμα Προσωπικού"""),
("el", "b102-backup-trito-aitima-proistamenos", "Κωνσταντινος Ραπτης <k.raptis@example.gr>", "Τριτο αιτημα - θελω υπευθυνο", "technical", "high",
"""Ειναι το τριτο αιτημα που ανοιγω για το ιδιο θεμα. Το backup του
γραφειου σταματαει καθε βραδυ με "Volume shadow copy failed" και εχουμε
να παρουμε πληρες αντιγραφο απο τις 2 του μηνα. Καθε φορα μου λετε να
κανω επανεκκινηση και να περιμενω.

Δεν θελω αλλη απαντηση απο τον ιδιο. Ζητω να με καλεσει ο προισταμενος
της τεχνικης υποστηριξης σημερα.

Κ. Ραπτης"""),
("el", "b102-gl-eyxaristw-dimitra", "Kyria Lena <lena.papakosta@example.gr>", "eyxaristw poly", "general", "",
"""Kalhmera sas, h8ela na pw ena megalo eyxaristw sthn kopela sto
thlefwno, th Dhmhtra, pou me voh8hse xtes na sthsw to programma gia ta
timologia tou magaziou. Me phre apo to mhden, den xerw polla apo
ypologistes kai den me ekane na nivsw xazh. Na sas thn xairomaste.
Lena, Kalamata"""),
("el", "b102-orario-ypostirixis-15-avgoustou", "Ευάγγελος Τζάνος <e.tzanos@example.gr>", "Ωράριο", "general", "",
"""Η τηλεφωνική υποστήριξη θα λειτουργεί στις 14 και 15 Αυγούστου ή μόνο
το chat;"""),
("el", "b102-gdpr-arthro-15", "Ελισάβετ Μουρατίδου <elisavet.mouratidou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου γνωστοποιήσετε ποια
προσωπικά μου δεδομένα τηρείτε, για ποιον σκοπό, για πόσο χρόνο και σε
ποιους τρίτους έχουν διαβιβαστεί. Ήμουν χρήστρια της υπηρεσίας σας
ηλεκτρονικής υπογραφής μέχρι το 2023.

Με εκτίμηση,
Ελισάβετ Μουρατίδου"""),
("el", "b102-gl-allagi-kinitou-epafis", "Thanos Gkikas <thanos.gkikas@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, alla3a kinhto. To neo einai 694 000 1122. Mporeite na to
allaxete sta stoixeia epikoinwnias tou logariasmou mas (Gkikas
Ilektrologikh); To palio 697... den to exw pia.
Eyxaristw, Thanos"""),
("el", "b102-xorigia-akadimia-podosfairou", "Α.Ο. Νέοι Αστέρες <info@neoi-asteres.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε η ακαδημία ποδοσφαίρου «Νέοι Αστέρες» στο Περιστέρι με 120
παιδιά από 6 έως 14 ετών. Ψάχνουμε χορηγό για τις νέες φανέλες της
σεζόν και αρκετοί γονείς μας, που έχουν μαγαζιά, χρησιμοποιούν την
εφαρμογή ταμείου σας. Θα σας ενδιέφερε να βάλουμε το λογότυπό σας;

Μπορούμε να σας στείλουμε αναλυτική πρόταση.

Με εκτίμηση,
Νίκος Φραγκιάς, Πρόεδρος"""),
("el", "b102-seminario-thessaloniki-logistes", "Αργυρω Ζαφειριαδου <argyro.z@example.gr>", "Σεμιναριο", "general", "",
"""Καλημερα, ειδα οτι θα κανετε σεμιναριο για λογιστες στη Θεσσαλονικη
για τις αλλαγες στα ηλεκτρονικα βιβλια. Ποτε ακριβως ειναι, που, και
πρεπει να δηλωσουμε συμμετοχη απο πριν; Θα ερθουμε δυο απο το γραφειο."""),
("el", "b102-pos-diglossi-apodeixi-erotisi", "Μιχάλης Σφακιανάκης <m.sfakianakis@example.gr>", "Πριν αγοράσουμε", "general", "",
"""Γεια σας, έχουμε ενοικιαζόμενα δωμάτια και μίνι μάρκετ στα Χανιά και
σκεφτόμαστε την εφαρμογή ταμείου σας. Μπορεί η απόδειξη να βγαίνει και
στα αγγλικά για τους τουρίστες; Και υπάρχει ελληνικό μενού για το
προσωπικό;"""),
("el", "b102-gl-me-skotwnei-periergeia-ipad", "Spyros Leventis <spyros@leventis-gym.example>", "ipad", "general", "",
"""Re paidia, me skotwnei h periergeia: 8a vgei pote h efarmogh tou CRM
gia iPad? To eipate sto newsletter pros ta telh tou xronou alla dn
vlepw tipota. Ta mella sto gymnastirio ta grafoume se iPad sth
reception kai 8a htan polu volikotero.
Spyros"""),
("el", "b102-epeigon-pistopoiitiko-diagonismo", "Τμήμα Προμηθειών <promitheies@dimos-example.example>", "ΕΠΕΙΓΟΝ - δικαιολογητικά", "general", "",
"""ΕΠΕΙΓΟΝ

Για τον διαγωνισμό που τρέχει ο Δήμος χρειαζόμαστε από τον ανάδοχο του
λογισμικού (εσάς) το πιστοποιητικό ISO 27001 και βεβαίωση ότι τα
δεδομένα φιλοξενούνται εντός ΕΕ. Μπορείτε να μας τα στείλετε μέχρι
την Πέμπτη;

Ευχαριστούμε,
Τμήμα Προμηθειών"""),
("el", "b102-termatiko-afiste-farmakeio", "Γεωργία Λαζαρίδου <georgia.lazaridou@example.gr>", "Αποστολή τερματικού", "general", "",
"""Καλησπέρα, το νέο τερματικό που μας στέλνετε για το κατάστημα
(παραγγελία 11845) μπορεί ο κούριερ να το αφήσει στο φαρμακείο δίπλα,
στον αριθμό 14; Εμείς ανοίγουμε στις 10 και ο κούριερ περνάει πάντα
στις 9. Ο φαρμακοποιός το ξέρει και θα το παραλάβει.

Ευχαριστώ,
Γεωργία"""),
("el", "b102-praktiki-askisi-aitisi", "Παναγιωτης Ξανθος <p.xanthos@example.gr>", "Πρακτικη ασκηση", "general", "",
"""Καλησπερα σας,

Ειμαι τεταρτοετης φοιτητης Πληροφορικης στο Πανεπιστημιο Πειραια και
ψαχνω θεση πρακτικης ασκησης για το καλοκαιρι. Δεχεστε ασκουμενους
στην ομαδα ανάπτυξης; Επισυναπτω το βιογραφικο μου.

Με εκτιμηση,
Παναγιωτης Ξανθος"""),
("el", "b102-texnikos-kapnize-magazi-diefthyntis", "Βασιλική Οικονόμου <vasiliki.oikonomou@example.gr>", "Συμπεριφορά του τεχνικού σας", "general", "high",
"""Κύριοι,

Σήμερα ήρθε ο τεχνικός σας στο κατάστημα για να στήσει την εφαρμογή
ταμείου. Κάπνιζε μέσα στο μαγαζί μπροστά σε πελάτες, μίλησε άσχημα
στην υπάλληλό μου επειδή «δεν ήξερε τον κωδικό του wifi» και έφυγε
φωνάζοντας ότι «δεν είναι δουλειά του να περιμένει». Η εγκατάσταση
τελικά έγινε, δεν είναι αυτό το θέμα.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του τμήματος που στέλνει
τους τεχνικούς. Δεν θα το αφήσω έτσι.

Βασιλική Οικονόμου
Καλλυντικά Βάσω, Λάρισα"""),
("el", "b102-gl-spasmeno-tzami-eisodos", "Kostas Mavros <kostas.mavros@example.gr>", "grafeia sas", "general", "high",
"""Kalhspera, hmoun shmera sta grafeia sas sthn Kalamaria gia thn
parousiash tou programmatos. H gyalinh porta sthn eisodo exei ragisei
olh apo panw ws katw kai ena kommati leipei sth gwnia, exei kofterh
akrh sto ypsos pou pianeis to xerouli. Eixe kai paidia sthn anamonh.
Vgalte to prin kopei kapoios.
Kostas"""),
# ---------------- Spanish ----------------
("es", "b102-iva-canarias-igic", "Montse Ferrer <montse.ferrer@ferrerassessors.example>", "Facturas con IVA", "billing", "",
"""Buenos días,

Nuestra asesoría está en Las Palmas de Gran Canaria y las facturas del
CRM nos llegan con IVA del 21 %. En Canarias no se aplica el IVA, y
así no podemos deducirlas. ¿Podéis corregir las facturas desde enero y
devolvernos lo cobrado de más?

Gracias,
Montse Ferrer
Ferrer Assessors, Las Palmas"""),
("es", "b102-cfdi-rfc-suscripcion", "Adriana Salazar <adriana.salazar@grupoaltamira.example>", "Factura CFDI", "billing", "",
"""Buenas tardes,

Necesitamos que la suscripción del sistema de nómina se facture con
CFDI 4.0 a nombre de la empresa: Grupo Altamira Comercial SA de CV,
RFC GAC999999XX9, régimen 601, uso G03. Hasta ahora nos llegan solo
recibos de pago y contabilidad no los puede deducir. ¿Pueden timbrar
las facturas de enero a marzo también?

Saludos cordiales,
Adriana Salazar
Monterrey, N.L."""),
("es", "b102-pagar-en-pesos-argentina", "Federico Luna <fede.luna@example.com.ar>", "pago en pesos?", "billing", "",
"""Hola, cómo va? Uso el creador de webs para mi estudio de diseño y me
están cobrando en dólares, y con las percepciones la tarjeta me
termina sumando casi el doble. Hay forma de pagar en pesos, con
Mercado Pago o transferencia? Si no, me paso a otro, la verdad.

Abrazo,
Fede"""),
("es", "b102-traspaso-bar", "Pepe Garrido <pepe.garrido@example.es>", "El bar", "billing", "",
"""Buenas,

Hemos traspasado el bar a una pareja joven y desde el día 1 ya no es
nuestro. Ellos traen su propio programa de caja, así que lo vuestro ya
no hace falta. ¿Qué tengo que hacer para que no me sigan pasando el
recibo de 29 € al mes? Lo tengo domiciliado en la Caja Rural.

Un saludo,
José Garrido
Tomelloso"""),
("es", "b102-remodelacion-pausa-colombia", "Camila Restrepo <camila@lacasonarestaurante.example>", "Suscripción mientras remodelamos", "billing", "",
"""Hola equipo, buenas tardes.

Vamos a cerrar el restaurante tres meses por una remodelación grande
(cocina nueva y terraza). ¿Podemos dejar congelada la cuenta del punto
de venta mientras tanto, sin que nos cobren la mensualidad pero sin
perder la carta ni el histórico de ventas? Abrimos de nuevo en
septiembre si Dios quiere.

Mil gracias,
Camila Restrepo
La Casona, Medellín"""),
("es", "b102-no-es-tecnico-vpn-empresa", "Ruben Ortiz <ruben.ortiz@example.es>", "renovacion", "billing", "",
"""Hola, no es ningun problema tecnico, la VPN va perfecta. Es que en mi
nuevo trabajo me dan una de la empresa y ya no necesito la mia. No
quiero que se renueve el 12, y si se puede que me devolvais la parte
del año que no voy a usar.

Ruben"""),
("es", "b102-hola-transferencia-chile", "Francisca Muñoz <francisca.munoz@example.cl>", "Hola", "billing", "",
"""Hola, ¿se puede pagar la suscripción anual de la firma electrónica por
transferencia bancaria en vez de tarjeta? Nuestra pyme no tiene tarjeta
de crédito a nombre de la empresa. Estamos en Concepción.

Saludos,
Francisca"""),
("es", "b102-rv-dominio-vendido", "Lorena Prats <lorena@pratsinteriorisme.example>", "RV: Tu dominio caduca en 15 días", "billing", "",
"""Hola, este dominio ya no lo queremos, lo vendimos junto con la marca
en diciembre. Por favor no lo renovéis ni me cobréis los 35 €. ¿Tengo
que hacer algo más o con este correo basta?

Lorena Prats

-----Mensaje original-----
De: Avisos de Dominios
Enviado el: lunes, 3 de marzo
Asunto: Tu dominio caduca en 15 días

Tu dominio casaprats-deco.es caduca el 18/03. Se renovará
automáticamente por 35,00 € con la tarjeta terminada en 4412."""),
("es", "b102-vpn-cobro-doble-oxxo", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "me cobraron dos veces", "billing", "",
"""Que tal. Pagué el plan anual del VPN en OXXO y como no se reflejaba
en la cuenta lo volví a pagar con tarjeta. Ahora tengo los dos cargos,
$1,299 MXN cada uno. Me pueden regresar uno de los dos? Tengo el ticket
de OXXO.

Gracias"""),
("es", "b102-padre-autonomo-fallecido", "Inmaculada Romero <inma.romero@example.es>", "Programa de facturación de mi padre", "billing", "",
"""Buenas tardes,

Mi padre, Francisco Romero, era autónomo (fontanero) y usaba su programa
de facturación. Falleció el mes pasado y estoy cerrando sus cosas. Veo
que le siguen pasando la cuota de 14,95 € al mes a su cuenta. ¿Cómo
se da de baja? Puedo enviar el certificado de defunción.

Gracias de antemano,
Inmaculada Romero"""),
("es", "b102-descuento-ong-argentina", "Fundación Manos Abiertas <admin@manosabiertas.example>", "Descuento para ONG", "billing", "",
"""Buenas tardes. Somos una fundación de Rosario que trabaja con chicos
en situación de calle. ¿Tienen algún descuento o plan bonificado para
organizaciones sin fines de lucro en el CRM? Tenemos personería jurídica
y podemos mandar la documentación.

Gracias!
Valeria Quiroga, coordinación"""),
("es", "b102-buzones-inflados-devuelvo-recibo", "Alberto Sanchis <alberto.sanchis@sanchisreformas.example>", "Recibo de correo profesional", "billing", "high",
"""Buenos días.

Tenemos 6 buzones de correo profesional desde hace dos años. Este mes
nos habéis pasado un recibo de 20 buzones, 240 € en vez de 72 €, y en
el panel aparecen 14 buzones nuevos que nadie de aquí ha creado.

Ya he dado orden al banco de devolver el recibo y de no atender ningún
cargo más vuestro hasta que esto se aclare. Quiero la factura corregida
y una explicación de quién ha dado de alta esos buzones.

Alberto Sanchis
Sanchis Reformas, Castellón"""),
("es", "b102-paquetes-sms-profeco", "Ximena Gallardo <ximena.gallardo@example.com.mx>", "Cargos que no reconozco", "billing", "high",
"""A quien corresponda:

Desde enero me aparecen cada mes tres cargos de $350 MXN por "paquete
de SMS recordatorios" del sistema de citas de mi consultorio. Nunca
contraté ningún paquete de SMS y mis pacientes no han recibido ni un
mensaje. En el chat me dicen que "se activó por uso" y que no hay
reembolso.

Les doy cinco días hábiles para devolverme los $3,150 MXN. De lo
contrario presentaré una queja formal ante la PROFECO con los estados
de cuenta y las capturas del chat.

Dra. Ximena Gallardo
Guadalajara, Jal."""),
("es", "b102-recargo-impago-responsable", "Olga Cuesta <olga.cuesta@cuestaasesores.example>", "Quiero hablar con un responsable", "billing", "high",
"""Buenas tardes,

Este trimestre nos habéis cargado un "recargo por impago" de 45 € en la
factura del programa de contabilidad, cuando pagamos por transferencia
el día 2, dentro de plazo, y os mandé el justificante. Me contestaron
que "el sistema lo aplica automáticamente" y que no se puede quitar.

No quiero volver a hablar con atención al cliente. Pido que me llame un
responsable del departamento de facturación que pueda anular el recargo
y emitir la factura rectificativa.

Olga Cuesta
Cuesta Asesores, Burgos"""),
("es", "b102-pdf-logo-descolocado-no-cobro", "Iñaki Etxeberria <inaki@etxeberriaeraikuntzak.example>", "Facturas", "technical", "",
"""Kaixo, esto no es sobre ningún cobro vuestro, es sobre las facturas que
hago yo con la aplicación: desde la actualización del jueves el logo sale
encima de los datos del cliente y tapa el NIF, y la tabla se corta en la
segunda página. En la vista previa se ve bien, el problema es el PDF.

Iñaki"""),
("es", "b102-crm-whatsapp-no-sincroniza", "Mariana Ochoa <mariana.ochoa@example.com.mx>", "WhatsApp en el CRM", "technical", "",
"""Hola buen día, desde ayer los mensajes de WhatsApp Business ya no
aparecen en la ficha de cada cliente en el CRM. La integración dice
"conectado" pero lo último que se guardó es del lunes en la tarde. Ya
desconecté y conecté el número otra vez.

Mariana"""),
("es", "b102-codigo-sms-no-llega", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "no me llega el código", "technical", "",
"""Hola, quiero entrar al sistema de facturación y me pide el código que
llega por SMS, pero no me llega nunca. Le di a "reenviar" como diez
veces. El número es el mismo de siempre (Personal). Desde la compu y el
celular igual."""),
("es", "b102-backup-credenciales-invalidas", "Andrés Felipe Rojas <af.rojas@example.com.co>", "Error en la copia de seguridad", "technical", "",
"""Buenas tardes,

La copia de seguridad del servidor de la oficina falla todas las noches
con el error "Credenciales inválidas (401)". No hemos cambiado la
contraseña de la cuenta. Ya reinstalé el agente y sigue igual.
¿Qué más podemos revisar?

Andrés Felipe Rojas"""),
("es", "b102-vpn-corta-cada-diez", "Sergio Ibarra <sergio.ibarra@example.es>", "vpn", "technical", "",
"""Buenas, la VPN se me corta cada 10 minutos mas o menos desde que cambie
de router (ahora tengo fibra de Digi). Con el movil compartiendo datos
no pasa. Ya probe con los dos protocolos que salen en la app. Alguna
idea?"""),
("es", "b102-no-quiero-reembolso-firmantes", "Rodrigo Fuentealba <rodrigo@fuentealbapropiedades.example>", "Firmantes no reciben el correo", "technical", "",
"""Hola. No quiero que me devuelvan la plata, quiero que funcione. Mando
los contratos de arriendo para firmar y los arrendatarios me dicen que
nunca les llega el correo para firmar, ni en spam. A mí sí me llega la
copia. Ya revisé las direcciones dos veces.

Rodrigo Fuentealba
Fuentealba Propiedades, Viña del Mar"""),
("es", "b102-re-web-movil-descuadrada", "Nieves Calvo <nieves@lacasitadelte.example>", "Re: Incidencia 30918", "technical", "",
"""Hola de nuevo,

He vaciado la caché como me decís y en el móvil la web se sigue viendo
mal: el menú tapa la mitad de la pantalla y el botón de "Reservar" no se
puede pulsar. En el ordenador se ve bien. Pasa en Android y en iPhone.

Nieves

> Hola Nieves:
>
> Gracias por escribirnos. Por favor, borra la caché del navegador de
> tu móvil y vuelve a comprobarlo. Si el problema persiste, respóndenos
> a este correo.
>
> Un saludo,
> Soporte"""),
("es", "b102-pregunta-ticket-caracteres-raros", "Lupita Hernández <lupita.hdz@example.com.mx>", "Pregunta", "technical", "",
"""Oigan una pregunta, la impresora de tickets del punto de venta empezó a
imprimir puros caracteres raros (como @#¿¿ y cuadritos) en lugar de los
productos. La apagué y la prendí y nada. El total sí sale bien. Es algo
de configuración?"""),
("es", "b102-reservas-web-comedor-vacio", "Asador Casa Julián <reservas@asadorcasajulian.example>", "Web", "technical", "high",
"""Buenas,

Desde el jueves el módulo de reservas de nuestra web (hecha con vuestro
creador) pone "No hay disponibilidad" en todos los días y todas las
horas. El teléfono no para de sonar con gente que cree que estamos
llenos, y el viernes por la noche tuvimos medio comedor vacío. Este
sábado tenemos además dos comuniones.

Necesitamos que alguien lo mire hoy. Teléfono 948 000 213.
Julián Echarri"""),
("es", "b102-estudio-contable-sin-mail", "Estudio Contable Benítez <info@estudiobenitez.example>", "Correo", "technical", "high",
"""Buenas. Desde anoche ninguna de las 12 casillas del estudio recibe ni
manda mails, los que mandamos rebotan con "mailbox unavailable". Esta
semana vencen las presentaciones en ARCA de casi todos nuestros clientes
y nos mandan la documentación por mail; hoy ya tuvimos que decirles que
usen WhatsApp personal.

Necesitamos que lo vean ya.
Cdor. Hugo Benítez
Córdoba"""),
("es", "b102-cargador-datafono-chispas", "Marisa Domínguez <marisa.dominguez@example.es>", "Cargador del datáfono", "technical", "high",
"""Hola,

Esta mañana, al poner el datáfono en su base de carga, ha saltado una
chispa pequeña y ha olido a plástico quemado. Uno de los contactos de la
base está ennegrecido. La he desenchufado y la he dejado encima de la
mesa de la trastienda, lejos de todo.

¿Cómo hacemos para que nos mandéis otra?

Marisa Domínguez
Floristería Marisa, Logroño"""),
("es", "b102-clinica-turnos-enfermeras", "Clínica San Rafael <rrhh@clinicasanrafael.example>", "Turnos", "technical", "high",
"""Buenos días:

Desde la madrugada el módulo de turnos del sistema de recursos humanos
muestra la semana completamente vacía. Las enfermeras no saben si les
toca turno de noche hoy y la supervisora está llamando una por una. Es
una clínica con 80 camas y esto no puede esperar.

Favor de comunicarse al 55 0000 4120 ext. 210.

Lic. Patricia Núñez
Recursos Humanos, Clínica San Rafael, CDMX"""),
("es", "b102-editor-web-no-guarda-supervisor", "Ignacio Velasco <ignacio.velasco@velascoarquitectos.example>", "Cuarta vez - quiero hablar con un supervisor", "technical", "high",
"""Es la cuarta incidencia que abro por lo mismo (30211, 30358 y 30477).
El editor de la web no guarda los cambios: modifico un texto o subo un
proyecto nuevo, le doy a "Publicar", dice "Guardado" y al recargar todo
vuelve a estar como antes. Cada vez me contesta alguien distinto que me
pide borrar cookies o probar otro navegador. Lo he hecho en tres
ordenadores.

No pienso abrir una quinta. Quiero que lo lleve un supervisor o alguien
del equipo técnico con capacidad de decisión, y que me llame al
611 000 927.

Ignacio Velasco
Velasco Arquitectos"""),
("es", "b102-gracias-nerea-soporte", "Carmen Lozano <carmen.lozano@example.es>", "Gracias", "general", "",
"""Hola, solo quería daros las gracias y en especial a Nerea, del
soporte por teléfono. Ayer me ayudó con paciencia infinita a montar la
web de mi academia de baile, paso a paso, sin prisas y explicándomelo
todo como a una persona normal. Da gusto.

Un abrazo,
Carmen"""),
("es", "b102-horario-soporte-semana-santa", "Raúl Cárdenas <raul.cardenas@example.com.mx>", "Semana Santa", "general", "",
"""¿Qué horario tendrá el soporte telefónico el jueves y viernes santo?
Gracias."""),
("es", "b102-grabacion-llamada-rgpd", "Beatriz Vidal <beatriz.vidal@example.es>", "Grabación de mi llamada", "general", "",
"""Buenas tardes,

El 14 de marzo llamé a vuestro servicio de atención y al principio
una locución decía que la llamada se grababa. Conforme al RGPD quiero
que me enviéis una copia de esa grabación y me digáis cuánto tiempo
la vais a conservar. Llamé desde el 600 000 517 sobre las 17:30.

Atentamente,
Beatriz Vidal Soler"""),
("es", "b102-cambio-contacto-argentina", "Gustavo Paz <gustavo.paz@distribuidorapaz.example>", "cambio de datos", "general", "",
"""Buenas, por favor cambien el contacto principal de la cuenta: ahora es
Romina Paz (romina@distribuidorapaz.example, cel 11 0000 3344). Yo
sigo en la empresa pero ella se va a encargar de todo lo administrativo.

Gracias, Gustavo"""),
("es", "b102-patrocinio-torneo-padel", "Club Pádel Sur <info@padelsur.example>", "Patrocinio torneo benéfico", "general", "",
"""Hola,

Organizamos en junio un torneo de pádel benéfico en Sevilla a favor de
la asociación de familias de niños con cáncer. Buscamos empresas que
quieran patrocinar alguna categoría a cambio de presencia en la cartelería
y en redes. ¿A quién podemos dirigirnos?

Un saludo,
Álvaro Ramos"""),
("es", "b102-lector-dejar-en-drogueria", "Daniela Cortés <daniela.cortes@example.com.co>", "Envío del lector", "general", "",
"""Hola! El lector de códigos de barras que nos mandan para la tienda,
¿lo pueden dejar en la droguería de al lado (Droguería La 30, misma
cuadra)? Nosotros abrimos a las 10 y la transportadora siempre pasa a
las 8. Ya hablé con la señora y lo recibe sin problema.

Daniela, Tienda Naturista Vida"""),
("es", "b102-urgente-hora-formacion", "Paula Serrano <paula.serrano@example.es>", "URGENTE!!", "general", "",
"""URGENTE!! ¿A qué hora termina mañana la formación de nóminas en
vuestra oficina de Zaragoza? Tengo que sacar el billete de vuelta del
tren y no lo pone en ningún sitio.

Gracias,
Paula"""),
("es", "b102-version-nueva-una-bomba", "Pía Contreras <pia.contreras@example.cl>", "la nueva versión", "general", "",
"""Hola! Solo para decirles que la nueva versión de la app es una bomba,
me muero de lo bonito que quedaron los reportes de ventas. Mi socio
casi se cae de la silla. Sigan así!!
Pía"""),
("es", "b102-bufanda-jornada-valencia", "Enrique Marín <enrique.marin@example.es>", "Objeto olvidado", "general", "",
"""Buenas, estuve en la jornada para clientes del miércoles en vuestra
oficina de Valencia y creo que me dejé una bufanda de cuadros granate
en el perchero de la sala grande. ¿La ha encontrado alguien? Podría
pasar a recogerla el viernes.

Enrique Marín"""),
("es", "b102-oficina-guadalajara", "Héctor Ramírez <hector.ramirez@example.com.mx>", "oficinas", "general", "",
"""Buenas tardes, tienen oficina en Guadalajara donde pueda ir a ver una
demostración del sistema en persona? Somos una cadena de 4 farmacias y
preferimos verlo antes de decidir."""),
("es", "b102-varias-empresas-un-usuario", "Jaime Pardo <jaime.pardo@example.es>", "consulta", "general", "",
"""Hola, una consulta antes de contratar: soy gestor y llevo la
contabilidad de unas 20 sociedades. El programa permite tener varias
empresas separadas con un solo usuario, o hay que crear un usuario por
empresa? No encuentro en la web como funciona."""),
("es", "b102-agente-maleducado-gerente", "Silvina Castro <silvina.castro@example.com.ar>", "Atención pésima", "general", "high",
"""Llamé hoy al soporte para preguntar cómo agregar una sucursal y la
persona que me atendió (Martín) me habló de muy mala manera, me dijo
que "eso lo sabe cualquiera" y que si no entendía contratara a alguien.
Cuando le pedí que me pasara con otra persona me cortó.

Exijo hablar con un gerente. Pago el servicio hace cinco años y nunca
me trataron así.

Silvina Castro"""),
("es", "b102-cables-suelo-jornada", "Víctor Medina <victor.medina@example.es>", "Sala de la jornada en Madrid", "general", "high",
"""Hola,

Ayer en la presentación en vuestras oficinas de Madrid había una
regleta con varios cables cruzando el pasillo de la sala, sin cubrir y a
la altura de los tobillos. Vi tropezar a dos personas, una señora mayor
casi se cae de bruces contra una mesa. Lo comenté a la chica de la
entrada pero siguió igual toda la tarde.

Antes de la próxima jornada deberíais arreglarlo, alguien se va a hacer
daño.

Víctor Medina"""),
# ---------------- Polish ----------------
("pl", "b102-faktura-nip-abonament", "Marta Lis <marta.lis@lisdesign.example>", "Faktura zamiast paragonu", "billing", "",
"""Dzień dobry,

Za abonament programu do fakturowania co miesiąc dostaję od Państwa
potwierdzenie płatności jak dla osoby prywatnej. Potrzebuję faktury VAT
na firmę: Lis Design Marta Lis, NIP 999-999-99-99, ul. Długa 8/3,
31-147 Kraków. Czy można wystawić faktury również za styczeń i luty?

Pozdrawiam
Marta Lis"""),
("pl", "b102-vpn-w-euro-przewalutowanie", "Kuba Sadowski <kuba.sadowski@example.pl>", "platnosc w euro", "billing", "",
"""Czesc, na stronie przy zakupie VPN na rok byla cena 189 zl, a bank
pobral mi 44,99 EUR i doliczyl prowizje za przewalutowanie, w sumie
wyszlo ponad 200 zl. Dlaczego w euro, skoro placilem z polskiej strony?
Prosze o zwrot roznicy.
Kuba"""),
("pl", "b102-smazalnia-zamykamy-na-zime", "Smażalnia U Zbyszka <uzbyszka@example.pl>", "Konto na zimę", "billing", "",
"""Dzień dobry,

Prowadzimy smażalnię ryb w Łebie, sezon kończymy z końcem września i
otwieramy dopiero w maju. Czy aplikację kasową można na ten czas
zawiesić, żeby nie płacić abonamentu za miesiące, kiedy wszystko stoi
zamknięte? Nie chcemy stracić menu ani raportów.

Zbigniew Kamiński"""),
("pl", "b102-norwegia-zawieszenie-ceidg", "Sławomir Kowalczyk <slawek.kowalczyk@example.pl>", "Wyjazd", "billing", "",
"""Dzień dobry,

od czerwca wyjeżdżam na roczny kontrakt do Norwegii i zawieszam
działalność w CEIDG. Czy można na ten czas wstrzymać abonament na
program do fakturowania, tak żeby nic nie schodziło z karty, a po
powrocie wszystko było jak było? Nie chcę tracić historii faktur.

Pozdrawiam
Sławomir Kowalczyk"""),
("pl", "b102-licencja-roczna-przelew-raty", "Paweł Dąbrowski <pawel.dabrowski@dabrowski-transport.example>", "Płatność za licencję roczną", "billing", "",
"""Dzień dobry, licencja roczna na system kadrowo-płacowy dla naszej
firmy wychodzi 4 680 zł netto. Czy można zapłacić przelewem na
podstawie faktury proforma, ewentualnie w dwóch lub trzech ratach?
Płatność kartą firmową odpada.

Paweł Dąbrowski"""),
("pl", "b102-to-nie-problem-techniczny-mniejszy-pakiet", "Edyta Kubacka <edyta.kubacka@example.pl>", "pakiet kopii", "billing", "",
"""Dzien dobry, to nie jest problem techniczny, kopie robia sie bez
zarzutu. Po prostu przenieslismy archiwum zdjec na inny dysk i 2 TB nam
juz niepotrzebne. Chcialabym zmniejszyc pakiet do 500 GB od nastepnego
okresu rozliczeniowego. Jak to zrobic i ile wtedy zaplace?

Edyta Kubacka"""),
("pl", "b102-odp-przelew-nierozpoznany", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "Odp: Przypomnienie o płatności", "billing", "",
"""Dzień dobry, faktura była opłacona przelewem 3 maja, w tytule
wpisałem numer faktury. Potwierdzenie z banku w załączniku. Proszę
sprawdzić i zaksięgować, bo nie chcę, żeby zablokowało mi domenę.

Grzegorz Nowicki

> Szanowny Kliencie,
>
> uprzejmie przypominamy, że faktura FV/2024/05/331 na kwotę 119,00 zł
> (odnowienie domeny nowicki-foto.pl) pozostaje nieopłacona.
>
> Dział Rozliczeń"""),
("pl", "b102-pytanie-netto-brutto", "Agata Mroczek <agata.mroczek@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, w cenniku kreatora stron plan Biznes kosztuje 49 zł
miesięcznie. Czy to jest cena netto, czy już z VAT? I czy przy
płatności za rok z góry jest jakiś rabat?

Pozdrawiam,
Agata Mroczek"""),
("pl", "b102-przejecie-spolki-anulowanie", "Dział Administracji <administracja@techmet-sp.example>", "Rezygnacja z usług", "billing", "",
"""Dzień dobry,

Z dniem 1 lipca nasza spółka Techmet Sp. z o.o. zostaje przejęta przez
grupę Polmax i przechodzimy na ich systemy. Prosimy o zakończenie
umowy na pocztę firmową (35 skrzynek) z końcem czerwca i potwierdzenie,
że nie zostaniemy obciążeni za kolejny okres.

Z poważaniem
Karolina Bielecka
Dział Administracji"""),
("pl", "b102-korekta-faktury-nazwa", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example>", "Korekta faktury FV/2024/03/1187", "billing", "",
"""Dzień dobry, na fakturze FV/2024/03/1187 za program księgowy jest
błędna nazwa firmy (Saldo s.c. zamiast Biuro Rachunkowe Saldo s.c.).
Proszę o fakturę korygującą, bo nie możemy jej zaksięgować.

Dziękuję
Iwona Szulc"""),
("pl", "b102-grafik-12-zamiast-7", "Restauracja Pod Kasztanem <kontakt@podkasztanem.example>", "Za dużo użytkowników na fakturze", "billing", "",
"""Dzień dobry, w aplikacji do grafików mamy 7 aktywnych pracowników, a
faktura za kwiecień jest za 12 użytkowników po 12 zł. Pięć osób
usunęliśmy jeszcze w lutym. Proszę o korektę i zwrot nadpłaty.

Łukasz Mazur"""),
("pl", "b102-okres-probny-roczny-chargeback", "Adrian Ziółkowski <adrian.ziolkowski@example.pl>", "Opłata roczna po okresie próbnym", "billing", "high",
"""Dzień dobry,

założyłem u Was bezpłatny 14-dniowy okres próbny systemu CRM, żeby
sprawdzić, czy nadaje się dla mojej agencji. Nie nadawał się. 15. dnia
pobraliście z karty 1 188 zł za cały rok, bez żadnego maila z
uprzedzeniem. Nie korzystałem z systemu ani razu po okresie próbnym.

Złożyłem już w banku reklamację tej transakcji (chargeback). Jeżeli
zwrócicie pieniądze wcześniej, wycofam ją.

Adrian Ziółkowski"""),
("pl", "b102-oplata-za-rezygnacje-rzecznik", "Beata Sowa <beata.sowa@example.pl>", "Opłata za rezygnację", "billing", "high",
"""Szanowni Państwo,

zrezygnowałam z abonamentu VPN po czterech miesiącach, a Państwo
obciążyli mnie "opłatą za wcześniejsze rozwiązanie umowy" w wysokości
240 zł. Przy zakupie była mowa o abonamencie miesięcznym, bez
zobowiązania, i tak też jest w mailu powitalnym, który mam.

Daję Państwu 7 dni na zwrot tej kwoty. W przeciwnym razie zgłaszam
sprawę do miejskiego rzecznika konsumentów i do UOKiK.

Beata Sowa"""),
("pl", "b102-obiecany-rabat-przelozony", "Tomasz Gajewski <tomasz.gajewski@gajewski-auto.example>", "rabat - prosze o kontakt przelozonego", "billing", "high",
"""Dzien dobry,

przy podpisywaniu umowy handlowiec (pan Rafal) obiecal nam 30% rabatu na
pierwszy rok za system CRM dla trzech naszych salonow. Na kazdej fakturze
od stycznia jest pelna cena, 1 450 zl miesiecznie. Zglaszalem to juz
trzy razy i za kazdym razem slysze, ze "w systemie nie ma rabatu".

Nie chce juz rozmawiac z infolinia. Prosze, zeby skontaktowal sie ze mna
przelozony dzialu sprzedazy albo ktos, kto moze to rozstrzygnac i
skorygowac faktury.

Tomasz Gajewski
Gajewski Auto, Radom"""),
("pl", "b102-ksef-blad-nie-platnosc", "Sylwia Borkowska <sylwia.borkowska@example.pl>", "KSeF", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności za abonament. Faktury, które
wystawiam w programie, nie wysyłają się do KSeF - status od wczoraj
"Oczekuje", a w szczegółach "Błąd uwierzytelnienia tokenu". Token
wygenerowałam ponownie, nic to nie dało.

Sylwia Borkowska"""),
("pl", "b102-grafik-android-brak-zmian", "Michał Sroka <michal.sroka@example.pl>", "Aplikacja grafiku", "technical", "",
"""Hej, w aplikacji na Androida nie widać zmian, które kierowniczka
wrzuca na przyszły tydzień. Na komputerze w przeglądarce wszystko jest.
Wylogowałem się, wyczyściłem dane aplikacji - dalej pusto od środy."""),
("pl", "b102-link-reset-wygasl", "Jerzy Pawlak <jerzy.pawlak@example.pl>", "haslo", "technical", "",
"""Dzien dobry, probuje zresetowac haslo do programu ksiegowego. Mail
przychodzi od razu, klikam w link w ciagu minuty i za kazdym razem
jest "Link wygasl lub jest nieprawidlowy". Probowalem 5 razy, w
Chrome i Firefox.
J. Pawlak"""),
("pl", "b102-kreator-niebezpieczna-strona", "Aneta Głowacka <aneta@glowackafotografia.example>", "Strona jako niebezpieczna", "technical", "",
"""Dzień dobry,

od kilku dni, kiedy wchodzi się na moją stronę (zrobioną w Państwa
kreatorze), Chrome pokazuje "Połączenie nie jest prywatne" i każe się
wycofać. Klienci piszą, że boją się wejść. W panelu przy certyfikacie
SSL jest napis "Wygasł".

Aneta Głowacka"""),
("pl", "b102-nie-chce-zwrotu-vpn-wolny", "Oliwia Kaczmarczyk <oliwia.kaczmarczyk@example.pl>", "Wolny VPN", "technical", "",
"""Nie chcę zwrotu pieniędzy, tylko żeby to działało jak wcześniej. Od
około tygodnia po włączeniu VPN internet spada mi z 300 Mb/s do 5-10
Mb/s na każdym serwerze w Polsce i w Niemczech. Bez VPN wszystko w
porządku. Laptop z Windows 11, Orange światłowód."""),
("pl", "b102-odp-kalendarz-google", "Damian Krupa <damian.krupa@krupanieruchomosci.example>", "Odp: Zgłoszenie 22718", "technical", "",
"""Niestety dalej nie działa. Odłączyłem i podłączyłem kalendarz Google
tak jak w instrukcji, ale spotkania dodane w CRM nadal nie pojawiają się
w kalendarzu, a te z kalendarza nie pojawiają się w CRM.

Damian Krupa

> Dzień dobry,
>
> prosimy o odłączenie integracji z Kalendarzem Google w Ustawieniach
> i ponowne jej podłączenie. Jeśli problem nie zniknie, prosimy o
> odpowiedź na tę wiadomość.
>
> Zespół Wsparcia"""),
("pl", "b102-dzien-dobry-dokument-w-trakcie", "Halina Borowska <halina.borowska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, wysłałam do podpisu umowę najmu dwóm osobom. Obie
podpisały (mam od nich potwierdzenia), ale dokument od trzech dni ma
status "W trakcie" i nie mogę pobrać podpisanej wersji. Co z tym
zrobić?

Halina Borowska"""),
("pl", "b102-kopia-nie-startuje-w-nocy", "Przychodnia Weterynaryjna Azor <recepcja@azorvet.example>", "Kopia zapasowa", "technical", "",
"""Dzień dobry, kopia ustawiona na 23:00 od tygodnia się nie uruchamia.
Jak kliknę ręcznie "Uruchom teraz", to robi się bez problemu. Komputer
w nocy jest włączony, usypianie wyłączone.

Pozdrawiam
Kasia, recepcja"""),
("pl", "b102-sklep-paragony-koszyki", "Sklep Spożywczy Pod Jarzębiną <podjarzebina@example.pl>", "kasa", "technical", "high",
"""Od 7 rano aplikacja kasowa nie łączy się z drukarką fiskalną i nie da
się wydrukować żadnego paragonu. Bez paragonu nie możemy sprzedawać,
ludzie zostawiają koszyki przy kasie i wychodzą. W sobotę przed
świętami to największy ruch w tygodniu.

Restart tabletu i drukarki nic nie dał. Proszę o telefon: 600 000 271.
Jolanta Wiśniewska"""),
("pl", "b102-sklep-internetowy-zero-zamowien", "Sklep Herbaciarnia Liść <sklep@herbaciarnialisc.example>", "Sklep", "technical", "high",
"""Dzień dobry,

od rana telefon się urywa: klienci piszą na Messengerze i dzwonią, że
po kliknięciu "Zamawiam i płacę" w naszym sklepie (postawionym u Was)
pojawia się biała strona i nic dalej. W panelu od 6:00 nie ma ani
jednego zamówienia, a normalnie o tej porze mamy ich kilkadziesiąt.
W niedzielę startujemy z promocją na Dzień Matki.

Proszę o pilny kontakt: 698 000 145.
Ewa Zawadzka"""),
("pl", "b102-zasilacz-drukarki-stopiony", "Norbert Wrona <norbert.wrona@example.pl>", "Zasilacz drukarki paragonów", "technical", "high",
"""Dzień dobry,

zasilacz od drukarki paragonów, którą kupiliśmy z Waszą aplikacją
kasową, robi się tak gorący, że nie da się go dotknąć. Dziś zauważyłem,
że plastik obudowy się odkształcił, a przy wtyczce jest brązowy ślad.
Odłączyłem go i na razie drukarka stoi wyłączona.

Jak wygląda wymiana?

Norbert Wrona
Kwiaciarnia Storczyk, Toruń"""),
("pl", "b102-rcp-fabryka-bramka", "Dzial Kadr ZPH Wektor <kadry@wektor-zph.example>", "RCP nie dziala", "technical", "high",
"""Dzien dobry,

od 5:45 czytniki rejestracji czasu pracy w Waszym systemie kadrowym nie
przyjmuja zadnej karty. Ponad 120 osob z pierwszej zmiany stoi przy
bramce, ochrona nie moze ich wpuscic bez odbicia, linia produkcyjna
nie ruszyla. Druga zmiana wchodzi o 14.

Prosze o natychmiastowy kontakt: 52 000 40 10.
Marzena Kowal, kadry"""),
("pl", "b102-zamkniecie-miesiaca-kierownik", "Wiesław Cieślak <wieslaw.cieslak@cieslak-projekt.example>", "Trzecie zgłoszenie - proszę o kierownika", "technical", "high",
"""To już trzecie zgłoszenie w tej samej sprawie (nr 22501, 22640).
Przy zamykaniu miesiąca program księgowy wyłącza się bez żadnego
komunikatu, zawsze na etapie "Przeliczanie rozrachunków". Za każdym
razem konsultant każe mi zrobić aktualizację i reindeksację bazy,
zrobiłem to już trzy razy.

Nie chcę kolejnej takiej odpowiedzi. Proszę, żeby sprawę przejął
kierownik działu wsparcia technicznego i zadzwonił do mnie jeszcze
dziś: 601 000 884.

Wiesław Cieślak"""),
("pl", "b102-podziekowanie-nocny-dyzur", "Renata Górecka <renata.gorecka@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować panu Adamowi z nocnego dyżuru. W sobotę
o 23:00 po imprezie w naszym klubie nie mogłam zamknąć dnia w
aplikacji kasowej, a on spokojnie przeprowadził mnie przez wszystko
przez telefon, chociaż pewnie miał dość takich telefonów. Proszę
przekazać to jego przełożonym.

Renata Górecka
Klub Stacja, Lublin"""),
("pl", "b102-infolinia-wigilia", "Ryszard Bąk <ryszard.bak@example.pl>", "Wigilia", "general", "",
"""Do której godziny działa infolinia 24 grudnia i czy jest czynna 27-go?"""),
("pl", "b102-rodo-usuniecie-danych", "Natalia Kurek <natalia.kurek@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych, które przetwarzacie w związku z moim dawnym kontem w
aplikacji do grafików (adres e-mail jak w nadawcy). Proszę o
potwierdzenie wykonania.

Natalia Kurek"""),
("pl", "b102-zmiana-telefonu-kontaktowego", "Krzysztof Maj <krzysztof.maj@majbud.example>", "zmiana numeru", "general", "",
"""Dzien dobry, prosze zmienic numer telefonu osoby kontaktowej na koncie
firmy MAJ-BUD z 602 000 111 na 512 000 333. Stary numer jest juz
nieaktywny.
Krzysztof Maj"""),
("pl", "b102-praca-wsparcie-techniczne", "Kacper Wilk <kacper.wilk2002@example.pl>", "Praca w supporcie", "general", "",
"""Dzień dobry,

widziałem ogłoszenie, że szukacie osób do wsparcia technicznego w
biurze we Wrocławiu. Czy można pracować na pół etatu? Jestem na
ostatnim roku informatyki na PWr i mam zajęcia do 14. CV w
załączniku.

Pozdrawiam
Kacper Wilk"""),
("pl", "b102-certyfikat-webinar-ksef", "Agnieszka Czajka <agnieszka.czajka@example.pl>", "Webinar KSeF", "general", "",
"""Dzień dobry, byłam na Państwa webinarze o KSeF w czwartek. Czy
uczestnicy dostaną zaświadczenie o udziale? Potrzebuję go do
dokumentacji szkoleń w biurze."""),
("pl", "b102-pilne-przelozenie-wizyty-handlowca", "Sekretariat Kancelarii <sekretariat@nowak-kancelaria.example>", "PILNE!!!", "general", "",
"""PILNE!!!

Jutro na 10:00 mamy umówioną wizytę Państwa handlowca w sprawie
systemu do obiegu dokumentów. Mecenas ma rozprawę przesuniętą na
rano - czy pan może przyjechać o 13:00? Nie mogę się do niego
dodzwonić.

Z poważaniem
Sekretariat, Kancelaria Nowak i Wspólnicy"""),
("pl", "b102-modul-magazynowy-zabojczy", "Filip Jaworski <filip@jaworskisport.example>", "nowy modul", "general", "",
"""Czesc, nowy modul magazynowy jest zabojczy, rozwalil mi system - w
dobrym sensie :) Stan sklepu i magazynu w koncu sie zgadza bez
recznego liczenia. Nic nie chce, tylko dac znac, ze ktos u Was
odwalil kawal dobrej roboty.
Filip, Jaworski Sport"""),
("pl", "b102-parasol-konferencja-krakow", "Bożena Kalinowska <bozena.kalinowska@example.pl>", "Zgubiony parasol", "general", "",
"""Dzień dobry, byłam na Państwa konferencji dla klientów w Krakowie w
ubiegły wtorek i zostawiłam w szatni albo przy stoliku z kawą zielony
parasol w kratkę z drewnianą rączką. Czy ktoś go znalazł? Mogę
podjechać.

Bożena Kalinowska"""),
("pl", "b102-wersja-ukrainska", "Marek Lewicki <marek.lewicki@example.pl>", "jezyk aplikacji", "general", "",
"""Dzien dobry, czy aplikacja do grafikow ma wersje po ukrainsku albo
chociaz po angielsku? Polowa naszych pracownikow w piekarniach to
osoby z Ukrainy i nie wszyscy dobrze czytaja po polsku."""),
("pl", "b102-gdzie-przechowywane-dane", "Joanna Sadowska <joanna.sadowska@example.pl>", "Pytanie o serwery", "general", "",
"""Dzień dobry, zanim przeniesiemy dokumentację pacjentów gabinetu do
Państwa kopii w chmurze: gdzie fizycznie są przechowywane dane? W
Polsce, w UE, czy poza Unią? Potrzebuję tego do dokumentacji RODO.

Joanna Sadowska
Gabinet Fizjoterapii Ruch"""),
("pl", "b102-handlowiec-nachalny-kierownik", "Zofia Lewandowska <zofia@apteka-pod-orlem.example>", "Skarga na Waszego przedstawiciela", "general", "high",
"""Szanowni Państwo,

wczoraj do naszej apteki przyszedł Państwa przedstawiciel handlowy,
bez umówienia, w godzinach największego ruchu. Mimo że dwa razy
grzecznie prosiłam, żeby przyszedł kiedy indziej, stał przy okienku,
przerywał mi obsługę pacjentów, a na koniec powiedział przy ludziach,
że "z takim podejściem apteka długo nie pociągnie".

Żądam rozmowy z jego kierownikiem i informacji, jakie wyciągnięto z
tego konsekwencje.

mgr farm. Zofia Lewandowska"""),
("pl", "b102-stoisko-targi-podest", "Artur Zieliński <artur.zielinski@example.pl>", "Wasze stoisko na targach", "general", "high",
"""Dzień dobry,

byłem wczoraj na Państwa stoisku na targach w Poznaniu. Podest, na
którym stoją stanowiska z prezentacją, ma z boku oderwaną deskę i
wystające gwoździe, dokładnie tam, gdzie ludzie wchodzą. Jeden pan
rozciął sobie spodnie, a dzieci zwiedzających biegają tam cały dzień.

Targi trwają jeszcze dwa dni, proszę to naprawić zanim ktoś się
zrani.

Artur Zieliński"""),
]
