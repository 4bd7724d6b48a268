# batch47.py -- labelled test mails for the helpdesk classifier, held out of
# the tree until the rules it measures are final.  Kinds of business drawn
# on: security -- CCTV installers, security guard firms, safe deposit
# boxes, cyber-security training for staff, background check services,
# document shredding and key holding services.  Covers, in each of en,
# el (Greek and Greeklish), es (Spain and Latin America) and pl: escalation
# demands and legal or bank threats that keep their topic, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans ended or paused in unusual wording, business outages told by
# their consequences, safety hazards told calmly, praise, payment
# questions, and everyday mail of all three queues.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b47-cctv-service-charged-twice", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Annual service", "billing", "",
"""Hi,

Your engineer did the yearly service on our four cameras on the 3rd, all
fine, thank you. But I've now had two card payments of 129.00 taken for
it, one on the 4th and one on the 6th. Could you refund one of them
please?

Rebecca Hollis
22 Ashdown Road, Crawley"""),
("en", "b47-keyholding-father-gone", "Seamus Ryan <seamus.ryan@example.ie>", "My father's house in Naas", "billing", "",
"""Dear Sir or Madam,

My father, Patrick Ryan, passed away at the end of March. You have held
the keys to his house on Moore Street, Naas for some years and answered
the alarm when it went off. The house is being sold and my sister and I
will look after it ourselves until then, so there is no more need for
the service.

Could you stop the monthly payment from his account and let me know if
anything is owed or due back? I can collect the keys from your office
any weekday.

Yours faithfully,
Seamus Ryan"""),
("en", "b47-re-shredding-invoice-po", "Accounts <accounts@pennant-lettings.example>", "Re: Invoice SH-20417", "billing", "",
"""Hi Dawn,

Thanks for sending it over. Our system rejects any invoice without a
purchase order number, so please could you reissue SH-20417 with PO
4471-B on it? Amount is fine, 186.00 + VAT for the console collection.

Kind regards,
Mark Ellison
Pennant Lettings Ltd

-----Original Message-----
From: Dawn Pike <dawn@example-shred.co.uk>
Sent: 11 June 2024 09:14
Subject: Invoice SH-20417

> Hi Mark, please find attached the invoice for May's collections.
> Many thanks, Dawn"""),
("en", "b47-safe-box-bigger-price", "Harold Finch <harold.finch@example.co.uk>", "Box 0318", "billing", "",
"""Good afternoon,

I rent the small box, number 0318, at your Hatton Garden vault. I would
like to move to a medium one as the deeds and my late wife's jewellery
no longer fit comfortably. What is the difference in the yearly rent, and
will I be charged for the months left on the small box or is it taken
off the new price?

H. Finch"""),
("en", "b47-phishing-seats-down-to-30", "Dana Whitfield <dwhitfield@mesa-dental.example>", "Renewal - fewer seats", "billing", "",
"""Hi there,

Our security awareness plan renews on July 1 for 50 seats. We closed our
Tempe office in the spring and we're down to 31 staff, so please renew
at 30 seats (or 35 if that's the nearest tier). Can you send an updated
quote before the card gets charged?

Thanks,
Dana Whitfield
Office Manager, Mesa Family Dental"""),
("en", "b47-bgv-fee-paid-twice", "Ananya Iyer <ananya.iyer@example.in>", "Payment deducted two times", "billing", "",
"""Dear Team,

I had applied for background verification for my new job with reference
BV-558213. While paying, the page got stuck so I pressed pay again. Now
Rs 2,499 is debited two times from my account as per the bank SMS. Kindly
refund the extra amount at the earliest.

Thanks and regards,
Ananya Iyer
Pune"""),
("en", "b47-guard-invoice-split-not-complaint", "Tony Mercer <tony@mercer-builds.example>", "Site security - May", "billing", "",
"""Hi,

First off, no complaints about the lads on the night shift at the
Bramley site - they've been spot on. This isn't about that.

May's invoice came to 6,840 which is a lot bigger than we'd budgeted
because of the extra weekend cover. Any chance we can pay it in three
parts over June, July and August? Happy to set up the payments now.

Tony Mercer
Mercer Builds"""),
("en", "b47-closing-cafe-monitoring", "Kylie Donovan <kylie@saltbush-cafe.example>", "Closing up", "billing", "",
"""Hi guys,

After 11 years we're shutting the cafe for good on the 28th. The lease
is up and we're both retiring to Bribie. Can you stop the back-to-base
monitoring from the end of the month and let me know if there's a final
bill? The landlord is keeping the panel and sensors, so nothing needs
taking out.

Thanks for looking after us all these years.
Kylie and Steve
Saltbush Cafe, Caloundra"""),
("en", "b47-question-quarterly-dd", "Ewan Gray <ewan.gray@example.co.uk>", "Question", "billing", "",
"""Can I pay the alarm monitoring quarterly by direct debit instead of
monthly on my card? Account 77310."""),
("en", "b47-survey-deposit-not-going-ahead", "Priya Chandran <priya.chandran@example.co.uk>", "Quote CQ-3390", "billing", "",
"""Hello,

We paid a 250 deposit in April for the six-camera system at our house in
Leicester. We've since found out we're moving for my husband's job in
September, so we won't be going ahead. Nothing has been ordered or
fitted yet as far as I know. How much of the deposit can we get back?

Regards,
Priya Chandran"""),
("en", "b47-monitoring-still-charged-bank", "Jerome Whitaker <jerome.whitaker@example.com>", "Cancelled in February", "billing", "high",
"""I cancelled my monitoring contract in writing on February 2nd. I have
the email from your rep (Tanya) confirming it. You have charged my card
$44.99 in March, April and May anyway.

I've called three times and been told each time it will be "looked into".
If the $134.97 isn't back on my card by Friday I'm filing a dispute with
my bank for all three charges and reporting you to the BBB.

Jerome Whitaker"""),
("en", "b47-cctv-quote-vs-invoice-director", "Linda Okafor <linda.okafor@example.co.uk>", "Invoice does not match your quote", "billing", "high",
"""To whom it may concern,

We accepted your written quote of 1,850.00 for supply and fitting of CCTV
at our shop on Deansgate. The invoice received today is for 2,395.00,
with 545.00 of "additional labour and cabling" that nobody mentioned to
us before or during the job.

I have spoken to your office twice and got nowhere. I would now like
this dealt with by a director or the owner of the company, not the
accounts team. We will pay the quoted amount and nothing more until
someone senior explains these charges.

Linda Okafor
Okafor Opticians"""),
("en", "b47-safe-box-rent-ombudsman", "Geoffrey Sutton <g.sutton@example.co.uk>", "Box rent up by 60%", "billing", "high",
"""Dear Sirs,

My annual rent for box 1142 has gone from 295 to 475 with no notice
whatsoever; I found out when the payment left my account. My agreement
says 60 days' written notice of any change in charges. I have received
none.

I require the difference of 180 to be refunded and the old rate to apply
until proper notice is given. If I do not hear from you within 14 days I
will take the matter to the Financial Ombudsman.

Geoffrey Sutton"""),
("en", "b47-charity-shredding-discount", "Margaret Boyle <m.boyle@tinytoes-charity.example>", "Shredding", "billing", "",
"""Hello, we're a small children's charity in Dundee with about 12 boxes of
old case files to destroy. Do you give a discount for registered
charities? Thanks, Margaret"""),
("en", "b47-cctv-app-live-no-playback", "Declan Moore <declan.moore@example.ie>", "Recordings", "technical", "",
"""Hi, the live view in the app is grand on all 4 cameras but when I go to
playback it says "No recording found" for every day. Someone took the
bike out of the side passage on Sunday night and I've nothing to show the
Gardai. Is the recorder actually recording?
Declan"""),
("en", "b47-not-refund-camera-drops-wifi", "Matt Keller <matt.keller@example.com>", "Garage camera", "technical", "",
"""Before anyone offers me a refund - I don't want one, I like the camera
and I want to keep it. I just need it to stay connected.

The garage camera drops off Wi-Fi two or three times a day and only comes
back if I unplug it. The router is 20 feet away and my phone gets full
bars right where the camera is. Firmware says it's up to date.

Matt"""),
("en", "b47-training-portal-login-loop", "Chris Alvarado <chris.alvarado@hollis-freight.example>", "Can't get into the training", "technical", "",
"""Hey,

A handful of our people (me included) can't get into the security
awareness modules. We click "Sign in with Microsoft", it flashes, and
we end up back on the sign-in page. Over and over. Tried Edge, Chrome,
incognito. The deadline you set for our team is the 30th.

Chris Alvarado
IT, Hollis Freight"""),
("en", "b47-bgv-upload-passport-fails", "Rahul Menon <rahul.menon@example.in>", "Unable to upload", "technical", "",
"""Hello Sir/Madam,

I am trying to upload my passport copy and degree certificate on the
verification portal but it is showing "Upload failed, try again" every
time. File is PDF, 1.2 MB. I have tried from laptop and mobile both.
Kindly help as my joining date is next week.

Regards
Rahul Menon"""),
("en", "b47-hello-keypad-beeping", "Dorothy Evans <dorothy.evans@example.co.uk>", "Hello", "technical", "",
"""Hello,

The little box by my front door that works the alarm has been beeping
every minute or so since Tuesday and the screen says "TAMPER 3". I have
not touched it. My neighbour tried putting my code in but it still does
it. I'm 84 and it is keeping me awake. Could someone come and look at it
please.

Dorothy Evans (Mrs)
Telephone 01745 000 392"""),
("en", "b47-re-dvr-hdd-error", "Sunil Rao <sunil@raos-pharmacy.example>", "Re: Ticket 40219 - HDD error", "technical", "",
"""Hi Kevin,

I did the format like you said and it worked for about two days, now it's
back to "HDD Error" with the red light flashing again. I think the drive
has had it. Can you send someone to swap it? I'd rather not lose another
week of footage.

Sunil

On Thu, 6 Jun 2024, Kevin Hart <support@example-cctv.co.uk> wrote:
> Hi Sunil,
> Please go to Main Menu > Storage > HDD and format the drive. Note this
> will clear existing footage. Let me know if the error comes back.
> Kevin"""),
("en", "b47-psu-loft-smoke", "Alan Whitmore <alan.whitmore@example.co.uk>", "CCTV power supply", "technical", "high",
"""Hello,

I went into the loft this evening for the suitcases and noticed a smell
like hot electrics. The black power box your fitter put up there for the
cameras had a thin bit of smoke coming out of the vents and the casing
was too hot to keep my hand on. I've switched it off at the fused spur
and it seems to have stopped. The cameras are off, obviously.

Could someone come and have a look, and tell me whether it's safe to
turn back on?

Alan Whitmore"""),
("en", "b47-installer-live-wires", "Nicola Fenwick <nicola.fenwick@example.co.uk>", "Wires in hallway", "technical", "high",
"""Your installer fitted our new alarm yesterday and left two bare wires
sticking out of the wall by the keypad, about 3 feet off the floor. I
checked with a tester pen and one of them is live. I have a two-year-old
and a three-year-old. I've taped a chair in front of it for now.

Please send someone today.

Nicola Fenwick
07700 900 118"""),
("en", "b47-care-home-doors-staff-outside", "Joyce Adeyemi <manager@oakleigh-care.example>", "Doors", "technical", "high",
"""Good morning,

The day staff have been standing in the car park since 7. None of the
fobs are opening the front or side doors and the night team can't get
out without setting off the fire exits. Breakfast and morning meds for
42 residents are running late. The keypad screen just says "Controller
offline".

Please ring me on 0161 496 0775 as soon as you get this.

Joyce Adeyemi
Registered Manager, Oakleigh Care Home"""),
("en", "b47-jeweller-recorder-insurer", "Adam Kaur <adam@kaurjewellers.example>", "Recorder", "technical", "high",
"""Hi,

The recorder in the back office has been dead since we came in this
morning, no lights at all, and the monitor says no signal. Our insurer
won't cover us with the cameras down, so the shop is shut with the
shutters half up and a sign on the door. Saturday is our busiest day.

Can an engineer get here this morning? 07700 900 604.

Adam Kaur
Kaur Jewellers, Soho Road"""),
("en", "b47-mum-pendant-not-connecting", "Sarah Lennon <sarah.lennon@example.co.uk>", "Mum's alarm pendant", "technical", "high",
"""Hello,

My mum is 91 and lives on her own in Whitby. She has your personal alarm
with the pendant. I've just been round and pressed the test button and
nothing happens - no call, no voice from the base unit, and the green
light on the base is off. She's had two falls this year and relies on
it.

I'm staying with her tonight but I live two hours away and have to go
back tomorrow. Please can someone get it working today.

Sarah Lennon"""),
("en", "b47-barrier-came-down-bonnet", "Facilities <facilities@westgate-park.example>", "Car park barrier", "technical", "high",
"""Hi,

The exit barrier you installed at the Westgate Park staff car park came
down on a car that was halfway under it at about 8.40 this morning. It
dented the bonnet. The loop sensor obviously didn't pick the car up.
Earlier this week a cyclist said it started to drop on her too.

We've propped it open and coned it off. It needs looking at before
anyone gets hurt.

Ian Charlton
Facilities, Westgate Business Park"""),
("en", "b47-motion-sensor-3am", "Gary Tomlinson <gary.tomlinson@example.co.uk>", "ALARM GOING OFF EVERY NIGHT!!!", "technical", "",
"""THIRD NIGHT IN A ROW the alarm has gone off at about 3am. It's always
the landing sensor. Nobody's there, no pets, windows shut. The neighbours
are going to kill me. Can the sensor be checked or swapped please.
Gary"""),
("en", "b47-thanks-festival-guards", "Orla Byrne <orla@greenfields-festival.example>", "Thank you", "general", "",
"""Hi all,

Just a note to say thank you to your team at Greenfields last weekend.
We had 6,000 people through over two days and not a single incident
worth mentioning. Special thanks to Mo and Janine on the main gate, who
were friendly with every single person and firm when they needed to be,
and to whoever found the little lad who wandered off on Saturday
afternoon - his mum can't stop talking about it.

See you next year!
Orla Byrne
Greenfields Festival"""),
("en", "b47-vault-saturday-hours", "Ruth Goldman <ruth.goldman@example.co.uk>", "Saturday access", "general", "",
"""Is the vault open on Saturdays? I work weekdays and would need to get to
my box one morning. Also do I need to book or just turn up with ID?
Many thanks, Ruth Goldman (box 2207)"""),
("en", "b47-lost-safe-box-key", "Vikram Shah <vikram.shah@example.co.uk>", "Key", "general", "",
"""Hi, I think I've lost the key to my safe deposit box. I've turned the
house upside down. I still have the card and my passport. What happens
now - can I still get into the box and does it need a new lock?
Vikram Shah"""),
("en", "b47-keyholding-new-contacts", "Jennifer Walsh <jen.walsh@example.co.uk>", "Update our details", "general", "",
"""Hello,

Please update the contact list for the key holding at 4 Orchard Close:

1st contact: Jennifer Walsh 07700 900 231 (no change)
2nd contact: please remove Michael Walsh
New 2nd contact: Aoife Kinsella 07700 900 855

Also our new email is the one I'm writing from.

Thanks,
Jen"""),
("en", "b47-copy-of-screening-file", "Daniel Osei <daniel.osei@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the background screening report you carried out in
January on behalf of my former employer, Lexmoor Logistics, and the
sources you used.

Full name: Daniel Kwame Osei
Date of birth: 14/02/1989

Please send it electronically to this address.

Daniel Osei"""),
("en", "b47-certificate-of-destruction", "Sophie Lang <sophie.lang@harrow-accountants.example>", "Collection on 5 June", "general", "",
"""Hi,

Your team collected 18 sacks from our Harrow office on 5 June. Our
auditors need the certificate of destruction for that collection - could
you email it to me?

Sophie Lang
Practice Manager"""),
("en", "b47-shredding-bins-back-gate", "Tom Keane <tom.keane@example.co.uk>", "Next collection", "general", "",
"""Hi, the office is a total bomb site this week - we're having the floors
done - so for Thursday's collection the consoles will be out by the back
gate on Mill Lane, not in reception. The gate code is 1409. Buzz Tom if
there's any problem.

Cheers"""),
("en", "b47-sponsor-fun-run", "Karen Mitchell <karen.mitchell@st-bedes-pta.example>", "St Bede's 5K", "general", "",
"""Hello,

I'm on the PTA at St Bede's Primary in Chorley. We're organising a family
5K in September to raise money for the school library. Would your
company be interested in sponsoring it? In return we'd put your logo on
the race t-shirts and the finish banner.

Many thanks,
Karen Mitchell"""),
("en", "b47-guard-rude-son-manager", "Paula Richards <paula.richards@example.co.uk>", "Your security guard at Riverside", "general", "high",
"""I am writing about one of your guards at the Riverside shopping centre
on Saturday afternoon. My 15-year-old son was waiting for me outside the
cinema with two friends. The guard told them to "get lost", swore at
them, and grabbed my son's hood when he asked why. They were doing
nothing wrong.

I want this passed to whoever manages the guards at that site, and I
want a senior manager to call me. This is not acceptable.

Paula Richards
07700 900 467"""),
("en", "b47-vault-entrance-step", "Bernard Cole <bernard.cole@example.co.uk>", "The steps down to the vault", "general", "high",
"""Dear Sirs,

I visited my box on Tuesday. The third step going down to the vault has a
piece of the stone edge broken off, and with the dim lighting on that
stair it is very easy to miss. I nearly went over and only the handrail
saved me. Many of your customers are, like me, not young.

I thought you should know before somebody falls.

Bernard Cole"""),
("en", "b47-door-supervisor-vacancy", "Jamal Hussain <jamal.hussain@example.co.uk>", "Jobs", "general", "",
"""Hi, are you hiring door supervisors in Birmingham? I've got my SIA
licence and first aid, 3 years on doors in Broad Street. Can send CV.
Jamal"""),
("en", "b47-course-cover-ai-phishing", "Meera Pillai <meera.pillai@tideway-insurance.example>", "Course content", "general", "",
"""Hi,

We're looking at your awareness training for our 200 staff. Does the
current course cover voice-cloning and AI-written phishing, or is it
still mostly the classic "Nigerian prince" style? And can we add our own
policy slides to the end of a module?

Thanks,
Meera Pillai
Information Security, Tideway Insurance"""),
("en", "b47-order-loft-access-fitter", "Graham Pike <graham.pike@example.co.uk>", "Order 31882", "general", "",
"""Hi, the fitter is coming on Wednesday for the cameras. Will he need to
go up in the loft, and should we clear the driveway? Just so we can get
ready. Graham"""),
# ---------------- Greek ----------------
("el", "b47-gl-cloud-kameras-dyo-xrewseis", "Stelios Markakis <stelios.markakis@example.gr>", "xrewsh", "billing", "",
"""Kalhspera,
eida sthn karta mou 2 xrewseis twn 9,90e gia to cloud twn kamerwn ton
Iounio, stis 3 kai stis 4 tou mhna. Exw mono ena spiti kai 2 kameres,
ena paketo. Mporeite na mou epistrepsete th mia?
Eyxaristw
Stelios"""),
("el", "b47-thyrida-mitera-efyge", "Αικατερίνη Σταθοπούλου <a.stathopoulou@example.gr>", "Θυρίδα αρ. 0457", "billing", "",
"""Αξιότιμοι κύριοι,

Η μητέρα μου, Ευδοκία Σταθοπούλου, έφυγε από τη ζωή τον Φεβρουάριο.
Ήταν κάτοχος της θυρίδας 0457 στο κατάστημά σας της Πατησίων. Με τον
αδελφό μου αδειάσαμε τη θυρίδα την περασμένη εβδομάδα, παρουσία του
υπαλλήλου σας, και δεν θα τη χρειαστούμε πλέον.

Το μίσθωμα είχε πληρωθεί για όλο το έτος τον Ιανουάριο. Επιστρέφεται
το ποσό για τους μήνες που απομένουν; Αν ναι, τι δικαιολογητικά
χρειάζεστε (ληξιαρχική πράξη, κληρονομητήριο);

Με εκτίμηση,
Αικατερίνη Σταθοπούλου"""),
("el", "b47-timologio-afm-katastrofi", "Λογιστήριο Νικολαΐδης ΑΕ <logistirio@nikolaidis-ae.example>", "Τιμολόγιο 2024-0871", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο 2024-0871 για την καταστροφή αρχείου της 14/5 έχει
γραφτεί λάθος ΑΦΜ (έχουν μπερδευτεί τα δύο τελευταία ψηφία). Το σωστό
είναι αυτό που φαίνεται στην υπογραφή μου. Παρακαλώ να εκδοθεί πιστωτικό και νέο
τιμολόγιο με τα σωστά στοιχεία για να το περάσουμε στα βιβλία.

Ευχαριστώ,
Δέσποινα Καρρά
Λογιστήριο - Νικολαΐδης ΑΕ
ΑΦΜ 099 481 236, ΔΟΥ Καλαμαριάς"""),
("el", "b47-gl-synagermos-doseis", "Manos T. <manos.t@example.gr>", "doseis?", "billing", "",
"""Geia sas, mou steilate prosfora 1.340e gia synagermo me 6 aisthhthres
kai kamera sthn eisodo. Ginetai na to plhrwsw se atokes doseis me
pistwtikh? Poses doseis to polu?
Manos"""),
("el", "b47-fylaksi-xeimonas-ksenodoxeio", "Ξενοδοχείο Γαλήνη <info@galini-hotel.example>", "Φύλαξη εκτός σεζόν", "billing", "",
"""Καλησπέρα σας,

Όπως κάθε χρόνο, το ξενοδοχείο κλείνει στις 31 Οκτωβρίου και ανοίγει
ξανά αρχές Απριλίου. Φέτος δεν θα χρειαστούμε τη νυχτερινή φύλαξη τους
χειμερινούς μήνες, γιατί ο ιδιοκτήτης θα μένει μόνιμα στο συγκρότημα.
Θέλουμε να ξαναρχίσει κανονικά από 1η Απριλίου.

Μπορούμε να «παγώσουμε» τη σύμβαση για αυτό το διάστημα χωρίς χρέωση ή
πρέπει να την τερματίσουμε και να υπογράψουμε νέα;

Με εκτίμηση,
Γιώργος Μαυρίδης
Ξενοδοχείο Γαλήνη, Χανιά"""),
("el", "b47-elegxos-istorikou-12-atoma", "Ελένη Παπαδάκη <hr@delta-logistics.example>", "Έλεγχος ιστορικού νέων υπαλλήλων", "billing", "",
"""Καλημέρα,

Τον Σεπτέμβριο θα προσλάβουμε 12 οδηγούς για την αποθήκη στον
Ασπρόπυργο. Πόσο κοστίζει ο βασικός έλεγχος ιστορικού ανά άτομο και
υπάρχει έκπτωση για πάνω από 10 άτομα; Τα τιμολόγια θα εκδίδονται στην
εταιρεία.

Ελένη Παπαδάκη
Τμήμα Προσωπικού"""),
("el", "b47-gl-iris-plhrwmh", "Nikos Fotiou <nikos.fotiou@example.gr>", "plhrwmh", "billing", "",
"""kalhmera, to 3mhno gia th fylaksh twn kleidiwn mporw na to plhrwsw me
IRIS apo to kinhto h mono me karta? den exw pistwtikh"""),
("el", "b47-epistrofi-kameras-sfragismeni", "Σοφία Λιάπη <sofia.liapi@example.gr>", "Επιστροφή", "billing", "",
"""Γεια σας,

Παρήγγειλα από το e-shop σας δύο εξωτερικές κάμερες (παραγγελία 30572),
αλλά τελικά ο ιδιοκτήτης της πολυκατοικίας δεν επιτρέπει να
τοποθετηθούν στην πρόσοψη. Η μία συσκευασία είναι ακόμα σφραγισμένη.
Μπορώ να την επιστρέψω και να πάρω πίσω τα 89€; Πώς γίνεται η
αποστολή;

Σοφία"""),
("el", "b47-ekpaideysi-kouponi-den-perase", "Παναγιωτης Ζερβος <p.zervos@example.gr>", "Κουπονι", "billing", "",
"""Καλησπερα,

Γραφτηκα στο σεμιναριο κυβερνοασφαλειας για μικρες επιχειρησεις
(120 ευρω) με τον κωδικο ΑΣΦΑΛΕΙΑ20 που ειδα στην αφισα του
Επιμελητηριου Λαρισας. Το συστημα δεν εβγαλε καμια εκπτωση και
χρεωθηκα ολο το ποσο. Μπορειτε να μου επιστρεψετε τα 24 ευρω;

Παναγιωτης Ζερβος"""),
("el", "b47-re-prosfora-allagi-paketou", "Θεόδωρος Αλεξίου <th.alexiou@example.gr>", "Re: Προσφορά ΠΡ-2231 - σύστημα καμερών", "billing", "",
"""Κύριε Βλάχο καλημέρα,

Έχουμε ήδη δώσει προκαταβολή 300€ για το πακέτο με τις 8 κάμερες.
Μετά από σκέψη, μας αρκεί το πακέτο με τις 4 κάμερες των 780€. Μπορεί
η προκαταβολή να μεταφερθεί σε αυτό και να μας στείλετε νέο σύνολο;

Ευχαριστώ,
Θόδωρος Αλεξίου

Στις 2/7/2024 10:21 π.μ., ο Δημήτρης Βλάχος έγραψε:
> Κύριε Αλεξίου,
> Σας στέλνω την προσφορά ΠΡ-2231 για 8 κάμερες 4MP με καταγραφικό
> και εγκατάσταση, σύνολο 1.420€ με ΦΠΑ.
> Δημήτρης Βλάχος"""),
("el", "b47-gl-synagermos-akyrwsh-trapeza", "Vasilis Karagiannis <vkaragiannis@example.gr>", "AKYRWSH SYMVASHS", "billing", "high",
"""Sas estila email akyrwshs ths syndromhs parakolou8hshs tou synagermou
sto telos Martiou, mou apanthsate oti egine (exw to email). Parola auta
me xrewnete 34,90e ka8e mhna, Aprilio, Maio kai Iounio.
Exw pairnei 4 fores thlefwno kai "8a to koita3oume".
An den epistrafoun ta 104,70e mexri thn Paraskeuh, kanw amfisvhthsh
xrewshs sthn trapeza kai paw kai sthn Genikh Grammateia Katanalwth.
Vasilis Karagiannis"""),
("el", "b47-katastrofi-10-kadoi-synigoros", "Ιωάννης Μελετίου <i.meletiou@example.gr>", "Χρέωση για 10 κάδους - παραλάβατε 6", "billing", "high",
"""Κύριοι,

Στις 20 Μαΐου τα παιδιά σας παρέλαβαν από το γραφείο μας 6 κάδους
εγγράφων για καταστροφή. Το έχω γραμμένο και υπάρχει και το δελτίο
παραλαβής με την υπογραφή του οδηγού. Το τιμολόγιο που ήρθε χρεώνει 10
κάδους, δηλαδή 160€ αντί για 96€.

Το έχω αναφέρει δύο φορές τηλεφωνικά και μία με email χωρίς απάντηση.
Αν δεν διορθωθεί μέσα σε 10 ημέρες, θα κάνω καταγγελία στον Συνήγορο
του Καταναλωτή.

Ιωάννης Μελετίου
Δικηγορικό Γραφείο Μελετίου, Πειραιάς"""),
("el", "b47-thyrida-allagi-kleidarias-proistamenos", "Κωνσταντίνα Ρήγα <k.riga@example.gr>", "Χρέωση 180€ για κλειδαριά", "billing", "high",
"""Καλημέρα,

Την προηγούμενη εβδομάδα πήγα στο κατάστημα Θεσσαλονίκης να ανοίξω τη
θυρίδα μου (αρ. 1120). Ο υπάλληλός σας μου είπε ότι το δεύτερο κλειδί
που φυλάσσετε εσείς «δεν βρίσκεται» και χρειάστηκε κλειδαράς. Τώρα μου
χρεώσατε 180€ για αλλαγή κλειδαριάς.

Δεν έχασα εγώ το κλειδί, το χάσατε εσείς. Δεν πρόκειται να πληρώσω
αυτό το ποσό. Ζητώ να μιλήσω με τον προϊστάμενο του καταστήματος ή τον
υπεύθυνο θυρίδων, όχι ξανά με το τηλεφωνικό κέντρο.

Κωνσταντίνα Ρήγα
6900 000 000"""),
("el", "b47-gl-metakomish-kleidia-telos", "Anna Dimou <anna.dimou@example.gr>", "metakomish", "billing", "",
"""Geia sas! Metakomisame apo to Marousi sth Thessalonikh, to diamerisma
to parelave o kainourgios enoikiasths. Den xreiazomaste pia na krateite
ta kleidia ki na apanteite ston synagermo. Stamathste th syndromh apo
ton epomeno mhna parakalw. Ta kleidia ta pairnei o pateras mou apo to
grafeio sas opote sas volevei.
Anna"""),
("el", "b47-efarmogi-kameron-neos-router", "Μιχάλης Ντόκος <michalis.ntokos@example.gr>", "Δεν βλέπω τις κάμερες", "technical", "",
"""Καλησπέρα,

Η Cosmote μου άλλαξε το router την Τρίτη και από τότε η εφαρμογή δεν
δείχνει καμία από τις τρεις κάμερες, γράφει «Συσκευή εκτός σύνδεσης».
Το καταγραφικό δουλεύει κανονικά, στην οθόνη του σπιτιού τις βλέπω.
Τι πρέπει να ρυθμίσω;

Μιχάλης"""),
("el", "b47-gl-kamera-lathos-wra", "Froso K. <froso.k@example.gr>", "wra", "technical", "",
"""Kalhmera, oi kameres sto magazi grafoun thn wra 1 wra pisw (grafei
10:15 enw einai 11:15). Xtes h astynomia mou zhthse video kai eixame
mperdema. Pws to diorthwnw?"""),
("el", "b47-aisthitiras-oxi-xrimata-pisw", "Χρήστος Λαμπράκης <chr.lamprakis@example.gr>", "Αισθητήρας σαλονιού", "technical", "",
"""Καλημέρα σας,

Να το ξεκαθαρίσω από την αρχή: δεν ζητάω επιστροφή χρημάτων ούτε να
ακυρώσω τίποτα. Είμαι ευχαριστημένος από το σύστημα.

Απλώς ο αισθητήρας στο σαλόνι σημάνει συναγερμό κάθε δύο-τρεις νύχτες,
πάντα γύρω στις 4 το πρωί, χωρίς να υπάρχει κανείς. Δεν έχουμε κατοικίδια
και τα παράθυρα είναι κλειστά. Μπορεί να έρθει ένας τεχνικός να τον
ελέγξει;

Χρήστος Λαμπράκης"""),
("el", "b47-kodikos-epanafora-den-erxetai", "Γεωργια Σαββα <georgia.savva@example.gr>", "Πλατφορμα εκπαιδευσης", "technical", "",
"""Καλησπερα,

Ξεχασα τον κωδικο μου για την πλατφορμα εκπαιδευσης και πατησα
«Ξεχασατε τον κωδικο;» τεσσερις φορες απο χθες. Δεν ερχεται κανενα
email, ουτε στα ανεπιθυμητα. Το email μου ειναι αυτο απο το οποιο σας
γραφω. Πρεπει να τελειωσω την ενοτητα για το phishing ως την Παρασκευη.

Γεωργια Σαββα"""),
("el", "b47-gl-koudouni-kamera-den-xtypaei", "Leonidas P. <leonidas.p@example.gr>", "koudouni", "technical", "",
"""To koudouni me thn kamera pou mou valate ton Maio den xtypaei pia sto
kinhto. Otan kapoios to patai akouw to koudouni mesa sto spiti alla
eidopoihsh den erxetai. Eidopoihseis einai energes sto thlefwno. Iphone
13."""),
("el", "b47-thyrida-kleidi-den-gyrizei", "Σταύρος Οικονόμου <stavros.oikonomou@example.gr>", "Η θυρίδα δεν ανοίγει", "technical", "",
"""Καλημέρα,

Πήγα χθες στο θησαυροφυλάκιο της Πάτρας. Ο υπάλληλος έβαλε το δικό
σας κλειδί και εγώ το δικό μου, αλλά η κλειδαριά δεν γυρίζει, σαν να
έχει σφηνώσει. Δοκιμάσαμε αρκετές φορές χωρίς επιτυχία. Μου είπαν ότι
θα με ενημερώσουν, αλλά ακόμα τίποτα. Πότε θα επισκευαστεί;

Σταύρος Οικονόμου, θυρίδα 0789"""),
("el", "b47-re-kamera-ygrasia-akoma", "Ελισάβετ Γκίκα <elisavet.gkika@example.gr>", "Re: Αίτημα 7741 - υγρασία στην κάμερα", "technical", "",
"""Καλησπέρα κ. Πετρίδη,

Έβαλα τα φακελάκια σιλικόνης όπως μου είπατε, αλλά μετά τη βροχή της
Κυριακής ο φακός θόλωσε πάλι από μέσα και η εικόνα είναι θολή όλη μέρα.
Νομίζω ότι μπαίνει νερό. Μπορείτε να την αλλάξετε ή να έρθει κάποιος;

Ελισάβετ

Στις 3/6/2024, ο/η Άρης Πετρίδης έγραψε:
> Καλησπέρα σας,
> Παρακαλούμε ανοίξτε το κάλυμμα και τοποθετήστε τα φακελάκια σιλικόνης
> που σας στείλαμε. Συνήθως η υγρασία φεύγει σε 2-3 μέρες.
> Άρης Πετρίδης, Τεχνική υποστήριξη"""),
("el", "b47-seirina-mpataria-fouskose", "Αντώνης Ρούσσος <antonis.roussos@example.gr>", "Σειρήνα", "technical", "high",
"""Καλημέρα,

Η εξωτερική σειρήνα του συναγερμού στο μπαλκόνι έχει φουσκώσει στο κάτω
μέρος, το καπάκι έχει ανοίξει και από μέσα ακούγεται ένα σφύριγμα. Όταν
πλησίασα μύριζε σαν ξινό και καμένο. Δεν την άγγιξα. Από κάτω παίζουν
τα παιδιά της πολυκατοικίας.

Στείλτε κάποιον να δει τι γίνεται.

Αντώνης Ρούσσος
Κηφισίας 112, Αμπελόκηποι"""),
("el", "b47-gl-trofodotiko-spi8es", "Petros Galanis <petros.galanis@example.gr>", "trofodotiko kamerwn", "technical", "high",
"""Kalhspera, to trofodotiko twn kamerwn sto garaz petaei spi8es apo thn
meria pou mpainoun ta kalwdia, to eida me ta matia mou prin apo 10
lepta. Ekleisa thn asfaleia. Dipla einai ta doxeia me th venzinh ths
mhxanhs tou khpou. Mporei na er8ei kapoios?
Petros, 6944 000 000"""),
("el", "b47-farmakeio-rola-kollisan", "Φαρμακείο Κωνσταντίνου <farmakeio.konst@example.gr>", "Ρολά", "technical", "high",
"""Καλημέρα,

Το ηλεκτρικό ρολό ασφαλείας που μας τοποθετήσατε τον Μάρτιο σταμάτησε
στη μέση όταν το ανοίγαμε στις 8 και από τότε δεν κουνιέται ούτε με το
τηλεχειριστήριο ούτε με τον διακόπτη. Οι πελάτες δεν μπορούν να μπουν,
έχουμε ασθενείς που περιμένουν φάρμακα απ' έξω και σήμερα είμαστε
εφημερεύον φαρμακείο για όλη την περιοχή.

Τηλ. 2310 000 000, ρωτήστε για την Κατερίνα.

Κατερίνα Κωνσταντίνου"""),
("el", "b47-gl-logistiko-den-erxontai-email", "Logistiko Grafeio Petrou <info@petrou-logistes.example>", "email filtro", "technical", "high",
"""Kalhmera,
apo xtes to apogeuma pou perasate to neo filtro asfaleias sta email mas
(meta thn ekpaideush gia to phishing) den mas erxetai KANENA email apo
pelates. Oute ena. Stelnoume kanonika alla den lamvanoume. Einai teleutaia
evdomada gia tis dhlwseis FPA kai oi pelates mas stelnoun parastatika
pou den vlepoume. 5 logistes ka8ontai.
Parakalw epeigontws thlefwno sto 2610 000 000.
Giorgos Petrou"""),
("el", "b47-xrimatokivotio-farmaka-patera", "Δήμητρα Κουτσούκου <dimitra.koutsoukou@example.gr>", "Χρηματοκιβώτιο", "technical", "high",
"""Καλησπέρα,

Στο ηλεκτρονικό χρηματοκιβώτιο που αγοράσαμε από εσάς για τον πατέρα
μου (είναι 82) κρατάμε τα φάρμακά του για την καρδιά, γιατί έχει αρχή
άνοιας και τα έπαιρνε δύο φορές. Από σήμερα το απόγευμα το πληκτρολόγιο
δεν ανάβει καθόλου. Αλλάξαμε μπαταρίες, τίποτα. Το κλειδί ανάγκης δεν
γυρίζει.

Πρέπει να πάρει τη βραδινή του δόση στις 9. Υπάρχει κάποιος που μπορεί
να έρθει απόψε; Μένουμε στο Περιστέρι.

Δήμητρα Κουτσούκου
6970 000 000"""),
("el", "b47-kamera-aspromavri-mera", "Ρένα Χριστάκη <rena.christaki@example.gr>", "Κάμερα αυλής", "technical", "",
"""Καλημέρα, η κάμερα στην αυλή δείχνει ασπρόμαυρη εικόνα και τη μέρα,
ενώ οι άλλες δείχνουν χρώμα. Έγινε μόνο της πριν μια εβδομάδα.
Ευχαριστώ, Ρένα"""),
("el", "b47-efxaristo-fylakas-nosokomeio", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητοί κύριοι,

Την Πέμπτη το βράδυ πήγα τη σύζυγό μου στα επείγοντα του νοσοκομείου
Ηρακλείου και στον πανικό μου άφησα το αυτοκίνητο ανοιχτό με τα κλειδιά
μέσα. Ο φύλακάς σας στο πάρκινγκ, ο κ. Μανώλης, το πρόσεξε, το
κλείδωσε, κράτησε τα κλειδιά και με περίμενε ως τις 2 τα ξημερώματα να
μου τα δώσει, αν και η βάρδια του είχε τελειώσει.

Θέλω να το ξέρει η εταιρεία του. Τέτοιοι άνθρωποι σπανίζουν.

Με εκτίμηση,
Ευάγγελος Τσιρίγος"""),
("el", "b47-gl-wrario-thyridwn-pasxa", "Maria Louka <maria.louka@example.gr>", "Pasxa", "general", "",
"""Kalhmera sas, 8a einai anoixto to 8hsaurofylakio sth Glyfada th
Megalh Paraskeuh h thn Deutera tou Pasxa? 8elw na parw kati apo th
8yrida prin fygoume gia to xwrio.
Eyxaristw, Maria"""),
("el", "b47-ksexasa-gyalia-thisavrofylakio", "Ευανθία Μπούρα <evanthia.boura@example.gr>", "Γυαλιά", "general", "",
"""Καλημέρα σας,

Χθες το μεσημέρι επισκέφθηκα τη θυρίδα μου στο κατάστημα της Λάρισας
και νομίζω ότι ξέχασα τα γυαλιά πρεσβυωπίας στο δωμάτιο όπου ανοίγουμε
τις θυρίδες. Είναι σε μια καφέ θήκη. Μήπως τα βρήκατε; Μπορώ να περάσω
να τα πάρω αύριο.

Ευανθία Μπούρα"""),
("el", "b47-allagi-tilefonou-kleidia", "Κωστας Λιακος <kostas.liakos@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλημερα,
αλλαξα αριθμο κινητου. Για τη φυλαξη κλειδιων στο σπιτι της οδου
Αγιου Νικολαου 8, Νεα Σμυρνη, να με παιρνετε στο 6981 000 000 και οχι
στο παλιο. Ο δευτερος αριθμος (της γυναικας μου) μενει ιδιος.
Ευχαριστω
Κ. Λιακος"""),
("el", "b47-gl-antigrafo-elegxou-gdpr", "Thanasis Vlachos <thanasis.vlachos@example.gr>", "aithsh prosvashs dedomenwn", "general", "",
"""Kalhspera sas,
sumfwna me ton GDPR 8elw antigrafo olwn twn prosopikwn dedomenwn pou
exete gia mena, kai eidika thn anafora elegxou istorikou pou kanate
ton Ianouario gia logariasmo ths etaireias Aegean Cargo opou eixa kanei
aithsh. Na mou ta steilete se auto to email.
Ονοματεπώνυμο: Θανάσης Βλάχος
Ευχαριστώ"""),
("el", "b47-pistopoiitiko-katastrofis-elegxos", "Μαρίνα Δρόσου <m.drosou@example.gr>", "Πιστοποιητικό καταστροφής", "general", "",
"""Καλησπέρα,

Για τον έλεγχο του ISO μας χρειαζόμαστε τα πιστοποιητικά καταστροφής
για όλες τις παραλαβές του 2023 από το γραφείο του Μαρουσιού. Μπορείτε
να μας τα στείλετε σε ένα email;

Μαρίνα Δρόσου
Υπεύθυνη Ποιότητας"""),
("el", "b47-gl-paralavh-kadoi-piso", "Giorgos Chatzis <g.chatzis@example.gr>", "Pempth", "general", "",
"""Geia sas, thn Pempth pou erxeste gia tous kadous me ta xartia, na
parkarete sthn pisw porta, odos Aristotelous, giati mprosta exoun
skapsei gia thn apoxeteush. 8a einai anoixto apo tis 8. Rwthste gia
ton Giorgo.
Eyxaristw"""),
("el", "b47-xorigia-tournoua-basket", "Αθλητικός Σύλλογος Αστέρας Βύρωνα <info@asteras-vyrona.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Σύλλογος Αστέρας Βύρωνα διοργανώνει τον Ιούνιο το 5ο τουρνουά
μπάσκετ για παιδιά 10-14 ετών με 16 ομάδες από όλη την Αττική. Θα σας
ενδιέφερε να γίνετε χορηγός; Το λογότυπό σας θα εμφανίζεται στα
μπλουζάκια, στο πανό του γηπέδου και στις αναρτήσεις μας.

Με εκτίμηση,
Νίκος Σπυρόπουλος
Πρόεδρος ΔΣ"""),
("el", "b47-fylakas-agenis-pateras-diefthyntis", "Ιουλία Ζαχαρίου <ioulia.zachariou@example.gr>", "Συμπεριφορά φύλακα στο εμπορικό κέντρο", "general", "high",
"""Κύριοι,

Το Σάββατο το πρωί ο πατέρας μου, 79 ετών, κάθισε σε ένα παγκάκι μέσα
στο εμπορικό κέντρο στο Μαρούσι για να ξεκουραστεί. Ένας φύλακάς σας
του είπε με φωνές να φύγει γιατί «δεν είναι καφενείο» και τον έπιασε
από το μπράτσο για να τον σηκώσει. Ο πατέρας μου γύρισε σπίτι τρέμοντας.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος της εταιρείας σας για το
συγκεκριμένο κέντρο ή κάποιος διευθυντής. Δεν θα το αφήσω έτσι.

Ιουλία Ζαχαρίου
6945 000 000"""),
("el", "b47-gl-skylos-fylakhs-elef8eros", "Dimitris Anagnostou <d.anagnostou@example.gr>", "skylos sto BIPE", "general", "high",
"""Kalhmera,
to skyli tou fylaka pou exete sthn apo8hkh sth viomhxanikh perioxh
(dipla sto fourno Stathopoulou) vgainei apo to spasmeno kagkelo kai
kykloforei elef8ero sto dromo. Shmera to prwi kynhghse dyo paidia pou
phgainan sto sxoleio, h mia kopela epese kai xtyphse sto gonato. Einai
megalo skyli kai kanei epi8etika. Ftiakste to prin dagkwsei kanenan.
Dimitris"""),
("el", "b47-aitisi-ergasias-fylakas", "Σπύρος Δημητρίου <spyros.dimitriou@example.gr>", "Θέση φύλακα", "general", "",
"""Καλημέρα σας,

Είδα την αγγελία για φύλακες στο Ηράκλειο. Έχω άδεια εργασίας φύλακα
σε ισχύ και πέντε χρόνια εμπειρία σε ξενοδοχεία. Επισυνάπτω το
βιογραφικό μου. Θα ήθελα να μάθω αν υπάρχουν και νυχτερινές βάρδιες.

Σπύρος Δημητρίου"""),
("el", "b47-nomimo-kamera-dromos", "Ηλίας Κυριακίδης <ilias.kyriakidis@example.gr>", "Ερώτηση για κάμερα", "general", "",
"""Καλησπέρα, θέλω να βάλω κάμερα στην πόρτα του σπιτιού αλλά θα πιάνει
και λίγο από το πεζοδρόμιο. Επιτρέπεται από τον νόμο ή πρέπει να
ρυθμιστεί να μη δείχνει τον δρόμο; Μου είπαν κάτι για την Αρχή
Προστασίας Δεδομένων.
Ηλίας"""),
("el", "b47-gl-paraggelia-texnikos-spiti", "Kostas Mpalafoutis <kostas.mpal@example.gr>", "Paraggelia 5521", "general", "",
"""Geia sas, gia thn egkatastash ths Tetarths (paraggelia 5521) prepei na
eimaste spiti olh mera h mporei na ton perimenei h geitonissa me to
kleidi? Douleuoume kai oi dyo.
Kostas"""),
# ---------------- Spanish ----------------
("es", "b47-es-mantenimiento-cobrado-dos-veces", "Nuria Campos <nuria.campos@example.es>", "Cobro mantenimiento", "billing", "",
"""Hola,

Este mes me habéis pasado dos recibos de 39,90 € por el mantenimiento
de la alarma, uno el día 1 y otro el día 5. Solo tengo un contrato y una
casa. ¿Me podéis devolver uno de los dos?

Gracias,
Nuria Campos
Contrato 60-11873"""),
("es", "b47-mx-caja-seguridad-msi", "Rodrigo Villaseñor <rodrigo.villasenor@example.com.mx>", "Renta anual caja de seguridad", "billing", "",
"""Buenas tardes,

Me llegó el aviso de renovación de mi caja de seguridad (sucursal
Polanco) por $7,800 MXN anuales. ¿Se puede pagar a meses sin intereses
con tarjeta de crédito? Si sí, ¿a cuántos meses y con qué bancos?

Saludos cordiales,
Rodrigo Villaseñor"""),
("es", "b47-es-abuela-residencia-alarma", "Marta Gil Ortega <marta.gilortega@example.es>", "Alarma de la casa de mi abuela", "billing", "",
"""Buenos días,

Mi abuela, Encarnación Ortega, tiene contratada con ustedes la alarma
de su piso en la calle Feria, Sevilla. Desde este mes vive en una
residencia y el piso se queda cerrado hasta que decidamos qué hacer con
él, así que ya no tiene sentido seguir pagando la cuota mensual.

¿Qué tengo que hacer para darla de baja? Tengo poder notarial si lo
necesitan. ¿Hay que pagar algo por retirar el equipo?

Un saludo,
Marta Gil"""),
("es", "b47-ar-camaras-cuotas-mp", "Facundo Ibarra <facu.ibarra@example.com.ar>", "consulta pago", "billing", "",
"""Hola! me pasaron el presupuesto de 4 cámaras + DVR instalado por
$890.000. Se puede pagar en cuotas con Mercado Pago o tiene que ser
transferencia? Si hay descuento por transferencia avisame.
Gracias, Facu"""),
("es", "b47-es-factura-nif-destruccion", "Administración Talleres Ugarte <admin@talleres-ugarte.example>", "Factura recogida documentación", "billing", "",
"""Buenos días:

Necesitamos que la factura de la destrucción de documentos del pasado
día 12 vaya a nombre de la empresa y no al mío personal. Datos:

Talleres Ugarte S.L.
CIF B-48276193
Polígono Ibarrea, nave 7, 48340 Amorebieta

Gracias de antemano.
Itziar Ugarte"""),
("es", "b47-mx-cfdi-capacitacion", "Contabilidad Grupo Ferretero Lozano <contabilidad@ferrelozano.example>", "Factura CFDI", "billing", "",
"""Buen día,

Pagamos con transferencia el curso de ciberseguridad para 25
colaboradores ($31,250 MXN más IVA) pero no hemos recibido la factura
CFDI. Necesitamos que se emita con uso CFDI G03 - Gastos en general.

RFC: GFL080115KR4
Razón social: Grupo Ferretero Lozano, S.A. de C.V.
Régimen fiscal: 601

Quedamos atentos.
Lic. Adriana Montes"""),
("es", "b47-cl-antecedentes-precio-pyme", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "cotizacion", "billing", "",
"""Hola, buenas tardes. Tenemos una pyme de aseo en Concepcion y vamos a
contratar 8 personas este mes. Cuanto cobran por la verificacion de
antecedentes por persona? Hay precio especial si son mas de 5?
Saludos
Ignacio Fuentes"""),
("es", "b47-es-bar-cierra-agosto", "Paco Moreno <paco@barlaplazuela.example>", "Agosto", "billing", "",
"""Buenas,

Como todos los años cerramos el bar del 1 al 31 de agosto por
vacaciones. Este año mi cuñado se queda en el piso de arriba, así que
no hace falta que tengáis las llaves ni que vayáis si salta la alarma.
¿Se puede dejar en pausa ese mes el servicio de custodia de llaves y no
cobrarlo? En septiembre seguimos como siempre.

Paco
Bar La Plazuela, Cuenca"""),
("es", "b47-es-cambio-kit-camaras", "Lucía Serrano <lucia.serrano@example.es>", "Pedido 88213", "billing", "",
"""Hola,

Compré en vuestra tienda online el kit de 2 cámaras de interior, pero
me he dado cuenta de que necesito las de exterior (el modelo IP66).
La caja está sin abrir. ¿Puedo cambiarlo y pagar la diferencia, o tengo
que devolverlo y hacer un pedido nuevo?

Gracias,
Lucía"""),
("es", "b47-ar-re-presupuesto-sena", "Gabriela Sosa <gabi.sosa@example.com.ar>", "Re: Presupuesto alarma monitoreada - local Palermo", "billing", "",
"""Hola Martín,

Te confirmo que ayer transferí la seña de $150.000 a la cuenta que me
pasaste (te adjunto el comprobante). ¿Me mandás el recibo así lo paso
a mi contador? El resto lo pagamos el día de la instalación, como
quedamos.

Gabriela

El mar, 4 jun 2024 a las 17:32, Martín Acosta <ventas@example-seguridad.com.ar> escribió:
> Hola Gabriela, como hablamos te paso el presupuesto: alarma con 6
> sensores, monitoreo y aviso al celular. Total $610.000. Para reservar
> la fecha de instalación pedimos una seña de $150.000.
> Saludos, Martín"""),
("es", "b47-es-no-es-averia-cobro-nube", "Ramón Castaño <ramon.castano@example.es>", "Las cámaras", "billing", "",
"""Hola, aclaro primero que NO es una avería, las cámaras y la app van
perfectamente.

Lo que no entiendo es por qué desde abril aparece en mi recibo una línea
de 4,99 € de "almacenamiento en la nube". Yo no contraté eso, grabo en la
tarjeta de memoria. Quiero que lo quitéis y me devolváis lo cobrado.

Ramón"""),
("es", "b47-es-penalizacion-baja-omic", "Francisco Javier Lara <fj.lara@example.es>", "Penalización de 290 euros", "billing", "high",
"""Buenas tardes,

Me he mudado a Zaragoza por trabajo y di de baja la alarma de mi antiguo
piso de Valladolid. Ahora me cobran 290 € de penalización por
permanencia. Cuando firmé, el comercial me dijo expresamente que por
traslado no había penalización, y ustedes ni siquiera dan servicio en la
zona a la que me he mudado.

Exijo la anulación de ese cargo. Si en 15 días no se resuelve, pondré una
hoja de reclamaciones y acudiré a la OMIC de Valladolid.

Francisco Javier Lara"""),
("es", "b47-mx-condominio-horas-guardia-gerente", "Administración Residencial Los Encinos <admin@losencinos.example>", "Facturación vigilancia mayo", "billing", "high",
"""A quien corresponda:

La factura de mayo cobra 31 turnos de 24 horas de vigilancia en la
caseta de acceso del Residencial Los Encinos. La bitácora que firman sus
propios guardias muestra que 9 noches la caseta quedó sola desde las
23:00. Estamos pagando $2,400 diarios por un servicio que no se dio
completo.

Ya lo reporté dos veces a su coordinadora sin respuesta. Solicito que
el gerente de la zona me llame esta semana. Los condóminos ya están
hablando de presentar queja ante Profeco.

Arq. Verónica Salinas
Administradora"""),
("es", "b47-co-contracargo-curso-cancelado", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Curso cancelado - devolución", "billing", "high",
"""Cordial saludo.

Pagué $1.200.000 COP por el curso de hacking ético presencial en Bogotá
programado para el 8 de junio. Me avisaron por WhatsApp dos días antes que
se cancelaba y que me devolvían el dinero en 5 días hábiles. Han pasado
tres semanas.

Si esta semana no tengo la devolución, voy a solicitar el contracargo con
mi banco y a poner la queja ante la Superintendencia de Industria y
Comercio.

Quedo atento.
Andrés Felipe Rojas"""),
("es", "b47-es-app-sin-notificaciones", "Sergio Marín <sergio.marin@example.es>", "Avisos", "technical", "",
"""Hola, desde la última actualización de la app no me llega ningún aviso
de movimiento de las cámaras del chalet. Si entro en la app veo los
eventos grabados, pero el móvil no avisa. Tengo las notificaciones
activadas en el Android. ¿Qué puede ser?"""),
("es", "b47-mx-dvr-no-graba-noche", "Jesús Arreola <jesus.arreola@example.com.mx>", "El DVR no graba en la noche", "technical", "",
"""Buenas noches,

El DVR que nos instalaron en la tienda graba bien en el día, pero de
las 10 de la noche a las 6 de la mañana no hay nada, la línea de tiempo
sale vacía. Ya revisé y la grabación está en "continua". Anoche nos
forzaron la cortina y no tenemos video.

Jesús Arreola
Abarrotes Arreola, Zapopan"""),
("es", "b47-es-no-quiero-devolverla-reinicia", "Beatriz Olmedo <bea.olmedo@example.es>", "Cámara del salón", "technical", "",
"""Hola,

No quiero devolverla ni que me devolváis el dinero, me gusta la cámara.
Solo quiero que deje de reiniciarse. Cada dos o tres horas hace un
clic, se le apaga la luz azul y vuelve a arrancar, y en ese rato no
graba. La tengo enchufada a su propio cargador.

Bea"""),
("es", "b47-ar-capacitacion-videos-sin-sonido", "Julieta Paz <julieta.paz@estudiocontable-paz.example>", "Videos del curso", "technical", "",
"""Hola, los videos del módulo 3 (contraseñas seguras) se reproducen pero
sin sonido, en todas las compus de la oficina. Los módulos 1 y 2 andaban
bien. Probamos con Chrome y con Firefox. ¿Es algo de nuestro lado?
Julieta"""),
("es", "b47-es-portal-antecedentes-error", "Alejandro Peña <alejandro.pena@example.es>", "Error al subir el certificado", "technical", "",
"""Buenas tardes,

La empresa que me va a contratar me ha pedido que suba el certificado
de antecedentes penales a su portal de verificación, que es el vuestro.
Cada vez que lo subo sale "Error 500 - inténtelo más tarde". Llevo así
desde el lunes y me piden que esté antes del viernes.

Alejandro Peña"""),
("es", "b47-es-mando-no-arma", "Concha Rubio <concha.rubio@example.es>", "el mando", "technical", "",
"""hola buenas, el mando de la alarma no la conecta, le doy al candado y
parpadea rojo y no pasa nada. Le he cambiado la pila y igual. Con el
teclado si que va. Gracias
Concha"""),
("es", "b47-co-re-camara-ptz-no-gira", "Parqueadero El Dorado <admin@parqueadero-eldorado.example>", "RE: Caso 2281 - cámara domo", "technical", "",
"""Buenas tardes, Camilo.

Hicimos el reinicio que nos indicó pero la cámara domo de la entrada
sigue sin girar. Se ve la imagen pero los controles de la app no la
mueven, se queda mirando la pared. ¿Pueden enviar un técnico?

Atentamente,
Luz Marina Ospina
Administración

-----Mensaje original-----
De: Camilo Reyes <soporte@example-cctv.com.co>
Enviado el: martes, 11 de junio de 2024 9:02
> Buen día, Luz Marina. Por favor desconecte la cámara de la
> corriente por 5 minutos y vuelva a conectarla. Si persiste nos
> cuenta. Saludos, Camilo"""),
("es", "b47-es-fuente-camaras-olor-quemado", "Jordi Puig <jordi.puig@example.es>", "Fuente de alimentación", "technical", "high",
"""Hola,

Os escribo con calma pero creo que es importante. La fuente de
alimentación de las cámaras que instalasteis en el trastero huele a
quemado desde esta tarde y tiene la carcasa negra por una esquina. La
he desenchufado. En el mismo trastero guardamos la leña y una garrafa de
gasolina del cortacésped.

¿Podéis venir a revisarla antes de volver a conectar nada?

Jordi Puig
Sant Cugat"""),
("es", "b47-mx-porton-motor-chispas", "Claudia Herrera <claudia.herrera@example.com.mx>", "Portón eléctrico", "technical", "high",
"""Hola buenas tardes, el motor del portón eléctrico que nos instalaron
hace un mes echa chispas cada vez que abre y ya huele a quemado. Ahorita
lo dejé desconectado pero el portón se quedó a medio abrir y mis hijos
juegan en la cochera. Necesito que venga alguien hoy porfavor.
Claudia Herrera, Querétaro
442 000 0000"""),
("es", "b47-es-gimnasio-tornos-socios-fuera", "Gimnasio Atlas Fit <recepcion@atlasfit-valencia.example>", "Control de accesos", "technical", "high",
"""Buenos días,

Llevamos desde las 7 con los tornos de la entrada bloqueados. No lee
ninguna tarjeta ni la huella y la pantalla del control de accesos dice
"Sin conexión con el servidor". Hay más de 60 socios en la calle, las
clases de las 8 se han tenido que suspender y el teléfono no para.

Por favor llamadnos al 960 000 000 en cuanto leáis esto.

Raúl Esteve
Gerente, Atlas Fit Valencia"""),
("es", "b47-ar-deposito-porton-camiones", "Logística del Sur <operaciones@logisticadelsur.example>", "Portón depósito", "technical", "high",
"""Buen día,

El portón automático del depósito de Avellaneda no responde desde las 5
de la mañana, ni con el control ni con la botonera de la garita. Tenemos
12 camiones en la calle esperando para cargar, los choferes están
haciendo fila sobre la avenida y ya nos llamaron dos clientes porque no
les llega la mercadería. El portón lo instalaron y lo mantienen ustedes.

Necesitamos un técnico YA. Llamar a Hernán al 11 0000-0000.

Hernán Quiroga
Jefe de Operaciones"""),
("es", "b47-es-teleasistencia-padre-solo", "Carmen Villar <carmen.villar@example.es>", "Botón de mi padre", "technical", "high",
"""Buenas tardes,

Mi padre tiene 88 años y vive solo en Lugo. Tiene su servicio de
teleasistencia con el colgante. Hoy he ido a verle y al apretar el botón
para probarlo no ha pasado nada: el aparato no llama y la luz verde está
apagada aunque está enchufado. La semana pasada se cayó en el baño.

Yo vivo en Santiago y mañana tengo que volver. Necesito que alguien lo
revise hoy o mañana a primera hora.

Carmen Villar"""),
("es", "b47-mx-camara-estacionamiento-rayas", "Óscar Medina <oscar.medina@example.com.mx>", "Cámara 4", "technical", "",
"""Que tal, la cámara 4 (la del estacionamiento) se ve con rayas
horizontales desde la lluvia del martes. Las demás bien. Saludos."""),
("es", "b47-es-gracias-instalador-limpio", "Asunción Prieto <asun.prieto@example.es>", "Felicitación", "general", "",
"""Buenas tardes:

Quería dar las gracias a Iván, el técnico que vino el jueves a
instalarnos la alarma. Nos explicó todo con muchísima paciencia a mi
marido y a mí (no nos llevamos bien con el móvil), tapó los agujeros,
barrió el polvo y hasta nos dejó los códigos apuntados en letra grande.
Da gusto.

Un saludo,
Asunción Prieto
Burgos"""),
("es", "b47-mx-horario-16-septiembre", "Patricia Lugo <patricia.lugo@example.com.mx>", "16 de septiembre", "general", "",
"""Hola, ¿van a abrir las bóvedas de cajas de seguridad de la sucursal
Guadalajara el 16 de septiembre? Necesito sacar unos papeles. Gracias."""),
("es", "b47-ar-olvide-carpeta-boveda", "Norma Beltrán <norma.beltran@example.com.ar>", "Carpeta olvidada", "general", "",
"""Buenas tardes,

Ayer a la mañana estuve en la sala de cajas de seguridad de la sucursal
Belgrano y creo que me olvidé una carpeta verde de plástico con
fotocopias de escrituras sobre la mesa del reservado. ¿La encontraron?
Puedo pasar a buscarla cuando me digan.

Norma Beltrán"""),
("es", "b47-es-cambio-email-contacto", "Jose Luis Herrero <joseluis.herrero@example.es>", "Cambio de datos", "general", "",
"""Hola, a partir de ahora quiero que todas las comunicaciones me
lleguen a este correo y no al de hotmail. Tambien ha cambiado mi movil:
600 000 000. Contrato de alarma 60-20931.
Gracias
Jose Luis Herrero"""),
("es", "b47-es-derecho-acceso-informe", "Irene Solís <irene.solis@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Por medio del presente ejerzo mi derecho de acceso conforme al artículo
15 del RGPD. Solicito copia de todos los datos personales que tratan
sobre mí, en particular el informe de verificación de antecedentes que
elaboraron en marzo a petición de Transportes Segura S.A., así como las
fuentes de las que obtuvieron la información.

Adjunto copia de mi DNI.

Irene Solís Navarro"""),
("es", "b47-co-certificado-destruccion", "Clínica Santa Lucía <calidad@clinicasantalucia.example>", "Certificado", "general", "",
"""Cordial saludo,

Solicitamos amablemente el certificado de destrucción de las historias
clínicas que recogieron el 30 de mayo en nuestra sede de Medellín. Lo
requiere la Secretaría de Salud para la visita de habilitación.

Quedamos atentos,
Dra. Paula Restrepo
Coordinadora de Calidad"""),
("es", "b47-es-recogida-contenedores-muelle", "Almacenes Fidalgo <almacen@fidalgo.example>", "Recogida del martes", "general", "",
"""Buenas, para la recogida de papel del martes que el camión entre por
el muelle 3 (el de la calle Orense), no por la puerta principal, que
tenemos obras. Los contenedores estarán junto a la báscula. Preguntar
por Manolo.

Saludos"""),
("es", "b47-mx-patrocinio-carrera", "Comité Carrera Monterrey 10K <comite@carrera-mty.example>", "Propuesta de patrocinio", "general", "",
"""Estimados señores:

El próximo 20 de octubre celebramos la Carrera Familiar 10K de San
Pedro Garza García, a beneficio de la Cruz Roja local. Esperamos a
3,000 corredores. Nos gustaría invitarlos a participar como patrocinador;
su logotipo aparecería en las playeras, el arco de meta y nuestras redes.

Quedamos a sus órdenes.
Lic. Mauricio Treviño
Comité Organizador"""),
("es", "b47-es-vigilante-hijo-responsable", "Rosa María Delgado <rosamaria.delgado@example.es>", "Trato a mi hijo en el centro comercial", "general", "high",
"""Buenas tardes:

El sábado por la tarde mi hijo Pablo, que tiene 19 años y síndrome de
Down, estaba esperándome sentado junto a la fuente del centro comercial
Nervión Plaza. Uno de sus vigilantes le dijo que allí no podía estar,
le habló a gritos delante de todo el mundo y lo sacó a la calle
agarrándolo del brazo. Mi hijo no estaba haciendo nada.

Quiero hablar con el responsable del servicio de seguridad de ese centro
y que se me dé una explicación por escrito. Si no, lo llevaré más lejos.

Rosa María Delgado
654 000 000"""),
("es", "b47-es-documentos-en-la-calle-aepd", "Luis Arrieta <luis.arrieta@example.es>", "Documentos de su empresa en la calle", "general", "high",
"""Buenos días,

Esta mañana, junto a los contenedores de la calle Alcalá a la altura del
número 400, había tres sacos rotos con el logotipo de su empresa de
destrucción de documentos. Dentro había nóminas, copias de DNI y
extractos bancarios de una gestoría, sin triturar, y el viento los
estaba esparciendo por la acera. He recogido lo que he podido y lo
tengo en casa.

Esto es gravísimo. Si hoy mismo no se ponen en contacto conmigo para
recogerlo, lo pondré en conocimiento de la Agencia Española de
Protección de Datos.

Luis Arrieta
611 000 000"""),
("es", "b47-ar-trabajo-vigilador", "Matías Romero <matias.romero@example.com.ar>", "Busqueda laboral", "general", "",
"""Hola que tal, vi que buscan vigiladores para zona norte. Tengo el
curso aprobado y experiencia en barrio cerrado en Pilar. A donde mando
el CV? Gracias
Matias"""),
("es", "b47-cl-consulta-curso-presencial", "Francisca Soto <francisca.soto@example.cl>", "Consulta", "general", "",
"""Hola, el curso de concientización en ciberseguridad para funcionarios
se puede hacer presencial en nuestras oficinas en Viña del Mar o es
solo online? Somos 15 personas y varios no se manejan mucho con el
computador.
Saludos, Francisca"""),
("es", "b47-es-hola-seguridad-boda", "Elena Cabrera <elena.cabrera@example.es>", "Hola", "general", "",
"""Hola!! Nos casamos el 14 de septiembre en una finca cerca de Toledo,
unos 250 invitados. ¿Hacéis servicio de seguridad para bodas o solo
para empresas? Sería sobre todo para el aparcamiento y la entrada.
Gracias, Elena"""),
# ---------------- Polish ----------------
("pl", "b47-pl-monitoring-podwojna-oplata", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna opłata", "billing", "",
"""Dzień dobry,

za monitoring alarmu w czerwcu pobrali Państwo z mojego konta dwa razy
po 69 zł (3 i 5 czerwca). Umowa jest jedna, na mieszkanie przy ul.
Kasprowicza w Olsztynie. Proszę o zwrot nadpłaty.

Pozdrawiam
Agnieszka Wróbel
nr umowy MON/2291/22"""),
("pl", "b47-pl-skrytka-faktura-na-firme", "Krzysztof Zieliński <k.zielinski@example.pl>", "Faktura za skrytkę", "billing", "",
"""Dzień dobry,

opłaciłem roczny najem skrytki nr 214 w oddziale na Mokotowie jako
osoba prywatna, a skrytka służy do przechowywania dokumentów mojej
firmy. Czy mogą Państwo wystawić fakturę VAT na firmę?

ZIEL-BUD Krzysztof Zieliński
NIP 951-204-77-13
ul. Puławska 311, 02-819 Warszawa

Z poważaniem
Krzysztof Zieliński"""),
("pl", "b47-pl-sprzedany-sklep-ochrona", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Sklep przy Rynku", "billing", "",
"""Szanowni Państwo,

z końcem lipca sprzedaję sklep odzieżowy przy Rynku w Sandomierzu.
Nowy właściciel ma już podpisaną umowę z inną firmą ochroniarską i nie
przejmie naszej. Proszę o informację, do kiedy muszę płacić za ochronę
i monitoring i czy obowiązuje mnie jakiś okres wypowiedzenia.

Z poważaniem,
Halina Kowalczyk"""),
("pl", "b47-pl-szkolenie-raty-firma", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example>", "Szkolenie cyberbezpieczeństwo - płatność", "billing", "",
"""Dzień dobry,

jesteśmy zainteresowani szkoleniem z cyberbezpieczeństwa dla 14 osób
(oferta 7 980 zł netto). Czy możliwa jest płatność w dwóch ratach,
połowa przed szkoleniem i połowa 30 dni po? Dla małego biura to duży
jednorazowy wydatek.

Pozdrawiam,
Monika Sadowska
Biuro Rachunkowe Saldo, Rzeszów"""),
("pl", "b47-pl-blik-skrytka", "Tomek Gorski <tomek.gorski@example.pl>", "platnosc", "billing", "",
"""Czesc, czy za skrytke moge zaplacic BLIKiem w oddziale czy tylko
przelewem? Nie mam karty przy sobie na codzien. Tomek"""),
("pl", "b47-pl-niszczenie-archiwum-taty", "Ewa Pawłowska <ewa.pawlowska@example.pl>", "Archiwum po zakładzie ojca", "billing", "",
"""Dzień dobry,

mój tata prowadził przez 30 lat zakład fotograficzny w Kaliszu.
Zakład jest już zamknięty, a w piwnicy zostało około 40 kartonów
dokumentów (umowy, zamówienia z danymi klientów, rachunki). Ile
kosztowałoby jednorazowe zniszczenie takiej ilości z odbiorem z
miejsca? Czy cena zależy od wagi czy od liczby kartonów?

Ewa Pawłowska"""),
("pl", "b47-pl-weryfikacja-kod-rabatowy", "Joanna Kaczmarek <jkaczmarek@kadry-plus.example>", "Kod rabatowy nie zadziałał", "billing", "",
"""Dzień dobry,

zamówiłam przez Państwa stronę weryfikację kandydatów (pakiet 10
sprawdzeń) i wpisałam kod KADRY15 z newslettera. Strona przyjęła kod,
ale w podsumowaniu i na fakturze nie ma żadnego rabatu, zapłaciłam
pełne 1 490 zł. Proszę o korektę i zwrot różnicy.

Joanna Kaczmarek
Kadry Plus"""),
("pl", "b47-pl-kamera-odstapienie-14-dni", "Paweł Michalak <pawel.michalak@example.pl>", "Zamówienie 40817", "billing", "",
"""Dzień dobry,

chciałbym odstąpić od umowy i zwrócić kamerę zewnętrzną z zamówienia
40817 (kupiona 5 dni temu przez sklep internetowy). Jest
nieużywana, w oryginalnym opakowaniu. Pod jaki adres ją odesłać i w
jakim terminie dostanę zwrot 449 zł?

Paweł Michalak"""),
("pl", "b47-pl-pies-odszedl-tanszy-pakiet", "Bożena Krawczyk <bozena.krawczyk@example.pl>", "Pakiet alarmowy", "billing", "",
"""Dzień dobry,

w zeszłym miesiącu odszedł nasz owczarek, Bruno. Miał 14 lat. Wtedy,
ze względu na niego, wzięliśmy droższy pakiet z czujkami odpornymi na
zwierzęta. Nowego psa na razie nie planujemy, więc chcielibyśmy przejść
na zwykły, tańszy abonament. Od kiedy można to zrobić i ile wtedy
będziemy płacić miesięcznie?

Bożena Krawczyk"""),
("pl", "b47-pl-odp-oferta-proforma-zaliczka", "Marek Jasiński <marek.jasinski@example.pl>", "Odp: Oferta monitoringu - hala Stryków", "billing", "",
"""Pani Kasiu,

dziękuję, akceptujemy ofertę. Proszę o fakturę proforma na zaliczkę
30%, żeby księgowa mogła zrobić przelew jeszcze w tym tygodniu. Dane do
faktury bez zmian.

Pozdrawiam
Marek Jasiński
Trans-Jas Sp. z o.o.

W dniu 10.06.2024 o 14:05 Katarzyna Nowak <oferty@example-ochrona.pl> pisze:
> Szanowny Panie,
> w załączeniu oferta na system 16 kamer z rejestratorem i montażem dla
> hali w Strykowie: 38 400 zł netto. Przy akceptacji prosimy o zaliczkę
> w wysokości 30%.
> Z poważaniem, Katarzyna Nowak"""),
("pl", "b47-pl-to-nie-awaria-wizyta-gwarancja", "Zbigniew Olszewski <z.olszewski@example.pl>", "Faktura za wizytę serwisową", "billing", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest zgłoszenie awarii - kamera działa,
technik naprawił ją 3 czerwca i wszystko jest w porządku.

Chodzi o to, że dostałem fakturę na 250 zł za tę wizytę, a system jest
na gwarancji do listopada (montaż listopad 2022, gwarancja 2 lata).
Proszę o anulowanie faktury.

Zbigniew Olszewski"""),
("pl", "b47-pl-kara-umowna-mama-rzecznik", "Adam Wiśniewski <adam.wisniewski@example.pl>", "Kara umowna po śmierci mamy", "billing", "high",
"""Szanowni Państwo,

moja mama zmarła 2 kwietnia. W maju przesłałem akt zgonu i wypowiedzenie
umowy ochrony jej mieszkania. W odpowiedzi dostałem notę na 840 zł
"kary umownej za przedterminowe rozwiązanie umowy", zaadresowaną do
zmarłej.

Nie zapłacę tego. Jeżeli nota nie zostanie anulowana w ciągu 14 dni,
sprawę przekażę Miejskiemu Rzecznikowi Konsumentów i opiszę ją w UOKiK.

Adam Wiśniewski"""),
("pl", "b47-pl-chargeback-odnowienie-platformy", "Piotr Dudek <piotr.dudek@example.pl>", "Automatyczne odnowienie", "billing", "high",
"""Dzien dobry,

10 czerwca pobraliscie z mojej karty 1 188 zl za kolejny rok dostepu do
platformy szkolen. Subskrypcje wylaczylem w styczniu, mam screen z
panelu z komunikatem "Odnawianie wylaczone". Zadnego maila
przypominajacego tez nie dostalem.

Jesli do konca tygodnia nie bedzie zwrotu, zglaszam reklamacje
transakcji w banku (chargeback).

Piotr Dudek"""),
("pl", "b47-pl-faktura-ochrona-prezes", "Wspólnota Mieszkaniowa Zielone Tarasy <zarzad@zielone-tarasy.example>", "Faktura za ochronę osiedla - maj", "billing", "high",
"""Szanowni Państwo,

na fakturze za maj doliczono 62 godziny "dodatkowych patroli" na kwotę
2 356 zł. Zarząd wspólnoty żadnych dodatkowych patroli nie zamawiał,
a w książce dyżurów nie ma po nich śladu.

Koordynator obiektu od trzech tygodni nie oddzwania. Proszę, aby
sprawą zajął się kierownik regionu lub zarząd firmy. Do czasu
wyjaśnienia zapłacimy wyłącznie kwotę zgodną z umową.

W imieniu Zarządu Wspólnoty
Teresa Jabłońska"""),
("pl", "b47-pl-rejestrator-kamera-2-brak", "Łukasz Pietrzyk <lukasz.pietrzyk@example.pl>", "Kamera nr 2", "technical", "",
"""Dzień dobry, na rejestratorze kamera nr 2 (podjazd) od wczoraj pokazuje
"Brak sygnału". Pozostałe działają. Przewodu nikt nie ruszał, kamera
świeci się na czerwono w nocy, więc chyba ma prąd.
Łukasz"""),
("pl", "b47-pl-aplikacja-po-zmianie-hasla", "Grazyna Nowak <grazyna.nowak@example.pl>", "nie moge sie zalogowac", "technical", "",
"""Dzien dobry, wczoraj zmienilam haslo do aplikacji alarmu bo tak
kazala, a dzis nowe haslo nie dziala i stare tez nie. Pisze ze bledne
dane. Syn sprawdzal na swoim telefonie i to samo. Prosze o pomoc.
Grazyna Nowak"""),
("pl", "b47-pl-nie-chce-zwrotu-wideodomofon", "Rafał Kubacki <rafal.kubacki@example.pl>", "Wideodomofon", "technical", "",
"""Dzień dobry,

nie chcę zwracać wideodomofonu ani pieniędzy, urządzenie jest super,
tylko chcę, żeby działało jak należy. Od tygodnia, jak ktoś dzwoni,
obraz na panelu w domu pojawia się dopiero po 10-15 sekundach, a
dźwięk się rwie. Wcześniej było od razu. Kabel ma 20 metrów, tak jak
zakładał monter.

Rafał Kubacki"""),
("pl", "b47-pl-czujka-dymu-piszczy", "Stanisława Lis <stanislawa.lis@example.pl>", "Pisk w przedpokoju", "technical", "",
"""Dzień dobry,

czujka dymu, którą Państwa pan podłączył do alarmu, co jakieś 40 sekund
krótko piszczy. Dymu oczywiście żadnego nie ma, nic się nie pali, nikt
u nas nie pali. Piszczy tak od niedzieli, także w nocy. Nie wiem, jak
ją otworzyć, a wysoko wisi.

Stanisława Lis, Bydgoszcz"""),
("pl", "b47-pl-platforma-nie-zalicza-modulu", "Kamil Wójcik <kamil.wojcik@mleczarnia-sudety.example>", "Certyfikaty", "technical", "",
"""Cześć,

u kilkunastu pracowników platforma szkoleniowa pokazuje moduł
"Bezpieczne hasła" jako nieukończony, chociaż przeszli go do końca i
zdali test (mają maila z wynikiem 90%). Przez to nie generuje im się
certyfikat. Czy da się to poprawić po Waszej stronie?

Kamil Wójcik
IT, Mleczarnia Sudety"""),
("pl", "b47-pl-centrala-brak-zasilania-ac", "Jerzy Sobczak <jerzy.sobczak@example.pl>", "Komunikat na klawiaturze", "technical", "",
"""Witam, od wczoraj klawiatura alarmu pokazuje "Brak zasilania AC" i
co godzinę pika, a prąd w domu jest. Bezpieczniki sprawdziłem.
Jerzy Sobczak"""),
("pl", "b47-pl-odp-kamera-pajeczyny-noc", "Anna Kwiatkowska <anna.kwiatkowska@example.pl>", "Odp: Zgłoszenie 18834 - fałszywe alarmy z kamery", "technical", "",
"""Dzień dobry Panie Michale,

przestawiłam czułość na 40%, jak Pan radził, ale nic to nie dało. Nadal
co noc dostaję po 30-40 powiadomień o ruchu z kamery nad garażem, a na
nagraniach nic nie ma, tylko jakieś białe kropki latają. Mąż mówi, że
to pajęczyna przy obiektywie, ale ją ściągał. Co dalej?

Anna Kwiatkowska

W dniu 04.06.2024 o 09:40 Michał Borowski <serwis@example-monitoring.pl> pisze:
> Dzień dobry,
> proszę w aplikacji zmniejszyć czułość detekcji ruchu do ok. 40% i
> obserwować przez kilka dni.
> Pozdrawiam, Michał Borowski"""),
("pl", "b47-pl-zasilacz-iskry-garaz", "Wojciech Mazurek <wojciech.mazurek@example.pl>", "Zasilacz", "technical", "high",
"""Dzień dobry,

przy zasilaczu kamer w garażu coś zaczęło trzaskać i widziałem dwie
iskry przy listwie zaciskowej. Obudowa jest ciepła i czuć swąd. Wyłączyłem
bezpiecznik od garażu. Obok stoi samochód i kanister z paliwem do kosiarki.

Proszę o pilny przyjazd serwisu, zanim znowu to włączę.

Wojciech Mazurek
Wieliczka, tel. 600 000 000"""),
("pl", "b47-pl-furtka-domofon-kopie", "Iwona Baran <iwona.baran@example.pl>", "Furtka", "technical", "high",
"""Dzień dobry,

od dwóch dni przy otwieraniu furtki kopie prąd w metalową klamkę -
córkę (8 lat) kopnęło dziś tak, że się rozpłakała, mąż też poczuł.
Zaczęło się po tym, jak Państwa monter przełożył kabel od domofonu i
elektrozaczepu. Na razie zabroniliśmy dzieciom dotykać furtki.

Proszę o pilny kontakt.
Iwona Baran"""),
("pl", "b47-pl-przychodnia-drzwi-pacjenci", "Przychodnia Zdrowie Plus <rejestracja@zdrowieplus-lublin.example>", "System kontroli dostępu", "technical", "high",
"""Dzień dobry,

od rana żadna karta nie otwiera drzwi wejściowych ani drzwi do
gabinetów. Czytniki świecą na czerwono. Pacjenci stoją przed budynkiem,
lekarze nie mogą wejść do gabinetów, odwołujemy wizyty, a na 10 jest
zaplanowany punkt szczepień. Drzwi przeciwpożarowe otworzyliśmy tylko
na chwilę, żeby wpuścić personel.

Prosimy o pilny telefon: 81 000 00 00.

Beata Marciniak
Kierownik Przychodni"""),
("pl", "b47-pl-biuro-mfa-nikt-nie-wchodzi", "Kancelaria Podatkowa Nowicki <sekretariat@nowicki-podatki.example>", "Poczta", "technical", "high",
"""Dzień dobry,

wczoraj po szkoleniu Państwa konsultant włączył nam dwuskładnikowe
logowanie do poczty. Dziś rano nikt z 9 osób nie może się zalogować -
kody z aplikacji są odrzucane, SMS-y nie przychodzą. Jesteśmy odcięci
od klientów w tygodniu rozliczeń JPK i nie możemy wysłać ani odebrać
żadnego dokumentu.

Proszę o natychmiastowy kontakt, 22 000 00 00.

Robert Nowicki"""),
("pl", "b47-pl-babcia-zamknieta-zamek", "Magdalena Sikorska <magda.sikorska@example.pl>", "Babcia nie może wyjść z mieszkania", "technical", "high",
"""Dzień dobry,

moja babcia (87 lat) mieszka sama w Gdyni. Dwa tygodnie temu
zamontowaliście jej zamek elektroniczny z klawiaturą. Dziś zadzwoniła
do mnie, że zamek nie reaguje ani na kod, ani na pilot, a od środka
pokrętło się nie przekręca. Nie może wyjść z mieszkania, a ja jestem
w Warszawie. Jest na lekach i w razie czego pogotowie też nie wejdzie.

Bardzo proszę, niech ktoś do niej dziś pojedzie. Adres: ul. Świętojańska
(szczegóły w umowie), tel. do babci 58 000 00 00.

Magdalena Sikorska"""),
("pl", "b47-pl-kamera-za-duzo-powiadomien", "Michal Szewczyk <michal.szewczyk@example.pl>", "powiadomienia", "technical", "",
"""Kamera od strony ogrodu wysyla powiadomienie za kazdym razem jak
rusza sie brzoza, czyli caly dzien. Da sie ustawic jakas strefe zeby
ignorowala drzewo? W aplikacji nie widze takiej opcji."""),
("pl", "b47-pl-podziekowanie-interwencja-noc", "Barbara i Jan Domańscy <domanscy@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w nocy z 14 na 15 maja, kiedy byliśmy na urlopie, w naszym domu w
Józefowie włączył się alarm. Patrol był na miejscu po 9 minutach,
okazało się, że wiatr wybił okno w piwnicy. Panowie zabezpieczyli je
płytą, zadzwonili do nas i jeszcze przysłali zdjęcia. Wróciliśmy
spokojnie.

Serdecznie dziękujemy całej załodze.
Barbara i Jan Domańscy"""),
("pl", "b47-pl-godziny-skarbca-wigilia", "Zofia Adamska <zofia.adamska@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, czy 24 grudnia sala skrytek w Poznaniu będzie czynna, a
jeśli tak, to do której? Pozdrawiam, Zofia Adamska"""),
("pl", "b47-pl-znaleziony-pierscionek-sala", "Dorota Czerwińska <dorota.czerwinska@example.pl>", "Znalezisko", "general", "",
"""Dzień dobry,

wczoraj ok. 13:00 korzystałam z kabiny w sali skrytek we Wrocławiu
(ul. Świdnicka). W szczelinie przy blacie znalazłam złoty pierścionek z
niebieskim oczkiem i oddałam go pani na recepcji, ale nie dostałam
żadnego potwierdzenia. Piszę, żeby był ślad, gdyby właściciel się
zgłosił.

Dorota Czerwińska"""),
("pl", "b47-pl-zmiana-nazwiska-slub", "Natalia Górecka <natalia.gorecka@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Lewandowska na Górecka. Proszę o zmianę
danych w umowie na przechowywanie kluczy (nr KL/0457). Skan nowego
dowodu w załączniku. Adres i telefon bez zmian.

Natalia Górecka"""),
("pl", "b47-pl-rodo-usuniecie-danych", "Szymon Kurek <szymon.kurek@example.pl>", "Usunięcie danych osobowych", "general", "",
"""Dzień dobry,

w marcu przeprowadzali Państwo weryfikację mojej osoby na zlecenie
firmy LogiTrans, w której ostatecznie nie podjąłem pracy. Na podstawie
art. 17 RODO żądam usunięcia wszystkich moich danych osobowych oraz
potwierdzenia tego na piśmie.

Szymon Kurek"""),
("pl", "b47-pl-protokol-zniszczenia-audyt", "Elżbieta Kaczmarczyk <e.kaczmarczyk@spoldzielnia-lazienki.example>", "Protokół", "general", "",
"""Dzień dobry, poproszę o przesłanie protokołów zniszczenia dokumentów
za I kwartał (odbiory 12.01, 9.02 i 15.03). Potrzebne do audytu
wewnętrznego.
Elżbieta Kaczmarczyk"""),
("pl", "b47-pl-odbior-workow-portiernia", "Kuba Zając <kuba.zajac@example.pl>", "odbior w piatek", "general", "",
"""Hej, w piatek worki do zniszczenia beda na portierni budynku B, nie w
biurze na 3 pietrze (winda jest w remoncie). Portier wie i wyda za
podpisem. Dzieki"""),
("pl", "b47-pl-sponsoring-turniej-szachowy", "UKS Hetman Opole <uks.hetman@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Szanowni Państwo,

Uczniowski Klub Sportowy Hetman organizuje 12 października Turniej
Szachowy Dzieci i Młodzieży o Puchar Prezydenta Opola. Spodziewamy się
ok. 150 zawodników. Czy Państwa firma zechciałaby zostać sponsorem
nagród? Logo umieścimy na dyplomach i plakatach.

Z poważaniem,
Andrzej Nowacki
Prezes UKS Hetman"""),
("pl", "b47-pl-ochroniarz-przeszukal-torbe", "Karolina Mroczek <karolina.mroczek@example.pl>", "Skandaliczne zachowanie ochrony", "general", "high",
"""Szanowni Państwo,

w sobotę w Galerii Mokotów Państwa pracownik ochrony zatrzymał mnie
przy wyjściu ze sklepu, przy ludziach oskarżył o kradzież i kazał
wysypać zawartość torebki na ladę. Oczywiście nic nie znalazł, nawet
nie przeprosił.

Nie miał prawa mnie przeszukiwać. Żądam kontaktu z kierownikiem
ochrony obiektu i pisemnych przeprosin. Sprawę skonsultowałam już z
prawnikiem i jeśli nie dostanę odpowiedzi w ciągu tygodnia, skieruję ją
do sądu.

Karolina Mroczek"""),
("pl", "b47-pl-pelnomocnictwo-skrytka-mama", "Danuta Woźniak <danuta.wozniak@example.pl>", "Skrytka mamy", "general", "",
"""Dzień dobry,

mama ma u Państwa skrytkę, ale po udarze nie jest w stanie przyjść
osobiście. Czy mogę otworzyć skrytkę w jej imieniu na podstawie
pełnomocnictwa notarialnego? Czy musi to być pełnomocnictwo
szczególne, czy wystarczy ogólne?

Danuta Woźniak"""),
("pl", "b47-pl-praca-ochrona-emeryt", "Henryk Sawicki <henryk.sawicki@example.pl>", "praca", "general", "",
"""Dzien dobry, jestem emerytowanym policjantem (62 lata), zdrowie
dopisuje. Czy zatrudniacie na portierni albo w ochronie obiektow w
Lodzi na pol etatu? Prosze o informacje.
Henryk Sawicki"""),
("pl", "b47-pl-plyta-chodnikowa-wejscie-skarbiec", "Jadwiga Malinowska <jadwiga.malinowska@example.pl>", "Wejście do sali skrytek", "general", "high",
"""Dzień dobry,

przy samym wejściu do Państwa sali skrytek na ul. Długiej zapadła się
płyta chodnikowa i jeden jej brzeg sterczy na kilka centymetrów. Od
wczoraj nikt tego nie oznaczył. Przede mną potknęła się starsza pani,
na szczęście złapał ją ochroniarz. Przy deszczu tego w ogóle nie widać.

Proszę to zabezpieczyć, zanim ktoś się połamie.

Jadwiga Malinowska"""),
("pl", "b47-pl-zamowienie-montaz-sobota", "Tomasz Duda <tomasz.duda@example.pl>", "Zamówienie 44120", "general", "",
"""Dzień dobry, czy montaż alarmu z zamówienia 44120 może się odbyć w
sobotę zamiast w czwartek? W tygodniu oboje pracujemy do 17.
Tomasz Duda"""),
]
