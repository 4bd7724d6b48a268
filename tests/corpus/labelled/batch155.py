# batch155.py -- labelled mails held out of the tree until the rules it
# measures are final; nothing is tuned or trained on them before that.
# Kinds of business: digital learning 3 -- online music lessons, coding
# courses for kids, exam revision apps, language tutors online, online
# driving theory, professional webinars, e-book libraries.  Covers the
# failure classes in new situations: escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing (or something else) and replies quoting an earlier mail, paid
# plans ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, alarming words used in a
# harmless sense, praise and thanks, payment questions, and everyday mail
# of all three queues.  English, Greek (part Greeklish), Spanish (Spain and
# Latin America) and Polish, 40 each, written separately per language.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b155-piano-lessons-taken-twice", "Rebecca Halloran <rebecca.halloran@example.co.uk>", "Payment for March", "billing", "",
"""Hi,

My banking app shows two payments of £48.00 to KeyNote Lessons on 1
March, a few seconds apart. We only have the one plan (Oliver, weekly
piano, 30 minutes). Could you refund the extra one please?

Thanks,
Rebecca Halloran"""),
("en", "b155-passed-theory-no-more-payments", "Kyle Brennan <kyle.brennan@example.com>", "passed!!", "billing", "",
"""Passed my theory test this morning, 47/50 and the hazard perception
was fine too. So I won't be needing the app from now on - can you make
sure I don't get billed the £7.99 again next month? I can't see where to
turn it off in the settings.

Kyle"""),
("en", "b155-late-husband-ebook-library", "Dorothy Kimball <dot.kimball@example.net>", "My husband's reading account", "billing", "",
"""To whom it may concern,

My husband Walter passed away in January. He read a great deal on his
tablet through your library and I see that $12.99 is still being taken
from our joint checking account every month under his name.

I don't know his password. Could you please close his account and stop
the charges? I can send a copy of the death certificate if you need it.

Sincerely,
Dorothy Kimball
Dayton, Ohio"""),
("en", "b155-sibling-discount-coding", "Tamsin Ng <tamsin.ng@example.com.au>", "Two kids", "billing", "",
"""Hi there, my eldest (11) is already on the Level 2 coding course at
$39 a month and his sister (8) wants to start Scratch Junior next term.
Is there a sibling discount, and can both go on the one payment from my
card or does each kid need their own billing? Cheers, Tamsin (Brisbane)"""),
("en", "b155-webinar-gst-invoice", "Accounts <accounts@srinivas-associates.example.in>", "Invoice", "billing", "",
"""Dear Sir/Madam,

We registered three of our staff for your webinar "Transfer Pricing
Updates 2024" at Rs 4,500 each (total Rs 13,500) and paid online by
company card. The receipt we received does not show GST details.

Kindly issue a proper tax invoice with our GSTIN 29ABCDE1234F1Z5 and the
company name Srinivas & Associates, Bengaluru, so that we can claim
input credit.

Regards,
R. Lakshmi
Accounts Department"""),
("en", "b155-tutor-summer-break-west-cork", "Siobhan Daly <siobhan.daly@example.ie>", "Summer", "billing", "",
"""Hi Carmen and team,

We're heading down to West Cork for July and August and Aoife won't have
decent wifi there, so could we put her Spanish sessions on hold for the
two months? She'd start back the first week of September. I'd rather not
pay the €80 a month while she's not using it, but I don't want to lose
her slot with Carmen either.

Thanks a million,
Siobhan"""),
("en", "b155-revision-app-renewal-chargeback", "Marcus Oyelaran <marcus.oyelaran@example.co.uk>", "Annual renewal - 3rd email", "billing", "high",
"""This is the third time I'm writing about this.

On 2 September you took £59.99 for another year of the A-level revision
app. My son finished his A-levels in June and nobody has opened the app
since. There was no reminder email before the renewal - I've checked
spam. I asked for a refund on the 4th and the 11th and got an automatic
reply both times.

If the money isn't back on my card by Friday I'm raising a chargeback
with my bank and letting them sort it out.

Marcus Oyelaran"""),
("en", "b155-hello-guitar-bundle-manager", "Liam Forde <liamforde@example.com>", "Hello", "billing", "high",
"""Hello

Bought the "Complete Acoustic" guitar bundle for $149 on the 28th on the
basis it had 60 video lessons. There are 22. The rest say "coming soon".
Support chat told me bundles are non-refundable and closed the chat on
me.

I'm not going round in circles with the chat again. I want a full refund
and I want this looked at by a manager, not a bot and not a first-line
agent.

Liam Forde"""),
("en", "b155-question-camp-instalments", "Jenna Whitfield <jenna.whitfield@example.com>", "Question", "billing", "",
"""Hi! Quick question before I sign up - the two-week online game design
camp for kids is $420. Is there any way to split that into two or three
payments? We're in Austin TX if that matters for the dates. Thanks!
Jenna"""),
("en", "b155-re-quote-webinar-series", "Gareth Pugh <g.pugh@llanfair-accountants.example>", "Re: Group booking - CPD webinar series", "billing", "",
"""Hi Naomi,

Thanks for this. We'd like to go ahead for 12 seats rather than the 15 I
mentioned - two of the team are on leave and one has left. Could you
send an invoice for 12 at the group rate so we can pay by BACS? Our
accounts need the invoice before they'll release payment.

Cheers,
Gareth Pugh
Llanfair Accountants, Carmarthen

-----Original Message-----
From: Naomi Fisher
Sent: 14 May 10:21
To: Gareth Pugh
Subject: Group booking - CPD webinar series

Dear Gareth,

Thank you for your enquiry. For groups of 10 or more the six-part
"Making Tax Digital" series is £95 per person instead of £120. Payment
by card or bank transfer.

Best wishes,
Naomi Fisher
Events Team"""),
("en", "b155-voucher-full-price-singing", "Harriet Coombs <harriet.coombs@example.co.uk>", "Birthday voucher", "billing", "",
"""Hello,

My sister gave me a £30 voucher for singing lessons for my birthday. I
booked a block of four lessons (£120) and put the code in at checkout,
but I've been charged the full £120 and the voucher still shows as
unused. Could you refund the £30, or knock it off the next block?

Many thanks,
Harriet"""),
("en", "b155-not-technical-receipt-employer", "Vikram Iyer <vikram.iyer@example.com>", "receipt", "billing", "",
"""Not a technical issue, the course is working perfectly.
I just need a proper receipt for the "Data Engineering with Python" course
($299, paid 3 Feb) with my name and the date on it - my employer will
reimburse it under the learning budget. The order confirmation email
isn't accepted as a receipt. Thanks, Vikram"""),
("en", "b155-family-plan-to-single", "Carol Pennington <carol.pennington@example.co.uk>", "Family plan", "billing", "",
"""Dear library team,

Both our children have left home for university and have their own
library cards there now, so it's only me reading on the account. Please
could you move us from the Family plan (£14.99) to the single plan from
the next billing date? I'd like to keep my own bookshelf and notes.

Kind regards,
Carol Pennington"""),
("en", "b155-prepaid-credits-tutor-left-small-claims", "Daniel Okafor <daniel.okafor@example.co.uk>", "Prepaid lessons - £240", "billing", "high",
"""Dear Sirs,

In January I bought a pack of 12 French lessons for £240 through your
platform. After three lessons my tutor, Mme Laurent, left the platform.
Your system has since cancelled my remaining nine bookings but shows my
credit as "expired".

I did not cancel anything. I am entitled to either a refund of the
unused £180 or lessons of the same standard. I have written twice. If I
do not have a satisfactory answer within 14 days I will issue a claim in
the small claims court without further notice.

Yours faithfully,
Daniel Okafor"""),
("en", "b155-violin-video-freezing-no-refund", "Ellen Schaefer <ellen.schaefer@example.com>", "Video during lessons", "technical", "",
"""Hi,

Before anything else - I don't want a refund or credit, my teacher is
wonderful and I'm happy with what I pay. I just need the video to work.

For the last three Tuesday lessons the picture freezes every minute or
two while the sound carries on. It only happens in your lesson room,
Zoom calls with my family on the same laptop are fine. Windows 11,
Chrome, wired internet (200 Mbps).

Is there a setting I'm missing?

Ellen"""),
("en", "b155-reset-email-never-arrives", "Priya Raghunathan <priya.r@example.in>", "cannot login", "technical", "",
"""Hello, I forgot my password for the NEET revision app and requested a
reset link 5 times since yesterday. No mail has come, checked spam and
promotions both. Email is the same as this one. Please help."""),
("en", "b155-coding-robot-battery-hot", "Graham Stokes <graham.stokes@example.co.uk>", "Robot kit battery", "technical", "high",
"""Hello,

We have the "Build & Code" robot kit that came with my daughter's
coding course. Last night while it was charging on her desk I noticed a
hot plastic smell. The battery pack was too hot to hold and the casing
has bulged slightly on one side.

I've unplugged it and put it outside on the patio on a plate, away from
anything. Nobody was hurt. I wanted to let you know, because I assume
other families have the same battery, and to ask what we should do with
it now.

Graham Stokes"""),
("en", "b155-driving-school-class-login-screen", "Tracy Gilmore <tracy@gilmore-driving.example>", "Tuesday class", "technical", "high",
"""Hi,

I run a small driving school and we use your theory platform for our
classroom sessions. Last night I had 18 learners in the room and every
single one of them sat looking at a spinning circle after logging in.
I ended up reading questions off my phone for an hour. Same this morning
with the 9am group - nobody can get past the login. Two of them have
their test on Thursday.

I've another class at 6pm tonight. I can't keep sending people home.

Tracy Gilmore
Gilmore School of Motoring, Coleraine"""),
("en", "b155-compliance-webinar-stream-drop", "Ben Whitcombe <ben.whitcombe@harrowgate-logistics.example>", "Yesterday's session", "technical", "high",
"""Good morning,

Yesterday we had 230 warehouse staff booked onto your live "Manual
Handling Refresher" webinar across three sites. The stream dropped at
minute 12 and never came back for anyone. People stood around in the
canteens for forty minutes. The rerun link you emailed leads to an
error page.

Our insurer's deadline for the refresher is the end of this week and
nobody has a completion record. We need a working session - today or
tomorrow - and the attendance records to go with it.

Ben Whitcombe
HR Manager, Harrowgate Logistics"""),
("en", "b155-not-billing-chemistry-crash", "Ananya Bose <ananya.bose@example.in>", "Payment page", "technical", "",
"""Sorry the subject is wrong, this is not about billing - the payment
went through fine. The problem is the app closes by itself whenever I
open the Chemistry flashcards (Class 12, Organic). Physics and Maths
open ok. I have reinstalled once. Phone is Redmi Note 12, Android 14."""),
("en", "b155-ebook-adobe-drm-error", "Neil Fairbairn <neil.fairbairn@example.co.uk>", "E-book won't open", "technical", "",
"""Hello,

I borrowed "The Salt Path" from your e-library and downloaded it to my
Kobo using Adobe Digital Editions as the help page says. On the Kobo it
just says "This book is protected and cannot be opened". Two other books
from you opened fine last month. I've de-authorised and re-authorised
the Kobo once.

Neil"""),
("en", "b155-safari-mic-singing", "Moira Kennedy <moira.kennedy@example.ie>", "Microphone", "technical", "",
"""Hi, in the singing lessons your site doesn't pick up my microphone at
all on my iPad (Safari). The little level bar stays flat. I've said
"Allow" when it asked. The mic works in the voice memos app. Grand on my
laptop though. Any ideas? Moira"""),
("en", "b155-theory-progress-lost-caps", "Jordan Pryce <jordan.pryce@example.com>", "URGENT!!!!!", "technical", "",
"""YOUR UPDATE HAS WIPED ALL MY PROGRESS!!! I had done all 14 topics and
was scoring 90%+ on the mocks and now everything shows 0% and the mocks
are locked again. My test is in 2 weeks. I've logged out and back in.
Please tell me it's saved somewhere."""),
("en", "b155-usb-adapter-spark-keyboard", "Alan Mercer <alan.mercer@example.co.uk>", "Keyboard adapter", "technical", "high",
"""Good evening,

I'm writing about the 61-key keyboard that came with the beginner piano
course. This evening when I plugged the supplied mains adapter into the
wall there was a crack and a small blue spark from the socket, and the
adapter now smells scorched. The socket is fine with other things.

I've stopped using it. Could you send a replacement adapter, and is it
safe to use the keyboard on batteries in the meantime?

Regards,
Alan Mercer"""),
("en", "b155-cpd-certificate-500", "Dr Fiona Grant <f.grant@example-dental.co.uk>", "CPD certificate", "technical", "",
"""Hello,

I attended the "Radiography Regulations" webinar on 9 April (all 90
minutes, and I completed the quiz). When I press "Download certificate"
on my dashboard I get a page saying "500 Internal Server Error". I've
tried on two computers over three days. I need the certificate for my
GDC record by the end of the month.

Fiona Grant"""),
("en", "b155-captions-out-of-sync", "Marlon Tate <marlon.tate@example.com>", "captions", "technical", "",
"""Hey - the closed captions on the recorded webinars are running about 5
seconds behind the speaker. Live they were fine. I'm hard of hearing so
I rely on them. Happens on the last three recordings in the HR track."""),
("en", "b155-authenticator-new-phone", "Cian Murphy <cian.murphy@example.ie>", "2 step code", "technical", "",
"""Hi lads,

Got a new phone over the weekend and didn't move the authenticator app
across (my own fault). Now the site asks for the 6 digit code every time
I log in and I've no way to get it. The backup codes I never saved.
Can you switch off the two-step for my account so I can set it up again?
I have German with Herr Vogel on Thursday.

Cian Murphy"""),
("en", "b155-praise-piano-teacher-74", "Margaret Holloway <margaret.holloway@example.co.uk>", "A thank you", "general", "",
"""Dear KeyNote,

I am 74 and always wanted to play the piano. My granddaughter set me up
with online lessons with Mrs Okafor last autumn and I want you to know
how patient and kind she has been. Last Sunday I played "Für Elise" (the
easy version!) for the family at lunch.

Please pass on my thanks to her.

With best wishes,
Margaret Holloway"""),
("en", "b155-tutor-rude-daughter-senior", "Sunita Kapoor <sunita.kapoor@example.com>", "Complaint about a tutor", "general", "high",
"""Hello,

My daughter Riya (14) had a maths session yesterday evening with the
tutor listed as "Mr D." She came out of it in tears. He sighed loudly
every time she got something wrong, told her she was "wasting his time"
and said maybe she "wasn't cut out for higher tier". She has exams in
May and is anxious enough already.

I don't want to discuss this with the general support inbox. I'd like
someone senior - whoever manages your tutors - to call me on 07700
900481. And I'd like to know he won't be teaching her again.

Sunita Kapoor"""),
("en", "b155-easter-support-hours", "Paul Heaney <paul.heaney@example.com>", "Easter", "general", "",
"""Is the phone line open over the Easter weekend, and what are the hours
on the Monday? Thanks"""),
("en", "b155-name-change-after-wedding", "Lauren Whitaker <lauren.whitaker@example.com>", "Name change", "general", "",
"""Hi,

I got married last month and I'd like to change my name on my account
from Lauren Baxter to Lauren Whitaker, and the email to this new
address. Mainly because my course certificates should be in my married
name from now on. What do you need from me?

Thanks,
Lauren"""),
("en", "b155-subject-access-request", "Owen Llewellyn <owen.llewellyn@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I would like a copy of all personal data
you hold about me, including any recordings of my online lessons, chat
messages with tutors, and the notes tutors have written about me.

My account is registered to this email address. Please let me know if
you need anything further to confirm my identity.

Yours faithfully,
Owen Llewellyn"""),
("en", "b155-son-video-advert-ico", "Rachel Moody <rachel.moody@example.co.uk>", "My son in your advert", "general", "high",
"""I was sent a link yesterday to your new Instagram advert for the kids'
coding classes. Ten seconds in is my son, Alfie, age 9 - his face and
his first name - taken from a recording of one of his live classes.

We were never asked. I have never given consent for his image to be used
in marketing and I would not have.

I want the advert taken down today, the clip deleted, and written
confirmation of both. If I don't get that I will be reporting this to
the ICO.

Rachel Moody"""),
("en", "b155-lost-earphones-open-day", "Hannah Price <hannah.price@example.co.uk>", "Open day Saturday", "general", "",
"""Hi, I came to the open day at your Manchester studio on Saturday (the
one for the online guitar course) and I think I left my earphones in the
room with the amps. White wired ones in a small blue case. Has anyone
handed them in? I can pick up. Hannah"""),
("en", "b155-school-hackathon-sponsor", "Mr T. Adeyemi <t.adeyemi@hillcrest-academy.example>", "Sponsorship - Year 9 hackathon", "general", "",
"""Dear Sir or Madam,

Hillcrest Academy in Leicester is holding its first ever Year 9 coding
hackathon on 21 June. About 60 students will take part, many of whom
don't have a computer at home.

We are looking for local and national sponsors, whether for prizes,
course licences or simply your logo on the T-shirts. Would your company
be interested? I'd be glad to send more details.

Kind regards,
Tunde Adeyemi
Head of Computing"""),
("en", "b155-revision-workshop-loose-stair", "Josh Kettering <josh.kettering@example.com>", "Saturday workshop venue", "general", "high",
"""Hi,

My daughter went to your in-person GCSE revision day at the Corn
Exchange rooms on Saturday. The metal edge on the third step of the
stairs up to the first floor is loose and sticks up - she caught her
foot on it and nearly went down head first, and she said another girl
tripped on it later too. Luckily no one was hurt.

You've got another session there this weekend with a lot of teenagers
going up and down those stairs. Could you get the venue to fix it or
move the room before then?

Josh Kettering"""),
("en", "b155-irish-language-ebooks", "Gráinne Ní Bhriain <grainne.nibhriain@example.ie>", "Books in Irish", "general", "",
"""A chara,

Do you have, or plan to add, any e-books in Irish? My children are in a
Gaelscoil and I'd love them to have more to read at home. Even picture
books would be great.

Go raibh maith agat,
Gráinne"""),
("en", "b155-python-course-dyslexia-age", "Mark Delaney <mark.delaney@example.com.au>", "Python for Kids", "general", "",
"""G'day,

My son is 8 and dyslexic but really keen on computers. Is the "Python
for Kids" course suitable for his age or should he start with something
block-based? And is there any audio support for the reading parts?

Thanks,
Mark (Perth)"""),
("en", "b155-thanks-passed-first-time", "Amira Hassan <amira.hassan@example.co.uk>", "thank you", "general", "",
"""Passed first time today, 49/50! Your hazard clips were harder than the
real thing. Thank you!!"""),
("en", "b155-killer-webinar-slides", "Dale Rutherford <dale.rutherford@example.com>", "Tuesday's webinar", "general", "",
"""Folks - Tuesday's session on payroll year-end absolutely killed it.
Half my team said it blew their minds, and I nearly died laughing at the
bit about the P60 in the freezer. Is there any chance you can share the
slides? Our new starters missed it.

Dale Rutherford
Rutherford Bookkeeping, Leeds"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b155-bouzouki-diplochreosi", "Σταύρος Μανωλάκης <s.manolakis@example.gr>", "Χρέωση Μαΐου", "billing", "",
"""Καλησπέρα σας,

Στον λογαριασμό της κάρτας μου βλέπω δύο χρεώσεις των 35,00€ στις 3 Μαΐου
για τα online μαθήματα μπουζουκιού, με διαφορά ενός λεπτού. Έχω ένα μόνο
πακέτο (τέσσερα μαθήματα τον μήνα με τον κ. Ζαχαρίου). Μπορείτε να μου
επιστρέψετε τη δεύτερη;

Ευχαριστώ,
Σταύρος Μανωλάκης"""),
("el", "b155-gl-panelladikes-telos-efarmogi", "Myrto K. <myrto.k2006@example.gr>", "telos", "billing", "",
"""Geia sas! Teleiwsa tis panelladikes shmera (Xhmeia to teleytaio, phge
kala nomizw!!) opote den 8a xreiastw allo thn efarmogh epanalhpshs.
Mporeite na kleisete thn syndromh na mhn xrewthei h karta ths mamas mou
ta 9,99 ton Iouli? Den vrhka pou ginetai apo to kinhto.
Eyxaristw polu
Myrto"""),
("el", "b155-mitera-pethane-vivliothiki", "Αικατερινη Παππα <k.pappa@example.gr>", "Λογαριασμος μητερας μου", "billing", "",
"""Καλημερα σας,

Η μητερα μου, Ελενη Παππα, εφυγε απο τη ζωη τον Φεβρουαριο. Διαβαζε
πολλα βιβλια απο την ψηφιακη σας βιβλιοθηκη στο tablet της και βλεπω
οτι συνεχιζει να χρεωνεται το 6,90 καθε μηνα απο την καρτα της.

Δεν ξερω τους κωδικους της. Παρακαλω να σταματησετε τη συνδρομη και να
κλεισετε τον λογαριασμο. Αν χρειαζεστε ληξιαρχικη πραξη θανατου να μου
πειτε να σας τη στειλω.

Με εκτιμηση,
Αικατερινη Παππα"""),
("el", "b155-timologio-webinar-logistes", "Λογιστήριο <logistirio@tsakalidis-synergates.example>", "Τιμολόγιο", "billing", "",
"""Καλημέρα σας,

Εγγράψαμε δύο συνεργάτες μας στο webinar "Νέο πλαίσιο ηλεκτρονικής
τιμολόγησης myDATA" της 12ης Μαρτίου (2 x 70€) και εξοφλήσαμε με
εταιρική κάρτα. Λάβαμε μόνο απόδειξη λιανικής.

Παρακαλούμε εκδώστε τιμολόγιο στα στοιχεία:
ΤΣΑΚΑΛΙΔΗΣ & ΣΥΝΕΡΓΑΤΕΣ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Καλαμαριάς
Εγνατίας 120, Θεσσαλονίκη

Ευχαριστούμε,
Ρένα Κυριακίδου"""),
("el", "b155-erotisi-doseis-panelladikes", "Γιώργος Λαμπράκης <g.lamprakis@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας. Ο γιος μου πάει Β' Λυκείου και σκεφτόμαστε το ετήσιο
πρόγραμμα προετοιμασίας για τις Πανελλαδικές (480€). Γίνεται να
πληρωθεί σε δόσεις με πιστωτική, και αν ναι σε πόσες χωρίς τόκο;
Ευχαριστώ"""),
("el", "b155-gl-fantaros-germanika-pausi", "Thanos Vlachos <thanos.vlachos@example.gr>", "Germanika", "billing", "",
"""Kalhspera,

Katatassomai sto stratw stis 18 tou mhna (Tripolh, kinhto 8a exw mono
to vrady) opote den 8a mporw na kanw ta ma8hmata germanikwn me
thn k. Hoffmann gia kamia 9aria mhnes. Mporoume na "pagwsoume" to paketo
mexri na apolu8w xwris na plhrwnw ta 60e ton mhna? Den 8elw na xasw thn
wra mou mazi ths, einai top.

Ευχαριστω,
Thanos"""),
("el", "b155-kouponi-den-aferethike", "Βασιλική Δούκα <vasiliki.douka@example.gr>", "Κουπόνι έκπτωσης", "billing", "",
"""Καλησπέρα,

Χθες έγραψα την κόρη μου στο καλοκαιρινό online τμήμα ρομποτικής και
έβαλα τον κωδικό ΚΑΛΟΚΑΙΡΙ20 που είδα στο newsletter σας. Στο καλάθι
έδειχνε 152€ αντί για 190€, αλλά από την κάρτα μου χρεώθηκαν τελικά
190€. Μπορείτε να μου επιστρέψετε τη διαφορά των 38€;

Βασιλική Δούκα"""),
("el", "b155-re-ananeosi-den-ithela", "Παναγιώτης Ξυδάκης <p.xydakis@example.gr>", "Re: Η συνδρομή σας ανανεώθηκε", "billing", "",
"""Καλησπέρα,

Δεν ήθελα ανανέωση. Είχα γράψει στις ρυθμίσεις "χωρίς αυτόματη
ανανέωση" από τον Ιανουάριο, έχω και screenshot. Παρακαλώ ακυρώστε την
ανανέωση και επιστρέψτε τα 89€.

Π. Ξυδάκης

---- Στις 02/09, ο/η noreply@example-epanalipsi.gr έγραψε ----
> Αγαπητέ χρήστη,
> Η ετήσια συνδρομή σας Premium ανανεώθηκε επιτυχώς.
> Ποσό χρέωσης: 89,00€
> Επόμενη ανανέωση: 02/09 του επόμενου έτους
> Ευχαριστούμε που μαθαίνετε μαζί μας!"""),
("el", "b155-gl-iris-plirwmi-ftase", "Dimitra Stavrou <dimitra.stavrou@example.gr>", "plhrwmh", "billing", "",
"""Kalhmera, dn einai texniko to 8ema, h efarmogh douleuei kanonika.
Plhrwsa xtes me IRIS ta 45e gia to paketo 10 ma8hmatwn ag8likwn alla sto
profil mou akoma leei "ekkremei plhrwmh". Ta lefta exoun fugei apo ton
logariasmo. Ta pirate? Na steilw to apodeiktiko?"""),
("el", "b155-premium-se-basiko-kodikas", "Ηλίας Κουτσούρης <ilias.koutsouris@example.gr>", "Αλλαγή πακέτου", "billing", "",
"""Καλημέρα,

Ο γιος μου έχει το Premium πακέτο στα μαθήματα προγραμματισμού (24,90€
τον μήνα), αλλά τα live μαθήματα με καθηγητή δεν τα παρακολουθεί ποτέ,
προτιμά τα βίντεο. Θα ήθελα από τον επόμενο μήνα να περάσουμε στο
Βασικό (12,90€). Κρατάει την πρόοδό του;

Ευχαριστώ,
Ηλίας Κουτσούρης"""),
("el", "b155-ethsia-xrewsi-amfisvitisi", "Φωτεινή Αργυροπούλου <foteini.argyropoulou@example.gr>", "Χρέωση 119€ μετά από ακύρωση", "billing", "high",
"""Κύριοι,

Στις 15 Ιουνίου ακύρωσα τη συνδρομή μου στην ψηφιακή βιβλιοθήκη και
έλαβα email επιβεβαίωσης (το επισυνάπτω). Παρ' όλα αυτά, στις 30 Ιουνίου
χρεωθήκατε 119€ για "ετήσια ανανέωση".

Σας έχω γράψει δύο φορές χωρίς καμία απάντηση. Αν τα χρήματα δεν
επιστραφούν μέσα στην εβδομάδα, θα ζητήσω από την τράπεζά μου
αμφισβήτηση της χρέωσης.

Φωτεινή Αργυροπούλου"""),
("el", "b155-theoria-odigisis-synigoros", "Κωνσταντίνος Μπέλλος <k.bellos@example.gr>", "Εγγύηση επιτυχίας", "billing", "high",
"""Αξιότιμοι κύριοι,

Αγόρασα το πακέτο online θεωρίας οδήγησης "Σίγουρη Επιτυχία" (59€) που
διαφημίζετε με "επιστροφή χρημάτων αν δεν περάσεις την πρώτη φορά".
Απέτυχα στην εξέταση θεωρίας στις 4 Απριλίου (έχω το έντυπο της
υπηρεσίας) και ζήτησα την επιστροφή. Μου απαντήσατε ότι η εγγύηση
ισχύει μόνο αν έχω "ολοκληρώσει το 100% των τεστ", όρος που δεν
αναφέρεται πουθενά στη διαφήμιση.

Σας ζητώ την επιστροφή των 59€ εντός 10 ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή.

Κωνσταντίνος Μπέλλος"""),
("el", "b155-gl-webinar-akyrwthike-proistamenos", "Lefteris Pap. <lefteris.pap@example.gr>", "WEBINAR 22/5", "billing", "high",
"""To webinar gia ta nea ergasiaka (22/5, 85e) akurw8hke thn idia mera me
ena sms. Zhthsa ta lefta pisw kai mou leme oti 8a mou dwsete "pistwsh"
gia allo webinar. Den 8elw pistwsh, den me endiaferei kanena allo apo ta
dika sas. Exw grapsei 3 fores sthn eksypiretish.

8elw na milhsw me ton proistameno h ton upeu8uno, oxi me allon
ypallhlo pou 8a mou grapsei to idio keimeno.
Lefteris Papadopoulos"""),
("el", "b155-allagi-pliktrologio-megalytero", "Μαρίνα Τσιρίγου <marina.tsirigou@example.gr>", "Αλλαγή αρμονίου", "billing", "",
"""Καλησπέρα σας,

Με το πακέτο μαθημάτων πιάνου για αρχάριους παρήγγειλα και το αρμόνιο
των 49 πλήκτρων (129€). Ήρθε σε άριστη κατάσταση, δεν έχει βγει καν από
τη ζελατίνα, αλλά η καθηγήτρια λέει ότι θα χρειαστώ 61 πλήκτρα από τον
δεύτερο μήνα. Μπορώ να το ανταλλάξω με το μοντέλο των 61 (159€) και να
πληρώσω τη διαφορά; Πώς γίνεται η αποστολή;

Μαρίνα"""),
("el", "b155-video-den-fortonoun-oxi-epistrofi", "Ζωή Καραγιάννη <zoi.karagianni@example.gr>", "Βίντεο μαθημάτων", "technical", "",
"""Γεια σας,

Να το ξεκαθαρίσω από την αρχή: δεν ζητάω επιστροφή χρημάτων, τα
μαθήματα κιθάρας μου αρέσουν πολύ. Απλώς από την Κυριακή τα βίντεο
από το 3ο κεφάλαιο και μετά δεν φορτώνουν. Μένει μαύρη οθόνη με τον
κύκλο να γυρίζει. Τα πρώτα δύο κεφάλαια παίζουν κανονικά.

Δοκίμασα σε laptop (Chrome) και σε κινητό (Android), το ίδιο.

Ζωή"""),
("el", "b155-gl-login-lathos-kwdikos", "Nikos Gkikas <nikos.gkikas@example.gr>", "login", "technical", "",
"""Mou leei "la8os kwdikos" enw ton exw swsto, ton allaksa k xtes me to
reset. Mpainw kanonika apo to laptop, apo to kinhto (iPhone) oxi. Exw
diagrapsei thn efarmogh k thn ksanakatevasa."""),
("el", "b155-tablet-fortistis-kapnos", "Αντώνης Λιάκος <antonis.liakos@example.gr>", "Φορτιστής tablet", "technical", "high",
"""Καλησπέρα σας,

Το tablet που μας στείλατε μαζί με τα μαθήματα προγραμματισμού για
παιδιά φόρτιζε απόψε στο γραφείο του γιου μου. Κάποια στιγμή βγήκε λίγος
καπνός από το σημείο που ο φορτιστής μπαίνει στην πρίζα και η πρίζα
από πάνω μαύρισε. Το αποσυνδέσαμε αμέσως από τον γενικό, δεν έπαθε
κανείς τίποτα.

Η υπόλοιπη πρίζα του σπιτιού δουλεύει κανονικά με άλλες συσκευές. Τι
πρέπει να κάνουμε με τον φορτιστή; Δεν θα τον ξαναβάλουμε στο ρεύμα.

Αντώνης Λιάκος"""),
("el", "b155-frontistirio-mathites-ektos-live", "Φροντιστήριο Ορόσημο <info@orosimo-frontistirio.example>", "Σήμερα το απόγευμα", "technical", "high",
"""Καλησπέρα,

Είμαστε φροντιστήριο στο Ηράκλειο και κάνουμε όλα τα απογευματινά
τμήματα Γ' Λυκείου μέσα από την πλατφόρμα σας. Από τις 16:00 κανένας
από τους 35 μαθητές δεν μπαίνει στις αίθουσες, βγάζει "Η σύνδεση
απέτυχε". Οι καθηγητές περιμένουν μόνοι τους στις κενές αίθουσες, οι
γονείς μάς παίρνουν τηλέφωνο και έχουμε επαναληπτικό διαγώνισμα Φυσικής
στις 18:00.

Παρακαλώ κάποιος να μας πάρει τηλέφωνο στο 2810 999999.

Μαρία Σπυριδάκη
Διεύθυνση Σπουδών"""),
("el", "b155-gl-kentro-glwsswn-vivlia-kleidwmena", "Kentro Ksenwn Glwsswn Alfa <info@alfa-glosses.example>", "vivlia ma8htwn", "technical", "high",
"""Kalhmera sas,

Eimaste kentro ksenwn glwsswn sthn Patra kai exoume 120 ma8htes me
logariasmo sthn hlektronikh sas vivlio8hkh gia ta vivlia anagnwshs
(readers). Apo xtes to vrady OLOI vlepoun "Den exete dikaiwma
prosvashs" se ka8e vivlio. Ta tmhmata B2 kai C2 dinoun eksetaseis se
mia evdomada kai oi ka8hghtes den mporoun na kanoun ma8hma, oi goneis
mas pairnoun thlefwno synexeia.

Parakalw apanthste to grhgorotero.
Vasw Giannopoulou"""),
("el", "b155-gl-mikrofwno-tragoudi", "Eleni Roussou <eleni.roussou@example.gr>", "mikrofwno", "technical", "",
"""Geia sas, sto ma8hma tragoudiou h ka8hghtria den me akouei kala,
leei oti h fwnh mou kovetai k erxetai me ka8ysterhsh. Exw to usb
mikrofwno pou proteinete sth lista sas, sto Windows fainetai kanonika.
Prepei na allaksw kati stis rythmiseis??"""),
("el", "b155-ebook-kenes-selides", "Γιαννης Δελης <giannis.delis@example.gr>", "Βιβλιο", "technical", "",
"""Καλημερα. Δανειστηκα το "Ο Καπετάν Μιχάλης" απο την εφαρμογη και απο
τη σελιδα 40 και μετα οι σελιδες ειναι ασπρες, δεν φαινεται κειμενο.
Το διαγραψα και το κατεβασα ξανα, τα ιδια. Αλλα βιβλια ανοιγουν
κανονικα. Εχω Samsung tablet."""),
("el", "b155-kok-test-lathos-vathmologia", "Χρύσα Μπακάλη <chrysa.bakali@example.gr>", "Τεστ ΚΟΚ", "technical", "",
"""Καλησπέρα,

Στα τεστ της εφαρμογής θεωρίας (κατηγορία Β) μου βγάζει λάθος σε
απαντήσεις που σύμφωνα με το ίδιο το βιβλίο σας είναι σωστές. Π.χ. στην
ερώτηση 214 (προτεραιότητα σε ισόπεδο κόμβο) διαλέγω το Β, στο τέλος
λέει "λάθος" και η σωστή απάντηση που δείχνει είναι... το Β! Μου
συμβαίνει σε 4-5 ερωτήσεις κάθε τεστ και μου χαλάει το σκορ.

Χρύσα"""),
("el", "b155-epeigon-pistopoiitiko", "Δημοσθένης Ρήγας <d.rigas@example.gr>", "ΕΠΕΙΓΟΝ!!!", "technical", "",
"""ΚΑΛΗΣΠΕΡΑ. ΠΑΡΑΚΟΛΟΥΘΗΣΑ ΟΛΟΚΛΗΡΟ ΤΟ ΣΕΜΙΝΑΡΙΟ ΓΙΑ ΤΟ GDPR ΣΤΙΣ
ΜΙΚΡΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ ΚΑΙ ΟΤΑΝ ΠΑΤΑΩ "ΛΗΨΗ ΒΕΒΑΙΩΣΗΣ" ΔΕΝ ΓΙΝΕΤΑΙ
ΤΙΠΟΤΑ, ΤΟ ΚΟΥΜΠΙ ΕΙΝΑΙ ΓΚΡΙ. ΤΟ ΔΟΚΙΜΑΣΑ ΣΕ ΔΥΟ ΥΠΟΛΟΓΙΣΤΕΣ.
ΤΗ ΘΕΛΩ ΓΙΑ ΤΟ ΑΡΧΕΙΟ ΜΟΥ. ΕΥΧΑΡΙΣΤΩ"""),
("el", "b155-gl-plhktrologio-tsimpise-reuma", "Kostas Mavridis <kostas.mavridis@example.gr>", "hlektriko piano", "technical", "high",
"""Kalhspera,

Sto hlektriko piano pou phra apo esas me to paketo ma8hmatwn, otan
akoumpaw to metalliko plaisio sto pisw meros (ekei pou einai ta
kalwdia) me "tsimpaei" reuma, oxi polu, san mikrh enoxlhsh, alla to
ni8w ka8e fora. To piano to paizei kai h korh mou pou einai 9 xronwn.

To exw vgalei apo thn priza kai den to xrhsimopoioume. Ti prepei na
kanw? 8a er8ei kapoios na to dei h to stelnw pisw?

Kwstas Mavridis"""),
("el", "b155-re-ixos-kovetai-webinar", "Αλεξάνδρα Φωτίου <alexandra.fotiou@example.gr>", "Re: Αίτημα #44817 - Ήχος", "technical", "",
"""Καλησπέρα,

Έκανα ό,τι μου γράψατε (καθάρισα cache, δοκίμασα Firefox), αλλά στο
χθεσινό webinar ο ήχος πάλι κοβόταν κάθε δύο-τρία λεπτά για μερικά
δευτερόλεπτα. Η εικόνα δεν κολλάει καθόλου, μόνο ο ήχος.

Αλεξάνδρα

> Αγαπητή κα Φωτίου,
> Σας προτείνουμε να καθαρίσετε την προσωρινή μνήμη του browser και να
> δοκιμάσετε με διαφορετικό πρόγραμμα περιήγησης. Αν το πρόβλημα
> επιμένει, απαντήστε σε αυτό το μήνυμα.
> Ομάδα Υποστήριξης"""),
("el", "b155-gl-link-epivevaiwsis-elhkse", "Stelios Karras <stelios.karras@example.gr>", "Kalhmera", "technical", "",
"""To link epivevaiwshs tou email pou mou steilate leei "o syndesmos exei
lhksei" alla to phra prin 10 lepta. Patisa "ksanasteile" 3 fores, idio.
Stelios"""),
("el", "b155-chromebook-kollaei-scratch", "Ρένα Χατζή <rena.chatzi@example.gr>", "Κολλάει το πρόγραμμα", "technical", "",
"""Καλημέρα,

Η κόρη μου (10 χρονών) κάνει το μάθημα "Φτιάχνω το πρώτο μου παιχνίδι"
στο σχολικό Chromebook. Όταν σέρνει τα τουβλάκια στον χώρο εργασίας,
μετά από λίγα λεπτά κολλάει τελείως και πρέπει να κλείσει την καρτέλα,
οπότε χάνει ό,τι έφτιαξε. Στο δικό μου laptop δεν το κάνει.

Ευχαριστώ,
Ρένα Χατζή"""),
("el", "b155-efcharisto-kathigitria-agglikon", "Σοφία Ανδρεάδου <sofia.andreadou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα απλώς να σας πω ότι ο γιος μου πέρασε το Proficiency! Όλη τη
χρονιά έκανε μαθήματα online με την κυρία Ελισάβετ και χωρίς την
υπομονή της, ειδικά στο writing, δεν θα τα είχε καταφέρει.

Σας παρακαλώ μεταφέρετέ της τις θερμές μας ευχαριστίες.

Σοφία Ανδρεάδου"""),
("el", "b155-gl-perasa-8ewria-eyxaristw", "Giorgos Tz. <giorgos.tz@example.gr>", "perasaaa", "general", "",
"""Perasa th 8ewria me 0 la8h!!! H efarmogh sas einai o,ti kalutero,
eyxaristw paidia"""),
("el", "b155-kathigitis-agenis-diefthyntis", "Ευαγγελία Σαρρή <evaggelia.sarri@example.gr>", "Συμπεριφορά καθηγητή", "general", "high",
"""Κύριοι,

Η κόρη μου (16) κάνει online μαθήματα Μαθηματικών με τον καθηγητή που
εμφανίζεται ως "Θ. Κ.". Στο χθεσινό μάθημα, όταν δεν κατάλαβε μια
άσκηση, της είπε μπροστά σε όλο το τμήμα ότι "με τέτοια μυαλά να
κοιτάξει για ΙΕΚ". Έκλεισε την κάμερα και έκλαιγε όλο το βράδυ.

Δεν θέλω απάντηση από τη γενική υποστήριξη. Θέλω να μιλήσω με τον
υπεύθυνο ή τον διευθυντή σπουδών σας και να μου πείτε τι θα γίνει με
αυτόν τον καθηγητή. Τηλέφωνο: 697 0000000.

Ευαγγελία Σαρρή"""),
("el", "b155-ores-grammateia-dekapentaugoustos", "Πέτρος Αλεξίου <petros.alexiou@example.gr>", "Ωράριο", "general", "",
"""Καλημερα, η γραμματεια σας ειναι ανοιχτη τη βδομαδα του
Δεκαπενταυγουστου; Και τι ωρες απαντατε στο τηλεφωνο;
Ευχαριστω"""),
("el", "b155-gl-allagh-email-kinhto", "Vaso Theodorou <vaso.theodorou.new@example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhspera, 8elw na allaksw to email kai to kinhto ston logariasmo
mou. Palio email: vaso.theo@example.gr, neo: auto apo to opoio sas
grafw. Neo kinhto 6944 000 000. To onoma einai Vasiliki Theodorou.
Eyxaristw!"""),
("el", "b155-diagrafi-dedomenwn-apdpx", "Μιχάλης Ζαφειρίου <michalis.zafeiriou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "high",
"""Κύριοι,

Στις 10 Ιανουαρίου ζήτησα εγγράφως τη διαγραφή όλων των προσωπικών
δεδομένων του ανήλικου γιου μου από την πλατφόρμα σας (λογαριασμός,
ηχογραφήσεις μαθημάτων, σημειώσεις καθηγητών), σύμφωνα με το άρθρο 17
του ΓΚΠΔ. Έχουν περάσει δύο μήνες και εξακολουθώ να λαμβάνω newsletter
στο όνομά του, ενώ ο λογαριασμός του είναι ακόμα ενεργός.

Εάν δεν λάβω επιβεβαίωση της διαγραφής εντός 7 ημερών, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Μιχάλης Ζαφειρίου"""),
("el", "b155-gl-ksexasa-omprela-seminario", "Anna Mpouza <anna.mpouza@example.gr>", "seminario Sabbato", "general", "",
"""Geia sas, hmoun sto dia zwshs seminario sas gia tous ekpaideutikous
to Savvato sto ksenodoxeio sth Larisa kai ksexasa mia mayrh omprela me
ksylino xerouli kato apo thn karekla sthn 3h seira. Mhpws th vrhkate?
Anna"""),
("el", "b155-xorigia-politistikos-syllogos", "Πολιτιστικός Σύλλογος Αγίας Παρασκευής <syllogos.agparaskevis@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος Αγίας Παρασκευής Λέσβου διοργανώνει τον Ιούλιο
το 5ο Φεστιβάλ Παραδοσιακής Μουσικής για παιδιά και νέους. Επειδή
γνωρίζουμε ότι πολλά παιδιά του νησιού μαθαίνουν λαγούτο και μπουζούκι
μέσα από την πλατφόρμα σας, θα θέλαμε να σας προτείνουμε να γίνετε
χορηγός του φεστιβάλ (π.χ. με δωρεάν μαθήματα ως βραβεία).

Είμαστε στη διάθεσή σας για περισσότερες πληροφορίες.

Με εκτίμηση,
Ο Πρόεδρος
Στρατής Βαλέλλης"""),
("el", "b155-spasmeno-tzami-aithousa-anamonis", "Ιουλία Κατσαρού <ioulia.katsarou@example.gr>", "Αίθουσα αναμονής εξετάσεων", "general", "high",
"""Καλησπέρα σας,

Σήμερα το πρωί συνόδευσα την κόρη μου στις εξετάσεις πιστοποίησης
αγγλικών στο εξεταστικό σας κέντρο στη Λάρισα. Στην αίθουσα αναμονής το
γυάλινο τραπεζάκι έχει σπάσει σε μια γωνία και υπάρχουν κοφτερά
κομμάτια γυαλιού, μερικά και στο πάτωμα. Εκεί περίμεναν και μικρά
παιδιά με τους γονείς τους και ένα παρά λίγο να το ακουμπήσει.

Το είπα στην υπάλληλο υποδοχής αλλά το τραπεζάκι ήταν ακόμα εκεί όταν
φύγαμε. Το Σάββατο έχετε πάλι εξετάσεις για μικρούς μαθητές.

Ιουλία Κατσαρού"""),
("el", "b155-ichovivlia-typhlos-pateras", "Ευάγγελος Δρόσος <vangelis.drosos@example.gr>", "Ηχοβιβλία", "general", "",
"""Καλημέρα,

Ο πατέρας μου έχει χάσει σχεδόν εντελώς την όρασή του αλλά του αρέσει
πολύ το διάβασμα. Έχει η βιβλιοθήκη σας ηχοβιβλία στα ελληνικά, και αν
ναι, υπάρχει τρόπος να τα ακούει χωρίς να χρειάζεται να βλέπει την
οθόνη (π.χ. με φωνητικές εντολές);

Ευχαριστώ πολύ,
Βαγγέλης Δρόσος"""),
("el", "b155-webinar-moria-tee", "Αθανασια Κολλια <a.kollia@example.gr>", "Βεβαιωση για ΤΕΕ", "general", "",
"""Καλησπερα σας. Τα webinars για την ενεργειακη αναβαθμιση κτιριων
αναγνωριζονται απο το ΤΕΕ ως επιμορφωση; Θα παρεχεται βεβαιωση
παρακολουθησης με τις ωρες; Ευχαριστω, Α. Κολλια, πολ. μηχανικος"""),
("el", "b155-gl-o-mikros-fwtia", "Babis Siganos <babis.siganos@example.gr>", "Ena mprabo", "general", "",
"""Geia sas, o mikros mou (11) exei kapsei ola ta epipeda sto ma8hma
Python, einai fwtia! Sxedon ton skotwnoume gia na kleisei ton ypologisth
to vrady xaxa. H8ela apla na pw bravo stous ka8hghtes, ton exete
ma8ei na skeftetai. Ypoxreotika 8a synexisoume to ka8e xrono."""),
("el", "b155-vivlia-proetoimasias-periptero", "Σπύρος Καλαμαράς <spyros.kalamaras@example.gr>", "Παραγγελία 30518", "general", "",
"""Καλησπέρα,

Για την παραγγελία 30518 (τα έντυπα βιβλία επανάληψης για τη Βιολογία),
δεν είμαι σπίτι τις πρωινές ώρες. Μπορεί ο κούριερ να τα αφήσει στο
περίπτερο στη γωνία Ερμού και Αθηνάς (κ. Λευτέρης), που τα κρατάει για
εμένα; Τον έχω ενημερώσει.

Ευχαριστώ,
Σπύρος"""),
# ---------------- Spanish ----------------
("es", "b155-guitarra-cobro-duplicado", "Raúl Ortega <raul.ortega@example.es>", "Cobro de abril", "billing", "",
"""Hola, buenas:

En el extracto de mi tarjeta aparecen dos cargos de 45,00 € el 1 de abril
por las clases de guitarra online, con un minuto de diferencia. Solo
tengo contratado un plan (cuatro clases al mes con Nacho). ¿Me podéis
devolver el segundo?

Gracias,
Raúl Ortega"""),
("es", "b155-entro-unam-ya-no-app", "Lupita Hernández <lupita.hdz@example.com.mx>", "ya no", "billing", "",
"""hola buenas tardes, mi hija ya se quedo en la UNAM!! asi que ya no
vamos a ocupar la app de repaso para el examen. como le hago para que
ya no me cobren los 199 pesos cada mes? no encuentro donde darla de
baja. gracias"""),
("es", "b155-abuela-geriatrico-biblioteca", "Martín Cabrera <martin.cabrera@example.com.ar>", "Cuenta de mi abuela", "billing", "",
"""Hola, qué tal.

Mi abuela Nélida tenía la suscripción a la biblioteca de e-books y leía
todas las noches en la tablet. Hace un mes se mudó a un geriátrico en
Adrogué y ya no puede usar la tablet por la vista, así que no la va a
usar más. Les pido que dejen de debitarle los $4.500 mensuales de la
tarjeta y den de baja la cuenta. Si necesitan algo firmado por ella,
avísenme.

Saludos,
Martín Cabrera"""),
("es", "b155-factura-nif-autonomo-webinar", "Inés Valcárcel <ines.valcarcel@example.es>", "Factura", "billing", "",
"""Buenos días:

Me inscribí en el webinar "Novedades del IVA para autónomos 2024" (120 €
+ IVA) y solo he recibido el justificante de pago de la pasarela. Soy
autónoma y necesito una factura completa para deducirlo:

Inés Valcárcel Gómez
NIF 12345678Z
C/ Alfonso I, 14, 3.º B, 50003 Zaragoza

Un saludo,
Inés"""),
("es", "b155-consulta-pse-nequi-programacion", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Consulta", "billing", "",
"""Buenas tardes. Quisiera inscribir a mi hijo de 10 años en el curso de
programación con Minecraft (COP 180.000 al mes). No tengo tarjeta de
crédito, ¿se puede pagar por PSE o por Nequi? Y si pago el trimestre
completo, ¿hay algún descuento? Muchas gracias. Andrés Felipe, Medellín"""),
("es", "b155-piano-pausa-rodilla", "Carmen Lozano <carmen.lozano@example.es>", "Clases de los jueves", "billing", "",
"""Hola Lucía y equipo:

Me operan de la rodilla el día 20 y voy a estar unos tres meses entre
hospital y rehabilitación, así que no voy a poder sentarme al piano en
una temporada. ¿Podemos congelar mis clases de los jueves hasta
septiembre sin que me cobréis la cuota mientras tanto? Luego me
gustaría retomar con Lucía a la misma hora, si puede ser.

Un abrazo,
Carmen"""),
("es", "b155-subio-precio-sin-aviso", "Felipe Araya <felipe.araya@example.cl>", "Precio", "billing", "",
"""Hola, este mes me llego el cobro de la app de teorico de conducir por
$15.990 y siempre fueron $12.990. Nadie me aviso del aumento. Si el
precio cambio, ¿no deberian avisar antes? Quiero que me devuelvan la
diferencia de este mes o cancelo. Felipe"""),
("es", "b155-re-pedido-descuento-estudiante", "Noelia Pastor <noelia.pastor@example.es>", "Re: Confirmación de tu pedido #A-20931", "billing", "",
"""Hola:

En la confirmación veo que me habéis cobrado el curso de alemán B1
completo, 240 €. Soy estudiante de la Universidad de Granada y subí el
carné durante el registro, en vuestra web pone que hay un 25 % de
descuento para estudiantes. ¿Me podéis devolver los 60 €?

Noelia

El mar, 9 abr a las 18:12, Cursos Online <pedidos@example-idiomas.es> escribió:
> ¡Gracias por tu compra!
> Pedido: #A-20931
> Curso de alemán B1 (clases individuales, 20 sesiones)
> Total: 240,00 €
> Método de pago: tarjeta terminada en 4471"""),
("es", "b155-no-tecnico-pago-oxxo", "Jorge Salinas <jorge.salinas@example.com.mx>", "Pago en efectivo", "billing", "",
"""Buen dia, no es un problema de la pagina, todo carga bien. Mi duda es
si puedo pagar el curso de ingles en efectivo en OXXO o en alguna
tienda, porque no tengo tarjeta. El paquete de 3 meses son $2,350 MXN.
Saludos"""),
("es", "b155-solo-aleman-quitar-ingles", "Pilar Echeverría <pilar.echeverria@example.es>", "Cambio de plan", "billing", "",
"""Buenas:

Ahora mismo tengo el plan de dos idiomas (inglés y alemán, 89 € al mes).
He aprobado el C1 de inglés (¡por fin!) y a partir del mes que viene
solo quiero seguir con el alemán. ¿Me podéis pasar al plan de un idioma
y ajustar la cuota?

Gracias,
Pilar"""),
("es", "b155-cobro-tras-baja-contracargo", "Sergio Blanco <sergio.blanco@example.es>", "Cobro después de darme de baja", "billing", "high",
"""Buenas tardes:

El 28 de febrero me di de baja de la suscripción a la biblioteca digital
y recibí el correo de confirmación, que adjunto. El 1 de marzo me
cobrasteis 9,99 € y el 1 de abril otros 9,99 €.

He escrito dos veces al formulario de contacto sin respuesta. Si en
cinco días no tengo los 19,98 € devueltos, pediré a mi banco que
retroceda los cargos.

Sergio Blanco"""),
("es", "b155-garantia-manejo-profeco", "Claudia Ibarra <claudia.ibarra@example.com.mx>", "Garantía de satisfacción", "billing", "high",
"""Buenas tardes:

El 3 de mayo compré el curso en línea de manejo teórico (1,800 MXN) que
anuncian con "garantía de satisfacción de 30 días o te devolvemos tu
dinero". El día 12 solicité la devolución porque el contenido no
corresponde al reglamento de Jalisco. Me respondieron que la garantía
"no aplica a cursos iniciados".

Eso no dice en ningún lado del anuncio ni de los términos que acepté.
Si en 10 días hábiles no tengo mi reembolso, presentaré una queja ante
PROFECO.

Claudia Ibarra
Guadalajara, Jal."""),
("es", "b155-dolar-tarjeta-quiero-gerente", "Federico Lanza <fede.lanza@example.com.ar>", "Cobro curso programacion", "billing", "high",
"""Buenas. El curso de programacion para chicos decia USD 30 por mes.
Ok. Lo que no decia es que me lo iban a cobrar como compra en el
exterior y con el recargo me termino saliendo casi el doble en pesos, y
encima lo debitaron DOS veces este mes.

Ya hable con tres personas de soporte y cada una me dice otra cosa. No
quiero hablar con nadie mas de atencion al cliente: quiero que me
atienda un gerente o un supervisor que pueda resolver el reintegro del
cobro duplicado.

Federico Lanza"""),
("es", "b155-devolucion-libros-ebau", "Mercedes Llorente <mercedes.llorente@example.es>", "Devolución", "billing", "",
"""Hola, buenos días.

Junto con la suscripción a la app de repaso de la EBAU compré el pack
de tres libros de ejercicios en papel (35 €). Mi hijo ha decidido
presentarse solo por Ciencias, así que el de Historia del Arte no lo va
a usar; está sin abrir, con el plástico. ¿Puedo devolver solo ese libro?
¿Cómo lo envío y cuánto me devolveríais?

Mercedes"""),
("es", "b155-bateria-video-congela-no-devolucion", "Diego Montero <diego.montero@example.es>", "Clases de batería", "technical", "",
"""Hola:

Antes de nada: no quiero que me devolváis nada, el profe es buenísimo.
Solo quiero que funcione. Desde la semana pasada, en las clases en
directo el vídeo del profesor se queda congelado cada poco rato aunque
el audio sigue. Lo he probado con el portátil por cable y con el iPad
por wifi, igual. Mi conexión es fibra de 600 Mb.

¿Es cosa vuestra o mía?

Diego"""),
("es", "b155-no-llega-sms-codigo", "Brenda Ochoa <brenda.ochoa@example.com.mx>", "codigo", "technical", "",
"""no me llega el codigo por sms para entrar a la app, ya le di reenviar
como 6 veces. mi numero es de telcel y si me llegan otros mensajes"""),
("es", "b155-cargador-tablet-robotica-quemado", "Teresa Vidal <teresa.vidal@example.es>", "Cargador", "technical", "high",
"""Buenas tardes:

Os escribo por el cargador de la tablet que venía con el curso de
robótica de mi hijo. Esta tarde, mientras cargaba, el cargador se ha
puesto muy caliente y olía a plástico quemado; la clavija tiene ahora
una mancha marrón. Lo hemos desenchufado y lo hemos dejado en el balcón,
sobre una baldosa. Nadie se ha hecho daño.

¿Qué hacemos con él? No lo vamos a volver a enchufar. ¿Nos podéis enviar
otro?

Teresa Vidal"""),
("es", "b155-academia-aulas-virtuales-caidas", "Academia Lingua Sur <direccion@linguasur.example.com.ar>", "Hoy", "technical", "high",
"""Hola,

Somos una academia de idiomas en Rosario y damos todas las clases por
sus aulas virtuales. Desde las 9 de la mañana ninguno de los profesores
puede abrir el aula: sale "error de conexión" y se queda ahí. Llevamos
ya 7 clases suspendidas, unos 60 alumnos, y los padres de los chicos de
la tarde ya están preguntando si hay clase. Esta semana además tenemos
los exámenes de mitad de curso.

Por favor llamen al +54 341 000 0000.

Gabriela Ferraro
Directora"""),
("es", "b155-biblioteca-municipal-prestamos-caidos", "Biblioteca Municipal de Valdivia <biblioteca@valdivia-municipal.example.cl>", "Préstamos digitales", "technical", "high",
"""Estimados:

La Biblioteca Municipal de Valdivia ofrece a sus socios el préstamo de
libros electrónicos a través de su plataforma. Desde el lunes ningún
socio puede sacar libros: al pulsar "Prestar" aparece "Operación no
disponible" y el préstamo no se registra. Tenemos algo más de 3.000
lectores activos; el mesón no da abasto con las consultas y hoy vino un
curso entero del liceo que tenía lectura obligatoria.

Agradeceré una solución lo antes posible.

Patricia Soto Muñoz
Jefa de Servicios Digitales"""),
("es", "b155-no-facturacion-simulacros-cierra", "Lucía Ferrer <lucia.ferrer@example.es>", "Pago", "technical", "",
"""Perdón por el asunto, no es de facturación, el pago está bien. El
problema es que la app se cierra sola en cuanto abro los simulacros de
Matemáticas II. El resto de asignaturas va bien. Tengo un iPhone 12 y
la app actualizada. Examen en junio :("""),
("es", "b155-ebook-kobo-no-descarga", "Ezequiel Paz <ezequiel.paz@example.com.ar>", "Libro que no baja", "technical", "",
"""Buenas, saqué "Las primas" de Aurora Venturini en préstamo y no hay
forma de que baje al Kobo. En la compu lo veo, en el Kobo aparece con
un signo de exclamación y "error al descargar". Ya reinicié el Kobo y
cerré sesión. Los otros libros bajaron bien."""),
("es", "b155-canto-audio-desfasado", "Ximena Robles <ximena.robles@example.com.mx>", "Clase de canto", "technical", "",
"""Hola buenas noches

En las clases de canto el audio de la maestra llega como medio segundo
atrasado y cuando cantamos juntas nunca vamos al tiempo. En la clase de
prueba no pasaba. Uso la laptop con audifonos de cable. Hay algo que
pueda configurar?

Gracias
Ximena"""),
("es", "b155-urgente-enlace-contrasena", "Álvaro Rincón <alvaro.rincon@example.es>", "¡¡¡URGENTE!!!", "technical", "",
"""NO PUEDO CAMBIAR LA CONTRASEÑA. El enlace del correo me lleva a una
página que dice "token no válido". Lo he pedido tres veces. Necesito
entrar para hacer los test del carnet esta tarde."""),
("es", "b155-soldador-kit-arduino-mango", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Kit de electrónica", "technical", "high",
"""Hola, buenas tardes.

Mi hija de 13 años está haciendo su curso de Arduino y usamos el
soldador que viene en el kit. Hoy, a los diez minutos de enchufarlo, el
mango de plástico se puso tan caliente que se ablandó y se deformó, y
olía a quemado. Lo estaba usando yo, por suerte, y lo desenchufé al
tiro. No nos quemamos.

Les aviso porque otros niños del curso tienen el mismo kit. ¿Qué
hacemos con el soldador? Lo tengo guardado desenchufado.

Rodrigo Fuentes
Concepción"""),
("es", "b155-re-progreso-no-sincroniza", "Rocío Navarro <rocio.navarro@example.es>", "Re: Incidencia 55204", "technical", "",
"""Hola de nuevo:

He cerrado sesión en los dos dispositivos como me dijisteis y sigue
igual: lo que hago en el móvil no aparece en la tablet y al revés. En
el móvil voy por la lección 38 de italiano, en la tablet pone la 21.

Rocío

> Hola Rocío:
> Gracias por escribirnos. Para que el progreso se sincronice, cierra
> sesión en todos tus dispositivos y vuelve a entrar con la misma cuenta.
> Un saludo,
> Soporte"""),
("es", "b155-senales-no-cargan-imagenes", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Preguntas sin imagen", "technical", "",
"""Buen día, en los simulacros del examen teórico de conducción las
preguntas de señales salen sin la imagen, solo un cuadrito gris. Así no
se puede contestar. Pasa en el celular y en el computador. Gracias."""),
("es", "b155-no-entra-con-google", "Marta Quiroga <marta.quiroga@example.es>", "Acceso", "technical", "",
"""Hola, siempre entraba a la biblioteca con "Continuar con Google" y
desde ayer me sale "Esta cuenta no está vinculada" y me ofrece crear una
nueva. No quiero perder mis libros ni mis subrayados. ¿Qué hago?
Marta"""),
("es", "b155-gracias-profesora-frances-70", "Amparo Ruiz <amparo.ruiz@example.es>", "Gracias a Madame Dubois", "general", "",
"""Estimados señores:

Tengo 70 años y siempre quise aprender francés. Mi nieto me apuntó a las
clases online con Madame Dubois y quería que supieran lo paciente y
cariñosa que es conmigo, que no me manejo nada bien con el ordenador. En
mayo me voy a París con mis amigas y ya sé pedir un café y preguntar por
el metro.

Muchas gracias a ella y a ustedes.

Amparo Ruiz"""),
("es", "b155-agente-grosero-supervisor", "Renata Villaseñor <renata.villasenor@example.com.mx>", "Trato del agente de soporte", "general", "high",
"""Buenas tardes:

Ayer llamé a su línea de atención para una duda sobre el horario de las
clases de mi hijo y el agente que me atendió (dijo llamarse Iván) me
habló con una grosería increíble: me interrumpió varias veces, me dijo
que "esa info está en la página, señora, no es tan difícil" y me colgó.

No es la primera vez. Quiero que mi queja la vea un supervisor o el
responsable del área y que alguien con autoridad me llame al
33 0000 0000.

Renata Villaseñor"""),
("es", "b155-feriado-horario", "Hernán Duarte <hernan.duarte@example.com.ar>", "feriado", "general", "",
"""Hola, el lunes que es feriado atienden el teléfono o solo por mail?
Gracias"""),
("es", "b155-cambio-apellido-direccion", "Beatriz Colmenero <beatriz.colmenero@example.es>", "Cambio de datos", "general", "",
"""Hola:

Me he mudado y quería actualizar la dirección de mi cuenta para los
envíos de material: ahora es C/ Mayor 27, 2.º izq., 28801 Alcalá de
Henares (Madrid). También he cambiado el teléfono, el nuevo es
600 000 000.

Gracias,
Beatriz Colmenero"""),
("es", "b155-acceso-datos-grabaciones", "Óscar Pardo <oscar.pardo@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito una copia de todos los
datos personales que tienen sobre mí, incluidas las grabaciones de mis
clases de inglés, los mensajes con los profesores y cualquier
evaluación o nota interna sobre mi nivel.

Adjunto copia de mi DNI.

Atentamente,
Óscar Pardo Serrano"""),
("es", "b155-correo-padres-cc-aepd", "Nuria Galindo <nuria.galindo@example.es>", "Sus correos con todos los padres en copia", "general", "high",
"""Buenos días:

Ayer recibí un correo de su academia sobre el cambio de horario de las
clases de programación de los sábados. Iba dirigido a todos los padres
del grupo EN COPIA VISIBLE: más de 40 direcciones de correo y, en el
archivo adjunto, los nombres completos de los niños, su edad y el
teléfono de cada familia.

No he dado permiso para que mis datos ni los de mi hijo se compartan
con otras familias. Quiero saber qué medidas van a tomar y que me lo
confirmen por escrito. Si no tengo respuesta esta semana, presentaré
una reclamación ante la Agencia Española de Protección de Datos.

Nuria Galindo"""),
("es", "b155-carpeta-olvidada-taller", "Irene Castaño <irene.castano@example.es>", "Carpeta", "general", "",
"""Hola, el sábado estuve en el taller presencial de producción musical
en vuestro local de Lavapiés y creo que me dejé una carpeta azul con
partituras y apuntes en la mesa del fondo. ¿La habéis encontrado? Puedo
pasarme a recogerla cualquier tarde. Irene"""),
("es", "b155-patrocinio-torneo-robotica", "Prof. Arturo Gómez <arturo.gomez@secundaria-tecnica-14.example.mx>", "Solicitud de patrocinio", "general", "",
"""Estimados señores:

La Escuela Secundaria Técnica No. 14 de Puebla organiza el 2.º Torneo
Regional de Robótica Escolar el próximo 15 de noviembre, con unos 25
equipos de distintas escuelas públicas.

Quisiéramos invitarlos a participar como patrocinadores, por ejemplo con
becas de sus cursos de programación como premio para los equipos
ganadores. Con gusto les envío la carpeta del evento.

Atentamente,
Prof. Arturo Gómez"""),
("es", "b155-baldosa-suelta-jornada-puertas", "Javier Iturbe <javier.iturbe@example.es>", "Jornada de puertas abiertas", "general", "high",
"""Buenas:

Estuve ayer con mis dos hijos en la jornada de puertas abiertas de
vuestra escuela de música en Bilbao. En la terraza donde montasteis los
talleres para críos hay varias baldosas sueltas y una rota, con el borde
levantado; mi pequeño tropezó y se abrió un poco la rodilla, nada grave,
pero vi a otros dos niños tropezar en el mismo sitio.

Sé que el sábado repetís la jornada en el mismo sitio. Os aviso para
que lo arregléis o acordonéis esa zona antes.

Javier Iturbe"""),
("es", "b155-edad-minima-programacion", "Paola Cárdenas <paola.cardenas@example.com.co>", "Información cursos niños", "general", "",
"""Hola! Mi hijo tiene 7 años y le encanta armar cosas. Desde qué edad
recomiendan el curso de programación por bloques? Tiene que saber leer
bien o hay audio? Las clases son en vivo o grabadas? Gracias"""),
("es", "b155-clase-bomba-me-mataste", "Lautaro Giménez <lautaro.gimenez@example.com.ar>", "la clase de ayer", "general", "",
"""Che, la clase de armonía de ayer estuvo una bomba. El profe me mató
con el ejemplo de Spinetta, quedé muerto de la emoción jaja. Solo
quería decirles eso, ojalá hagan más así."""),
("es", "b155-libros-catalan-gallego", "Montserrat Puig <montse.puig@example.cat>", "Llibres en català?", "general", "",
"""Hola,

¿Tenéis libros electrónicos en catalán? Mis hijos van a escuela en
catalán y me gustaría que leyeran más en casa. Y ya que pregunto, ¿hay
algo en gallego o en euskera? Es para una amiga.

Gràcies!
Montse"""),
("es", "b155-kit-caseta-vigilancia", "Alejandro Treviño <alejandro.trevino@example.com.mx>", "Pedido 4471-MX", "general", "",
"""Buenas tardes, para la entrega del kit del curso de robotica (pedido
4471-MX): vivo en un fraccionamiento cerrado en Monterrey y entre semana
no hay nadie en casa. Por favor que la paqueteria lo deje en la caseta
de vigilancia, ya avise al guardia. Gracias."""),
# ---------------- Polish ----------------
("pl", "b155-pianino-podwojne-obciazenie", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Płatność za maj", "billing", "",
"""Dzień dobry,

w historii konta widzę dwa obciążenia po 160,00 zł z 2 maja za lekcje
pianina online, jedno po drugim. Mamy tylko jeden pakiet (Zuzia, cztery
lekcje w miesiącu z panią Anną). Proszę o zwrot drugiej kwoty.

Pozdrawiam,
Agnieszka Wróblewska"""),
("pl", "b155-emerytura-webinary-ksiegowe", "Halina Zawadzka <halina.zawadzka@example.pl>", "Abonament roczny", "billing", "",
"""Szanowni Państwo,

z końcem czerwca przechodzę na emeryturę i zamykam biuro rachunkowe, po
35 latach. Webinary o zmianach w podatkach nie będą mi już potrzebne.
Proszę, aby abonament roczny (1 190 zł) nie odnowił się we wrześniu i
żeby z mojej karty nie pobierano już żadnych opłat.

Dziękuję za lata dobrych szkoleń.
Halina Zawadzka"""),
("pl", "b155-skrzypce-zlamana-reka", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Lekcje Oli", "billing", "",
"""Dzień dobry,

Ola złamała w sobotę rękę na rolkach (lewą, tą od chwytów) i ma gips na
co najmniej sześć tygodni, więc skrzypce odpadają. Czy możemy wstrzymać
jej lekcje i opłaty do połowy lipca? Nie chcemy rezygnować, tylko
przerwę, i zależy nam na tym samym terminie z panem Michałem, jak
wróci.

Tomasz Kaczmarek"""),
("pl", "b155-faktura-vat-nip-webinar", "Biuro <biuro@kowalczyk-doradztwo.example.pl>", "Faktura", "billing", "",
"""Dzień dobry,

opłaciliśmy kartą udział dwóch osób w webinarze „JPK_CIT w praktyce”
(2 x 349 zł netto). Otrzymaliśmy tylko potwierdzenie płatności. Prosimy
o wystawienie faktury VAT na:

Kowalczyk Doradztwo Sp. z o.o.
ul. Piotrkowska 120, 90-006 Łódź
NIP 7250000000

Z poważaniem,
Marta Lis"""),
("pl", "b155-pytanie-raty-blik", "Paweł Dudek <pawel.dudek@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, chciałbym zapisać syna (12 lat) na roczny kurs
programowania w Pythonie za 1 680 zł. Czy można to rozłożyć na raty 0%,
albo płacić co miesiąc BLIK-iem? Pozdrawiam, Paweł"""),
("pl", "b155-kod-rabatowy-pelna-cena", "Kamil Nowicki <kamil.nowicki@example.pl>", "kod WIOSNA15", "billing", "",
"""Czesc, wpisalem kod WIOSNA15 przy zakupie kursu hiszpanskiego, w
koszyku pokazalo 382,50 zl, a z konta zeszlo 450 zl. Prosze o zwrot
roznicy 67,50 zl. Nr zamowienia 88120.
Kamil"""),
("pl", "b155-nie-techniczny-dofinansowanie-kfs", "Ewelina Sikora <ewelina.sikora@example.pl>", "Dokument do dofinansowania", "billing", "",
"""Dzień dobry,

to nie jest problem techniczny, platforma działa bez zarzutu. Potrzebuję
rachunku lub faktury imiennej za kurs niemieckiego dla branży medycznej
(1 450 zł, opłacony 3 marca), bo urząd pracy zwraca mi koszt z
Krajowego Funduszu Szkoleniowego i potwierdzenie z bramki płatniczej im
nie wystarcza. Na dokumencie musi być nazwa kursu i liczba godzin (60).

Ewelina Sikora"""),
("pl", "b155-re-przypomnienie-juz-zaplacone", "Jerzy Mazur <jerzy.mazur@example.pl>", "Re: Przypomnienie o płatności - faktura 2024/03/117", "billing", "",
"""Dzień dobry,

ta faktura została opłacona przelewem 12 marca, w tytule podałem numer
faktury. W załączniku potwierdzenie z banku. Proszę o sprawdzenie i
wstrzymanie kolejnych przypomnień.

Jerzy Mazur

> Szanowny Kliencie,
> przypominamy, że termin płatności faktury 2024/03/117 na kwotę
> 240,00 zł (pakiet 8 lekcji z lektorem) minął 14.03.
> Prosimy o uregulowanie należności.
> Dział Rozliczeń"""),
("pl", "b155-miesieczny-na-roczny", "Natalia Kubiak <natalia.kubiak@example.pl>", "Abonament", "billing", "",
"""Cześć,

czytam u Was prawie codziennie, więc chcę przejść z abonamentu
miesięcznego (39,99 zł) na roczny (399 zł). Opłaciłam już maj 5 maja.
Jeśli przejdę teraz, to czy ta majowa opłata zostanie jakoś odliczona od
rocznego, czy lepiej poczekać do końca miesiąca?

Natalia"""),
("pl", "b155-odstapienie-pad-perkusyjny", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Odstąpienie od umowy - pad perkusyjny", "billing", "",
"""Dzień dobry,

razem z kursem perkusji zamówiłem elektroniczny pad do ćwiczeń (329 zł,
zamówienie 50771). Przyszedł w porządku, ale okazał się dla nas za
głośny w bloku. Chcę odstąpić od umowy w ciągu 14 dni i oddać pad –
kurs zostawiam. Na jaki adres go odesłać i kiedy dostanę zwrot?

Grzegorz Wójcik"""),
("pl", "b155-prawo-jazdy-anulowana-chargeback", "Justyna Szulc <justyna.szulc@example.pl>", "Opłata po anulowaniu subskrypcji", "billing", "high",
"""Dzień dobry,

10 kwietnia anulowałam subskrypcję aplikacji z testami na prawo jazdy
(mam potwierdzenie mailowe, w załączniku). Mimo to 1 maja pobraliście
29,99 zł, a 1 czerwca kolejne 29,99 zł.

Piszę już trzeci raz, odpowiada tylko automat. Jeśli do piątku nie
dostanę zwrotu 59,98 zł, składam w banku reklamację transakcji
(chargeback).

Justyna Szulc"""),
("pl", "b155-lektor-odwolal-rzecznik", "Marek Pawlak <marek.pawlak@example.pl>", "Zwrot za niewykorzystane lekcje", "billing", "high",
"""Szanowni Państwo,

w lutym wykupiłem pakiet 20 lekcji angielskiego biznesowego (1 600 zł).
Po ośmiu lekcjach mój lektor zrezygnował ze współpracy z platformą, a
Państwa system skasował mi pozostałe 12 lekcji jako „wygasłe”. Zamiast
zwrotu oferujecie mi kredyt na lekcje z lektorami, których nie wybierałem.

Żądam zwrotu 960 zł za niewykorzystane lekcje w terminie 14 dni. W
przeciwnym razie zwrócę się do miejskiego rzecznika konsumentów i
zgłoszę sprawę do UOKiK.

Marek Pawlak"""),
("pl", "b155-webinar-trzy-razy-kierownik", "Rafal Grabowski <rafal.grabowski@example.pl>", "zamowienie 77310", "billing", "high",
"""Za pakiet webinarow BHP dla firmy (590 zl) zostalem obciazony TRZY
razy, 1770 zl zeszlo z konta firmowego. Konsultant na czacie powiedzial
ze "system sam to wyrowna" i ze mam czekac do 30 dni. Nie bede czekal
miesiac na swoje pieniadze.

Prosze o kontakt kierownika dzialu albo kogos kto moze to od razu
zlecic, a nie kolejna osobe z czatu. Tel. 600 000 000.

Rafal Grabowski"""),
("pl", "b155-cena-licencje-szkola", "Szkoła Podstawowa nr 4 w Sanoku <sekretariat@sp4-sanok.example.pl>", "Zapytanie ofertowe", "billing", "",
"""Dzień dobry,

nasza szkoła chciałaby kupić dostęp do kursu „Programowanie w Scratchu”
dla 30 uczniów klas IV–V na rok szkolny. Prosimy o informację, ile
kosztowałyby licencje szkolne, czy podane ceny są brutto i czy możemy
zapłacić przelewem po otrzymaniu faktury z 30-dniowym terminem.

Z poważaniem,
Bożena Szymańska, dyrektor"""),
("pl", "b155-gitara-wideo-tnie-nie-zwrot", "Piotr Zieliński <piotr.zielinski@example.pl>", "Wideo w lekcjach", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwrotu pieniędzy, kurs jest świetny. Chcę
tylko, żeby działał. Od kilku dni nagrania lekcji gitary tną się co
kilkanaście sekund i wracają do początku akapitu. YouTube i Netflix na
tym samym łączu chodzą płynnie. Laptop z Windows 10, Firefox i Edge –
to samo.

Piotr"""),
("pl", "b155-nie-moge-sie-zalogowac", "Oliwia Michalak <oliwia.michalak@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, od wczoraj nie moge sie zalogowac do aplikacji maturalnej,
wyskakuje "nieprawidlowy email lub haslo" a haslo zmienialam dwa razy.
Na komputerze tez nie dziala. Matura za miesiac..."""),
("pl", "b155-akumulator-robota-puchnie", "Krzysztof Adamczyk <krzysztof.adamczyk@example.pl>", "Akumulator w zestawie", "technical", "high",
"""Dzień dobry,

syn ma od Państwa zestaw robota do kursu programowania. Wczoraj
zauważyłem, że akumulator wyraźnie się wybrzuszył, obudowa robota nie
domyka się, a przy ładowaniu słychać było ciche syczenie. Odłączyłem
ładowarkę i wyniosłem wszystko na balkon do metalowej miski. Nikomu nic
się nie stało.

Proszę o informację, co zrobić z tym akumulatorem i czy możecie przysłać
nowy. Warto też chyba sprawdzić inne zestawy z tej partii.

Krzysztof Adamczyk"""),
("pl", "b155-firma-szkoleniowa-pokoj-nie-startuje", "Anna Lewandowska <anna.lewandowska@kompas-szkolenia.example.pl>", "Pokój webinarowy", "technical", "high",
"""Dzień dobry,

jesteśmy firmą szkoleniową i od rana prowadzimy na Państwa platformie
szkolenie dla klienta – sieci aptek, 150 uczestników. O 9:00 pokój nie
wystartował, trener widzi tylko komunikat „Nie można uruchomić
transmisji”. Uczestnicy siedzą przed ekranami od godziny, klient dzwoni
co dziesięć minut, a w umowie mamy karę za niezrealizowane szkolenie.

Prosimy o pilny telefon: 22 000 00 00.

Anna Lewandowska
Kompas Szkolenia"""),
("pl", "b155-szkola-pracownie-edytor", "Wojciech Król <w.krol@zsp2-gniezno.example.pl>", "Po aktualizacji", "technical", "high",
"""Dzień dobry,

od poniedziałku, czyli od Waszej aktualizacji, w żadnej z naszych
pracowni komputerowych nie ładuje się edytor kodu – biały ekran i kółko.
Zajęcia z informatyki dla całej szkoły (około 280 uczniów) prowadzimy od
dwóch dni „na sucho” z kartki, a w przyszłym tygodniu uczniowie mają
szkolny etap konkursu.

Komputery z Windows 10 i Chrome, wcześniej wszystko działało.

Wojciech Król
nauczyciel informatyki, ZSP nr 2 w Gnieźnie"""),
("pl", "b155-nie-platnosc-fiszki-crash", "Zofia Jabłońska <zofia.jablonska@example.pl>", "Reklamacja", "technical", "",
"""Dzień dobry, to nie jest reklamacja płatności, wszystko się zgadza. Chodzi
o to, że aplikacja zamyka się, kiedy otwieram fiszki z biologii
(genetyka). Inne działy działają. Telefon Samsung A52, aplikacja
zaktualizowana wczoraj."""),
("pl", "b155-pocketbook-nie-otwiera", "Stanislaw Baran <stanislaw.baran@example.pl>", "ebook", "technical", "",
"""Dzien dobry,
wypozyczylem "Chłopów" w wersji epub i na czytniku PocketBook wyskakuje
"Nie mozna otworzyc pliku". Na telefonie w Waszej aplikacji otwiera sie
normalnie. Czytnik ma najnowsze oprogramowanie.
S. Baran"""),
("pl", "b155-mikrofon-spiew-android", "Weronika Duda <weronika.duda@example.pl>", "Lekcja śpiewu", "technical", "",
"""Hej, na lekcjach śpiewu na telefonie (Android, Xiaomi) aplikacja nie
słyszy mojego mikrofonu, pani Kasia mówi, że ma ciszę. Zgody na
mikrofon są nadane. Na tablecie działa. Co jeszcze mogę sprawdzić?"""),
("pl", "b155-pilne-filmy-pytania-nie-ruszaja", "Dawid Kozłowski <dawid.kozlowski@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! W testach na prawo jazdy filmy w pytaniach specjalistycznych
się nie odtwarzają, stoi czarny ekran a czas leci. Wszystkie pytania
z filmem mam przez to źle. Egzamin w WORD mam w czwartek."""),
("pl", "b155-etui-sluchawek-stopione", "Beata Malinowska <beata.malinowska@example.pl>", "Słuchawki z kursu", "technical", "high",
"""Dzień dobry,

do kursu językowego dostałam od Państwa bezprzewodowe słuchawki z
etui ładującym. Wczoraj wieczorem etui ładowało się na biurku i
poczułam zapach spalenizny. Etui było bardzo gorące, a plastik przy
gnieździe ładowania się stopił. Odłączyłam je od razu, nic więcej się
nie stało.

Nie będę tego już podłączać. Co mam z tym zrobić?

Beata Malinowska"""),
("pl", "b155-re-zgloszenie-brak-dzwieku", "Ireneusz Górski <ireneusz.gorski@example.pl>", "Re: Zgłoszenie nr 30982", "technical", "",
"""Dzień dobry,

niestety nic się nie zmieniło. Wyczyściłem pamięć przeglądarki i
sprawdziłem na drugim komputerze – nagranie webinaru z 7 maja nadal
nie ma dźwięku od 15. minuty do końca. Inne nagrania są w porządku.

I. Górski

> Dzień dobry,
> prosimy wyczyścić pamięć podręczną przeglądarki i spróbować ponownie.
> Jeżeli problem nadal występuje, prosimy o odpowiedź na tę wiadomość.
> Zespół Wsparcia"""),
("pl", "b155-kalendarz-zla-godzina", "Joanna Pietrzyk <joanna.pietrzyk@example.pl>", "Godziny lekcji", "technical", "",
"""Dzień dobry,

od zmiany czasu na letni kalendarz w aplikacji pokazuje moje lekcje z
lektorką godzinę później niż naprawdę są. W efekcie spóźniłam się już
dwa razy. Strefa czasowa w profilu jest ustawiona na Warszawę.

Joanna"""),
("pl", "b155-keyboard-midi-niewykrywany", "Mateusz Wilk <mateusz.wilk@example.pl>", "keyboard", "technical", "",
"""Czesc, aplikacja do nauki pianina nie widzi mojego keyboardu przez
USB (Casio CT-S1). W innych programach jest widoczny jako urzadzenie
MIDI. Probowalem dwoch kabli. Macbook Air M1.
Mateusz"""),
("pl", "b155-podziekowania-lektor-senior", "Danuta Krawczyk <danuta.krawczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

mam 68 lat i w zeszłym roku wnuczka zapisała mnie na lekcje angielskiego
przez internet. Chciałam bardzo podziękować panu Łukaszowi za
cierpliwość. W sierpniu byłam u syna w Manchesterze i pierwszy raz
sama rozmawiałam z jego sąsiadami.

Serdecznie pozdrawiam,
Danuta Krawczyk"""),
("pl", "b155-lektorka-niemila-uwaga", "Adrian Sobczak <adrian.sobczak@example.pl>", "Uwaga do lekcji", "general", "",
"""Dzień dobry,

chciałem zwrócić uwagę na zachowanie lektorki, pani „Kate M.”. Na
ostatnich dwóch lekcjach spóźniła się po 10 minut, w trakcie pisała coś
na telefonie, a kiedy zapytałem o wymowę, odpowiedziała, że „to było
na poprzedniej lekcji, trzeba było słuchać”. Nie piszę po zwrot ani
nic takiego, ale uważam, że powinniście o tym wiedzieć.

Adrian Sobczak"""),
("pl", "b155-infolinia-wigilia", "Krystyna Bielecka <krystyna.bielecka@example.pl>", "Święta", "general", "",
"""Dzień dobry, czy infolinia działa w Wigilię i między świętami? W
jakich godzinach? Dziękuję."""),
("pl", "b155-zmiana-nazwiska-email", "Karolina Lis <karolina.lis@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Nowak na Lis. Prosze o
zmiane nazwiska na koncie i adresu email na ten, z ktorego pisze
(stary: karolina.nowak@example.pl). Certyfikaty z kursu musza byc juz na
nowe nazwisko. Dziekuje, Karolina Lis"""),
("pl", "b155-usuniecie-konta-rodo", "Łukasz Tomczak <lukasz.tomczak@example.pl>", "Usunięcie konta", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie mojego konta i wszystkich
moich danych osobowych, w tym nagrań lekcji i historii wiadomości z
lektorami. Proszę o potwierdzenie mailowe, kiedy to nastąpi.

Łukasz Tomczak"""),
("pl", "b155-lektor-pisze-do-corki-instagram", "Monika Urbańska <monika.urbanska@example.pl>", "Państwa lektor i moja córka", "general", "high",
"""Dzień dobry,

moja córka (15 lat) ma u Państwa lekcje hiszpańskiego. Wczoraj
zobaczyłam, że lektor, pan „Javier R.”, od dwóch tygodni pisze do niej
prywatnie na Instagramie, późnym wieczorem, proponuje „dodatkowe
lekcje poza platformą, taniej” i prosi, żeby nie mówiła rodzicom.

Córka nie ma już z nim lekcji. Żądam, żeby sprawą zajął się ktoś z
kierownictwa, a nie zwykła obsługa klienta, i żeby ktoś odpowiedzialny
zadzwonił do mnie jeszcze dziś: 500 000 000.

Monika Urbańska"""),
("pl", "b155-kurtka-warsztaty-krakow", "Bartosz Żak <bartosz.zak@example.pl>", "Warsztaty w sobotę", "general", "",
"""Dzień dobry, byłem w sobotę na stacjonarnych warsztatach produkcji
muzycznej w Krakowie i zostawiłem na wieszaku szarą kurtkę z kapturem
(w kieszeni klucze do roweru). Czy ktoś ją znalazł? Mogę odebrać w
tygodniu. Bartek"""),
("pl", "b155-sponsoring-dni-gminy-hackathon", "Urząd Gminy Wieliszew <promocja@wieliszew-gmina.example.pl>", "Propozycja współpracy", "general", "",
"""Szanowni Państwo,

podczas tegorocznych Dni Gminy Wieliszew (8–9 czerwca) organizujemy
pierwszy hackathon dla młodzieży z naszych szkół. Szukamy partnerów,
którzy mogliby ufundować nagrody – na przykład dostęp do kursów
programowania – w zamian za obecność logo na materiałach i scenie.

Czy byliby Państwo zainteresowani? Chętnie prześlę szczegóły.

Z poważaniem,
Aleksandra Kowal
Referat Promocji"""),
("pl", "b155-pekniecie-szyba-drzwi-matura-probna", "Robert Szewczyk <robert.szewczyk@example.pl>", "Matura próbna - sala w Poznaniu", "general", "high",
"""Dzień dobry,

w niedzielę syn pisał u Państwa stacjonarną maturę próbną w wynajętej
sali przy ul. Głogowskiej. Szyba w drzwiach wejściowych do sali jest
pęknięta przez całą wysokość i lekko się rusza przy otwieraniu. Drzwi
są wahadłowe i przy wyjściu ponad setka uczniów przepychała się przez
nie naraz.

W przyszłą niedzielę jest tam kolejny termin. Proszę, żeby ktoś to
zgłosił właścicielowi sali albo zmienił wejście, zanim komuś się coś
stanie.

Robert Szewczyk"""),
("pl", "b155-nagranie-syna-youtube-uodo", "Ilona Chmielewska <ilona.chmielewska@example.pl>", "Nagranie z lekcji syna", "general", "high",
"""Szanowni Państwo,

na Państwa publicznym kanale YouTube znalazłam film „Tak uczymy dzieci
programować”, w którym przez około minutę widać mojego 10-letniego syna
Filipa z imieniem podpisanym na ekranie. To fragment nagrania z jego
lekcji online. Nikt nie pytał nas o zgodę na publikację wizerunku.

Proszę o natychmiastowe usunięcie filmu i pisemne potwierdzenie
usunięcia nagrania. Jeśli nie nastąpi to w ciągu trzech dni, złożę
skargę do Prezesa UODO.

Ilona Chmielewska"""),
("pl", "b155-kurs-kategoria-a", "Marcin Jasiński <marcin.jasinski@example.pl>", "Kat. A", "general", "",
"""Dzień dobry, czy Wasza aplikacja z testami ma też pytania na kategorię
A (motocykl), czy tylko B? I czy baza pytań jest aktualna na ten rok?
Pozdrawiam"""),
("pl", "b155-webinar-bomba-rozwaliliscie", "Sebastian Kowalski <sebastian.kowalski@example.pl>", "wczorajszy webinar", "general", "",
"""Siema, wczorajszy webinar o KSeF to byla bomba, rozwaliliscie system.
Prowadzacy zabil mnie tym przykladem z faktura dla tesciowej, pol biura
umieralo ze smiechu. Bedzie czesc druga? Chetnie przyjdziemy cala ekipa.
Seba"""),
("pl", "b155-podreczniki-paczkomat-sasiad", "Elżbieta Dąbrowska <elzbieta.dabrowska@example.pl>", "Zamówienie 31240", "general", "",
"""Dzień dobry,

do zamówienia 31240 (podręczniki do kursu maturalnego): w tym tygodniu
nie ma mnie w domu w ciągu dnia. Proszę, żeby kurier zostawił paczkę u
sąsiadki spod 4 (pani Wiesława Nowak) albo wysłał ją do paczkomatu
WAW12M przy Grochowskiej.

Dziękuję,
Elżbieta Dąbrowska"""),
]
