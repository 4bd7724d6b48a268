# batch161.py -- labelled mails held out of the tree until the rules it
# measures are final.  Written for this batch, not translated between
# languages: 40 mails each in English, Greek (about a third Greeklish),
# Spanish (Spain and Latin America) and Polish (with and without
# diacritics).  Mostly crafts and making: sewing machine shops, knitting
# and yarn subscriptions, pottery kiln hire, woodworking courses, craft kit
# boxes, laser cutting services, embroidery machines.  Covers escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, paid plans ended or paused in unusual wording, business outages
# told by their consequences, safety hazards told calmly, praise, payment
# questions, and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b161-kiln-hire-deposit-outstanding", "Gillian Stroud <gill.stroud@example.co.uk>", "Kiln hire deposit", "billing", "",
"""Hello,

I hired the 60 litre top loader from you for the last fortnight of
February (booking KH-0317) and paid a 150.00 deposit. Your driver
collected the kiln on 1 March and said it was in perfect order, but the
deposit still hasn't come back to my card. Could you check what's
happened to it?

Many thanks,
Gillian Stroud"""),
("en", "b161-yarn-club-skip-lambing", "Rhian Pugh <rhian.pugh@example.co.uk>", "Hello", "billing", "",
"""Hiya,

Bit of an odd one - we farm and lambing starts next week, so there is
absolutely no chance of me picking up a needle until May. Can I skip the
March and April yarn boxes and start again from the May one? I don't
want to cancel the club, just not pay for wool that will sit in a bag.

Diolch,
Rhian"""),
("en", "b161-mums-yarn-club-stop", "Pauline Hext <pauline.hext@example.co.uk>", "Mum's account", "billing", "",
"""Dear Sir or Madam,

My mother, Mrs Joan Hext, had a monthly sock yarn club with you. Sadly
she passed away in January and I am only now going through her bank
statements. I see 24.50 is still going out every month. Please close
her membership and let me know if there is anything you need from me.

She loved those parcels, so thank you for that.

Pauline Hext (daughter)"""),
("en", "b161-machine-twice-card-dispute", "Tyler Brennan <tyler.brennan@example.com>", "Order 58213 - charged TWICE", "billing", "high",
"""I bought the Juniper 450 sewing machine on your website last Thursday,
order 58213, $649.00. My credit card shows two charges of $649.00 on the
same day. I have one machine, one confirmation email, one order number.

I called on Monday and was told someone would "look into it". Nothing.
If the duplicate charge is not reversed by Friday I'm opening a dispute
with my card company for the full amount and they can sort it out.

Tyler Brennan
Columbus, OH"""),
("en", "b161-woodwork-weekend-small-claims", "Declan Furlong <declan.furlong@example.ie>", "Cancelled dovetail weekend", "billing", "high",
"""To whom it concerns,

I booked the two-day hand-cut joinery weekend for 8-9 March and paid
320 euro in full. Your tutor cancelled on the Thursday beforehand due to
illness, which happens, and I was promised a full refund within five
working days. That was five weeks ago and I have had three emails
telling me it is "in the queue".

I'll be lodging a claim with the Small Claims procedure on the 30th of
this month if the money hasn't landed by then. I'd much rather not.

Declan Furlong
Tuam, Co. Galway"""),
("en", "b161-laser-invoice-company-vat", "Accounts <accounts@fernleaf-signs.example>", "Order 40772", "billing", "",
"""Hi,

Could you please send a VAT invoice for order 40772 (birch ply cut
panels, 18 sheets)? The order was placed by our designer under her own
name, but it needs to be made out to:

Fernleaf Signs Ltd
Unit 4, Canal Yard
Stroud GL5 3JP
VAT GB 284 1190 56

Thanks,
Mark | Fernleaf Signs accounts"""),
("en", "b161-embroidery-emi-india", "Sunita Kulkarni <sunita.kulkarni@example.in>", "Question", "billing", "",
"""Dear Team,

I am interested in purchasing the Brodera E7 embroidery machine listed at
Rs 84,999. Kindly let me know whether no-cost EMI is available on HDFC
credit card, and for how many months. Also whether the 6 month EMI
includes any processing charges.

I am starting a small blouse embroidery work from home in Pune so want
to plan the payments properly.

Regards,
Sunita Kulkarni"""),
("en", "b161-overlocker-swap-model-au", "Bronwyn Keogh <bron.keogh@example.com.au>", "Swap overlocker?", "billing", "",
"""G'day, I bought the 3/4 thread overlocker last week (AUD 549) but after
watching a few videos I reckon I actually want the coverstitch combo
one. Mine's still sealed in the box. Can I swap it and just pay the
difference, or do I have to send it back and reorder? Happy to drop it
in at the Parramatta shop if that's easier. Cheers, Bron"""),
("en", "b161-pottery-student-price", "Ollie Marsh <o.marsh@example.ac.uk>", "student price?", "billing", "",
"""hi, is there a student rate for the 6 week wheel throwing course? the
site says 210 which is a lot on a student loan lol. I'm at the uni
just up the road. thanks"""),
("en", "b161-re-quote-acrylic-keyrings", "Hannah Leigh <hannah@leighandlark.example>", "Re: Quote Q-2291 acrylic keyrings", "billing", "",
"""Hi Tom,

Thanks for this. Just one thing - the quote says 1.85 per piece for 200,
which makes 370.00, but the total at the bottom is 412.00. Is the
difference the setup fee, or have I misread? On the phone you said no
setup fee for repeat designs, and this is the same fox design as
January.

Hannah

On 12 Mar, Tom Ashby <quotes@example-lasercut.co.uk> wrote:
> Hi Hannah,
>
> Please find attached our quote Q-2291 for 200 x 3mm mirror acrylic
> keyrings, cut and engraved, as per your artwork.
>
> Lead time is 7 working days from approval.
>
> Kind regards,
> Tom"""),
("en", "b161-craft-box-family-to-solo", "Jenna Morales <jenna.morales@example.com>", "our craft box", "billing", "",
"""Hi there! Our oldest just left for college (sob) so it's only our
youngest doing the monthly craft box now. Can we move from the Family
box ($44.95) down to the Solo box ($27.95) starting with the next
shipment? Same address, same card. Thanks so much!
Jenna"""),
("en", "b161-sewing-class-voucher-expired", "Margaret Lowe <margaret.lowe@example.co.uk>", "Gift voucher", "billing", "",
"""Dear Sirs,

My grandson gave me one of your gift vouchers for a beginners'
dressmaking class at Christmas 2023. I had a fall last spring and was
not able to use it, and I have just noticed the voucher ran out on
31 December. It was for 85 pounds. Would you be kind enough to extend
it? I am quite well again now and would dearly like to go.

Yours faithfully,
Margaret Lowe (Mrs)"""),
("en", "b161-thread-refund-someone-senior", "Carl Whitby <carl.whitby@example.co.uk>", "Third time asking", "billing", "high",
"""I returned a box of 40 embroidery threads (order 61102, 96.00) on
2 February. Royal Mail shows it signed for at your warehouse on the 5th.
Six weeks later, no refund. I've rung three times and each time I'm
told it will be "processed this week".

I'm done with the helpline. I want this passed to someone senior - a
manager, the customer service lead, whoever actually has the authority
to push a refund through - and I want a call back from that person.

Carl Whitby
07700 900418"""),
("en", "b161-not-tech-pattern-sub-charged", "Priyanka Shah <priyanka.shah@example.co.uk>", "Pattern library", "billing", "",
"""Hi - this isn't a technical problem, the website is working fine. I
cancelled my pattern library membership on 3 March (I have the
confirmation email) but I've still been charged 9.99 on the 15th.
Please refund that and make sure nothing else goes out.

Thanks, Priyanka"""),
("en", "b161-bobbin-nest-underneath", "Sheila Burrows <sheila.burrows@example.co.uk>", "Machine", "technical", "",
"""Good morning,

My new machine makes a horrible nest of thread underneath the fabric
every time I start a seam. The top looks fine. I have re-threaded with
the presser foot up as your leaflet says and put the bobbin in the
right way round (I think!). It is the Juniper 300 bought in your Leeds
shop in January.

Sheila"""),
("en", "b161-embroidery-usb-no-designs", "Dana Whitfield <dana.whitfield@example.com>", "USB not showing designs", "technical", "",
"""Hey, my Brodera E5 won't see any designs on my USB stick. It shows the
stick icon but the folder is empty. The files are .PES, I bought them
from a pattern site and they open fine on my laptop. Stick is 32GB,
formatted FAT32 I think. Any ideas?"""),
("en", "b161-hired-kiln-stalls-900", "Tom Rennie <tom.rennie@example.co.uk>", "Kiln not getting past 900", "technical", "",
"""Hi,

We've got one of your hire kilns this month for our school art room
(booking KH-0402). Glaze firings keep stalling at around 900C and then
it just sits there for hours and the controller eventually shows
"Err 1". Bisque firings were fine last week. The elements look all right
as far as I can tell but I'm no expert.

Tom Rennie
Art Dept, Hollins Park School"""),
("en", "b161-overlocker-not-after-refund", "Alison Grey <alison.grey@example.co.uk>", "Overlocker - NOT a return", "technical", "",
"""Before anyone sends me a returns label: I don't want a refund and I
don't want to send it back. I like the machine. I just want it to stop
skipping stitches on the lower looper when I sew jersey. Stretch needle
in, differential set to 1.5, rethreaded twice. Is there an adjustment I
can make, or does it need to go in for a service?

Alison"""),
("en", "b161-pattern-login-reset-never-arrives", "Kevin Doherty <kev.doherty@example.ie>", "cant log in", "technical", "",
"""cant get into my account on the pattern site. says wrong password so i
hit forgot password and the email never comes, not in spam either.
tried about 5 times since yesterday. same email as this one"""),
("en", "b161-machine-pedal-smoke", "Edith Crane <edith.crane@example.co.uk>", "Foot pedal", "technical", "high",
"""Dear Customer Services,

I thought I should let you know that last night, while I was sewing,
there was a smell of burning and a little wisp of smoke came out of the
foot pedal of my machine. The pedal was quite hot to the touch. I
switched it off at the wall straight away and it has been unplugged
since.

The machine is a Juniper 300, about four months old. I have not used it
again. Please could you tell me what I should do with it.

Yours sincerely,
Edith Crane"""),
("en", "b161-kids-box-glue-gun-sparked", "Ryan Holt <ryan.holt@example.com>", "January box", "technical", "high",
"""Hi,

The mini glue gun that came in the January kids' craft box sparked at
the plug end when my daughter plugged it in, and there's a black mark
on the cable where it goes into the plug. Nobody was hurt and it's in
the bin now. I thought you'd want to know in case other boxes have the
same batch, as these are going to kids.

Ryan"""),
("en", "b161-laser-uploads-shop-idle", "Ffion Rees <ffion@wren-and-willow.example>", "Uploads", "technical", "high",
"""Hi,

Since Tuesday morning none of our cutting files will upload to your
portal - it spins and then says "processing failed", whatever the file.
We send everything to you for cutting, so nothing has gone out of our
workshop for three days. I've had to tell two brides their table names
won't be ready for the weekend and turned away a corporate order
yesterday. My two part-timers have been sent home.

Please, we need someone on this today.

Ffion Rees
Wren & Willow Wedding Stationery"""),
("en", "b161-digitizer-licence-supervisor", "Greg Nakamura <greg.nakamura@example.com>", "Ticket 20931 / 21044 / 21197", "technical", "high",
"""This is my third ticket about the same problem. The digitizing software
I paid for won't activate - it says "licence already in use on another
device". It isn't. I've uninstalled, reinstalled, run the deactivation
tool your agent sent, and I've been waiting on a "level 2" callback for
nine days.

I want this escalated to a supervisor. Please don't send me the
uninstall instructions again.

Greg Nakamura"""),
("en", "b161-kiln-socket-scorched", "Marcus Bell <marcus.bell@example.co.uk>", "Hire kiln", "technical", "high",
"""Hi, quick one about the hire kiln (KH-0395). It tripped the
electrics twice this morning, and when I pulled the plug out the
socket faceplate was brown and warm and smelt hot. It's switched off at
the consumer unit now and I'm not going to use it again until someone's
had a look. Can you send someone or tell me what you want me to do?
Marcus"""),
("en", "b161-woodwork-videos-ipad-au", "Nathan Pryor <nathan.pryor@example.net.au>", "Lessons wont play", "technical", "",
"""Hi team, the online woodwork lessons won't play on my iPad - I get the
spinning circle then "this video can't be played". Works on my
laptop. iPad's fully updated, tried Safari and Chrome. Would be good
to have it in the shed rather than lugging the laptop out there.
Cheers, Nate"""),
("en", "b161-tension-killing-me", "Becky Holloway <becky.holloway@example.co.uk>", "Help!!!", "technical", "",
"""This machine is honestly going to be the death of me. The top tension
dial has gone stiff and won't go below 4, so every seam puckers.
Turning it feels like there's grit in it. Juniper 450, bought in
October. What do I do?? Becky x"""),
("en", "b161-pyrography-pen-wont-charge-india", "Arjun Menon <arjun.menon@example.in>", "Wood burning pen not charging", "technical", "",
"""Hello,

I purchased the cordless wood burning pen kit from your online store
last month. From last week it is not charging at all. The light on the
dock does not come on, with any cable or adapter. Before this it was
working nicely for my small nameplate work.

Please advise what to do.

Thanks and regards,
Arjun Menon
Kochi"""),
("en", "b161-bank-holiday-hours", "Ann Whitehouse <ann.whitehouse@example.co.uk>", "Easter Monday", "general", "",
"""Are you open on Easter Monday? I want to bring my machine down to look
at walking feet. Thanks, Ann"""),
("en", "b161-thanks-pottery-tutor", "Sue Halford <sue.halford@example.co.uk>", "Thank you Maggie!", "general", "",
"""Hello,

I've just finished the Tuesday evening beginners' pottery course and I
wanted to say thank you to Maggie. I'm 64 and was convinced I'd be
hopeless, and I came home last night with a set of four (slightly
wonky) mugs I'm ridiculously proud of. She was patient with all of us
and never once made anyone feel silly.

Please pass this on.

Sue"""),
("en", "b161-glasses-left-workshop", "Brian Mottram <brian.mottram@example.co.uk>", "Glasses", "general", "",
"""I think I left my reading glasses on the bench at Saturday's
woodturning taster. Brown frames, in a blue case from Specsavers.
Could someone have a look and put them aside for me? I can pop in on
Thursday.

Brian Mottram"""),
("en", "b161-craft-box-leave-porch", "Keira Nolan <keira.nolan@example.com>", "Delivery", "general", "",
"""Hi, for my monthly box could the driver leave it in the porch if
we're out? The door's never locked. Last one went back to the depot
and it was a pain to collect. Ta"""),
("en", "b161-change-email-on-account", "Robert Aldous <r.aldous@example.co.uk>", "New email address", "general", "",
"""Please change the email address on my account from
r.aldous@oldmail.example to this one. My old provider is closing its
email service at the end of the month.

Robert Aldous
Customer no. 77302"""),
("en", "b161-no-marketing-emails", "Lorraine Fisk <lorraine.fisk@example.com>", "Emails", "general", "",
"""Please take me off your marketing list and delete my email from it.
I only bought one thing from you two years ago and now get three emails
a week. Thank you."""),
("en", "b161-quilt-guild-raffle", "Eileen Corrigan <secretary@ballymena-quilters.example>", "Quilt show raffle", "general", "",
"""Dear Sir/Madam,

The Ballymena Patchwork and Quilting Guild holds its biennial quilt show
in the Braid Arts Centre on 14-15 June. We run a raffle each year to
raise money for the local hospice, and local businesses have been very
generous in the past.

Would your shop consider donating a prize - perhaps a fat quarter
bundle or a voucher? We would of course list you in the show programme
and on our Facebook page.

With best wishes,
Eileen Corrigan
Hon. Secretary"""),
("en", "b161-staff-remark-manager-call", "Denise Akhtar <denise.akhtar@example.co.uk>", "Your Saturday staff", "general", "high",
"""I was in your Nottingham shop on Saturday buying fabric for my
daughter's prom dress. When I asked the young man at the cutting table
whether a pattern came in bigger sizes, he looked me up and down and
said "we don't really cater for that" and laughed with his colleague.
My daughter was standing right next to me.

I don't want a voucher. I want the store manager to ring me this week
and explain what they're going to do about it.

Denise Akhtar
0115 496 0821"""),
("en", "b161-workshop-back-step-cracked", "Harold Finch <harold.finch@example.co.uk>", "The step at the back door", "general", "high",
"""Hello,

Just to let you know that the concrete step at the back entrance to
your woodwork studio (the one we use from the car park) has a big crack
across it and the front half rocks when you stand on it. A lady in our
Wednesday group caught her heel on it last week and very nearly went
over. She's in her seventies.

It might be worth putting a cone or something on it until it's mended.

Harold Finch"""),
("en", "b161-urgent-class-start-time", "Chantelle Boyd <chantelle.boyd@example.com>", "URGENT!!!!", "general", "",
"""URGENT - what time does the Saturday macrame class start?? the
booking email says 10 but my friend says 10.30. dont want to be late
xx"""),
("en", "b161-laser-open-day-kids", "Aidan Walsh <aidan.walsh@example.ie>", "Open day", "general", "",
"""Hi, saw the poster for your laser cutting open day on the 22nd. Can I
bring my 12 year old? He's mad into making things. And do we need to
book or just turn up?
Aidan"""),
("en", "b161-sar-ignored-ico", "Martin Oduya <martin.oduya@example.co.uk>", "Subject access request - second notice", "general", "high",
"""Dear Data Protection Officer,

On 4 January I made a subject access request by email for all personal
data you hold about me, including call recordings and notes on my
customer account. The one month deadline passed long ago and I have had
no acknowledgement at all.

If I do not receive the data within 14 days I will be raising a
complaint with the Information Commissioner's Office.

Martin Oduya"""),
("en", "b161-feet-for-old-machine", "Vera Kaplan <vera.kaplan@example.com>", "Presser feet", "general", "",
"""Hello, do you stock presser feet that fit a 1990s Bernina 1008? I'd
like a zipper foot and a quarter inch piecing foot. If you don't, do you
know who might?

Vera Kaplan
Brookline, MA"""),
# ---------------- Greek ----------------
("el", "b161-syndromi-nimata-pagosi-kriti", "Χρυσάνθη Μαρκάκη <chrysanthi.markaki@example.gr>", "Καλοκαίρι", "billing", "",
"""Καλησπέρα σας,

Από τον Ιούνιο μέχρι τέλη Αυγούστου θα είμαι στο χωριό μου στα Σφακιά,
όπου το κοντινότερο ταχυδρομείο είναι μισή ώρα δρόμο και ανοίγει όποτε
θέλει. Δεν θέλω να ακυρώσω τη μηνιαία συνδρομή με τα νήματα, απλώς να
την παγώσετε για τρεις μήνες ώστε να μη χρεώνομαι τα 22,90€ και να
στέκονται τα κουτιά σε κάποιο γκισέ.

Γίνεται; Από Σεπτέμβρη συνεχίζουμε κανονικά.

Ευχαριστώ,
Χρυσάνθη Μαρκάκη"""),
("el", "b161-gl-kouti-skylou-efyge", "Stella Georgiou <stella.georgiou@example.gr>", "o Mpampis", "billing", "",
"""Kalhmera,
exoume th mhniaia syndromh me to kouti DIY paixnidia gia skylous
(19,90 to mhna). O Mpampis mas efyge thn Kyriakh, htan 14 xronwn.
Den exei noima pleon na erxetai to kouti, opote stamathste to parakalw
apo twra kai na mhn ksanaxrewthei h karta.
Sas eyxaristoume, ta latreve ta sxoinakia pou ftiaxname mazi.
Stella"""),
("el", "b161-kouti-kentimatos-xreoseis-trapeza", "Αικατερίνη Βούλγαρη <aik.voulgari@example.gr>", "Συνδρομή κεντήματος - χρεώσεις μετά την ακύρωση", "billing", "high",
"""Καλησπέρα,

Ακύρωσα τη μηνιαία συνδρομή στο κουτί κεντήματος στις 12 Ιανουαρίου,
από τη σελίδα του λογαριασμού μου, και μου ήρθε και email επιβεβαίωσης.
Παρ' όλα αυτά χρεώθηκα 26,90€ τον Φεβρουάριο, τον Μάρτιο και τον
Απρίλιο, σύνολο 80,70€. Δεν παρέλαβα κανένα κουτί.

Σας έχω γράψει δύο φορές χωρίς απάντηση. Αν δεν μου επιστρέψετε τα
80,70€ μέσα στην εβδομάδα, θα ζητήσω από την τράπεζα να αμφισβητήσει
και τις τρεις χρεώσεις.

Αικατερίνη Βούλγαρη"""),
("el", "b161-kdap-timologio-prin-plirwmi", "ΚΔΑΠ Δήμου Αμαρουσίου <kdap@amaroussio.example>", "Εργαστήρια κεραμικής Μαΐου", "billing", "",
"""Καλημέρα σας,

Για τον κύκλο των τεσσάρων εργαστηρίων κεραμικής για τα παιδιά του
ΚΔΑΠ τον Μάιο (συμφωνημένο ποσό 640€), η οικονομική υπηρεσία του Δήμου
δεν μπορεί να πληρώσει προκαταβολικά. Χρειάζεται πρώτα τιμολόγιο στο
όνομα του Δήμου, με την αιτιολογία "Παροχή υπηρεσιών εκπαιδευτικών
εργαστηρίων" και τον ΑΦΜ 090012345, και μετά γίνεται έμβασμα σε 30
περίπου ημέρες.

Μπορείτε να το δεχτείτε έτσι;

Με εκτίμηση,
Σοφία Μπακάλη
Υπεύθυνη ΚΔΑΠ"""),
("el", "b161-doseis-raptomihani", "Ευτυχία Παππά <eftychia.pappa@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας! Θέλω να πάρω τη ραπτομηχανή Juniper 450 (649€) για την κόρη
μου που μπαίνει σε σχολή μόδας. Γίνεται να την πληρώσω σε άτοκες δόσεις
με πιστωτική Εθνικής; Και αν ναι, σε πόσες; Στο site βλέπω μόνο
"έως 12 δόσεις" χωρίς να λέει αν είναι άτοκες.

Ευτυχία"""),
("el", "b161-gl-allagi-xrwma-nhmata", "Marilena K. <marilena.kos@example.gr>", "nhmata", "billing", "",
"""geia sas, phra 6 koukles merino se xrwma "petrol" alla mou fainontai
poly pio prasina apo oti sth fwtografia. einai akomh sto nylon tous
me ta xartakia. mporw na ta allaksw me to "navy" h na ta epistrepsw?
an prepei na plhrwsw ta metaforika den peirazei.
eyxaristw
Marilena"""),
("el", "b161-raptomihani-ekthesiaki-synigoros", "Νεκτάριος Παπαδάκης <nektarios.papadakis@example.gr>", "Ραπτομηχανή που πουλήθηκε ως καινούρια", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 20 Μαρτίου αγόρασα από το κατάστημά σας στον Πειραιά τη
ραπτομηχανή Juniper 450 ως καινούρια, στην τιμή των 649€. Όταν την
άνοιξα στο σπίτι, το κουτί ήταν ήδη ανοιγμένο και κλεισμένο με
σελοτέιπ, το καπάκι είχε γρατζουνιές και στη θήκη της μασούρας υπήρχε
κλωστή. Προφανώς πρόκειται για μηχανή έκθεσης, που την ίδια μέρα
πουλιόταν στη βιτρίνα σας με 499€.

Ζήτησα να την επιστρέψω ή να μου επιστραφεί η διαφορά και ο πωλητής
αρνήθηκε. Αν εντός 10 ημερών δεν λάβω είτε πλήρη επιστροφή χρημάτων
είτε τη διαφορά των 150€, θα προσφύγω στον Συνήγορο του Καταναλωτή.

Νεκτάριος Παπαδάκης"""),
("el", "b161-re-prosfora-ksylourgiki-omada", "Σταύρος Νικολαΐδης <stavros.nikolaidis@example.gr>", "Re: Προσφορά για ομαδικό σεμινάριο ξυλουργικής", "billing", "",
"""Καλημέρα κα Βλάχου,

Ευχαριστώ για την προσφορά. Μια διευκρίνιση μόνο: στο τηλέφωνο μου
είχατε πει ότι για ομάδα πάνω από 8 άτομα υπάρχει έκπτωση 15%, αλλά στην
προσφορά βλέπω 10 άτομα x 180€ = 1.800€ χωρίς καμία έκπτωση. Ισχύει
ακόμα το 15% ή άλλαξε κάτι;

Με εκτίμηση,
Σταύρος Νικολαΐδης
Σύλλογος Εθελοντών Πυροσβεστών Βόλου

-----Αρχικό μήνυμα-----
Από: Ιωάννα Βλάχου <seminaria@example-xylourgeio.gr>
Προς: Σταύρος Νικολαΐδης
Θέμα: Προσφορά για ομαδικό σεμινάριο ξυλουργικής

Καλημέρα σας,

Σας στέλνουμε την προσφορά μας για το διήμερο σεμινάριο "Κατασκευή
πάγκου κήπου" για 10 άτομα, 17-18 Μαΐου. Περιλαμβάνονται υλικά και
εργαλεία.

Ιωάννα Βλάχου"""),
("el", "b161-xoris-tonous-akyrosi-patron-matia", "Κωνσταντινα Ρηγα <k.riga@example.gr>", "Συνδρομη πατρον", "billing", "",
"""Καλησπερα σας

Ειμαι 78 χρονων και ραβω απο 15 χρονων κοριτσακι. Δυστυχως τα ματια μου
δεν με βοηθανε πια και ο γιατρος μου ειπε να το κοψω το ραψιμο. Θελω να
σταματησει η συνδρομη για τα πατρον που μου ερχονται καθε μηνα (9,50€).
Τη βγαλαμε με τον εγγονο μου πριν δυο χρονια και δεν ξερω απο που
ακυρωνεται.

Ευχαριστω πολυ
Κωνσταντινα Ρηγα
Πατρα"""),
("el", "b161-gl-dwroepitagh-ypoloipo", "Nikos Theoxaris <nikos.theoch@example.gr>", "dwroepitagh", "billing", "",
"""Kalhspera,
pira mia dwroepitagh 100e gia th gynaika mou gia ta ma8hmata kerameikhs.
ekane to ergastiri tou Savvatou (45e). posa exoun meinei panw kai mexri
pote isxuei? 8elei na kanei kai to tornio.
Nikos"""),
("el", "b161-kamini-telos-katharismou-ypefthynos", "Φωτεινή Ράλλη <foteini.ralli@example.gr>", "Χρέωση 80€ για καθαρισμό κλιβάνου", "billing", "high",
"""Καλησπέρα,

Επέστρεψα τον κλίβανο της ενοικίασης ΕΝ-0347 την περασμένη Δευτέρα και
σήμερα βλέπω ότι από την εγγύηση μου παρακρατήσατε 80€ ως "τέλος
καθαρισμού για υπολείμματα σμάλτου στα ράφια". Δεν έψησα ούτε ένα
κομμάτι με σμάλτο, μόνο μπισκότο, και έχω φωτογραφίες των ραφιών την
ημέρα που τον παρέδωσα.

Ο υπάλληλος στο τηλέφωνο μου είπε ότι "δεν μπορεί να κάνει κάτι". Θέλω
να μιλήσω με τον υπεύθυνο ενοικιάσεων ή με κάποιον ανώτερο που μπορεί
να το αποφασίσει.

Φωτεινή Ράλλη
694 222 3810"""),
("el", "b161-den-einai-texniko-metaforika", "Γιώργος Αντωνίου <g.antoniou@example.gr>", "Μεταφορικά", "billing", "",
"""Καλησπέρα. Δεν είναι τεχνικό το θέμα, το καλάθι δουλεύει μια χαρά.
Το site γράφει δωρεάν μεταφορικά για αγορές πάνω από 60€. Η παραγγελία
μου (55312) ήταν 74,80€ και χρεώθηκα και 4,50€ μεταφορικά. Μπορείτε να
μου τα επιστρέψετε;

Γιώργος"""),
("el", "b161-gl-ekptwsh-syntaksiouxwn", "Vaso Papadopoulou <vaso.pap@example.gr>", "ekptwsh", "billing", "",
"""Kalhmera sas,
kanete ekptwsh se syntaksiouxous gia ta ma8hmata plektikhs? Eimai 69
kai 8a h8ela na erxomai Tetarth prwi. To kostos einai 60e to mhna
swsta?
Eyxaristw, Vaso"""),
("el", "b161-raptomihani-spaei-velones", "Μαρία Τσιρίγου <maria.tsirigou@example.gr>", "Ραπτομηχανή", "technical", "",
"""Καλημέρα σας,

Η ραπτομηχανή που πήρα τον Δεκέμβριο έχει σπάσει τρεις βελόνες σε μία
εβδομάδα. Ράβω απλό βαμβακερό ύφασμα, όχι τζιν. Η βελόνα φαίνεται να
χτυπάει στην πλάκα κάτω από το ποδαράκι όταν βάζω ζιγκ-ζαγκ. Στην
ίσια ραφή δεν το κάνει.

Μαρία Τσιρίγου
Καλαμαριά"""),
("el", "b161-gl-kentitikh-o8onh-den-pianei", "Sotiria Lazou <sotiria.lazou@example.gr>", "o8onh kentitikhs", "technical", "",
"""Kalhmera,
h o8onh afhs ths kentitikhs den pianei swsta. Pataw to koumpi gia na
dialeksw sxedio kai anoigei to diplano, h na mhn kanei tipota. Sthn
panw meria ths o8onhs douleuei kanonika, sthn katw oxi. H mhxanh
einai apo ton Dekemvrio. Yparxei kapoia ry8mish h na thn ferw?
Eyxaristw
Sotiria"""),
("el", "b161-kaminos-porta-klidoma", "Γιάννης Στεργίου <giannis.stergiou@example.gr>", "Δεν ξεκινάει", "technical", "",
"""Γεια σας,

Ο κλίβανος της ενοικίασης (ΕΝ-0356) δεν ξεκινάει κανένα πρόγραμμα. Ο
ελεγκτής γράφει "door open" αν και το καπάκι είναι κλειστό και
κουμπωμένο. Αν πιέσω λίγο το καπάκι προς τα κάτω, το μήνυμα φεύγει για
ένα δευτερόλεπτο και μετά ξαναβγαίνει. Τον έχουμε δύο μέρες και δεν
έχουμε κάνει ούτε μία ψήση.

Γιάννης Στεργίου
Εργαστήρι "Πηλός και Φως", Βόλος"""),
("el", "b161-ilektriki-roka-trofodotiko", "Ευδοκία Μαυρογένη <evdokia.mavrogeni@example.gr>", "Ηλεκτρική ρόκα", "technical", "high",
"""Καλημέρα σας,

Η ηλεκτρική ρόκα για νήμα που αγόρασα πριν από έναν μήνα έχει ένα
πρόβλημα με το τροφοδοτικό. Χθες, μετά από μισή ώρα γνέσιμο, μύρισε
καμένο πλαστικό και όταν το έπιασα το τροφοδοτικό ήταν καυτό και είχε
λιώσει λίγο στη μία γωνία. Το έβγαλα από την πρίζα και δεν το έχω ξανασυνδέσει.

Τι πρέπει να κάνω; Να σας το στείλω;

Ευδοκία Μαυρογένη"""),
("el", "b161-gl-trypani-kit-kosmhmatwn-kaigetai", "Vasilis Anagnostou <v.anagnostou@example.gr>", "kit kosmhmatwn", "technical", "high",
"""Kalhspera sas,
phrame to kit kosmhmatwn me to mikro hlektriko trypani gia thn korh mou
(11 xronwn). Meta apo 10 lepta xrhshs to trypani zestai8hke toso poly
pou to afhse katw fwnazontas, kai h mpataria fainetai fouskwmenh. Den
kahke, alla ligo elipe. To exoume vgalei eksw sto mpalkoni makria apo
ola. Pws na to epistrepsoume me asfaleia? Kai isws prepei na to
koitaksete, einai paixnidi gia paidia.
Vasilis"""),
("el", "b161-kentima-programma-omada-mpasket", "Στέλιος Κοντός <stelios@kontos-stampa.example>", "Πρόγραμμα ψηφιοποίησης", "technical", "high",
"""Καλημέρα,

Μετά την ενημέρωση της Τρίτης το πρόγραμμα ψηφιοποίησης που μας
πουλήσατε δεν ανοίγει σε κανέναν από τους δύο υπολογιστές του
εργαστηρίου. Εμφανίζεται το λογότυπο και κλείνει.

Έχουμε να παραδώσουμε 120 φανέλες κεντημένες για ακαδημία μπάσκετ το
Σάββατο και οι δύο κεντητικές κάθονται από την Τετάρτη γιατί δεν
μπορούμε να βγάλουμε τα αρχεία. Έχουμε ήδη αρνηθεί άλλες δύο
παραγγελίες.

Παρακαλώ να μας καλέσει κάποιος σήμερα: 2310 555 870.

Στέλιος Κοντός
Κοντός Στάμπα & Κέντημα"""),
("el", "b161-oxi-xreosi-epilogi-xromaton", "Μαρίνα Αθανασίου <marina.athanasiou@example.gr>", "Συνδρομή νημάτων", "technical", "",
"""Καλησπέρα,

Δεν θέλω να αλλάξω ή να ακυρώσω τη συνδρομή μου και δεν έχω κανένα
θέμα με τη χρέωση. Το πρόβλημα είναι ότι στη σελίδα "Οι προτιμήσεις
μου" δεν μπορώ να επιλέξω χρώματα για το επόμενο κουτί: πατάω
"Αποθήκευση" και βγάζει "Κάτι πήγε στραβά, δοκιμάστε ξανά". Έχω
δοκιμάσει από κινητό και υπολογιστή, Chrome και Firefox.

Μαρίνα"""),
("el", "b161-gl-video-mathimatos-kollaei", "Panos Gkikas <panos.gkikas@example.gr>", "to video stamataei", "technical", "",
"""geia, sto online ma8hma xylogluptikhs to video tou 3ou kefalaiou
kollaei panta sto idio shmeio (peripou 4:10) kai meta den paizei
tipota. ta alla kefalaia paizoun kanonika. dokimasa kai apo kinhto
kai apo pc. mporeite na to koitaksete?
Panos"""),
("el", "b161-gl-efarmogi-patrones-kleinei", "Despoina Mavridou <despoina.mav@example.gr>", "efarmogh", "technical", "",
"""Kalimera, h efarmogh me ta patron kleinei monh ths otan pataw na
anoiksw opoiodhpote sxedio. Prin to update douleue kanonika. Exw
Samsung A54, thn esvhsa kai thn ksanaevala, pali ta idia. Sto laptop
anoigoun ola kanonika.
Despoina"""),
("el", "b161-episkevi-trith-fora-anoteros", "Ιωάννης Κουρής <i.kouris@example.gr>", "Επισκευή 7719 - τρίτη φορά", "technical", "high",
"""Κύριοι,

Η κεντητική μηχανή μου έχει έρθει στο σέρβις σας τρεις φορές από τον
Νοέμβριο για το ίδιο πρόβλημα: μετά από 10-15 λεπτά κεντήματος το
τσέρκι χάνει θέση και το σχέδιο βγαίνει στραβό. Κάθε φορά μου τη
γυρνάτε με τη σημείωση "ελέγχθηκε - λειτουργεί κανονικά", και στο
πρώτο κέντημα κάνει πάλι το ίδιο.

Δεν τη στέλνω τέταρτη φορά στον ίδιο πάγκο. Ζητώ να αναλάβει την
υπόθεση ο υπεύθυνος του τεχνικού τμήματος ή κάποιος ανώτερος και να
με καλέσει.

Ιωάννης Κουρής"""),
("el", "b161-gl-pyrografos-reuma", "Lefteris Dimou <lefteris.dimou@example.gr>", "pyrografos", "technical", "high",
"""Geia sas,
o pyrografos pou phra apo sas prin 2 evdomades me xtyphse reuma dyo
fores shmera, kai tis dyo otan akoumpousa to metalliko kommati konta
sth lavh. Oxi kati trameros, ena tsimpima, alla to ni8wsa sto xeri
mexri ton agkwna. Ton exw aposyndesei kai den ton ksanaxrhsimopoiw.
Ti na kanw?
Lefteris"""),
("el", "b161-xoris-tonous-pentali", "Αννα Στεφανου <anna.stefanou@example.gr>", "πενταλ", "technical", "",
"""Καλησπερα. Το πενταλ της ραπτομηχανης δουλευει οποτε θελει. Το πατας
και καμια φορα ξεκιναει κανονικα, αλλες φορες δεν κανει τιπτα ή ξεκιναει
με μια και τρεχει. Αν κουνησω λιγο το καλωδιο στο φις φτιαχνει για λιγο.
Ειναι κατω απο χρονο. Τι κανουμε;
Αννα"""),
("el", "b161-laser-sxoleio-wifi", "Γυμνάσιο Αγίας Παρασκευής <mail@gym-agparaskevis.example>", "Laser χαράκτης εργαστηρίου", "technical", "",
"""Καλημέρα σας,

Ο χαράκτης laser που αγοράσαμε για το εργαστήριο τεχνολογίας δεν
συνδέεται στο wifi του σχολείου. Η εφαρμογή τον βρίσκει, ζητάει κωδικό
και μετά γράφει "αποτυχία σύνδεσης". Με καλώδιο USB από τον υπολογιστή
δουλεύει. Μήπως το δίκτυό μας (5GHz) δεν υποστηρίζεται;

Με εκτίμηση,
Π. Αλεξίου, καθηγητής Τεχνολογίας"""),
("el", "b161-orario-megali-evdomada", "Ρένα Παπαθανασίου <rena.papathanasiou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρες είστε ανοιχτά τη Μεγάλη Εβδομάδα; Θέλω να περάσω
για φερμουάρ και κλωστές τη Μεγάλη Τετάρτη το απόγευμα.
Ευχαριστώ"""),
("el", "b161-gl-efxaristw-texniko-sotiri", "Roula Chatzigeorgiou <roula.chatz@example.gr>", "o kyrios Swthrhs", "general", "",
"""Kalhmera sas,
H8ela na pw ena megalo bravo ston texniko sas ton k. Swthrh pou hr8e
thn Pempth na dei th mhxanh tou ergasthriou mas. Ekane kai mia mikrh
ekpaideush stis kopelies, me ypomonh, xwris na viazetai, kai efyge
afou eixe sigoureutei oti ola douleuoun. Spanio pragma pleon.
Roula
Rafeio "To Kouvari", Larisa"""),
("el", "b161-daxtylidi-ston-kouva-me-pilo", "Ελισάβετ Παπανικολάου <elisavet.papanikolaou@example.gr>", "Δαχτυλίδι", "general", "",
"""Καλησπέρα σας,

Την Τετάρτη στο μάθημα τροχού έβγαλα τη βέρα μου για να μη γεμίσει
πηλό και την άφησα, νομίζω, πάνω στον πάγκο δίπλα στον κουβά με το
νερό. Στο σπίτι κατάλαβα ότι δεν την έχω. Είναι απλή χρυσή βέρα με
χάραγμα "Κ.Ε. 1989" μέσα.

Μήπως τη βρήκε κανείς, ή μήπως μπορεί κάποιος να κοιτάξει στον κουβά
πριν αδειάσει; Έχει τεράστια συναισθηματική αξία.

Ελισάβετ"""),
("el", "b161-allagi-diefthynsis-syndromi", "Μιχάλης Κυριακίδης <m.kyriakidis@example.gr>", "Νέα διεύθυνση", "general", "",
"""Καλησπέρα,

Μετακομίζουμε από 1η Μαΐου. Παρακαλώ αλλάξτε τη διεύθυνση στον
λογαριασμό μου σε:

Αγίου Δημητρίου 45, 3ος όροφος
54633 Θεσσαλονίκη

Το τηλέφωνο μένει το ίδιο.

Μιχάλης Κυριακίδης
Πελάτης 30418"""),
("el", "b161-gl-paradosh-periptero", "Takis Ioannou <takis.ioannou@example.gr>", "paradosh", "general", "",
"""Kalhmera, to kouti me ta kits an den eimaste spiti afhste to sto
periptero sth gwnia (Kwsth Kai Mairh), ton kserei ton Taki. exoume
milhsei. eyxaristw"""),
("el", "b161-xorigia-sxoliki-giorti", "Σύλλογος Γονέων 4ου Δημοτικού <sgonewn4@example.gr>", "Χορηγία", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 4ου Δημοτικού Σχολείου Νέας Σμύρνης
οργανώνει στις 8 Ιουνίου τη γιορτή λήξης με παζάρι χειροτεχνίας, όπου
τα παιδιά θα πουλήσουν δικές τους κατασκευές.

Θα σας ενδιέφερε να μας στηρίξετε με κάποια υλικά (χαρτόνια, κόλλες,
χάντρες) ή με ένα δώρο για τη λαχειοφόρο; Θα αναφέρουμε το κατάστημά
σας στην αφίσα και στη σελίδα μας.

Με εκτίμηση,
Άννα Ζαφειρίου, Πρόεδρος"""),
("el", "b161-texnikos-kapnise-mitera-diefthyntis", "Θεοδώρα Λιάκου <theodora.liakou@example.gr>", "Η επίσκεψη του τεχνικού σας", "general", "high",
"""Την Παρασκευή ήρθε τεχνικός σας στο σπίτι της μητέρας μου (84 ετών)
για να συναρμολογήσει το τραπέζι ραπτικής που αγοράσαμε. Κάπνιζε μέσα
στο σαλόνι χωρίς να ρωτήσει, και όταν η μητέρα μου του ζήτησε ευγενικά
να το σβήσει, της απάντησε "γιαγιά, μη μου λες πώς να κάνω τη δουλειά
μου" και έφυγε βρίζοντας μέσα από τα δόντια του.

Το τραπέζι είναι εντάξει. Η συμπεριφορά όμως όχι. Ζητώ να επικοινωνήσει
μαζί μου ο διευθυντής του τμήματος εξυπηρέτησης.

Θεοδώρα Λιάκου
210 555 6631"""),
("el", "b161-rafi-smalta-panw-apo-paidia", "Κυριάκος Δεληγιάννης <kyriakos.deligiannis@example.gr>", "Ράφι στο εργαστήρι", "general", "high",
"""Καλημέρα,

Σήμερα που έφερα τον γιο μου στο παιδικό εργαστήρι πηλού, πρόσεξα ότι
το ράφι με τα βάζα με τα σμάλτα, ακριβώς πάνω από το τραπέζι των
παιδιών, έχει ξεβιδωθεί από τη μία μεριά και γέρνει προς τα κάτω. Τα
βάζα είναι γυάλινα και γεμάτα. Το είπα στην κοπέλα στην είσοδο, αλλά
καλό είναι να το ξέρει και ο υπεύθυνος, γιατί μέχρι να βιδωθεί ξανά
τα παιδιά κάθονται από κάτω.

Κυριάκος Δεληγιάννης"""),
("el", "b161-gl-sos-xrwma-klwsths", "Tzeni Rapti <tzeni.rapti@example.gr>", "SOS", "general", "",
"""SOS!! exete se apo8ema klwsth kentimatos xrwma bordo (kwdikos 2250)
sto katasthma ths Patras? th xreiazomai gia to Savvato gia mia
vaptistikh lampada, kai na mhn paw tzampa.
eyxaristw poly
Tzeni"""),
("el", "b161-diagrafi-dedomenon", "Πέτρος Ανδρεάδης <petros.andreadis@example.gr>", "Διαγραφή στοιχείων", "general", "",
"""Παρακαλώ να διαγράψετε τον λογαριασμό μου και όλα τα προσωπικά μου
στοιχεία από το σύστημά σας, καθώς και να με αφαιρέσετε από τη λίστα
των newsletter. Δεν έχω ανοιχτές παραγγελίες.

Πέτρος Ανδρεάδης"""),
("el", "b161-fotografia-paidiou-instagram-arxi", "Αλεξάνδρα Ζερβού <alexandra.zervou@example.gr>", "Φωτογραφίες του παιδιού μου στο Instagram σας", "general", "high",
"""Καλησπέρα,

Στη σελίδα σας στο Instagram ανεβάσατε χθες φωτογραφίες από το παιδικό
εργαστήρι χειροτεχνίας του Σαββάτου, όπου φαίνεται καθαρά το πρόσωπο
της κόρης μου (7 ετών). Δεν έχω υπογράψει καμία συγκατάθεση για
φωτογράφιση ούτε για δημοσίευση.

Σας ζητώ να αφαιρέσετε αμέσως τις φωτογραφίες στις οποίες εμφανίζεται.
Αν δεν αφαιρεθούν μέσα σε 48 ώρες, θα υποβάλω καταγγελία στην Αρχή
Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Αλεξάνδρα Ζερβού"""),
("el", "b161-gl-ergastiri-paidia-hlikia", "Dimitris Karras <dkarras@example.gr>", "ergasthrio gia paidia", "general", "",
"""Geia sas, eida oti kanete paidiko ergasthrio phlou to Savvato 26/4.
Oi kores mou einai 5 kai 9, mporoun na er8oun kai oi dyo h einai mono
gia megalytera? Prepei na meinei kai goneas mesa?
Dimitris"""),
("el", "b161-xoris-tonous-arxarios-ksylourgiki", "Νικολας Πετρακης <nikolas.petrakis@example.gr>", "Ερωτηση για τα μαθηματα", "general", "",
"""Καλησπερα σας. Δεν εχω πιασει ποτε μου εργαλειο, εκτος απο κατσαβιδι.
Το βασικο σεμιναριο ξυλουργικης ειναι για τελειως αρχαριους ή πρεπει
να ξερω καποια πραγματα; Χρειαζεται να φερω δικα μου εργαλεια ή
ρουχα δουλειας;
Ευχαριστω
Νικολας"""),
("el", "b161-selida-pire-fotia-epainos", "Λένα Μουστάκα <lena.moustaka@example.gr>", "Συγχαρητήρια!", "general", "",
"""Καλησπέρα! Η σελίδα σας στο Instagram έχει πάρει φωτιά με τα βίντεο από
τον τροχό, τα βλέπω κάθε βράδυ πριν κοιμηθώ και έχω σκάσει στα γέλια με
το κομμάτι που καταρρέει το βάζο της Ρούλας. Συνεχίστε έτσι, είστε
τέλειοι! Τον Σεπτέμβρη έρχομαι για μάθημα σίγουρα.
Λένα"""),
# ---------------- Spanish ----------------
("es", "b161-pago-oxxo-no-reflejado", "Karla Domínguez <karla.dominguez@example.com.mx>", "pago en oxxo", "billing", "",
"""Hola buenas tardes, el sábado pagué en OXXO la ficha de mi pedido
52207 (kit de bordado mexicano + bastidores, $1,145.00) y me dieron mi
ticket, pero en su página el pedido sigue diciendo "pendiente de pago"
y ya es martes. ¿Les mando foto del ticket? No quiero que se me cancele
el pedido.
Gracias, Karla"""),
("es", "b161-erasmus-caja-a-tarjeta-de-mama", "Lucía Ferrer <lucia.ferrer@example.es>", "Mi caja de lanas", "billing", "",
"""¡Hola!

Me voy de Erasmus a Lovaina en septiembre y mi madre, que es la que de
verdad teje en casa (yo solo miro, jaja), quiere quedarse con la caja
mensual de lanas. ¿Se puede pasar la suscripción a su tarjeta sin
darla de baja y volver a empezar? Me daría pena perder el precio de
socia fundadora de 18,90 €.

Si hace falta que ella os escriba, decídmelo.

Gracias!!
Lucía"""),
("es", "b161-caja-manualidades-hija-adolescente", "Valeria Sosa <valeria.sosa@example.com.ar>", "la caja de Martina", "billing", "",
"""Hola chicos, les cuento que Martina cumplió 13 y se declaró
oficialmente adolescente: las manualidades ahora le dan vergüenza y la
caja de este mes quedó cerrada arriba del ropero. Así que hasta acá
llegamos, no me manden más cajas ni me debiten los $18.500 del mes
que viene. Fue lindo mientras duró, la verdad que las cajas son
buenísimas.
Saludos, Valeria (Rosario)"""),
("es", "b161-renovacion-club-patrones-devolver-recibo", "Óscar Lozano <oscar.lozano@example.es>", "Renovación que no pedí", "billing", "high",
"""Buenos días,

El 2 de febrero solicité la baja del club anual de patrones desde
vuestra propia app y me apareció el mensaje "Tu suscripción no se
renovará". Hoy me encuentro un cargo de 59,00 € por la renovación
anual.

No he descargado ni un patrón desde entonces. Si en cinco días no veo
la devolución, devolveré el recibo en mi banco y presentaré la
correspondiente reclamación.

Óscar Lozano
Zaragoza"""),
("es", "b161-mercado-pago-descuento-transferencia", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "Consulta", "billing", "",
"""Buenas, una consulta antes de comprar la bordadora Brodera E5: ¿aceptan
Mercado Pago? Y si pago por transferencia, ¿hay algún descuento? En el
local de Once me dijeron que en efectivo hacían 10% pero no sé si vale
para la web también.
Gracias, Gustavo"""),
("es", "b161-pago-pse-debitado-pendiente", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "Pago PSE", "billing", "",
"""Buen día,

Hice el pago por PSE del pedido de corte láser 30914 (letreros en MDF,
$386.000) y la plataforma del banco me dio error al final, pero la
plata sí me la descontaron de la cuenta de ahorros. En su página el
pedido sigue "sin pagar". ¿Cómo hacemos para que no me toque pagar dos
veces?

Adjunto el comprobante del banco.

Natalia Cárdenas
Bucaramanga"""),
("es", "b161-curso-incompleto-prorrata-consumo", "Begoña Arroyo <begona.arroyo@example.es>", "Curso de ebanistería - sesiones no impartidas", "billing", "high",
"""Buenas tardes:

Pagué 400 € por el curso trimestral de ebanistería de los jueves (10
sesiones). El profesor dejó la escuela a mediados de marzo y desde
entonces no se ha dado ninguna clase; en total hemos tenido 6 de las
10. Nadie nos ha ofrecido ni sustituto ni devolución.

Solicito la devolución proporcional de las 4 sesiones no impartidas,
160 €. De no recibir respuesta en diez días, presentaré una hoja de
reclamaciones y lo pondré en conocimiento de la Dirección General de
Consumo.

Begoña Arroyo
Valladolid"""),
("es", "b161-cambio-prensatelas-equivocado", "Rosa Elena Medina <rosaelena.medina@example.com.mx>", "prensatelas", "billing", "",
"""Buenas tardes, pedí el prensatelas para cierre invisible pero me
equivoqué de modelo, el mío es de vástago bajo y compré el de vástago
alto ($389). Todavía está en su empaque sin abrir. ¿Lo puedo cambiar
por el correcto? ¿Tengo que pagar el envío de regreso?
Muchas gracias
Rosa Elena"""),
("es", "b161-sin-tildes-no-es-la-maquina-iva", "Rodrigo Pizarro <rodrigo.pizarro@example.cl>", "boleta", "billing", "",
"""Hola, la maquina llego bien y funciona perfecto, no es por eso que
escribo. El tema es la boleta: el precio de la maquina era $329.990
con IVA incluido segun la pagina, pero en la boleta aparece el neto y
ademas el IVA sumado encima, y me cobraron $392.688. Me pueden revisar
y devolver la diferencia?
Saludos
Rodrigo Pizarro
Concepcion"""),
("es", "b161-re-reserva-horno-resto-bizum", "Irene Saavedra <irene.saavedra@example.es>", "Re: Confirmación de reserva - horno HA-0391", "billing", "",
"""Hola Marta,

Perfecto, muchas gracias. Una pregunta: el 50% restante (140 €), ¿os lo
puedo pagar por Bizum el día que me lo traigáis, o tiene que ser por
transferencia antes de la entrega?

Un saludo,
Irene

El 22/04, Marta - Alquiler de hornos <reservas@example-hornos.es> escribió:
> Hola Irene:
>
> Te confirmamos la reserva del horno eléctrico de 50 litros del 5 al 19
> de mayo. Hemos recibido la señal de 140 € y la fianza de 200 €. El
> resto se abona antes de la entrega.
>
> Un saludo,
> Marta"""),
("es", "b161-revision-cobrada-garantia-responsable", "Armando Cuevas <armando.cuevas@example.com.mx>", "Cobro de revisión en garantía", "billing", "high",
"""Buenas tardes.

Llevé mi máquina de coser (comprada en su sucursal de Monterrey hace 7
meses, con garantía de un año) porque el pedal fallaba. Me la regresaron
arreglada, bien, pero me cobraron $650 de "revisión y diagnóstico". La
garantía dice clarito que la mano de obra está cubierta.

El muchacho del mostrador me dijo que así es la política y que no puede
hacer nada. Quiero que me atienda el gerente de la sucursal o alguien
con autoridad para regresarme ese dinero.

Armando Cuevas
81 5555 0192"""),
("es", "b161-igualan-precio-remalladora", "Daniela Espinoza <dani.espinoza@example.com.mx>", "precio remalladora", "billing", "",
"""Hola! Vi la remalladora que tienen en $7,899 en otra tienda en
$6,700 (les paso el link). ¿Ustedes igualan precio? Prefiero comprarla
con ustedes porque me queda cerca y tienen el servicio técnico.
Gracias!"""),
("es", "b161-telar-alquiler-monoambiente", "Agustina Ledesma <agustina.ledesma@example.com.ar>", "el telar", "billing", "",
"""Hola, ¿qué tal? Les cuento que nos mudamos a un monoambiente en
Palermo y el telar de pie que les alquilo no entra ni a palos, lo
medimos tres veces. Así que quisiera terminar el plan de alquiler
mensual a fin de mes. ¿Cómo coordinamos para que lo pasen a buscar y
dejar de pagar los $42.000?
Gracias!
Agus"""),
("es", "b161-maquina-salta-puntadas", "Nerea Goikoetxea <nerea.goiko@example.es>", "Máquina de coser", "technical", "",
"""Hola,

La máquina que compré en vuestra tienda de Bilbao en diciembre se salta
puntadas cada dos por tres en cuanto coso algo más grueso que una
camiseta. Le he cambiado la aguja, he vuelto a enhebrar con el
prensatelas subido y he limpiado la pelusa de debajo de la placa. Sigue
igual.

Es la Juniper 300. ¿Alguna idea antes de llevarla?

Nerea"""),
("es", "b161-bordadora-bastidor-no-reconoce", "Alejandro Téllez <alejandro.tellez@example.com.mx>", "Bastidor grande", "technical", "",
"""Qué tal,

Compré el bastidor grande de 20x30 para mi bordadora E5 y la máquina no
lo reconoce: en cuanto lo coloco sale el mensaje "Coloque el bastidor
correcto" aunque el diseño es de 18x28. Con el bastidor chico que traía
la máquina todo funciona normal. Ya revisé que estuviera bien
enganchado.

Saludos,
Alejandro"""),
("es", "b161-horno-temperatura-salta", "Jordi Puig <jordi.puig@example.es>", "Lectura de temperatura", "technical", "",
"""Bon dia / buenos días,

El horno de alquiler que tenemos en el taller (HA-0377) muestra unas
lecturas de temperatura muy raras: en la misma cocción pasa de 310 a
790 grados en un segundo y luego vuelve a bajar. La cocción de ayer
salió sin terminar porque el controlador se paró con un error de
termopar. ¿Se puede cambiar el termopar o hay que cambiar el horno?

Jordi Puig
Taller de ceràmica, Girona"""),
("es", "b161-lupa-led-transformador-chispas", "Norma Iglesias <norma.iglesias@example.com.ar>", "Lámpara lupa", "technical", "high",
"""Buenas tardes,

La lámpara lupa con LED para bordar que les compré en febrero empezó a
hacer un zumbido ayer, y cuando fui a desenchufarla vi que el
transformador tiraba chispitas por la ranura de ventilación y olía a
quemado. La desenchufé y la dejé en el patio, lejos de todo. Estoy
bien, no pasó nada.

Les aviso para que sepan, y para preguntarles qué hago con ella.

Norma Iglesias
Mendoza"""),
("es", "b161-kit-imanes-sueltos", "Beatriz Navas <beatriz.navas@example.es>", "Kit de abril", "technical", "high",
"""Hola,

En el kit infantil de abril (el de los imanes de nevera de fieltro) los
imanes redondos se despegan solos en cuanto secan, sin hacer fuerza. Mi
hijo mayor tiene 8 años y no pasa nada, pero tengo otra de 2 y me he
encontrado uno en el suelo del salón. Los he recogido todos y los he
tirado.

Os lo cuento porque estos kits los usan niños con hermanos pequeños en
casa, y un imán tragado es muy peligroso. Quizá convenga revisar el
lote.

Beatriz Navas"""),
("es", "b161-portal-mayorista-merceria", "Compras Mercerías Alondra <compras@merceriasalondra.example>", "No podemos hacer pedidos", "technical", "high",
"""Buenos días,

Desde el jueves su portal de mayoristas nos devuelve "Error 500" al
confirmar cualquier pedido, y por teléfono nos dicen que solo aceptan
pedidos por el portal.

Tenemos tres mercerías en Málaga y estamos en plena temporada de
disfraces y uniformes: ya no nos queda hilo negro ni blanco de la
marca, las cremalleras de 20 cm se acabaron el viernes y estamos
mandando a las clientas a la competencia. Cada día así son ventas
perdidas.

Necesitamos una solución hoy, aunque sea poder mandar el pedido por
correo.

Rocío Lucena
Compras"""),
("es", "b161-no-devolverla-pantalla-se-apaga", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Máquina de coser", "technical", "",
"""Hola, les escribo pero no para devolverla ni para cambiarla, la
máquina me encanta y no la suelto. Lo que pasa es que la pantallita se
apaga sola a veces mientras coso, la luz LED parpadea y se reinicia, y
pierdo la puntada que tenía elegida. Pasa más cuando coso rápido. ¿Eso
se puede revisar aquí en Cali?
Mil gracias, Juliana"""),
("es", "b161-sms-verificacion-no-llega", "Ezequiel Romero <eze.romero@example.com.ar>", "no me llega el codigo", "technical", "",
"""hola, quiero entrar a la plataforma de cursos y me pide el codigo de
verificacion por sms pero nunca llega. en el formulario del telefono no
me deja poner +54 9, solo aparecen prefijos de España. asi no hay forma
de entrar al curso que ya pague"""),
("es", "b161-app-cortadora-tapete", "Camila Herrera <camila.herrera@example.com.co>", "La app de la cortadora", "technical", "",
"""Buenas tardes, con la cortadora de papel y vinilo me está pasando que
la app siempre dice "Tapete no detectado" y no corta. El tapete está
nuevo, bien metido hasta las guías, y ya limpié el sensor como dice el
manual. Hasta la semana pasada funcionaba perfecto. Tengo que entregar
unas tarjetas de primera comunión el sábado.
Camila"""),
("es", "b161-tijera-electrica-bateria-hinchada", "Paloma Redondo <paloma.redondo@example.es>", "Tijera eléctrica", "technical", "high",
"""Hola,

La tijera eléctrica para cortar tela que os compré en enero se ha
puesto rara: ayer al cogerla noté la carcasa abombada y caliente, aunque
llevaba horas sin usarla y sin cargar, y por la junta se ve la batería
hinchada. La he puesto en un plato de cerámica en la terraza, lejos de
todo.

¿Qué hago con ella? No me atrevo ni a meterla en una caja.

Paloma Redondo"""),
("es", "b161-cursos-carpinteria-videos-responsable", "Fernando Ibarra <fernando.ibarra@example.es>", "Tickets 8812, 8840, 8901, 8977", "technical", "high",
"""Buenas,

Desde que cambiasteis de plataforma en marzo, los tres cursos de
carpintería online que compré no aparecen en "Mis cursos". Entro con el
mismo correo de siempre, y el historial de pedidos muestra las compras,
pero los vídeos no.

Es mi cuarto ticket. Cada vez me contestan que borre la caché. Ya lo
he hecho, en tres navegadores y dos ordenadores. Exijo que mi caso lo
revise un responsable de soporte, no otra respuesta de plantilla.

Fernando Ibarra"""),
("es", "b161-socorro-devanadora-no-para", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "SOCORRO", "technical", "",
"""Socorrooo jaja, la devanadora de la máquina no para de girar aunque la
canilla ya esté llena, y si la empujo a la izquierda para soltarla se
sigue moviendo la aguja también. Antes se paraba sola. Es la Juniper 300
que compré en diciembre en su tienda de Coyoacán.
Lupita"""),
("es", "b161-plotter-vinilo-bluetooth", "Sergio Marin <sergio.marin@example.es>", "plotter de corte", "technical", "",
"""Hola, el plotter de corte que compre el mes pasado ya no se conecta
por bluetooth con el portatil. Lo detecta, se empareja y a los pocos
segundos se desconecta. Con el cable USB funciona bien pero el cable
es cortisimo y no me llega a la mesa. Windows 11 actualizado.
Gracias
Sergio"""),
("es", "b161-abren-16-septiembre", "Teresa Olvera <teresa.olvera@example.com.mx>", "16 de septiembre", "general", "",
"""Buenas tardes, ¿van a abrir el 16 de septiembre? Quiero ir con mi mamá a
ver las máquinas de bordar y no quiero hacer el viaje desde Tlalpan
de balde. Gracias."""),
("es", "b161-gracias-notita-a-mano", "Florencia Acosta <flor.acosta@example.com.ar>", "gracias!!", "general", "",
"""¡Hola! Hoy me llegó el pedido de lanas y quería decirles que me mató
de ternura la notita escrita a mano con el nombre de cada color. Y
llegó en dos días a Córdoba, un lujo. Se nota el cariño, de verdad.
¡Gracias!
Flor"""),
("es", "b161-estuche-gubias-hijo", "Mercedes Calvo <mercedes.calvo@example.es>", "Estuche olvidado", "general", "",
"""Buenas tardes:

Mi hijo Álvaro, que va al taller de talla en madera de los sábados por
la mañana, se dejó el estuche con sus gubias. Es un estuche de lona
verde con sus iniciales bordadas (A.C.M.). ¿Podrían guardarlo en
recepción? Pasaremos a buscarlo el miércoles.

Gracias,
Mercedes Calvo"""),
("es", "b161-entrega-ferreteria-abajo", "Nacho Herrero <nacho.herrero@example.es>", "Entregas", "general", "",
"""Hola, los martes y jueves no hay nadie en casa hasta las 8. Si el
repartidor viene esos días, que lo deje en la ferretería de abajo
(Ferretería Herrero, es de mi tío), que está abierta de 9 a 2 y de 5 a
8. Calle Mayor 14, Alcalá. Gracias!"""),
("es", "b161-cambio-telefono", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Cambio de número", "general", "",
"""Buenas tardes, por favor actualicen mi número de celular en mi cuenta,
el nuevo es 33 1234 5678. El anterior ya no lo tengo.
Cliente no. 55281
Héctor Villaseñor"""),
("es", "b161-patrocinio-feria-artesanal", "Fundación Manos de Barro <contacto@manosdebarro.example>", "Patrocinio feria artesanal", "general", "",
"""Cordial saludo,

La Fundación Manos de Barro organiza el 21 y 22 de junio la IV Feria
Artesanal de Ráquira, con más de 60 artesanos ceramistas de Boyacá.

Quisiéramos invitarlos a participar como patrocinadores, ya sea con un
aporte en materiales (esmaltes, herramientas) o con algún premio para
el concurso de piezas. Su logo aparecería en la publicidad y en nuestras
redes.

Quedamos atentos,
Gloria Amaya
Coordinadora"""),
("es", "b161-profesora-grita-direccion", "Consuelo Marín <consuelo.marin@example.es>", "Queja sobre la profesora de costura", "general", "high",
"""Buenas tardes:

Soy alumna del curso de costura de los martes por la tarde. La
profesora nos habla a gritos desde el primer día, pero lo de ayer pasó
de castaño oscuro: a una compañera de 76 años que se había equivocado
al cortar le arrancó la tela de las manos delante de todas y le dijo
que "a su edad debería quedarse en casa". La señora se fue llorando.

Quiero hablar con la dirección de la academia. No es una queja para
que me devuelvan dinero; es que esto no puede seguir así.

Consuelo Marín"""),
("es", "b161-puerta-cristal-rajada", "Hugo Salazar <hugo.salazar@example.com.mx>", "Puerta de la entrada", "general", "high",
"""Buenas noches,

Les escribo para avisar que el vidrio de la puerta de la entrada de su
tienda de Coyoacán tiene una rajada que va de lado a lado, y cuando la
puerta se cierra sola el vidrio vibra y se oye como que está suelto.
Por esa puerta entran muchos niños con sus mamás a los talleres de los
sábados.

Se lo comenté a la cajera, pero por si acaso también por aquí.

Saludos,
Hugo Salazar"""),
("es", "b161-urgente-comida-taller-dia", "Marta Quintana <marta.quintana@example.es>", "URGENTE", "general", "",
"""URGENTE!! En el taller de cestería de todo el día del sábado, ¿se
puede llevar comida o hay que salir a comer fuera? Es que soy celíaca
y prefiero llevarme mi táper. Gracias!!"""),
("es", "b161-foto-bolso-diseno-abogado", "Ainhoa Basterra <ainhoa@ainhoabasterra.example>", "Uso de mi diseño en vuestras redes", "general", "high",
"""Buenos días:

Soy diseñadora de bolsos de cuero y patrones. En vuestra cuenta de
Instagram habéis publicado esta semana una foto de mi bolso "Lur"
presentándolo como "nuestro nuevo patrón de la semana", sin mencionar
mi nombre y sin ningún permiso. La foto es mía y el diseño también.

Os pido que retiréis la publicación hoy mismo. Si no lo hacéis, mi
abogada se pondrá en contacto con vosotros.

Ainhoa Basterra"""),
("es", "b161-cumpleanos-infantiles-ceramica", "Francisca Tapia <francisca.tapia@example.cl>", "cumpleaños", "general", "",
"""Hola! ¿Hacen cumpleaños infantiles en el taller de cerámica? Mi hijo
cumple 8 en junio y serían unos 12 niños. ¿Qué incluye y hasta cuántos
niños pueden recibir? Estamos en Ñuñoa.
Gracias, Francisca"""),
("es", "b161-hola-que-curso-empezar", "Micaela Giménez <mica.gimenez@example.com.ar>", "Hola", "general", "",
"""Hola! Nunca cosí nada en mi vida, ni un botón jaja. ¿Qué curso me
recomiendan para arrancar, el de costura básica o el de "mi primera
prenda"? ¿Hace falta llevar máquina propia o ustedes tienen?
Besos, Mica"""),
("es", "b161-entrevista-blog-oficios", "Catalina Muñoz <cata.munoz@example.cl>", "Entrevista para blog", "general", "",
"""Hola, ¿cómo están? Escribo un blog sobre oficios y talleres de
Valparaíso y me encantaría hacerles una entrevista corta y sacar unas
fotos del taller de telar un día de clase (con permiso de las alumnas,
claro). ¿Con quién podría coordinarlo?
Saludos,
Catalina Muñoz"""),
("es", "b161-alumna-baja-vision", "Amparo Soler <amparo.soler@example.es>", "Consulta sobre el curso", "general", "",
"""Buenas tardes:

Tengo baja visión (un 30% en el ojo bueno) y me gustaría apuntarme al
curso de ganchillo de los martes. ¿Creen que podría seguirlo? ¿La
profesora suele trabajar con alumnas con este tipo de dificultad?

Muchas gracias,
Amparo Soler"""),
# ---------------- Polish ----------------
("pl", "b161-hafciarka-dwa-razy-karta-bank", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Zamówienie 70418 - pobrano dwa razy", "billing", "high",
"""Dzień dobry,

8 kwietnia kupiłam w Państwa sklepie internetowym hafciarkę Brodera E5
(zamówienie 70418) za 3 499,00 zł. Z mojej karty zostały pobrane dwie
kwoty po 3 499,00 zł, obie tego samego dnia. Hafciarkę dostałam jedną.

Dzwoniłam już dwa razy, za każdym razem słyszę, że "sprawa jest w
dziale finansowym". Jeżeli druga kwota nie wróci na konto do piątku,
składam w banku reklamację transakcji (chargeback) na całą kwotę.

Agnieszka Wróblewska
Białystok"""),
("pl", "b161-abonament-wloczki-nadgarstek", "Halina Sobczak <halina.sobczak@example.pl>", "abonament", "billing", "",
"""Dzień dobry, złamałam nadgarstek na oblodzonym chodniku i przez
najbliższe dwa miesiące o drutach mogę zapomnieć. Czy mogę wstrzymać
comiesięczną paczkę z włóczką na maj i czerwiec? Od lipca chętnie
wracam. Nie chcę rezygnować, tylko nie płacić za coś, czego nie
użyję.
Pozdrawiam serdecznie
Halina Sobczak"""),
("pl", "b161-makrama-dps-konczymy", "Fundacja Srebrna Nić <biuro@srebrnanic.example>", "Zestawy makramy dla DPS", "billing", "",
"""Dzień dobry,

Od zeszłego roku zamawialiśmy u Państwa co miesiąc 10 zestawów makramy
dla podopiecznych Domu Pomocy Społecznej w Łomży. Od czerwca zajęcia
terapii zajęciowej przejmuje inna organizacja, a my kończymy współpracę
z DPS-em. Prosimy więc o zakończenie naszego zamówienia cyklicznego po
majowej paczce i niepobieranie kolejnych opłat.

Dziękujemy za piękne zestawy, pensjonariusze bardzo je lubili.

Z wyrazami szacunku,
Marta Kowalczyk
Fundacja Srebrna Nić"""),
("pl", "b161-faktura-nip-po-paragonie", "Tomasz Zieliński <tomasz.zielinski@pracownia-dab.example>", "Zamówienie 71230", "billing", "",
"""Dzień dobry,

Do zamówienia 71230 (cięcie laserowe sklejki, 30 arkuszy) dostałem
paragon. Potrzebuję faktury na firmę - czy da się ją jeszcze wystawić,
jeśli NIP nie był podany przy zamówieniu? Dane:

Pracownia Dąb Tomasz Zieliński
ul. Leśna 8, 62-200 Gniezno
NIP 784-123-45-67

Pozdrawiam,
Tomasz Zieliński"""),
("pl", "b161-kurs-stolarski-dwie-raty", "Kamil Jaworski <kamil.jaworski@example.pl>", "Pytanie", "billing", "",
"""Cześć, czy kurs stolarski weekendowy (1 650 zł) można opłacić w
dwóch częściach, np. połowa teraz i połowa przed drugim zjazdem? Chcę
się zapisać na czerwcową edycję zanim się skończą miejsca, ale całej
kwoty naraz w tym miesiącu nie dam rady.
Kamil"""),
("pl", "b161-karnet-pracownia-remont-rzecznik", "Wojciech Majewski <wojciech.majewski@example.pl>", "Karnet na pracownię - zwrot za niewykorzystane wejścia", "billing", "high",
"""Szanowni Państwo,

W styczniu wykupiłem karnet na 10 wejść do otwartej pracowni stolarskiej
(karnet nr 0217, 690 zł). Wykorzystałem 3 wejścia. Od 1 marca pracownia
jest zamknięta "z powodu remontu", bez terminu ponownego otwarcia, a
karnet według regulaminu jest ważny tylko do 30 czerwca.

Proszę o zwrot za 7 niewykorzystanych wejść, tj. 483 zł. Na dwa
poprzednie maile nie dostałem odpowiedzi. Jeśli do końca miesiąca nie
otrzymam zwrotu, zwrócę się do miejskiego rzecznika konsumentów, a w
razie potrzeby skieruję sprawę do sądu.

Wojciech Majewski
Poznań"""),
("pl", "b161-re-wycena-tabliczki-szkola", "Szkoła Podstawowa nr 12 <sekretariat@sp12-kielce.example>", "Re: Wycena - tabliczki grawerowane", "billing", "",
"""Dzień dobry Panie Michale,

Dziękujemy za wycenę. Mamy jeszcze pytanie: czy przy 120 sztukach
zamiast 80 cena jednostkowa spadnie, i czy mogą Państwo wystawić
fakturę z odroczonym terminem płatności 30 dni? Rada Rodziców płaci
dopiero po zebraniu.

Z poważaniem,
Ewa Domańska
sekretariat SP 12

-----Wiadomość oryginalna-----
Od: Michał Nowicki <wyceny@example-grawer.pl>
Do: sekretariat@sp12-kielce.example
Temat: Wycena - tabliczki grawerowane

Dzień dobry,

w załączeniu przesyłam wycenę 80 tabliczek z grawerem laserowym
(laminat 10 x 3 cm, imię i nazwisko absolwenta): 8,50 zł netto / szt.

Pozdrawiam,
Michał Nowicki"""),
("pl", "b161-odstapienie-maszyna-dziewiarska", "Iwona Czarnecka <iwona.czarnecka@example.pl>", "Zwrot maszyny dziewiarskiej", "billing", "",
"""Dzień dobry,

Tydzień temu odebrałam z paczkomatu maszynę dziewiarską zamówioną w
Państwa sklepie (zamówienie 69902, 1 280 zł). Niestety jest dla mnie za
duża i za głośna do bloku. Chciałabym odstąpić od umowy w ciągu 14 dni.
Maszyna jest nieużywana, w oryginalnym kartonie. Jak mam ją odesłać i
kto płaci za przesyłkę?

Iwona Czarnecka"""),
("pl", "b161-bez-ogonkow-rabat-zla-kwota", "Lukasz Grabowski <lukasz.grabowski@example.pl>", "kod rabatowy", "billing", "",
"""Czesc, nie pisze w sprawie bledu strony, kod przeszedl bez problemu.
Chodzi o to, ze kod WIOSNA15 mial dawac 15% na cale zamowienie, a w
podsumowaniu rabat policzyl sie tylko od dwoch kordonkow (9 zl), a nie
od calego koszyka 286 zl. Zamowienie 72011 juz oplacone. Da sie
zwrocic roznice?
Lukasz"""),
("pl", "b161-bon-na-kurs-ceramiki-dla-meza", "Justyna Wojciechowska <justyna.wojciechowska@example.pl>", "Bon prezentowy", "billing", "",
"""Dzień dobry, chciałabym kupić mężowi na urodziny bon na kurs toczenia
na kole. Czy bon może być na dowolną kwotę, czy tylko na konkretny
kurs? I czy dostanę go mailem do wydrukowania, czy trzeba go odebrać w
pracowni? Urodziny są w sobotę :)
Justyna"""),
("pl", "b161-12-metrow-zamiast-1-2-kierownik", "Grażyna Michalak <grazyna.michalak@example.pl>", "Paragon z 12 kwietnia - żądam wyjaśnień", "billing", "high",
"""Dzień dobry,

12 kwietnia w Państwa sklepie przy ul. Piotrkowskiej kupiłam 1,2 m
lnu. Przy kasie nabito mi 12 metrów, czyli 564 zł zamiast 56,40 zł.
Zauważyłam to dopiero w domu. Następnego dnia wróciłam z paragonem i
tkaniną, a ekspedientka stwierdziła, że "nic nie może zrobić, bo kasa
jest zamknięta", i odesłała mnie z niczym.

Domagam się zwrotu 507,60 zł i rozmowy z kierownikiem sklepu albo
kimś wyżej. Proszę o telefon.

Grażyna Michalak
tel. 602 555 318"""),
("pl", "b161-rabat-kolo-gospodyn", "KGW Zielone Pole <kgw.zielonepole@example.pl>", "Zamówienie grupowe", "billing", "",
"""Szanowni Państwo,

Jesteśmy Kołem Gospodyń Wiejskich z Zielonego Pola (gm. Żyrzyn). Na
jesień robimy dla parafii szydełkowe ozdoby na kiermasz i chciałybyśmy
zamówić ok. 60 motków bawełny i 20 szydełek. Czy przy takim
zamówieniu możemy liczyć na rabat? Płacić będziemy przelewem z konta
Koła.

Z poważaniem,
Danuta Sowa, przewodnicząca"""),
("pl", "b161-emerytura-tanszy-pakiet", "Zbigniew Kaczmarek <zbigniew.kaczmarek@example.pl>", "Pakiet w bibliotece wzorów", "billing", "",
"""Dzień dobry,

Zamykam po 30 latach zakład krawiecki i od czerwca szyję już tylko dla
wnuków. Pakiet "Pro" w Państwa bibliotece wykrojów (89 zł/mies.) to
teraz przesada. Proszę o przeniesienie mnie na pakiet "Domowy" od
następnego okresu rozliczeniowego.

Z poważaniem,
Zbigniew Kaczmarek
Radom"""),
("pl", "b161-dziurki-rozna-dlugosc", "Ewa Piotrowska <ewa.piotrowska@example.pl>", "Dziurki na guziki", "technical", "",
"""Dzień dobry,

Moja maszyna (Juniper 450, kupiona w lutym) robi automatyczne dziurki
na guziki różnej długości - na jednej bluzce pierwsza ma 2 cm, kolejna
2,5 cm, a guzik ten sam i w tej samej stopce. Dźwigienkę do dziurek
opuszczam za każdym razem. Co może być nie tak?

Ewa Piotrowska"""),
("pl", "b161-hafciarka-wifi-nowy-router", "Paweł Szymański <pawel.szymanski@example.pl>", "Hafciarka nie łączy się z aplikacją", "technical", "",
"""Od kiedy wymieniłem router, hafciarka nie chce połączyć się z
aplikacją przez Wi-Fi. Sieć widzi, hasło przyjmuje, potem po minucie
pisze "Błąd połączenia 0x21". Sieć 2,4 GHz, telefon i laptop działają
normalnie. Wcześniej wszystko grało."""),
("pl", "b161-sterownik-pieca-nie-zapisuje", "Beata Jasińska <beata.jasinska@example.pl>", "Piec - programy znikają", "technical", "",
"""Dzień dobry,

Sterownik pieca ceramicznego, który od Państwa wypożyczamy (umowa
WP-0144), nie pamięta zapisanych programów. Wpisuję krzywą wypału,
zapisuję pod numerem 3, a po wyłączeniu pieca z prądu wszystko wraca do
ustawień fabrycznych. Za każdym razem wpisujemy od nowa, co przy
sześciu segmentach jest męczące i łatwo o pomyłkę.

Beata Jasińska
Pracownia ceramiki "Glina", Toruń"""),
("pl", "b161-piec-kopie-obudowa", "Marek Pawlak <marek.pawlak@example.pl>", "Wypożyczony piec WP-0150", "technical", "high",
"""Dzień dobry,

Chciałem zgłosić, że wypożyczony od Państwa piec (WP-0150) "kopie"
prądem. Dzisiaj przy otwieraniu pokrywy, już po ostygnięciu, poczułem
wyraźne mrowienie w dłoni od metalowej obudowy, a żona potem to samo
przy dotknięciu boku. Piec jest podłączony do gniazdka z uziemieniem.
Wyłączyłem go bezpiecznikiem i jest odłączony od sieci.

Nie będę go używał, dopóki ktoś go nie sprawdzi. Proszę o kontakt.

Marek Pawlak"""),
("pl", "b161-zestaw-lutowniczy-kabel-stopiony", "Robert Kubiak <robert.kubiak@example.pl>", "Zestaw elektroniczny dla dzieci", "technical", "high",
"""Dzień dobry,

Kupiłem synowi (13 lat) Państwa zestaw "Zbuduj własne radio" z
lutownicą. Po kwadransie lutowania izolacja kabla przy rękojeści
zaczęła się topić i odsłoniła się miedź. Podstawka na lutownicę w
zestawie też jest plastikowa i ma już wytopione wgłębienie. Syn na
szczęście od razu mnie zawołał i lutownica jest wyrzucona.

Piszę, bo to zestaw dla dzieci od 12 lat i nie powinno to tak wyglądać.

Robert Kubiak"""),
("pl", "b161-grawerka-stoi-statuetki", "Pracownia Grawerska Lux <biuro@grawer-lux.example>", "Laser - pilne", "technical", "high",
"""Dzień dobry,

Laser CO2, który kupiliśmy u Państwa w styczniu, od wczoraj przerywa
każde zadanie po kilku minutach z komunikatem "Water flow error",
chociaż chłodziarka pracuje i woda krąży.

Mamy do wykonania 400 statuetek na zawody pływackie w Gdyni w
sobotę i ta maszyna to cała nasza produkcja. Od wczoraj nie wyszła
ani jedna sztuka, dwóch pracowników nie ma co robić, a organizator
przypomina o karach umownych za opóźnienie.

Bardzo prosimy o pilny kontakt serwisu: 58 555 20 40.

Adam Lewandowski"""),
("pl", "b161-nie-chce-zwrotu-dziewiarka", "Renata Kwiatkowska <renata.kwiatkowska@example.pl>", "Maszyna dziewiarska", "technical", "",
"""Dzień dobry,

Od razu zaznaczam: nie chcę zwrotu pieniędzy ani wymiany, maszyna
dziewiarska bardzo mi się podoba. Chodzi tylko o to, że wózek zacina
się przy lewym końcu łoża, mniej więcej na ostatnich 15 igłach, i
trzeba go szarpać, przez co gubię oczka. Czy da się to wyregulować
samemu?

Renata Kwiatkowska"""),
("pl", "b161-bez-ogonkow-konto-zablokowane", "Krzysztof Mazur <k.mazur@example.pl>", "konto zablokowane", "technical", "",
"""Dzien dobry, po trzech probach logowania konto na platformie kursow
sie zablokowalo. Dostalem maila z linkiem do odblokowania, ale jak
klikam to pisze "link wygasl", a nowego nie ma jak wyslac. Mam dzis
wieczorem lekcje na zywo o 19. Prosze o pomoc.
Krzysztof Mazur"""),
("pl", "b161-wykroj-pdf-zla-skala", "Magdalena Stępień <magda.stepien@example.pl>", "Wykrój się źle drukuje", "technical", "",
"""Cześć, kupiłam u Was wykrój sukienki w PDF i drukuje się w złej skali.
Kwadrat kontrolny ma 9,2 cm zamiast 10 cm, mimo że drukuję "w
rzeczywistym rozmiarze", bez dopasowania do strony. Inne wykroje (od
innych projektantek) na tej samej drukarce wychodzą dobrze. Może plik
jest źle zapisany?
Magda"""),
("pl", "b161-instalacja-pieca-przelozony", "Stanisław Wilk <stanislaw.wilk@example.pl>", "Instalacja pieca - dwa razy nikt nie przyjechał", "technical", "high",
"""Dzień dobry,

Piec ceramiczny kupiony u Państwa stoi od trzech tygodni w garażu,
nieprzyłączony. Instalacja przez Państwa elektryka była w cenie. Dwa
razy umawialiśmy termin (2 i 9 kwietnia), dwa razy wziąłem wolne w
pracy i dwa razy nikt się nie pojawił ani nie zadzwonił.

Nie chcę trzeciego terminu od tej samej osoby z infolinii. Proszę, aby
sprawą zajął się przełożony albo kierownik działu instalacji i
zadzwonił do mnie.

Stanisław Wilk
tel. 691 555 702"""),
("pl", "b161-strzela-jak-z-karabinu", "Dorota Wysocka <dorota.wysocka@example.pl>", "Hałas", "technical", "",
"""Dzień dobry, moja maszyna od wczoraj strzela jak z karabinu :)
Na każdym ściegu słychać głośne "klak" od spodu, tam gdzie chwytacz.
Szyje dalej, ale boję się, że coś się rozleci. Wyczyściłam bębenek i
założyłam nową igłę. To Juniper 300, ma pół roku.
Dorota"""),
("pl", "b161-noz-termiczny-nie-grzeje", "Jacek Baran <jacek.baran@example.pl>", "Nóż termiczny", "technical", "",
"""Dzień dobry. Nóż termiczny do styroduru z zestawu modelarskiego nie
nagrzewa się. Dioda świeci, drut zostaje zimny. Zasilacz sprawdzałem
miernikiem, daje 12 V. Drut nie jest przerwany. Co jeszcze sprawdzić?
Jacek Baran"""),
("pl", "b161-platnosc-nie-zeszla-blad-strony", "Natalia Górska <natalia.gorska@example.pl>", "Nie mogę złożyć zamówienia", "technical", "",
"""Dzień dobry,

Od rana próbuję zamówić zestaw do haftu krzyżykowego i na ostatnim
kroku strona wyświetla "Wystąpił błąd, spróbuj ponownie". Pieniądze
nie zeszły z konta, więc to raczej nie sprawa płatności, tylko samej
strony - to samo dzieje się przy BLIK-u i przy karcie, na telefonie i
na komputerze. Koszyk się nie czyści.

Natalia Górska"""),
("pl", "b161-godziny-boze-cialo", "Teresa Zając <teresa.zajac@example.pl>", "Boże Ciało", "general", "",
"""Dzień dobry, czy w piątek po Bożym Ciele sklep będzie czynny? Chcę
podjechać po zamki i nici. Dziękuję."""),
("pl", "b161-podziekowanie-pani-halina", "Elżbieta Kozłowska <elzbieta.kozlowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

Chciałam bardzo podziękować pani Halinie z Państwa infolinii. Dzwoniłam
zupełnie zagubiona, bo chciałam zrobić wnuczce sweter, a nie wiedziałam
jaką włóczkę wybrać do wzoru z gazety. Pani Halina poświęciła mi
chyba pół godziny, wszystko policzyła i doradziła. Sweter jest już
prawie gotowy!

Serdecznie pozdrawiam
Elżbieta Kozłowska, lat 79"""),
("pl", "b161-zamienione-kurtki-warsztaty", "Piotr Adamczyk <piotr.adamczyk@example.pl>", "Kurtka", "general", "",
"""Dzień dobry, wygląda na to, że po sobotnich warsztatach rzeźbienia w
drewnie zabrałem przez pomyłkę czyjąś kurtkę - granatowa, Columbia,
rozmiar L, w kieszeni bilet PKP z Krakowa. Moja jest bardzo podobna,
tylko ma rozdarcie na lewym rękawie. Może ktoś się zgłaszał? Mogę
podrzucić w tygodniu.
Piotr"""),
("pl", "b161-kurier-bez-domofonu", "Aleksandra Nowak <ola.nowak@example.pl>", "Dostawa", "general", "",
"""Hej, mam prośbę do kuriera przy najbliższej paczce: proszę nie
dzwonić domofonem, mamy w domu noworodka, który śpi jak zając :)
Niech kurier napisze SMS-a, zejdę na dół. Tel. 515 555 904.
Dzięki!
Ola"""),
("pl", "b161-zmiana-nazwiska-slub", "Karolina Lis <karolina.lis@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

Po ślubie zmieniłam nazwisko z Wójcik na Lis. Proszę o zmianę danych
na moim koncie klienta (nr 40187) i na karcie stałego klienta. Adres i
e-mail bez zmian.

Pozdrawiam,
Karolina Lis"""),
("pl", "b161-sponsoring-festyn-osp", "OSP Stare Babice <osp.starebabice@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Starych Babicach organizuje 14 czerwca festyn
rodzinny. Będzie strefa dla dzieci z warsztatami plastycznymi i
chcielibyśmy poprosić o wsparcie - np. kilka zestawów kreatywnych albo
materiały (filc, kleje, pompony). W zamian umieścimy logo Państwa
sklepu na plakatach i podziękujemy ze sceny.

Z poważaniem,
dh Krzysztof Urban
Prezes OSP"""),
("pl", "b161-ochroniarz-awantura-kierownik", "Jolanta Zawadzka <jolanta.zawadzka@example.pl>", "Skandaliczne zachowanie ochrony", "general", "high",
"""Dzień dobry,

W sobotę w Państwa sklepie w Galerii Mokotów ochroniarz zatrzymał mnie
przy wyjściu i kazał przy wszystkich wysypać zawartość torby na ladę,
bo "widział, jak coś chowam". Nie miałam nic poza własnym portfelem i
włóczką z paragonem. Nie przeprosił, a kiedy poprosiłam o nazwisko,
powiedział, że "nie muszę nic mówić" i odwrócił się plecami.

Żądam kontaktu z kierownikiem sklepu i wyjaśnienia, jak to możliwe, że
klientka jest tak traktowana.

Jolanta Zawadzka
tel. 601 555 233"""),
("pl", "b161-antresola-luzna-porecz", "Bartosz Sikora <bartosz.sikora@example.pl>", "Poręcz na antresoli", "general", "high",
"""Dzień dobry,

Przy okazji zakupów w Państwa sklepie z włóczką zauważyłem, że poręcz
na antresoli, tam gdzie stoją regały z bawełną, jest mocno luźna -
przy lekkim oparciu odchyla się kilka centymetrów. Pod spodem jest
strefa kasy, gdzie stoją ludzie, a na górze często bawią się dzieci
klientek.

Powiedziałem o tym sprzedawczyni, ale wolę też napisać.

Bartosz Sikora"""),
("pl", "b161-pilne-parking-kurs", "Monika Kalinowska <monika.kalinowska@example.pl>", "PILNE!!!", "general", "",
"""PILNE - gdzie można zaparkować jadąc na kurs szycia w sobotę? Na
stronie nic nie ma a byłam raz i krążyłam 20 minut. Jest jakiś
parking przy pracowni czy lepiej jechać tramwajem?"""),
("pl", "b161-numer-telefonu-grupa-uodo", "Michał Górecki <michal.gorecki@example.pl>", "Udostępnienie mojego numeru telefonu", "general", "high",
"""Dzień dobry,

Po zapisaniu się na Państwa kurs tapicerstwa zostałem bez mojej zgody
dodany do grupy na WhatsAppie, w której mój numer telefonu widzi
ponad 40 obcych osób. Numer podałem wyłącznie do kontaktu w sprawie
zapisów.

Proszę o natychmiastowe usunięcie mnie z grupy i informację, komu
jeszcze przekazano moje dane. Jeżeli nie otrzymam odpowiedzi w ciągu 7
dni, złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Michał Górecki"""),
("pl", "b161-warsztaty-integracyjne-firma", "Anna Kaczmarczyk <anna.kaczmarczyk@softmaple.example>", "Warsztaty dla zespołu", "general", "",
"""Dzień dobry,

Szukamy pomysłu na wyjście integracyjne dla zespołu (ok. 15 osób) we
wrześniu. Czy organizują Państwo zamknięte warsztaty ceramiczne albo
stolarskie dla firm? Interesuje nas popołudnie w tygodniu, najlepiej z
czymś, co każdy zabierze do domu.

Pozdrawiam,
Anna Kaczmarczyk
HR, Softmaple"""),
("pl", "b161-dzien-dobry-kurs-po-ukrainsku", "Oksana Melnyk <oksana.melnyk@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, mój polski nie jest jeszcze bardzo dobry, przepraszam.
Chcę zapisać się na kurs szycia dla początkujących. Czy instruktorka
mówi trochę po ukraińsku albo po rosyjsku? Albo czy mogę przyjść z
koleżanką, która tłumaczy?
Dziękuję, Oksana"""),
("pl", "b161-bez-ogonkow-certyfikat", "Adrian Wrobel <adrian.wrobel@example.pl>", "certyfikat", "general", "",
"""Dzien dobry, czy po kursie stolarskim dla poczatkujacych dostaje sie
jakis certyfikat albo zaswiadczenie? Potrzebowalbym do urzedu pracy,
bo zmieniam branze. Pozdrawiam, Adrian"""),
("pl", "b161-komis-prace-ceramiczne", "Wiktoria Pietrzak <wiktoria.pietrzak@example.pl>", "Moje prace w Państwa sklepie?", "general", "",
"""Dzień dobry,

Od dwóch lat chodzę do Państwa na zajęcia z ceramiki i uzbierało mi się
sporo misek i kubków. Czy przyjmują Państwo prace uczestników w komis
na półkę w sklepie albo organizują jakiś kiermasz, np. przed
świętami? Chętnie pokażę zdjęcia.

Pozdrawiam,
Wiktoria Pietrzak"""),
]
