# batch54.py -- labelled mails, held out of the tree until the rules it measures are final:
# nothing is tuned or trained on them until they are wired in.
# Kinds of business drawn on: home technology -- smart
# thermostats, robot vacuums, home cinema installers, Wi-Fi mesh
# installers, aerial installers, home automation, door intercoms.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# paid plans ended or paused in other words, outages of a business told
# only by their consequences, safety hazards told calmly, praise and
# thanks, payment questions -- and everyday mail of all three queues.
# 40 mails per language (en, el, es, pl), written separately for each.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b54-thermostat-plan-taken-twice", "Rachel Ingham <rachel.ingham@example.co.uk>", "Comfort+ charged twice", "billing", "",
"""Hi,

I renewed the Comfort+ plan for our thermostat on the 3rd and my bank
statement shows two payments of 59.99 to you on the same day, about a
minute apart. I only clicked once as far as I know. Could you refund
the second one please?

Thanks,
Rachel Ingham"""),
("en", "b54-vacuum-fine-but-dog-hates-it", "Owen Lacey <owen.lacey@example.com>", "Sending the robot back", "billing", "",
"""Hello - just to say up front there's nothing wrong with the robot
vacuum, it works perfectly. The problem is our spaniel, who barks at it
non-stop and now won't come into the kitchen while it's running. We've
had it 12 days. If I send it back in the original box, do I get the
full 329 back, and do I have to pay the courier?

Owen"""),
("en", "b54-mesh-quote-245-not-180", "Siobhan Keane <siobhan.keane@example.ie>", "Invoice MW-2291", "billing", "",
"""Hi there,

Your lad did a grand job on the mesh system in our house in Ballincollig
last Tuesday, no complaints there. But the quote I accepted was EUR 180
all in, and the invoice that came yesterday says EUR 245 - there's an
"additional node" and "cable run" on it. Nobody mentioned either of
those on the day and I didn't agree to them. Can someone look at that
before I pay it?

Siobhan"""),
("en", "b54-aerial-pub-vat-invoice", "The Plough Inn <accounts@plough-inn.example.co.uk>", "Paperwork for the aerial job", "billing", "",
"""Good afternoon,

You put up a new aerial and a four-way amplifier for us at the Plough
on 19 February (job ref 7720). I paid the engineer 260.00 by card on
the day but only got a card slip. Our accountant needs a proper VAT
invoice addressed to Plough Inn Ltd, VAT no. GB 123 4567 89. Could you
email one over?

Many thanks,
Graham Tolley
Landlord"""),
("en", "b54-mums-house-empty-camera-plan", "Patricia Doyle <pat.doyle@example.co.uk>", "Mum's doorbell camera", "billing", "",
"""Hello,

My mother went into Ashgrove care home last month and won't be going
back to the bungalow. Nobody is living there now, so there's no point
keeping the doorbell camera recording on her account - the 4.99 a month
can stop. The account is in her name (Margaret Doyle, 22 Elm Rise,
Chesterfield); I have power of attorney if you need to see it.

Patricia Doyle"""),
("en", "b54-beach-house-hub-winter", "Mick Carmody <mick.carmody@example.com.au>", "Lorne house", "billing", "",
"""G'day,

We lock up the beach house at Lorne from the end of May until
September and nobody goes near it. Is there a way to put the home
automation hub plan on hold for those months rather than paying
AUD 14.95 a month for lights nobody is switching on? Happy to keep the
hardware plugged in if that matters.

Cheers,
Mick"""),
("en", "b54-society-intercom-emi", "Secretary Green Meadows CHS <secretary@greenmeadows-chs.example.in>", "Video door phone for 48 flats - payment terms", "billing", "",
"""Dear Sir/Madam,

With reference to your quotation no. GM/VDP/118 for video door phones
for our society (48 flats, 2 wings, Baner, Pune) amounting to Rs.
4,86,000 including installation, the managing committee has approved
the work.

Kindly let us know whether the amount can be paid in 3 or 4
instalments, and whether the first instalment is required before the
material is delivered. We will also require a GST invoice in the name
of the society.

Thanking you,
Anil Deshpande
Hon. Secretary"""),
("en", "b54-hello-pensioner-discount", "Frank Ellison <frank.ellison@example.org>", "Hello", "billing", "",
"""Hello,

My wife and I are thinking of having the home cinema package put in
the back room. Do you give anything off for pensioners? We are both
over 75. And can it be paid half now and half when it's done?

Yours,
Frank Ellison"""),
("en", "b54-re-cinema-deposit-still-waiting", "Harriet Vance <harriet.vance@example.co.uk>", "Re: Your booking HC-4471", "billing", "",
"""Hi Dan,

It's now three weeks since this and the 400 hasn't come back to my
card. Could you check it actually went through?

Harriet

On 2 May 2024, at 10:12, Dan Pryor <bookings@example-cinemafit.co.uk> wrote:
> Hi Harriet,
>
> Sorry to hear the loft conversion has been pushed back. I've cancelled
> the cinema room installation booked for 14 June and refunded your
> deposit of 400.00 to the card you paid with. It should show within
> 5-7 working days.
>
> Kind regards,
> Dan"""),
("en", "b54-renewal-after-cancel-manager", "Desmond Hart <desmond.hart@example.co.uk>", "Charged AGAIN after cancelling", "billing", "high",
"""I cancelled the thermostat Premium plan in the app on 28 January. I
have the confirmation screen. On 1 March you took 79.99 from my account
for another year.

I have been on the chat twice. The first person said it would be
refunded in 48 hours, the second said there is no record of the
cancellation. That was ten days ago.

I want a manager to ring me, not another chat agent. 07700 900413,
any time after 4.

D. Hart"""),
("en", "b54-vacuum-refund-small-claims", "Gillian Reeve <gillian.reeve@example.co.uk>", "Refund for returned robot vacuum - order 55102", "billing", "high",
"""Dear Sir or Madam,

I returned the robot vacuum from order 55102 on 11 March within the
30-day return period. Royal Mail tracking shows it was signed for at
your warehouse on 13 March. I have still not received my refund of
449.00, and three emails have gone unanswered.

Unless the full amount is refunded within 7 days of this email I will
start a claim through the small claims court without further notice.

Yours faithfully,
Gillian Reeve"""),
("en", "b54-installer-no-show-amex", "Tyler Brooks <tyler.brooks@example.com>", "Paid $349 for nothing", "billing", "high",
"""I prepaid $349 on your site for a "whole home mesh install" which
was booked for last Saturday 9-12. Nobody came. Nobody called. I took
the morning off for this. I called Monday and was told someone would
"reach out." No one has.

I'm not rebooking. I want the $349 back. If I don't see it by Friday
I'm filing a dispute with Amex and they can get it back for me.

Tyler Brooks
Columbus, OH"""),
("en", "b54-code-accepted-full-price", "Naomi Fraser <naomi.fraser@example.com>", "SPRING15", "billing", "",
"""Hi, I used SPRING15 when I ordered the smart thermostat starter kit on
Sunday. The basket showed it going from 199 down to 169.15, but the
confirmation email and my card both say 199.00. Can you refund the
29.85 difference? Order 61877.
Naomi"""),
("en", "b54-vacuum-forgets-map", "Jenna Morales <jenna.morales@example.com>", "Robot keeps forgetting the house", "technical", "",
"""Hey,

Ever since the update last week, our robot vacuum forgets the floor
plan every couple of days. It starts "mapping" again from scratch, the
no-go zones I drew around the kids' Lego are gone, and yesterday it ate
half a Lego set. I've rebooted the dock and re-saved the map twice. Is
there a fix or do I roll back the firmware somehow?

Jenna (Phoenix, AZ)"""),
("en", "b54-not-billing-app-crash", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Regarding my account", "technical", "",
"""Dear Team,

Kindly note this is not regarding billing, my payment is fine. The
issue is that the thermostat app is crashing immediately on opening
since yesterday's update. I am using a Samsung phone with Android 14.
I have uninstalled and reinstalled but it is the same. Kindly do the
needful as I am not able to change the temperature from the app.

Regards,
Venkatesh Iyer
Chennai"""),
("en", "b54-mesh-satellite-red", "Ciaran Walsh <ciaran.walsh@example.ie>", "upstairs wifi", "technical", "",
"""hi, the mesh point in the kids room upstairs has gone solid red since
Sunday and there's no wifi up there at all. the one downstairs is white
and fine. unplugged it, moved it closer, no change. any ideas before i
start pulling my hair out
Ciaran"""),
("en", "b54-aerial-breaks-up-windy", "Keith Ramsden <keith.ramsden@example.co.uk>", "New aerial", "technical", "",
"""Dear Sirs,

Your engineer fitted a new aerial to our chimney on 8 April. Since then
the BBC channels break up into squares and freeze whenever it is windy,
which in Scarborough is most days. ITV and Channel 4 are not so bad. We
never had this with the old aerial. Could somebody come back and have a
look at it?

K. Ramsden"""),
("en", "b54-intercom-they-cant-hear", "Lauren Pike <lauren.pike@example.co.uk>", "Door intercom", "technical", "",
"""Hi,

The video intercom you fitted in March: I can see and hear whoever is at
the gate, but they can't hear me at all. The postman just stands there
looking at the panel. Volume on the indoor screen is at maximum.

Lauren Pike"""),
("en", "b54-rear-speakers-not-money-back", "Bec Hollis <bec.hollis@example.com.au>", "Surround sound", "technical", "",
"""Hi guys,

Before anyone offers - I don't want a refund, the system sounds amazing
when it works and I'd rather just have it fixed.

Your installer set up our 5.1 system in Brisbane a fortnight ago. The
two rear wireless speakers cut out for a few seconds every 10 minutes or
so, usually right in the middle of something. The little light on the
back goes from white to orange and then back. Front and centre speakers
are fine the whole time.

Bec"""),
("en", "b54-order-number-2fa-never-arrives", "Howard Chen <howard.chen@example.com>", "Order 40418", "technical", "",
"""I'm trying to log in to set up the smart plugs from order 40418 and it
keeps asking for the 6-digit code it texts me. The text never comes.
Tried "resend" five times over two days. The number on the account is
correct.
Howard"""),
("en", "b54-plugs-offline-new-broadband", "Sunita Rao <sunita.rao@example.co.uk>", "All plugs offline", "technical", "",
"""Hello,

We switched broadband provider last week and got a new router. Since
then all eight smart plugs and the two bulbs show as "offline" in the
app. I gave the new router the same network name and password as the
old one, which my son said should work, but it hasn't. Do I have to set
every single one up again?

Sunita"""),
("en", "b54-blinds-open-at-four", "Alistair Munro <alistair.munro@example.co.uk>", "Blinds", "technical", "",
"""Since the clocks went forward the bedroom blinds open at 4 in the
morning instead of 7. The schedule in the app still says 07:00 and the
time zone is set to London. We've been woken up at dawn four days
running. Please help.

Alistair"""),
("en", "b54-dad-thermostat-blank-snow", "Morag Duncan <morag.duncan@example.co.uk>", "My father's heating", "technical", "high",
"""Hello,

My father is 86 and lives on his own in Aberdeen. The smart thermostat
you installed for him in October has gone blank - nothing on the screen
at all - and the boiler will not come on, either from the thermostat or
from the app, which says "device offline". It is minus 4 outside
tonight and the house is getting very cold. He has a couple of electric
heaters but he is frail and I am in Glasgow.

Is there any way to override it so the boiler runs, or can someone get
out to him tomorrow? My number is 07700 900288.

Morag Duncan"""),
("en", "b54-intercom-burning-smell-wisp", "Edward Nkemelu <edward.nkemelu@example.co.uk>", "Hallway intercom unit", "technical", "high",
"""Good evening,

I thought I should let you know about something with the intercom
handset you fitted in our hallway. This evening there was a smell like
burning plastic near it and when I looked closely there was a thin
wisp of smoke coming from the vent on the underside. The front of the
case is warm to the touch. I have switched it off at the fused spur and
the smell has gone.

Could you tell me what to do next? We'd like someone to look at it,
no particular rush, we can use our phones for the door in the meantime.

Regards,
Edward Nkemelu"""),
("en", "b54-guesthouse-keypads-guests-outside", "Ashbrook House <stay@ashbrookhouse.example.ie>", "Keypads", "technical", "high",
"""Hi,

None of the room codes we've issued since midday are working on the
front door or the bedroom doors. The keypads just flash red. I have a
couple with a baby sitting in the lounge since 3 o'clock who can't get
into their room, four more arrivals due this evening, and I'm having to
let people in and out of the front door by hand. The booking system
says the codes were sent to the locks.

Please ring me on 087 000 4412 as soon as you can.

Niamh Brennan
Ashbrook House, Kinsale"""),
("en", "b54-vacuum-battery-bulging", "Rebecca Stone <rebecca.stone@example.com>", "Robot vacuum battery", "technical", "high",
"""Hi,

Our robot vacuum stopped charging a couple of days ago, so I turned it
over today to check the brushes. The bottom plate by the battery cover
is bowed outwards and the cover won't sit flat any more. The dock was
quite hot when I unplugged it. I've put the robot on the patio away from
anything that could burn. It's about 14 months old.

What should I do with it?

Rebecca"""),
("en", "b54-mesh-third-visit-supervisor", "Arjun Malhotra <arjun.malhotra@example.co.uk>", "Wi-Fi install - third visit, still dropping", "technical", "high",
"""This is the third time I am writing.

Your technicians have now been out three times (12 Feb, 26 Feb, 8 Mar)
for the mesh system that drops every device in the house every evening
between 7 and 10. Each time they reset it, say it is fine and leave. I
work from home and my calls drop daily.

I am not booking a fourth visit with the same team. I want this passed
to a supervisor or someone senior who can decide whether the hardware
gets replaced. Please confirm who is handling it.

Arjun Malhotra"""),
("en", "b54-thanks-darren-gran-channels", "Leanne Hopkins <leanne.hopkins@example.co.uk>", "Thank you", "general", "",
"""Hiya,

Just wanted to say a big thank you to Darren who put the new aerial up
at my nan's in Barnsley on Friday. Not only did he do the aerial, he sat
with her and retuned the telly, wrote down which number is which channel
in big writing and stuck it to the side of the TV. She's 91 and she was
made up. Proper gent.

Leanne"""),
("en", "b54-installer-smoked-patio", "Caroline Ashworth <caroline.ashworth@example.co.uk>", "Your installer's behaviour", "general", "",
"""Hello,

The system itself is working, so this isn't about that. I want to
complain about the man who came to fit our home automation panels on
Wednesday. He walked through the house in muddy boots after I asked him
twice to take them off, smoked on our patio next to the children's
paddling pool, and was on speakerphone swearing for most of the
afternoon. It wasn't pleasant and I'd like you to know.

Caroline Ashworth"""),
("en", "b54-showroom-demo-room-saturday", "Tom Beckwith <tom.beckwith@example.com>", "Leeds showroom", "general", "",
"""Is the Leeds showroom open on Saturdays, and can you just walk in to
see the demo cinema room or do you need an appointment?
Cheers, Tom"""),
("en", "b54-new-email-address", "Joyce Whitfield <joyce.whitfield@example.net>", "Change of email", "general", "",
"""Dear Sir,

Please change the email address on my account from
joyce.w1952@example.org to this one, joyce.whitfield@example.net. The old
one will be closed at the end of the month.

Account holder: Mrs Joyce Whitfield, 3 Orchard Close, Taunton.

Thank you.
Joyce Whitfield"""),
("en", "b54-data-request-thermostat-camera", "Daniel Okafor <daniel.okafor@example.co.uk>", "Subject access request", "general", "",
"""To the Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including the temperature and occupancy history recorded by my
thermostat, any doorbell camera clips stored on your servers, and any
notes from calls or chats. My account email is this address.

Please also tell me how long you keep the camera clips.

Daniel Okafor"""),
("en", "b54-installer-left-drill", "Sarah Quigley <sarah.quigley@example.ie>", "Left behind", "general", "",
"""Hi, the two lads who did our mesh install in Drumcondra yesterday left
a cordless drill and a small case of bits in our hall cupboard. It looks
expensive, I'm sure someone's missing it! Will someone call by for it
or should I drop it somewhere?
Sarah"""),
("en", "b54-robot-delivery-number-14", "Ken Whittaker <ken.whittaker@example.com>", "Delivery Thursday", "general", "",
"""Hi, the robot vacuum is due Thursday and we're both at work. Please
can the driver leave it with the neighbour at number 14 (Mrs Patel),
she's home all day. Don't leave it on the step, we've had parcels
pinched before.
Thanks, Ken"""),
("en", "b54-question-old-combi-boiler", "Ruth Lawson <ruth.lawson@example.org>", "Question", "general", "",
"""Hello, before I buy - will your smart thermostat work with a Worcester
combi boiler from about 2009? It has a wired room stat at the moment.
And does it need Wi-Fi all the time, or does it still keep the heating
going if the internet is off?
Ruth"""),
("en", "b54-footy-club-sponsor", "Brett Fenwick <secretary@corowa-juniors.example.com.au>", "Sponsorship - Corowa Junior Footy", "general", "",
"""Hi there,

I'm the volunteer secretary at Corowa Junior Football Club. We're
looking for a couple of local businesses to sponsor our under-12s
jumpers next season - your logo would go on the back and on our
Facebook page. Would your Albury branch be interested? Happy to send
through the packages.

Thanks heaps,
Brett Fenwick"""),
("en", "b54-urgent-bank-holiday-open", "Marcus Heald <marcus.heald@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - ARE YOU OPEN ON BANK HOLIDAY MONDAY??? Need to pick up the
soundbar mount I ordered for click and collect, Stockport branch.
Cheers"""),
("en", "b54-crew-killed-it", "Jordan Pierce <jordan.pierce@example.com>", "you guys killed it", "general", "",
"""Honestly your crew absolutely killed it on Saturday. Projector,
screen, the whole 7.1 setup and every cable hidden in the walls. The
basement looks insane, my buddies are already fighting over who gets the
recliners for the game. Tell Marco and Deshawn they're legends.

Jordan (Naperville, IL)"""),
("en", "b54-showroom-cable-father-tripped", "Hannah Booth <hannah.booth@example.co.uk>", "Your Reading showroom", "general", "high",
"""Hello,

I wanted to let you know about something at your Reading showroom. In
the home cinema demo room there is a thick black cable running across
the floor between the rack and the front row of seats, in the dark. My
father, who is 79, caught his foot on it on Saturday and fell against
the seat arm. He's bruised but fine, thankfully. The staff were kind.

It's still there as far as I know, and someone less lucky could break
a hip. Could it be taped down or moved?

Hannah Booth"""),
("en", "b54-installer-shouted-mother-manager", "Philip Garrow <philip.garrow@example.co.uk>", "Complaint - engineer at my mother's house 4 June", "general", "high",
"""I am writing about the engineer who attended my mother's house in
Worthing on 4 June to look at her door entry system.

My mother is 82 and hard of hearing. She asked him to repeat himself
and he shouted at her, called her "hopeless" and left without finishing,
slamming the door. She rang me in tears. The door entry system is
not the issue here, a neighbour has since sorted it.

I want a call from the service manager, and I want to know what will be
done about this man. My mother will not have him in the house again.

Philip Garrow"""),
# ---------------- Greek ----------------
("el", "b54-keraia-metrita-kai-karta", "Σταύρος Λιάκος <stavros.liakos@example.gr>", "Εγκατάσταση κεραίας 12/3", "billing", "",
"""Καλησπέρα σας,

Στις 12 Μαρτίου ήρθε ο τεχνικός σας και τοποθέτησε καινούρια κεραία
στην ταράτσα μας στη Νέα Σμύρνη. Του πλήρωσα 140€ μετρητά επί τόπου και
μου έδωσε απόδειξη. Σήμερα όμως είδα ότι χρεώθηκε και η κάρτα που είχα
δηλώσει στην κράτηση με τα ίδια 140€.

Σας παρακαλώ να ακυρώσετε/επιστρέψετε τη χρέωση της κάρτας. Μπορώ να
σας στείλω φωτογραφία της απόδειξης.

Σταύρος Λιάκος"""),
("el", "b54-gl-skylos-efyge-kamera", "Roula Papadaki <roula.papadaki@example.gr>", "h kamera tou Mpoumpou", "billing", "",
"""Kalhspera,
o Mpoumpous, o skylos mas, efyge apo th zwh thn perasmenh evdomada
sta 14 tou. H kamera me ta kerasmata pou eixame gia na ton vlepoume
otan eimaste sth douleia den exei pia nohma. Parakalw stamathste th
syndromh twn 5,99 to mhna, den 8a th xreiastoume allo.
Eyxaristw
Roula"""),
("el", "b54-timologio-iatreio-afm", "Ιατρειο Δρ. Καραλη <iatreio.karali@example.gr>", "Τιμολογιο αντι για αποδειξη", "billing", "",
"""Καλημερα σας,

Την περασμενη Πεμπτη εγινε η εγκατασταση του συστηματος αυτοματισμου
(φωτα, ρολα, κλιματισμος) στο ιατρειο μας στην Καλαμαρια, παραγγελια
αρ. 3318. Μας εκοψατε αποδειξη λιανικης ενω χρειαζομαστε τιμολογιο
παροχης υπηρεσιων.

Στοιχεια: Καραλης Αθανασιος, Ιατρος Καρδιολογος
ΑΦΜ 123456789, ΔΟΥ Καλαμαριας
Μεγαλου Αλεξανδρου 41, 55132 Θεσσαλονικη

Ευχαριστω,
Ελενη, γραμματεια"""),
("el", "b54-doseis-thermostatis-skoupa", "Χρυσάνθη Μελετίου <chrysa.meletiou@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας,

Θέλω να πάρω μαζί τον έξυπνο θερμοστάτη με την εγκατάσταση (239€) και
τη ρομποτική σκούπα με σφουγγάρισμα (549€). Μπορώ να τα πληρώσω σε
άτοκες δόσεις με πιστωτική; Αν ναι, μέχρι πόσες, και ισχύει και για την
εγκατάσταση ή μόνο για τα προϊόντα;

Ευχαριστώ,
Χρυσάνθη"""),
("el", "b54-gl-skoupa-den-xwraei-kanapes", "Manos Dimou <manos.dimou@example.gr>", "epistrofh", "billing", "",
"""Geia sas, phra prin 6 meres thn rompotikh skoupa (paraggelia 90127).
Na to pw apo thn arxh, douleuei mia xara, den exei kanena provlhma.
Apla den xwraei katw apo ton kanape kai to krevati, pou einai oi
mones shmeia pou mazeuoun skonh sto spiti mas. Thelw na thn
epistrepsw kai na parw ta lefta pisw. Thn exw sto kouti ths. Pws
ginetai h diadikasia kai ta metaforika ta plhrwnw egw?
Manos"""),
("el", "b54-metakomisi-monaxo-apomakrysmeni", "Αλέξανδρος Ζαχαρίου <alex.zachariou@example.gr>", "Μετακόμιση", "billing", "",
"""Καλησπέρα,

Από τον Σεπτέμβριο μετακομίζουμε οικογενειακώς στο Μόναχο για δουλειά
και το διαμέρισμα στο Χαλάνδρι θα το νοικιάσουμε άδειο. Το πακέτο
απομακρυσμένης πρόσβασης του συστήματος αυτοματισμού (12€/μήνα) δεν θα
μας χρειάζεται πια, οπότε να μη συνεχιστεί μετά τις 31 Αυγούστου.

Τον εξοπλισμό τον αφήνουμε στο σπίτι για τους ενοικιαστές, αν
θελήσουν ας κάνουν δικό τους λογαριασμό.

Αλέξανδρος Ζαχαρίου"""),
("el", "b54-re-prosfora-home-cinema-metrita", "Πέτρος Βλάχος <petros.vlachos@example.gr>", "Re: Προσφορα home cinema - σαλονι", "billing", "",
"""Καλησπερα κ. Σαρρη,

Ευχαριστουμε για την προσφορα, ειναι μεσα σε αυτο που υπολογιζαμε.
Αν πληρωσουμε ολο το ποσο με καταθεση πριν την εγκατασταση, γινεται
καποια εκπτωση; Και το υπολοιπο ποσο που γραφετε "με την παραδοση"
εννοειτε την ημερα που τελειωνει ο τεχνικος;

Πετρος Βλαχος

Στις Τετ, 17 Απρ 2024 στις 1:20 μ.μ., ο/η Γιώργος Σαρρής <prosfores@example-hometheater.gr> έγραψε:
> Κύριε Βλάχο,
>
> Όπως συζητήσαμε, σας στέλνω την προσφορά για προβολέα 4K, οθόνη 120",
> σύστημα 5.1.2 και εγκατάσταση με εντοιχισμό καλωδίων: 4.380€ με ΦΠΑ.
> Προκαταβολή 30% με την ανάθεση, υπόλοιπο με την παράδοση.
>
> Με εκτίμηση,
> Γιώργος Σαρρής"""),
("el", "b54-gl-dwroepitagh-mesh-goneis", "Eleni Karra <eleni.karra@example.gr>", "erwthsh", "billing", "",
"""Geia sas!
Oi goneis mou sto Agrinio exoun wifi mono sthn kouzina kai o mpampas
vlepei ajax sto kinhto ston khpo xwris shma :) Thelw na tous kanw dwro
gia thn epeteio tous ena mesh me thn egkatastash. Kanete dwroepitages?
Kai an nai, plhrwnetai me karta online h prepei na er8w se katasthma?
Eleni"""),
("el", "b54-ypovathmisi-premium-basic", "Ιφιγένεια Ρήγα <ifigeneia.riga@example.gr>", "Αλλαγή πακέτου θερμοστάτη", "billing", "",
"""Καλησπέρα,

Έχουμε το πακέτο Premium του θερμοστάτη (6,90€/μήνα) εδώ και έναν
χρόνο. Τελικά δεν χρησιμοποιούμε ούτε το geofencing ούτε τις αναφορές
κατανάλωσης, μόνο το πρόγραμμα ωρών. Θα ήθελα να περάσω στο Basic από
τον επόμενο μήνα. Θα χάσω το ιστορικό ή μόνο τις επιπλέον λειτουργίες;

Ιφιγένεια Ρήγα"""),
("el", "b54-dyo-xreoseis-episkepsis-proistamenos", "Κωνσταντίνος Αναστασίου <k.anastasiou@example.gr>", "Διπλή χρέωση επίσκεψης - θέλω προϊστάμενο", "billing", "high",
"""Κύριοι,

Για την επίσκεψη του τεχνικού στις 6/5 (ρύθμιση mesh, μία ώρα όλη κι
όλη) με χρεώσατε 55€ δύο φορές στην κάρτα. Από τις 8/5 έχω μιλήσει
τέσσερις φορές με το τηλεφωνικό σας κέντρο. Κάθε φορά "θα προωθηθεί
στο λογιστήριο" και κάθε φορά δεν γίνεται τίποτα.

Δεν θέλω να ξαναμιλήσω με το κέντρο. Ζητώ να με καλέσει ο προϊστάμενος
του τμήματος εξυπηρέτησης μέσα στην εβδομάδα, 6944 000 215.

Κωνσταντίνος Αναστασίου"""),
("el", "b54-prokatavoli-thyrotilefona-synigoros", "Διαχείριση Πολυκατοικίας Ερμού 22 <diax.ermou22@example.gr>", "Προκαταβολή 500€ - θυροτηλέφωνα", "billing", "high",
"""Αξιότιμοι κύριοι,

Ως διαχειριστής της πολυκατοικίας επί της οδού Ερμού 22 στη Λάρισα σας
κατέθεσα στις 15 Φεβρουαρίου προκαταβολή 500,00€ για την αντικατάσταση
των θυροτηλεφώνων των 14 διαμερισμάτων. Η εργασία ορίστηκε για τις 10
Απριλίου. Δεν εμφανίστηκε κανείς, και από τότε ούτε απαντάτε στα
τηλέφωνα.

Οι ένοικοι αποφάσισαν στη γενική συνέλευση να αναθέσουμε την εργασία
αλλού. Ζητούμε την επιστροφή των 500,00€ στον λογαριασμό της
πολυκατοικίας εντός 10 ημερών. Σε αντίθετη περίπτωση θα υποβάλουμε
καταγγελία στον Συνήγορο του Καταναλωτή και θα κινηθούμε νομικά.

Για τη διαχείριση,
Ηλίας Τσιάμης"""),
("el", "b54-gl-syndromh-pou-den-zhthsa-trapeza", "Thanos K. <thanos.kyr@example.gr>", "9.99 KA8E MHNA", "billing", "high",
"""Kalhmera. Edw kai 4 mhnes me xrewnete 9,99 to mhna gia kapoio
"Cloud Plus" pou den zhthsa pote. Phra mia kamera eswterikou xwrou, thn
syndesa, telos. Sto app den vriskw pouthena koumpi akyrwshs. Sas exw
steilei hdh 2 fores. Stamathste to kai epistrepste ta 39,96. An den
ginei mexri thn Paraskeuh kanw amfisvhthsh xrewshs sthn trapeza gia
oles tis xrewseis.
Thanos Kyriakidis"""),
("el", "b54-gl-fthinotero-katasthma-larisa", "Vasilis Mpakas <vasilis.mpakas@example.gr>", "timh thermostath", "billing", "",
"""Kalhmera, o idios thermostaths pou phra apo to site sas prin 3 meres
me 189e, sto katasthma sas sth Larisa ton eida xthes me 159e. Ginetai na
mou epistrepsete th diafora h prepei na ton epistrepsw kai na ton
ksanagorasw? Exw thn apodeiksh kai photo apo thn etiketa.
Vasilis"""),
("el", "b54-skoupa-krossia-xali", "Μαρία Κουτσούκου <maria.koutsoukou@example.gr>", "Ρομποτική σκούπα", "technical", "",
"""Καλημέρα,

Η ρομποτική σκούπα μπερδεύεται κάθε φορά στα κρόσσια του χαλιού στο
σαλόνι και σταματάει με το μήνυμα "Η κύρια βούρτσα έχει μπλοκάρει".
Επίσης τις τελευταίες μέρες δεν βρίσκει τη βάση της όταν τελειώσει και
μένει στη μέση του διαδρόμου με άδεια μπαταρία. Η βάση είναι στο ίδιο
σημείο από την αρχή. Μπορώ να κάνω κάτι;

Μαρία"""),
("el", "b54-gl-mesh-ps5-grafeio", "Giorgos Fotiou <giorgos.fotiou@example.gr>", "wifi sto grafeio", "technical", "",
"""geia, exw to mesh 3 komvwn pou mou valate ton Ianouario. sto saloni
ola kala, alla sto grafeio pou einai sto katw patwma to PS5 kai to
laptop xanoun to shma ka8e 10-15 lepta gia ena lepto peripou. o komvos
tou grafeiou deixnei leuko fws. dokimasa na ton metakinhsw pio konta
stis skales, idio. mhpws 8elei kalwdio anamesa stous komvous?"""),
("el", "b54-ert-kanalia-volos", "Απόστολος Γκούμας <apostolos.goumas@example.gr>", "Κανάλια μετά την κεραία", "technical", "",
"""Καλησπέρα σας,

Την Παρασκευή ο τεχνικός σας άλλαξε την κεραία στο σπίτι μας στον
Βόλο, στα Άλσος. Από τότε πιάνουμε όλα τα ιδιωτικά κανάλια, αλλά τα
κανάλια της ΕΡΤ (ΕΡΤ1, ΕΡΤ2, ΕΡΤ3) δεν εμφανίζονται καθόλου, ούτε
μετά από νέα αναζήτηση στην τηλεόραση. Πριν την αλλαγή τα βλέπαμε.

Μπορεί να ξανάρθει να το δει;

Απόστολος Γκούμας"""),
("el", "b54-thyrotilefono-den-anoigei-kleidaria", "Νικολετα Σπανου <nikoleta.spanou@example.gr>", "Θυροτηλεφωνο", "technical", "",
"""Γεια σας,

Το θυροτηλεφωνο με καμερα που μας βαλατε τον Μαρτιο στην μονοκατοικια
στο Πικερμι δουλευει κανονικα για εικονα και ηχο, αλλα οταν πατας το
κουμπι με το κλειδακι η ηλεκτρικη κλειδαρια της αυλοπορτας δεν
ανοιγει. Ακουγεται ενα μικρο κλικ απο την οθονη και τιποτα αλλο.
Ανοιγουμε με το κλειδι προς το παρον.

Νικολετα"""),
("el", "b54-gl-den-einai-xrewsh-thermokrasia", "Kostas Rallis <kostas.rallis@example.gr>", "logariasmos", "technical", "",
"""Kalhspera, na pw apo thn arxh oti den grafw gia xrewsh h gia
akyrwsh, o logariasmos mou einai ok kai den thelw na ton kleisw.
To provlhma einai oti sto app o thermostaths deixnei "--" anti gia
thermokrasia edw kai 3 meres, kai to programma ths 8ermanshs den
trexei, anavw to kalorifer me to xeri. Sto idio to thermostath sthn
o8onh h thermokrasia fainetai kanonika (21,5).
Kwstas"""),
("el", "b54-paraggelia-link-lixi", "Δέσποινα Αργυροπούλου <despoina.argyro@example.gr>", "Παραγγελία 58213", "technical", "",
"""Καλησπέρα, προσπαθώ να μπω στον λογαριασμό μου για να δω τις ρυθμίσεις
της κάμερας που αγόρασα με την παραγγελία 58213. Ξέχασα τον κωδικό και
πάτησα "Ξέχασα τον κωδικό μου", αλλά κάθε σύνδεσμος που μου στέλνετε
λέει "Ο σύνδεσμος έχει λήξει" μόλις τον ανοίξω, ακόμα κι αν τον πατήσω
αμέσως. Το έκανα τρεις φορές.
Δέσποινα"""),
("el", "b54-provolaias-enisxytis-no-signal", "Λεωνίδας Καραμπέτσος <leonidas.karampetsos@example.gr>", "Home cinema - no signal", "technical", "",
"""Καλησπέρα,

Μετά την εγκατάσταση του home cinema στο υπόγειο, όλα δούλευαν μέχρι
το Σάββατο. Από την Κυριακή ο προβολέας γράφει "No signal" όταν
ανάβω τον ενισχυτή. Αν συνδέσω το Apple TV κατευθείαν στον προβολέα με
το ίδιο καλώδιο, παίζει. Δηλαδή μάλλον είναι η έξοδος του ενισχυτή;
Δοκίμασα και την άλλη έξοδο HDMI, τα ίδια.

Λεωνίδας"""),
("el", "b54-fota-den-ta-vriskei-voithos", "Στελιος Παππας <stelios.pappas@example.gr>", "Φωτα και φωνητικος βοηθος", "technical", "",
"""Καλημερα,

Απο χθες ο φωνητικος βοηθος μας λεει "η συσκευη δεν αποκρινεται" για
ολα τα φωτα του σπιτιου. Μεσα απο τη δικη σας εφαρμογη ανοιγοκλεινουν
κανονικα. Αφαιρεσα και ξαναπροσθεσα τη συνδεση των δυο εφαρμογων, τα
ιδια. Εχει αλλαξει κατι απο τη μερια σας;

Στελιος"""),
("el", "b54-gl-re-firmware-e5", "Dimitra Lazou <dimitra.lazou@example.gr>", "Re: Aithma 77120 - skoupa", "technical", "",
"""Kalhspera,
ekana to update opws mou grapsate, twra exei thn teleutaia ekdosh.
Alla to E5 synexizei na vgainei meta apo 5 lepta katharismatos kai h
skoupa stamataei. Ti allo na dokimasw?
Dhmhtra

Stis Trit, 21 Mai 2024 stis 10:05 p.m., o/h Texnikh Yposthrixh <support@example-robotclean.gr> egrapse:
> Agaphth kyria Lazou,
>
> To sfalma E5 syndeetai synh8ws me palia ekdosh logismikou. Parakaloume
> enhmerwste th skoupa apo thn efarmogh (Rythmiseis > Enhmerwsh) kai
> enhmerwste mas an synexizetai.
>
> Me ektimhsh,
> Tasos"""),
("el", "b54-kleidaria-nosileftria-pateras", "Αγγελική Σιδηροπούλου <angeliki.sid@example.gr>", "Δεν μπορεί να μπει η νοσηλεύτρια", "technical", "high",
"""Καλημέρα,

Ο πατέρας μου είναι κατάκοιτος και μένει μόνος του στην Κηφισιά. Η
νοσηλεύτρια έρχεται κάθε πρωί στις 8 για την ινσουλίνη και την
αλλαγή. Η έξυπνη κλειδαριά που μας τοποθετήσατε τον Ιανουάριο από
σήμερα το πρωί δεν δέχεται κανέναν κωδικό, η οθόνη δεν ανάβει καν, και
η εφαρμογή τη δείχνει εκτός σύνδεσης. Μηχανικό κλειδί δεν έχει, έτσι
μας την είχατε προτείνει.

Η νοσηλεύτρια περιμένει έξω από τις 8. Χρειαζόμαστε κάποιον τώρα.
6977 000 341.

Αγγελική Σιδηροπούλου"""),
("el", "b54-exypni-priza-mavrise", "Γιαννης Τσολακης <giannis.tsolakis@example.gr>", "Εξυπνη πριζα", "technical", "high",
"""Καλησπερα σας,

Θελω να σας ενημερωσω για μια απο τις εξυπνες πριζες που αγορασα απο
σας τον Νοεμβριο. Ειχα πανω της τον ηλεκτρικο θερμοσιφωνα του
μπανιου. Σημερα το απογευμα μυρισε καμενο στον διαδρομο, και οταν την
εβγαλα απο τον τοιχο ειδα οτι το πλαστικο γυρω απο τη μια υποδοχη ειχε
μαυρισει και λιωσει λιγο. Η πριζα του τοιχου ειναι ενταξει.

Δεν χρησιμοποιω καμια απο τις υπολοιπες τρεις μεχρι να μου πειτε τι να
κανω.

Γιαννης Τσολακης"""),
("el", "b54-gl-kafeteria-pos-wifi", "Kafe Ammos <info@kafe-ammos.example>", "to wifi pali", "technical", "high",
"""Kalhmera, to mesh pou mas egkatasthsate sthn kafeteria sth Glyfada
peftei apo tis 10 to prwi. Ta POS den pernane kartes, oi paraggelies apo
ta tablet twn servitorwn den ftanoun sthn kouzina kai to bar, kai
kathe deutero trapezi mas lei oti den exei metrhta kai fevgei. Kuriakh
meshmeri einai h kalyterh mera ths evdomadas. Exoume kanei
epanekkinhsh olous tous komvous 3 fores.
Pareti thlefwno to 210 000 5521 (Nikos) amesws parakalw."""),
("el", "b54-thyrotilefona-24-diamerismata", "Σοφία Μαυρίδου <sofia.mavridou@example.gr>", "Είσοδος πολυκατοικίας Τσιμισκή", "technical", "high",
"""Καλησπέρα,

Από χθες το βράδυ το σύστημα θυροτηλεφώνων που εγκαταστήσατε στην
πολυκατοικία μας (Τσιμισκή 118, Θεσσαλονίκη, 24 διαμερίσματα) έχει
νεκρώσει. Κανένα διαμέρισμα δεν μπορεί να ανοίξει την κεντρική είσοδο,
τα κουδούνια δεν χτυπάνε, και η πόρτα μένει κλειστή. Τα παιδιά που
γυρίζουν από το σχολείο, οι κούριερ και ο γιατρός μιας ηλικιωμένης
ενοίκου στον 5ο περιμένουν στο πεζοδρόμιο μέχρι να κατέβει κάποιος.
Έχουμε αφήσει προσωρινά την πόρτα στερεωμένη ανοιχτή με ένα τούβλο.

Σοφία Μαυρίδου, διαχειρίστρια"""),
("el", "b54-thermostatis-synigoros-kataggelia", "Παναγιώτης Μπαλάφας <p.balafas@example.gr>", "Θερμοστάτης - τρίτη βλάβη", "technical", "high",
"""Κύριοι,

Ο θερμοστάτης που εγκαταστήσατε τον Οκτώβριο έχει ήδη επισκευαστεί
δύο φορές για το ίδιο πρόβλημα: χάνει τη σύνδεση με τον λέβητα και το
σπίτι μένει χωρίς θέρμανση μέχρι να κάνουμε επανεκκίνηση στον
πίνακα. Από τη Δευτέρα το κάνει ξανά, σχεδόν κάθε βράδυ.

Δεν δέχομαι τρίτη "επισκευή". Αν μέσα σε μία εβδομάδα δεν μου
προτείνετε αντικατάσταση της συσκευής, θα υποβάλω καταγγελία στον
Συνήγορο του Καταναλωτή.

Παναγιώτης Μπαλάφας"""),
("el", "b54-efxaristo-stelio-mesh", "Ευτυχία Χριστάκη <eftychia.christaki@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον Στέλιο, τον τεχνικό που ήρθε την Τρίτη για το
mesh στο σπίτι μας στο Ηράκλειο. Ήρθε στην ώρα του, εξήγησε στον
σύζυγό μου (που δεν τα πολυκαταλαβαίνει αυτά) τι κάνει το κάθε κουτάκι,
πέρασε τα καλώδια χωρίς να αφήσει ούτε μία σκόνη, και στο τέλος έστησε
και τον εκτυπωτή, που δεν ήταν καν δουλειά του.

Σπάνιο πράγμα πια. Να τον προσέχετε!

Ευτυχία Χριστάκη"""),
("el", "b54-gl-wrario-savvato-thessaloniki", "Alkis M. <alkis.m@example.gr>", "Savvato", "general", "",
"""Geia sas, to ekthesiako sas sth Thessalonikh (Pylaia) einai anoixto
to Savvato? Thelw na dw to demo me ta eksypna fwta kai rola prin
apofasisw. Ti wra kleinete?"""),
("el", "b54-allagi-tilefonou-dieythynsis", "Κυριακη Δελη <kyriaki.deli@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα,

Παρακαλω να αλλαξετε στον λογαριασμο μου το κινητο σε 6945 000 712 και
τη διευθυνση σε Αγιου Νικολαου 9, 26221 Πατρα. Το email μενει ιδιο.

Ευχαριστω,
Κυριακη Δεληγιαννη"""),
("el", "b54-diagrafi-kataggrafon-kameras", "Οδυσσέας Φραγκούλης <odysseas.fragkoulis@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των καταγραφών
βίντεο της εξωτερικής κάμερας του λογαριασμού μου που είναι
αποθηκευμένες στους διακομιστές σας, καθώς και του ιστορικού
ειδοποιήσεων κίνησης. Τον λογαριασμό και τη συσκευή θέλω να τα
κρατήσω.

Παρακαλώ επιβεβαιώστε μου γραπτώς τη διαγραφή.

Οδυσσέας Φραγκούλης"""),
("el", "b54-gl-gyalia-ekthesiako", "Fwtini Vergou <fwtini.vergou@example.gr>", "gyalia", "general", "",
"""Kalhmera, xthes to apogeuma hmoun sto ekthesiako sas sto Marousi
kai nomizw oti afhsa ta gyalia myopias mou ston kanape ths ai8ousas
provolhs. Einai se kokkinh 8hkh. Ta vrhkate? Mporei na ta parei o
andras mou to Savvato.
Fwtini"""),
("el", "b54-paradosi-koudouni-xalasmeno", "Ραφαήλ Ιωαννίδης <rafail.ioannidis@example.gr>", "Παράδοση την Τετάρτη", "general", "",
"""Καλησπέρα, η παραγγελία με τον ενισχυτή και τα ηχεία έρχεται την
Τετάρτη. Το κουδούνι της πολυκατοικίας μας είναι χαλασμένο εδώ και
καιρό (όχι δικό σας, το παλιό της πολυκατοικίας), οπότε ο οδηγός ας με
πάρει τηλέφωνο όταν φτάσει να κατέβω: 6936 000 180. 3ος όροφος, χωρίς
ασανσέρ, αν γίνεται να το ξέρει από πριν.
Ραφαήλ"""),
("el", "b54-antlia-thermotitas-symvatotita", "Ζωη Καλογερακη <zoi.kalogeraki@example.gr>", "Ερωτηση", "general", "",
"""Καλησπερα, πριν την αγορα: ο θερμοστατης σας ειναι συμβατος με
αντλια θερμοτητας αερος-νερου με ενδοδαπεδια θερμανση; Και ελεγχει και
τη ψυξη το καλοκαιρι η μονο τη θερμανση;
Ζωη"""),
("el", "b54-xorigia-sxolikis-giortis", "Σύλλογος Γονέων 12ου Δημ. Πάτρας <sylogos.12dim@example.gr>", "Χορηγία σχολικής γιορτής", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Γονέων και Κηδεμόνων του 12ου Δημοτικού Σχολείου Πάτρας
οργανώνει στις 20 Ιουνίου την καλοκαιρινή γιορτή στην αυλή του
σχολείου, με προβολή ταινίας στο τέλος. Θα θέλατε να μας στηρίξετε ως
χορηγοί, για παράδειγμα με τον δανεισμό ενός προβολέα και ηχείων για
ένα βράδυ; Το λογότυπό σας θα μπει στην αφίσα και στη σελίδα μας.

Με εκτίμηση,
Αντιγόνη Παυλάκη
Πρόεδρος"""),
("el", "b54-gl-ekdhlwsh-smart-home-ilikiomenoi", "Vicky Antoniou <vicky.antoniou@example.gr>", "thn Pempth", "general", "",
"""Geia sas, eida sto facebook oti kanete thn Pempth mia parousiash
"eksypno spiti gia megalyterous" sto katasthma ths Lamias. Mporw na
ferw kai th mhtera mou (82) pou den kserei polla apo kinhta? Prepei na
dhlwsoume symmetoxh kapou h apla erxomaste? Kai yparxei xwros na
kathetai, giati den stekei poly wra orthia.
Vicky"""),
("el", "b54-agenia-tilefoniko-kentro", "Μαρίνα Θεοχάρη <marina.theochari@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "",
"""Καλησπέρα,

Πήρα τηλέφωνο σήμερα το πρωί στο κέντρο εξυπηρέτησης για μια απλή
ερώτηση σχετικά με το ραντεβού εγκατάστασης. Ο υπάλληλος που απάντησε
μου μίλησε με απίστευτη ειρωνεία, μου είπε "αφού δεν ξέρετε τι
αγοράσατε, τι θέλετε να σας πω" και μου το έκλεισε. Η ερώτησή μου
λύθηκε μετά από άλλη υπάλληλο, που ήταν ευγενέστατη.

Νομίζω ότι πρέπει να το ξέρετε.

Μαρίνα Θεοχάρη"""),
("el", "b54-epeigon-pote-o-texnikos", "Χαραλαμπος Ντουρος <ch.ntouros@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΚΑΛΗΜΕΡΑ. ΕΧΩ ΠΛΗΡΩΣΕΙ ΤΟΝ ΘΕΡΜΟΣΤΑΤΗ ΚΑΙ ΤΗΝ ΕΓΚΑΤΑΣΤΑΣΗ ΑΠΟ ΤΗΝ
ΠΡΟΗΓΟΥΜΕΝΗ ΕΒΔΟΜΑΔΑ (ΠΑΡΑΓΓΕΛΙΑ 60944). ΘΕΛΩ ΝΑ ΞΕΡΩ ΠΟΤΕ ΘΑ ΕΡΘΕΙ Ο
ΤΕΧΝΙΚΟΣ ΓΙΑ ΝΑ ΚΑΝΟΝΙΣΩ ΤΗ ΔΟΥΛΕΙΑ ΜΟΥ. ΠΡΩΙ Η ΑΠΟΓΕΥΜΑ;
Χ. ΝΤΟΥΡΟΣ"""),
("el", "b54-skali-ekthesi-paidi", "Ευάγγελος Μητσάκης <vangelis.mitsakis@example.gr>", "Το σκαλί στην είσοδο του καταστήματος", "general", "high",
"""Καλησπέρα σας,

Χθες επισκεφθήκαμε με την οικογένεια το κατάστημά σας στην Πάτρα
(Κορίνθου). Στο δεύτερο σκαλί της εισόδου το μάρμαρο έχει σπάσει και
κουνιέται όταν πατάς στην άκρη. Η κόρη μου, 6 χρονών, πάτησε εκεί,
γλίστρησε και χτύπησε το γόνατο. Ευτυχώς τίποτα σοβαρό.

Δεν υπάρχει κάποια σήμανση ή κορδέλα. Ένας ηλικιωμένος εκεί μπορεί να
χτυπήσει άσχημα. Παρακαλώ φτιάξτε το.

Ευάγγελος Μητσάκης"""),
("el", "b54-gl-texnikos-fwnaze-dikhgoros", "Stathis Georgiou <stathis.georgiou@example.gr>", "texnikos sas 3/6", "general", "high",
"""Kyrioi,
o texnikos pou hr8e sto spiti mas sthn Kalamata sthn 3/6 gia tis
kameres, otan h gynaika mou tou eipe eygenika na mhn kapnizei mesa sto
saloni, arxise na fwnazei, thn evrise kai petakse to kouti me ta
ergaleia katw mprosta sto paidi mas. H douleia den einai to 8ema, tis
kameres tis teleiwse allos synadelfos tou thn epomenh.
Zhtw grapth apanthsh ti 8a kanete me ayton ton an8rwpo. Exw hdh milhsei
me dikhgoro kai an den parw apanthsh 8a proxwrhsoume.
Stathis Georgiou"""),
# ---------------- Spanish ----------------
("es", "b54-antena-desplazamiento-extra", "Ramón Villalba <ramon.villalba@example.es>", "Factura antena", "billing", "",
"""Buenas tardes:

El presupuesto que me mandasteis para orientar la antena y cambiar el
amplificador era de 90 € con IVA. Hoy me llega la factura por 125 €,
con 35 € de "desplazamiento" que nadie me mencionó. Vivo en Getafe, no
en un pueblo perdido. ¿Me podéis corregir la factura antes de que la
pase el banco?

Un saludo,
Ramón Villalba"""),
("es", "b54-meses-sin-intereses-cine", "Ximena Robles <ximena.robles@example.com.mx>", "Forma de pago", "billing", "",
"""Hola, buenas tardes.

Estamos viendo el paquete de cine en casa con instalación que tienen en
$68,900 MXN. ¿Se puede pagar a meses sin intereses? Tenemos tarjeta
BBVA y Banamex. ¿Y la instalación entra en los meses o se paga aparte
el día que vienen?

Gracias,
Ximena Robles
Zapopan, Jal."""),
("es", "b54-fallecio-papa-monitoreo", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "cuenta de mi papa", "billing", "",
"""Hola, como andan. Les escribo porque mi papa, Hector Ferreyra,
fallecio en abril. La casa de Adrogue la estamos vaciando para
venderla y ya no tiene sentido seguir pagando el abono de monitoreo de
las camaras ($18.500 por mes) que sale de su tarjeta. Necesito que lo
den de baja. Si necesitan el certificado de defuncion se los mando.
Gracias
Lucas"""),
("es", "b54-factura-comunidad-videoportero", "Administración Fincas Ribera <admin@fincasribera.example.es>", "Factura videoportero C/ Colón 14", "billing", "",
"""Buenos días:

Les escribo como administradora de la Comunidad de Propietarios de la
calle Colón 14 de Valencia. La factura de la instalación del
videoportero (nº F-2024-0387) ha salido a nombre del presidente de la
comunidad y no a nombre de la comunidad, por lo que no podemos
contabilizarla.

Les ruego la emitan de nuevo con estos datos:
Comunidad de Propietarios C/ Colón 14
CIF H12345678
C/ Colón 14, 46004 Valencia

Atentamente,
Pilar Gimeno
Administración de Fincas Ribera"""),
("es", "b54-devolucion-robot-ruido-bebe", "Valentina Ospina <valentina.ospina@example.com.co>", "Devolución aspiradora", "billing", "",
"""Hola, buenas.

Compré la aspiradora robot hace 10 días (pedido 30517). Aclaro que no
está dañada, funciona bien. El problema es que hace mucho ruido para un
apartamento pequeño y despierta a la bebé cada vez que arranca, y no
hay horario en que no esté durmiendo alguien. Quiero devolverla y que me
reintegren los $1.249.000. ¿Cómo hago y quién paga el envío?

Valentina Ospina
Medellín"""),
("es", "b54-hola-piso-hermana-pago", "Irene Casado <irene.casado@example.es>", "Hola", "billing", "",
"""Hola!

Me voy a vivir a Bolonia un año y le dejo el piso de Salamanca a mi
hermana Marta. El plan de domótica (el de 7,99 al mes) lo queremos
mantener, pero que a partir de junio lo pague ella con su tarjeta y no
yo. ¿Se puede cambiar el titular del pago sin dar de baja el plan y
volver a configurarlo todo?

Gracias!
Irene"""),
("es", "b54-cobro-doble-nube-camaras-chile", "Matías Sepúlveda <matias.sepulveda@example.cl>", "Cobro duplicado", "billing", "",
"""Hola,

Me llegaron dos cargos de $29.990 el mismo día por la renovación anual
del plan de almacenamiento en la nube de las cámaras. Tengo una sola
cuenta y un solo plan. Adjunto pantallazo de la cartola del banco.
¿Me pueden devolver uno de los dos?

Saludos,
Matías Sepúlveda
Ñuñoa, Santiago"""),
("es", "b54-re-cotizacion-anticipo-spei", "Rodrigo Treviño <rodrigo.trevino@example.com.mx>", "RE: Cotización DOM-5521 - Casa Cumbres", "billing", "",
"""Qué tal Fernanda,

Va, le entramos. Una duda: el anticipo del 50% ¿lo puedo mandar por
transferencia SPEI y el resto pagarlo con tarjeta cuando terminen? Si
sí, pásame la CLABE y a nombre de quién sale la factura, la necesito a
nombre de mi empresa.

Saludos
Rodrigo

-----Mensaje original-----
De: Fernanda Garza <ventas@example-domotica.mx>
Enviado: martes, 14 de mayo de 2024 12:31
Para: Rodrigo Treviño
Asunto: Cotización DOM-5521 - Casa Cumbres

Hola Rodrigo, te comparto la cotización para la automatización de
iluminación, persianas y clima de la casa en Cumbres: $214,300 MXN +
IVA, con anticipo del 50% para apartar fecha de instalación.

Saludos,
Fernanda"""),
("es", "b54-codigo-bienvenida-termostato", "Jordi Puig <jordi.puig@example.es>", "codigo BIENVENIDA10", "billing", "",
"""Hola, compre el termostato ayer con el codigo BIENVENIDA10 que me
llego al suscribirme a la newsletter. En el carrito salia el 10% de
descuento pero el cargo en la tarjeta es de 149 euros, el precio
completo. Pedido 72290. Me devolveis los 14,90?
Gracias
Jordi"""),
("es", "b54-visita-garantia-cobrada-responsable", "Concepción Molina <concha.molina@example.es>", "Me han cobrado una visita en garantía", "billing", "high",
"""Buenos días:

El 23 de abril vino su técnico a revisar el sistema de cine en casa,
que instalaron ustedes hace ocho meses y está en garantía. Me han
cargado 75 € por la visita. He llamado dos veces y las dos me han dicho
que "lo revisan" y que me llamarían. No me ha llamado nadie.

Quiero hablar con un responsable, no con otra persona del teléfono, y
que me devuelvan los 75 €. Mi teléfono es 600 000 417.

Concepción Molina"""),
("es", "b54-mesh-nunca-instalado-desconozco", "Agustina Benítez <agustina.benitez@example.com.ar>", "instalacion que nunca se hizo", "billing", "high",
"""Hola. Pagué $210.000 el 2 de mayo por la instalación del sistema
mesh en mi casa de Córdoba, turno para el 9. No vino nadie el 9, ni el
13 que me reprogramaron. Ya no quiero la instalación, quiero la plata.
Les escribí por WhatsApp cuatro veces y me clavaron el visto.

Si para el viernes no tengo el reintegro, desconozco el cargo con la
tarjeta y que lo resuelva el banco.

Agustina Benítez"""),
("es", "b54-profeco-reembolso-domotica", "Guillermo Zavala <guillermo.zavala@example.com.mx>", "Reembolso pendiente - Profeco", "billing", "high",
"""A quien corresponda:

El 12 de marzo devolví el kit de domótica (hub, 6 sensores y 4
apagadores) del pedido MX-44718, dentro del plazo de devolución y con
guía de paquetería que ustedes mismos me enviaron. Su almacén lo
recibió el 15 de marzo. A la fecha no he recibido el reembolso de
$12,480 MXN.

Si en cinco días hábiles no se refleja el reembolso, presentaré una
queja formal ante Profeco con toda la documentación.

Guillermo Zavala Ortiz"""),
("es", "b54-pedido-yape-contraentrega", "Rosa Huamán <rosa.huaman@example.pe>", "Pedido 88120", "billing", "",
"""Buenas tardes, quería hacer el pedido 88120 (videoportero con dos
monitores) pero no tengo tarjeta de crédito. ¿Aceptan pago con Yape o
transferencia, o se puede pagar contraentrega en Arequipa? Son S/ 890.
Gracias, Rosa"""),
("es", "b54-robot-luz-naranja-base", "Nuria Castell <nuria.castell@example.es>", "Robot aspirador", "technical", "",
"""Hola:

Desde el fin de semana el robot aspirador no carga. Llega a la base, se
coloca bien, pero la luz se queda naranja parpadeando y a la mañana
siguiente está al 3%. He limpiado los contactos de la base y del robot
con un paño seco y lo he desenchufado un rato. Sigue igual.

¿Es la batería o la base?

Nuria"""),
("es", "b54-mesh-tele-recamara", "Omar Villarreal <omar.villarreal@example.com.mx>", "internet en la recamara", "technical", "",
"""Que tal, la tele de la recamara de atras se desconecta del wifi cada
rato desde que pusieron el mesh, sobre todo en la noche cuando vemos
series. El celular en la misma recamara si agarra bien. El nodo mas
cercano esta en el pasillo con luz blanca. Ya reinicie todo. Alguna
idea?
Omar"""),
("es", "b54-amplificador-antena-3b", "Begoña Iturbe <begona.iturbe@example.es>", "Antena colectiva - 3ºB", "technical", "",
"""Buenas tardes:

El martes su técnico cambió el amplificador de la antena colectiva del
edificio (Bilbao, calle Autonomía 31). Los vecinos me dicen que ellos lo
ven bien, pero en mi casa, el 3ºB, desde entonces los canales de
Telecinco y Cuatro se pixelan y se cortan cada pocos minutos. Antes se
veían perfectamente. La tele y el cable son los mismos de siempre.

¿Podrían pasar a mirarlo?

Begoña Iturbe"""),
("es", "b54-portero-pantalla-negra", "Silvina Acosta <silvina.acosta@example.com.ar>", "videoportero", "technical", "",
"""Hola! El videoportero que nos pusieron en el PH de Caballito anda a
medias: suena el timbre y se escucha al que toca, pero la pantalla
queda negra, no se ve nada. Hasta la semana pasada andaba joya. No
cambiamos nada. Cómo lo reseteo?
Silvina"""),
("es", "b54-persianas-no-quiero-dinero", "Álvaro Nieto <alvaro.nieto@example.es>", "Persianas motorizadas", "technical", "",
"""Hola,

Lo primero: no quiero devolver nada ni que me devolváis el dinero,
estoy contento con la instalación. Solo quiero que funcione.

Las tres persianas motorizadas del salón ya no responden al mando de
pared. Desde la aplicación sí suben y bajan. Le he cambiado la pila al
mando (CR2032 nueva) y nada, la lucecita ni se enciende.

Álvaro Nieto
Granada"""),
("es", "b54-pregunta-correo-no-registrado", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Pregunta", "technical", "",
"""Buenas, tengo la app de los termostatos hace un año y hoy me sacó de
la sesión. Cuando intento entrar me dice "correo no registrado", pero es
el mismo correo de siempre y me siguen llegando sus correos de
publicidad ahí. Si le doy a registrarme dice que el correo ya existe.
¿Qué hago?
Camilo"""),
("es", "b54-re-incidencia-termostato-25", "Mercedes Lorente <mercedes.lorente@example.es>", "Re: Incidencia 4402 - termostato", "technical", "",
"""Hola Sergio,

He hecho la recalibración tal como me indicabas, pero sigue igual: lo
pongo a 20 y la calefacción no para hasta que el salón está a 25. El
termostato marca 20 en su pantalla todo el rato. Está en la pared del
pasillo, lejos de radiadores y del sol.

Un saludo,
Mercedes

El 6 feb 2024, a las 9:48, Soporte Técnico <soporte@example-termo.es> escribió:
> Hola Mercedes:
>
> Parece un problema de calibración del sensor. Entra en Ajustes >
> Sensor > Recalibrar y deja el termostato 30 minutos sin tocar.
> Cuéntanos si se soluciona.
>
> Saludos,
> Sergio"""),
("es", "b54-proyector-se-apaga-20-min", "Francisca Rojas <francisca.rojas@example.cl>", "proyector", "technical", "",
"""Hola, el proyector que instalaron en el living hace un mes se apaga
solo a los 20 o 25 minutos de pelicula. No da ningun aviso, simplemente
se apaga y hay que esperar un rato para volver a prenderlo. Esta en el
soporte del techo que pusieron ustedes.
Saludos, Francisca (Viña del Mar)"""),
("es", "b54-enchufes-asistente-voz", "Daniela Cervantes <daniela.cervantes@example.com.mx>", "Enchufes inteligentes", "technical", "",
"""Hola buen día,

Desde la última actualización de su app, el asistente de voz ya no
encuentra ninguno de los cinco enchufes inteligentes. En la app de
ustedes aparecen y funcionan, pero cuando le pido al asistente que
prenda la lámpara dice que no encuentra el dispositivo. Ya desvinculé y
volví a vincular la cuenta.

Gracias,
Daniela"""),
("es", "b54-clima-padre-sevilla-calor", "Inmaculada Rueda <inma.rueda@example.es>", "El aire de mi padre no enciende", "technical", "high",
"""Buenas tardes:

Mi padre tiene 87 años, está operado del corazón y vive solo en Sevilla.
Ustedes le instalaron en mayo un termostato inteligente que controla el
aire acondicionado. Desde esta mañana el termostato dice "Sin conexión
con el equipo" y el aire no arranca ni desde la pantalla ni desde la
aplicación. Hoy estamos a 44 grados y en su piso ya hace 33 dentro.

Lo he llevado a casa de una vecina de momento, pero necesito que alguien
vaya hoy. Mi móvil es 600 000 832.

Inmaculada Rueda"""),
("es", "b54-portero-patada-frente-metalico", "Néstor Quiroga <nestor.quiroga@example.com.ar>", "Frente del portero", "technical", "high",
"""Buenas tardes,

Les comento algo del portero eléctrico que instalaron en la puerta de
calle de casa en Rosario. Desde las lluvias del fin de semana, si uno
toca el frente metálico del portero a la vez que el picaporte de la
puerta, da una patada. Leve, pero se siente. Le pasó a mi señora y
después lo comprobé yo. Por ahora le pusimos un cartel a la puerta y
entramos por el garaje.

¿Pueden mandar a alguien a revisarlo?

Néstor Quiroga"""),
("es", "b54-academia-mesh-clases-online", "Academia Lingua Norte <direccion@linguanorte.example.es>", "Sin conexión en la academia", "technical", "high",
"""Hola,

Desde las 16:00 ninguno de los ordenadores ni portátiles de la academia
se conecta a la red que nos instalasteis en septiembre. Los puntos de
acceso tienen luz roja. Tenemos tres grupos de clases online a las
17:00 con unos 60 alumnos esperando y los profesores no pueden ni
entrar al aula virtual. Ya hemos tenido que cancelar las de las 16:30.

Llamadme al 600 000 915 en cuanto leáis esto.

Lorena Bustos
Directora, Academia Lingua Norte (Oviedo)"""),
("es", "b54-despacho-control-acceso-banqueta", "Contadores Asociados Rangel <oficina@rangel-contadores.example.mx>", "Acceso al edificio", "technical", "high",
"""Buenos días,

El control de acceso que instalaron en nuestras oficinas de la colonia
Del Valle no está reconociendo ninguna tarjeta desde las 8:00. Tenemos
a los 30 empleados en la banqueta sin poder entrar, hoy vence la
declaración anual de varios clientes y a las 10 tenemos citas en la
oficina. El lector solo parpadea en rojo.

Urge que manden a alguien o que nos digan cómo abrir manualmente.
Tel. 55 0000 4471, pedir por el Lic. Rangel.

Atentamente,
Mariana Solís
Administración"""),
("es", "b54-robot-cuarta-reparacion-supervisor", "Esteban Lozano <esteban.lozano@example.es>", "Cuarta vez el robot", "technical", "high",
"""Buenas,

Es la cuarta vez que mando el robot friegasuelos al servicio técnico
por el mismo fallo: deja de soltar agua a los cinco minutos y friega en
seco. Tres veces me lo han devuelto "reparado" y a la semana vuelve a
pasar. Cada envío son dos semanas sin robot.

No pienso mandarlo una quinta vez al mismo taller. Quiero que esto lo
vea un supervisor y que se decida un cambio por uno nuevo. Espero
respuesta de alguien con capacidad para decidirlo.

Esteban Lozano"""),
("es", "b54-gracias-antenista-cuenca", "Pilar Escribano <pilar.escribano@example.es>", "Muchas gracias", "general", "",
"""Buenas tardes:

Quería daros las gracias por el chico que vino a arreglar la antena en
la casa del pueblo, en la serranía de Cuenca. Subió al tejado con un
viento que daba miedo, lo dejó todo funcionando y encima le explicó a
mi tía, con toda la paciencia del mundo, cómo volver a buscar los
canales si se le desprograma la tele. Se llamaba Adrián.

Un saludo muy cordial,
Pilar"""),
("es", "b54-horario-guadalajara-festivo", "Karla Medina <karla.medina@example.com.mx>", "horario", "general", "",
"""Hola, la sucursal de Guadalajara en Av. Patria va a abrir el 16 de
septiembre? Y si sí, en qué horario. Quiero ir a ver las cámaras antes
de comprar. Gracias"""),
("es", "b54-cambio-domicilio-cuenta", "Federico Alonso <federico.alonso@example.com.ar>", "Cambio de domicilio", "general", "",
"""Buen dia,

Me mude dentro de Mendoza y me llevé el termostato y el hub al
departamento nuevo. Ya los instalé y andan bárbaro. Solo necesito que
cambien el domicilio de la cuenta a Av. Colón 845, piso 4 B, Mendoza
Capital, CP 5500. El teléfono y el mail siguen iguales.

Saludos,
Federico Alonso"""),
("es", "b54-rgpd-datos-termostato", "Sonia Beltran <sonia.beltran@example.es>", "Solicitud de informacion RGPD", "general", "",
"""Hola,

Al amparo del articulo 15 del RGPD, solicito que me indiquen que datos
personales mios tratan a traves del termostato y la app (horarios,
temperaturas, ubicacion del movil), durante cuanto tiempo los conservan
y si los ceden a terceros, por ejemplo a mi compañia electrica.

Atentamente,
Sonia Beltran Ruiz"""),
("es", "b54-peluche-tienda-demo-bogota", "Laura Pinzón <laura.pinzon@example.com.co>", "Conejo de peluche", "general", "",
"""Hola, buenas tardes. Ayer estuvimos en la tienda de Usaquén viendo los
robots aspiradores y mi hijo dejó allá un conejito de peluche gris con
una bufanda roja. No se duerme sin él y hay llanto todas las noches.
¿Alguien lo encontró? Puedo pasar hoy mismo por él.

Mil gracias,
Laura"""),
("es", "b54-entrega-conserjeria", "Tomás Gallardo <tomas.gallardo@example.es>", "ENTREGA DEL VIERNES", "general", "",
"""MUY URGENTE!! El viernes os llega el pedido de la barra de sonido y
no estaré en casa en todo el día. Dejadlo por favor en la conserjería
del edificio (Paseo de la Castellana 212, Madrid), el conserje se llama
Julián y está de 8 a 20. Gracias!!
Tomás"""),
("es", "b54-instalan-en-valparaiso-cerros", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Consulta", "general", "",
"""Hola, vivo en el cerro Alegre en Valparaíso, la casa es antigua y se
llega por escalera, no hay acceso para auto hasta la puerta. ¿Ustedes
instalan sistemas mesh y cámaras en Valparaíso o solo en Santiago?
Saludos"""),
("es", "b54-patrocinio-baloncesto-cadete", "Club Baloncesto Alcorcón Sur <cbalcorconsur@example.es>", "Propuesta de patrocinio", "general", "",
"""Hola:

Somos un club de baloncesto de barrio con cinco equipos de base. El
equipo cadete femenino se ha clasificado para el campeonato regional y
estamos buscando empresas de la zona que quieran patrocinar las
camisetas de la próxima temporada. Vimos que tenéis tienda en Alcorcón
y pensamos que podría interesaros.

Si os apetece, os mandamos el dossier.

Un saludo,
Roberto Sanz
Secretario"""),
("es", "b54-taller-domotica-inscripcion", "Patricia Olvera <patricia.olvera@example.com.mx>", "Taller del sábado", "general", "",
"""Hola! Vi que el sábado dan un taller gratuito de "tu casa inteligente
desde cero" en la tienda de Polanco. ¿Hay que inscribirse o es llegar?
¿Puedo ir con mi hija de 14 años? Gracias!!"""),
("es", "b54-instalador-tarde-maleducado", "Hernan Paz <hernan.paz@example.com.ar>", "El instalador", "general", "",
"""Buenas, la instalacion de las camaras quedo bien, de eso no me quejo.
Pero el instalador llego a las 14 cuando el turno era de 9 a 11, sin
avisar, y cuando le dije que habia pedido el dia en el laburo me
contesto "y bueno, yo no tengo la culpa" de muy mala manera. Durante
toda la instalacion estuvo hablando por telefono y haciendose el
ofendido. Me parece que tienen que saberlo.
Hernan Paz"""),
("es", "b54-cine-quedo-brutal-infarto", "Arturo Benavides <arturo.benavides@example.com.mx>", "WOW", "general", "",
"""Nomás para decirles que el cine en casa quedó BRUTAL. Cuando
pusimos la primera película con el sonido a todo casi me da un infarto
de la emoción, y mi suegra saltó del sillón en la escena de la
explosión jaja. Los muchachos Iván y Beto súper profesionales y
limpios. Mil gracias, los recomiendo con todo el mundo.

Arturo, Monterrey"""),
("es", "b54-estanteria-televisores-tambalea", "Marta Aranda <marta.aranda@example.es>", "Estantería en su tienda de Zaragoza", "general", "high",
"""Buenas tardes:

Quiero avisarles de algo que vi ayer en su tienda de Zaragoza (Puerto
Venecia). En la zona de demostración de cine en casa hay una estantería
alta con dos televisores encima que se balancea al rozarla. Mi hijo de
cinco años se apoyó en ella y los dos televisores se movieron hacia
delante; si no llego a sujetarlo, le caen encima.

Se lo comenté a un dependiente, que me dijo que "ya lo sabían". Les
ruego que la fijen a la pared antes de que pase algo.

Marta Aranda"""),
("es", "b54-vigilante-trato-sic", "Jhon Fredy Mosquera <jhon.mosquera@example.com.co>", "Trato en la tienda de Cali", "general", "high",
"""Señores:

El sábado 8 de junio entré a su tienda del centro comercial Chipichape
en Cali a preguntar por videoporteros. El vigilante me siguió por toda
la tienda, me pidió que abriera la mochila delante de otros clientes
y, cuando pregunté por qué solo a mí, me dijo que "ya sabía cómo era la
cosa". Ningún empleado intervino.

Exijo una disculpa por escrito y saber qué medidas tomarán. Si no
recibo respuesta en diez días presentaré una queja ante la
Superintendencia de Industria y Comercio.

Jhon Fredy Mosquera"""),
# ---------------- Polish ----------------
("pl", "b54-faktura-nip-mesh-biuro", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example.pl>", "Faktura za montaż sieci", "billing", "",
"""Dzień dobry,

W zeszły czwartek Państwa technik zamontował system mesh w naszym biurze
przy ul. Grunwaldzkiej we Wrocławiu (zlecenie 4412). Zapłaciliśmy kartą
na miejscu 1 380 zł, ale dostaliśmy tylko paragon, a bez NIP-u na
paragonie nie możemy już wystawić faktury po naszej stronie.

Prosimy o fakturę VAT na dane:
Saldo Anna Wróbel
ul. Grunwaldzka 58/2, 50-357 Wrocław
NIP 8971234567

Z poważaniem,
Anna Wróbel"""),
("pl", "b54-raty-zero-robot-kino", "Tomek Lis <tomek.lis@example.pl>", "raty", "billing", "",
"""Czesc, chce wziac robota sprzatajacego (2 799 zl) i zestaw kina
domowego z montazem (6 400 zl) jednym zamowieniem. Czy da sie to
rozlozyc na raty 0%? Na ile maksymalnie? I czy montaz tez wchodzi w
raty czy placi sie go osobno monterowi?
Tomek"""),
("pl", "b54-prezent-tesciowa-wymiana-modelu", "Magdalena Sowa <magdalena.sowa@example.pl>", "Wymiana prezentu", "billing", "",
"""Dzień dobry,

Kupiłam u Państwa termostat jako prezent dla teściowej, a okazało się,
że syn już jej taki sam założył w zeszłym miesiącu. Urządzenie jest
nieotwierane, w folii. Czy mogę je wymienić na robota koszącego z
dopłatą, czy muszę najpierw zrobić zwrot i kupić od nowa? Zamówienie
nr 31870.

Pozdrawiam,
Magdalena Sowa"""),
("pl", "b54-babcia-zamieszkala-z-nami", "Jacek Nowicki <jacek.nowicki@example.pl>", "Mieszkanie babci", "billing", "",
"""Dzień dobry,

Babcia od maja mieszka już z nami w Lublinie, a jej mieszkanie na
Czechowie stoi puste do czasu sprzedaży. Monitoring kamer i czujnik
zalania w tamtym mieszkaniu płacimy 34,99 zł miesięcznie - od czerwca
to już niepotrzebne. Konto jest na mnie.

Dziękuję,
Jacek Nowicki"""),
("pl", "b54-kontrakt-norwegia-zawieszenie", "Łukasz Górecki <lukasz.gorecki@example.pl>", "Norwegia", "billing", "",
"""Dzień dobry,

Od lipca do grudnia jestem z żoną na kontrakcie w Stavanger, dom w
Gdyni będzie zamknięty, a prąd odłączony, więc kamery i tak nic nie
nagrają. Czy można na te pół roku zawiesić plan chmury (19 zł/mies.) i
wznowić go w styczniu, żeby nie tracić starych nagrań?

Łukasz Górecki"""),
("pl", "b54-re-oferta-anteny-zaliczka-blik", "Grażyna Kowalczyk <grazyna.kowalczyk@example.pl>", "Re: Oferta montażu anteny - dom w Gorzowie", "billing", "",
"""Panie Michale,

Oferta nam odpowiada. Zaliczkę 300 zł mogę zapłacić BLIKiem czy musi
być przelew? A resztę płaci się monterowi gotówką czy też przelewem po
fakturze?

Grażyna Kowalczyk

W dniu 20.05.2024 o 14:08, Michał Duda <oferty@example-anteny.pl> pisze:
> Pani Grażyno,
>
> w załączeniu oferta na montaż anteny satelitarnej 80 cm i anteny
> DVB-T2 z rozprowadzeniem do trzech pokoi: 1 150 zł brutto. Termin
> montażu rezerwujemy po wpłacie zaliczki 300 zł.
>
> Pozdrawiam,
> Michał Duda"""),
("pl", "b54-pytanie-przy-odbiorze-karta-podarunkowa", "Halina Zawadzka <halina.zawadzka@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, mam od wnukow karte podarunkowa na 500 zl do Panstwa
sklepu. Chcialabym kupic domofon z kamera za 749 zl. Czy reszte moge
zaplacic przy odbiorze u kuriera? Nie mam karty do internetu.
Halina Zawadzka"""),
("pl", "b54-cena-spadla-dwa-dni-pozniej", "Paweł Adamczyk <pawel.adamczyk@example.pl>", "Zamówienie 20566", "billing", "",
"""Dzień dobry,

We wtorek kupiłem u Państwa robota mopującego za 2 199 zł, a w czwartek
ten sam model jest na stronie za 1 899 zł. Czy mogę liczyć na zwrot
różnicy 300 zł, czy muszę go odesłać i kupić jeszcze raz? Robot jest
jeszcze nieużywany.

Paweł Adamczyk"""),
("pl", "b54-plan-roczny-na-miesieczny", "Ewa Kaczmarek <ewa.kaczmarek@example.pl>", "Zmiana planu", "billing", "",
"""Dzień dobry, w czerwcu kończy mi się roczny plan Premium do aplikacji
automatyki domu (399 zł). Nie chcę go odnawiać na cały rok - wolę
przejść na zwykły plan miesięczny, bez tych dodatkowych raportów
zużycia. Jak to zrobić, żeby nie pobrało się automatycznie 399 zł?
Ewa"""),
("pl", "b54-domofon-podwojnie-kierownik", "Ryszard Michalski <ryszard.michalski@example.pl>", "Dwa razy pobrana opłata za montaż domofonu", "billing", "high",
"""Dzień dobry,

Za montaż wideodomofonu 14 maja pobraliście Państwo z mojej karty
dwukrotnie po 650 zł. Od dwóch tygodni dzwonię na infolinię. Trzy razy
obiecano mi oddzwonienie z działu rozliczeń i nikt nie oddzwonił.

Proszę, aby skontaktował się ze mną kierownik działu obsługi klienta,
a nie kolejny konsultant. Mój numer: 600 000 318.

Ryszard Michalski"""),
("pl", "b54-zwrot-automatyki-rzecznik", "Beata Sobczak <beata.sobczak@example.pl>", "Zwrot pieniędzy - odstąpienie od umowy", "billing", "high",
"""Szanowni Państwo,

W dniu 4 kwietnia odstąpiłam od umowy zakupu zestawu automatyki domu
(zamówienie 40977) w ustawowym terminie 14 dni i odesłałam towar, który
Państwa magazyn odebrał 9 kwietnia. Do dziś nie otrzymałam zwrotu kwoty
3 240 zł, choć ustawa przewiduje na to 14 dni.

Jeżeli środki nie wpłyną na moje konto w ciągu 7 dni, zwrócę się do
miejskiego rzecznika konsumentów w Poznaniu i skieruję sprawę na drogę
sądową.

Z poważaniem,
Beata Sobczak"""),
("pl", "b54-subskrypcja-po-anulowaniu-chargeback", "Kamil Wróblewski <kamil.wroblewski@example.pl>", "NADAL POBIERACIE", "billing", "high",
"""Anulowałem subskrypcję chmury do kamer 2 marca, mam maila z
potwierdzeniem. W kwietniu i maju i tak ściągnęliście po 24,99 zł. Pisałem
już dwa razy - zero odpowiedzi.

Jeśli do piątku nie oddacie 49,98 zł, składam w banku reklamację
transakcji (chargeback) na obie płatności.

Kamil Wróblewski"""),
("pl", "b54-duplikat-faktury-gwarancja", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Duplikat faktury", "billing", "",
"""Dzień dobry,

W zeszłym roku w listopadzie kupiłem u Państwa zestaw kina domowego z
montażem. Fakturę gdzieś zapodziałem przy przeprowadzce, a przyda mi się
do gwarancji producenta. Czy mogą mi Państwo przesłać duplikat mailem?
Kupione na nazwisko Zbigniew Pawlak, Katowice, płacone kartą.

Z poważaniem,
Z. Pawlak"""),
("pl", "b54-robot-szczotka-boczna", "Agnieszka Dudek <agnieszka.dudek@example.pl>", "Robot sprzątający", "technical", "",
"""Dzień dobry,

W robocie przestała się kręcić boczna szczotka. Robot jeździ, odkurza
środek, ale wzdłuż listew zostaje kurz. Zdjęłam szczotkę, wyczyściłam
włosy z osi, założyłam z powrotem - dalej stoi. W aplikacji nie ma
żadnego błędu. Robot ma 5 miesięcy.

Agnieszka"""),
("pl", "b54-mesh-pomaranczowe-swiatlo", "Marcin Jablonski <marcin.jablonski@example.pl>", "wifi na pietrze", "technical", "",
"""Czesc, od wczoraj punkt mesh na pietrze swieci na pomaranczowo i
komputery w pokojach dzieci nie maja internetu. Na dole wszystko dziala.
Odlaczalem go od pradu, stawialem blizej schodow, to samo. Da sie to
jakos naprawic bez wizyty technika?
Marcin"""),
("pl", "b54-antena-mux8-rzeszow", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Antena", "technical", "",
"""Dzień dobry,

Po montażu nowej anteny na dachu (Rzeszów, Słocina) wszystkie kanały
odbierają dobrze poza tymi z MUX 8 - tam jest komunikat "brak sygnału",
a przy dobrej pogodzie obraz czasem się pokazuje na chwilę i rwie. Na
starej antenie MUX 8 był. Czy monter mógłby to poprawić?

Stanisław Kubiak"""),
("pl", "b54-domofon-buczy-sluchawka", "Dorota Szulc <dorota.szulc@example.pl>", "Domofon", "technical", "",
"""Dzień dobry, po montażu nowego domofonu w naszym domu w Łodzi słuchawka
cały czas cicho buczy, nawet jak nikt nie dzwoni, a kiedy ktoś dzwoni
z furtki, prawie go nie słychać przez ten szum. Przycisk otwierania
działa normalnie.
Dorota Szulc"""),
("pl", "b54-nie-platnosc-kamera-czarny-obraz", "Piotr Zieliński <piotr.zielinski@example.pl>", "Konto", "technical", "",
"""Dzień dobry,

Od razu zaznaczę: to nie jest sprawa płatności ani subskrypcji, z tym
wszystko w porządku i nic nie chcę anulować.

Od dwóch dni aplikacja pokazuje przy kamerze ogrodowej "online", ale po
otwarciu podglądu jest tylko czarny obraz i kręcące się kółko. Nagrania
z wcześniejszych dni odtwarzają się normalnie. Kamera w salonie działa.

Piotr Zieliński"""),
("pl", "b54-zamowienie-konto-zablokowane", "Julia Mazur <julia.mazur@example.pl>", "Zamówienie 20931", "technical", "",
"""Hej, po kilku próbach logowania konto mi się zablokowało "na 24
godziny", ale minęły już trzy dni i dalej ten sam komunikat. Reset
hasła przychodzi, ale po ustawieniu nowego hasła znowu "konto
zablokowane". Nie mogę przez to skonfigurować termostatu z zamówienia
20931.
Julia"""),
("pl", "b54-kino-dzwiek-opozniony", "Robert Kwiatkowski <robert.kwiatkowski@example.pl>", "Kino domowe - dźwięk", "technical", "",
"""Dzień dobry,

W zestawie kina domowego, który Państwo montowali w kwietniu, dźwięk
spóźnia się za obrazem o jakieś pół sekundy - ludzie ruszają ustami,
a głos przychodzi później. Dzieje się to tylko przy aplikacjach w
telewizorze, z konsoli jest dobrze. Próbowałem ustawienia "lip sync" w
amplitunerze, ale przesuwa to za mało.

Robert Kwiatkowski"""),
("pl", "b54-czujnik-ruchu-swiatlo-noca", "Iwona Baran <iwona.baran@example.pl>", "czujnik ruchu", "technical", "",
"""Dzien dobry, czujnik ruchu w przedpokoju od kilku nocy zapala swiatlo
okolo 3 w nocy, chociaz nikt nie chodzi (nie mamy zwierzat). Swiatlo
swieci wtedy do rana. W aplikacji w historii widac "wykryto ruch" co
pare minut. Czulosc jest na srednim. Co moze byc przyczyna?
Iwona"""),
("pl", "b54-re-zgloszenie-termostat-piec", "Wojciech Lewandowski <wojciech.lewandowski@example.pl>", "Re: Zgłoszenie 5518 - termostat", "technical", "",
"""Dzień dobry,

Zrobiłem tak, jak Pani pisała - odłączyłem moduł przy piecu na minutę i
sparowałem go ponownie. W aplikacji przez godzinę było dobrze, a potem
znowu "brak połączenia z modułem kotła" i piec grzeje według własnego
programu.

Wojciech Lewandowski

W dniu 11.01.2024 o 09:32, Pomoc Techniczna <pomoc@example-termostat.pl> pisze:
> Dzień dobry,
>
> proszę odłączyć moduł kotła od zasilania na około minutę, a następnie
> sparować go ponownie z termostatem (Ustawienia > Urządzenia > Dodaj).
>
> Pozdrawiam,
> Katarzyna z Pomocy Technicznej"""),
("pl", "b54-mama-suwalki-pompa-ciepla", "Renata Wasilewska <renata.wasilewska@example.pl>", "Ogrzewanie u mamy", "technical", "high",
"""Dzień dobry,

Moja mama ma 83 lata i mieszka sama pod Suwałkami. Termostat, który
Państwo montowali jesienią do pompy ciepła, od wczoraj pokazuje "błąd
komunikacji" i pompa przestała grzać. W nocy było minus 17, rano w
domu było 12 stopni. Mama ma chore serce i nie da rady palić w starym
piecu.

Czy jest sposób, żeby pompa chodziła bez termostatu, albo ktoś może
dziś przyjechać? Mój numer 600 000 907.

Renata Wasilewska"""),
("pl", "b54-zasilacz-domofonu-iskrzy", "Henryk Sikora <henryk.sikora@example.pl>", "Zasilacz domofonu", "technical", "high",
"""Dzień dobry,

Chciałbym zgłosić, że zasilacz domofonu zamontowany przez Państwa w
skrzynce przy furtce zaczął trzaskać, a dziś wieczorem, kiedy otworzyłem
skrzynkę, zobaczyłem drobne iskry przy listwie zaciskowej. Skrzynka w
środku jest trochę zawilgocona po deszczach. Wyłączyłem bezpiecznik od
furtki i na razie wchodzimy kluczem.

Proszę o informację, kiedy ktoś mógłby to obejrzeć.

Henryk Sikora
Bielsko-Biała"""),
("pl", "b54-uchwyt-projektora-obluzowany", "Natalia Michalak <natalia.michalak@example.pl>", "Projektor", "technical", "high",
"""Dzień dobry,

Zauważyliśmy wczoraj, że projektor, który Państwo zawiesili na suficie
nad kanapą w salonie, wisi krzywo. Uchwyt odszedł od sufitu z jednej
strony, widać szczelinę i wykruszony tynk przy kołkach. Projektor waży
kilka kilogramów, a pod nim zwykle siedzą dzieci. Na razie odsunęliśmy
kanapę i nikt tam nie siada.

Kiedy montażysta mógłby przyjechać?

Natalia Michalak"""),
("pl", "b54-weterynarz-siec-rejestracja", "Przychodnia Weterynaryjna Azyl <recepcja@azyl-wet.example.pl>", "sieć w przychodni", "technical", "high",
"""Dzień dobry,

Od rana nie działa sieć, którą Państwo zakładali u nas w przychodni w
marcu. Nie otwiera się system rejestracji, nie widzimy historii
pacjentów ani wyników badań, terminal płatniczy nie przechodzi, a
drukarka recept nie drukuje. W poczekalni siedzi kilkanaście osób ze
zwierzętami, w tym jeden pies po wypadku. Wszystkie punkty dostępowe
świecą na czerwono.

Proszę o pilny telefon: 600 000 264 (dr Olga Krawczyk).

Recepcja, Przychodnia Azyl, Toruń"""),
("pl", "b54-automatyka-trzecia-naprawa-prawnik", "Sebastian Wojciechowski <sebastian.wojciechowski@example.pl>", "Centralka automatyki - reklamacja po raz trzeci", "technical", "high",
"""Szanowni Państwo,

Centralka automatyki domu zamontowana w październiku była już dwa razy
naprawiana na gwarancji z tym samym objawem: co kilka dni zawiesza się
i przestają działać rolety, oświetlenie i ogrzewanie podłogowe, aż do
ręcznego restartu w rozdzielni. Od poniedziałku zawiesza się znowu.

Nie zgadzam się na trzecią naprawę. Oczekuję wymiany urządzenia na
nowe w ciągu 14 dni. W przeciwnym razie sprawę przekażę prawnikowi.

Sebastian Wojciechowski"""),
("pl", "b54-podziekowanie-pan-krzysztof", "Teresa Wójcik <teresa.wojcik@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam bardzo podziękować panu Krzysztofowi, który w sobotę zakładał
nam wideodomofon w domu w Tarnowie. Mąż jest po udarze i słabo słyszy,
więc pan Krzysztof sam zaproponował, żeby ustawić głośniejszy dzwonek i
dodatkowe światełko przy dzwonieniu. Wszystko wytłumaczył spokojnie,
dwa razy. Posprzątał po sobie co do okruszka.

Z wyrazami szacunku,
Teresa Wójcik"""),
("pl", "b54-godziny-salonu-poznan-wigilia", "Michał Szymański <michal.szymanski@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której będzie otwarty salon w Poznaniu (Posnania) w
Wigilię? Chcę odebrać zamówienie na miejscu.
Pozdrawiam"""),
("pl", "b54-zmiana-nazwiska-po-slubie", "Karolina Nowak-Pietrzyk <karolina.nowakpietrzyk@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

Po ślubie zmieniłam nazwisko z Nowak na Nowak-Pietrzyk. Proszę o
zmianę danych na moim koncie (adres e-mail zostaje ten sam). Jeśli
potrzebny jest jakiś dokument, proszę dać znać.

Karolina Nowak-Pietrzyk"""),
("pl", "b54-kto-oglada-nagrania-rodo", "Adam Krawczyk <adam.krawczyk@example.pl>", "Nagrania z kamer a RODO", "general", "",
"""Dzień dobry,

Mam pytanie dotyczące prywatności. Czy pracownicy Państwa firmy mają
dostęp do nagrań z moich kamer zapisanych w chmurze, np. przy
zgłoszeniu serwisowym? Gdzie fizycznie są przechowywane te nagrania (w
UE czy poza nią) i czy mogę otrzymać kopię wszystkich danych, jakie
Państwo o mnie przetwarzają?

Adam Krawczyk"""),
("pl", "b54-parasol-salon-gdansk", "Monika Laskowska <monika.laskowska@example.pl>", "zostawilam parasol", "general", "",
"""Dzien dobry, w sobote bylam w salonie w Gdansku przy Grunwaldzkiej,
ogladalam roboty sprzatajace i chyba zostawilam przy kasie parasol w
zolte kaczki (corki). Czy ktos go znalazl? Moge podjechac w tygodniu.
Monika"""),
("pl", "b54-dostawa-kod-do-bramy", "Krzysztof Jaworski <krzysztof.jaworski@example.pl>", "Dostawa w piątek", "general", "",
"""Dzien dobry, kurier z zestawem kina domowego ma byc w piatek. Brama na
osiedle jest zamykana, kod to 2580#. Prosze, zeby kurier zadzwonil 15
minut przed, bo pracuje z domu i moge byc na spotkaniu. Klatka C, 4
pietro, jest winda.
Krzysztof Jaworski"""),
("pl", "b54-zgoda-spoldzielni-antena", "Elżbieta Malinowska <elzbieta.malinowska@example.pl>", "Antena na balkonie", "general", "",
"""Dzień dobry,

Mieszkam w bloku spółdzielczym w Krakowie na Prądniku. Czy przed
montażem anteny satelitarnej na balkonie muszę mieć zgodę spółdzielni,
czy Państwo się tym zajmują? Sąsiad mówi, że bez zgody każą zdjąć.

Elżbieta Malinowska"""),
("pl", "b54-festyn-dzien-dziecka-sponsor", "Rada Rodziców SP 7 Opole <radarodzicow.sp7@example.pl>", "Festyn na Dzień Dziecka", "general", "",
"""Dzień dobry,

Rada Rodziców Szkoły Podstawowej nr 7 w Opolu organizuje 1 czerwca
festyn rodzinny na boisku szkolnym. Szukamy sponsorów nagród do
loterii fantowej - może to być drobny gadżet, np. inteligentna
żarówka czy głośnik. Sponsorów wymienimy ze sceny i na plakatach.

Będziemy wdzięczni za każdą pomoc.

Z pozdrowieniami,
Agata Kozłowska"""),
("pl", "b54-praca-monter-cv", "Dawid Olszewski <dawid.olszewski@example.pl>", "Praca - monter instalacji", "general", "",
"""Dzień dobry,

Widziałem ogłoszenie o pracy na stanowisku montera instalacji
inteligentnego domu w oddziale w Katowicach. Mam uprawnienia SEP do
1 kV, pięć lat doświadczenia przy alarmach i monitoringu i prawo jazdy
kat. B. CV w załączniku. Mogę zacząć od przyszłego miesiąca.

Z poważaniem,
Dawid Olszewski"""),
("pl", "b54-skarga-konsultantka-infolinia", "Bożena Czarnecka <bozena.czarnecka@example.pl>", "Rozmowa na infolinii", "general", "",
"""Dzień dobry,

Dzwoniłam wczoraj na infolinię zapytać, jak przenieść robota na nowe
konto, bo dostałam go od córki. Konsultantka westchnęła do słuchawki,
powiedziała "to jest w instrukcji, proszę czytać" i się rozłączyła.
Mam 71 lat i pierwszy raz mam takie urządzenie. Córka potem wszystko
mi ustawiła, ale przykro mi było.

Bożena Czarnecka"""),
("pl", "b54-pilne-kiedy-monter", "Arkadiusz Gorski <arkadiusz.gorski@example.pl>", "PILNE!!!", "general", "",
"""DZIEN DOBRY, ZAMOWILEM MONTAZ ANTENY 10 DNI TEMU I DALEJ NIKT NIE
ZADZWONIL ZEBY USTALIC TERMIN. KIEDY MONTER SIE ODEZWIE??? MUSZE
WIEDZIEC ZEBY WZIAC WOLNE. ZAMOWIENIE 77104.
A. GORSKI"""),
("pl", "b54-parking-salon-pret", "Jolanta Krajewska <jolanta.krajewska@example.pl>", "Parking przed salonem w Krakowie", "general", "high",
"""Dzień dobry,

Na parkingu przed Państwa salonem przy ul. Zakopiańskiej w Krakowie, tuż
przy wejściu, z chodnika wystaje metalowy pręt po starym słupku,
mniej więcej na wysokość kostki. Wieczorem praktycznie go nie widać.
Moja mama zahaczyła o niego nogą w czwartek i przewróciła się - na
szczęście skończyło się na otarciu.

Proszę go usunąć albo chociaż oznaczyć, zanim ktoś złamie nogę.

Jolanta Krajewska"""),
("pl", "b54-nagranie-tiktok-kierownik", "Oliwia Sadowska <oliwia.sadowska@example.pl>", "Pracownik salonu nagrał mnie telefonem", "general", "high",
"""Dzień dobry,

W niedzielę w salonie w Łodzi (Manufaktura) pytałam sprzedawcę o kamerę
do pokoju dziecka. Dziś znajoma przysłała mi film na TikToku, na którym
jestem wyraźnie widoczna, nagrana przez tego sprzedawcę zza lady, z
podpisem wyśmiewającym moje pytania. W tle widać logo salonu.

Żądam natychmiastowego usunięcia nagrania i kontaktu od kierownika
salonu. Jeśli nagranie nie zniknie do jutra, sprawą zajmie się mój
prawnik.

Oliwia Sadowska"""),
]
