# batch25.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Travel and culture this time:
# airlines, ferries and buses, hotels and holiday rentals, event tickets,
# theatres and cinemas, museums, language schools and universities,
# libraries, software-as-a-service tools, web hosting and domains.  The
# failure classes in these settings -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# paid plans ended or paused in other words, outages of a business told
# by their consequences, safety hazards told calmly, hazards in premises,
# praise and harmless alarming words -- and everyday mail of all three
# queues.  40 mails per language, written separately for each language.
# Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b25-seat-fee-charged-twice", "Harriet Okafor <harriet.okafor@example.co.uk>", "Seat selection", "billing", "",
"""Hi,

I booked return flights Manchester to Faro for me and my partner (booking
ref QK7TZP) and paid 18.99 each way so we could sit together. My card
statement shows the seat fee twice on the outbound - 37.98 instead of
18.99 - and the booking only has the same two seats on it. The app and the
booking itself are fine, it's just the extra charge.

Could you refund the duplicate please?

Thanks,
Harriet"""),
("en", "b25-ferry-cabin-upgrade-onboard", "Declan Fitzgerald <declan.fitz@example.ie>", "Rosslare sailing on the 14th", "billing", "",
"""Hello there,

We're booked on the night sailing from Rosslare to Cherbourg on the 14th
with a standard inside cabin. The wife would much prefer an outside one
with a window. Can we pay the difference at reception once we're on
board, or does it have to be done online beforehand? And roughly what is
the difference - is it per person or per cabin?

Many thanks,
Declan"""),
("en", "b25-hotel-preauth-not-released", "Sanjay Patel <sanjay.patel@example.co.uk>", "Deposit hold - booking 7731-0429", "billing", "",
"""Dear Sir/Madam,

I stayed at your Leeds City Centre hotel from 3 to 5 March. At check-in a
pre-authorisation of GBP 150 was taken for incidentals. I checked out on
the 5th with nothing owing (no minibar, no room service), but the 150 is
still blocked on my credit card nine days later. My bank tells me only the
merchant can release it.

Please release the hold.

Regards,
Sanjay Patel"""),
("en", "b25-cottage-deposit-cleaning", "Bronwyn Hughes <bronwyn.hughes@example.co.uk>", "Seashell Cottage, Tenby", "billing", "",
"""Hi, we stayed at Seashell Cottage in Tenby last week and you've kept 80
pounds of our 200 damage deposit for "additional cleaning". We left that
cottage SPOTLESS. I stripped the beds as asked, ran the dishwasher and
took every bit of rubbish out to the bins. Nobody has sent a single photo
or said what needed cleaning.

I'd like either the 80 back or an explanation with photos.
Bronwyn"""),
("en", "b25-ielts-batch-fee-instalments", "Ananya Krishnan <ananya.k@example.in>", "Fees for IELTS batch", "billing", "",
"""Respected Sir/Madam,

I have taken admission for the 12 week IELTS preparation batch starting
1st July at your Bengaluru centre. The total fee is Rs. 38,500. Kindly
let me know if the fee can be paid in 3 instalments instead of the full
amount at once, as my father's salary is credited on the 1st of each
month.

Also please confirm whether UPI payment is accepted or only NEFT.

Thanking you,
Ananya Krishnan"""),
("en", "b25-hello-smaller-team-seats", "Marcus Bell <marcus@bellandcrane.example>", "Hello", "billing", "",
"""Hi,

We've had a rough quarter and we're down to four people from ten, so we
won't need all the seats on our Teamboard account any more. Can you drop
us to 4 seats from the next billing date (the 18th)? I've already removed
the people who left from the workspace, but the invoice preview still
says 10 x $12.

Thanks,
Marcus Bell
Bell & Crane Landscaping"""),
("en", "b25-bakery-closed-hosting-lapse", "Pauline Greaves <pauline@greavesbakery.example>", "greavesbakery", "billing", "",
"""Good afternoon,

After eleven years we have closed the bakery, as my husband and I are
retiring at last. We will not need the website or the email addresses any
more. Please let the hosting and the greavesbakery domain come to an end
and do not take the yearly 119 pounds from our card in May.

Thank you for looking after our little website all these years.

Pauline Greaves"""),
("en", "b25-theatre-season-seats-late-husband", "Dorothy Ainsworth <d.ainsworth@example.co.uk>", "Season seats - Mr R. Ainsworth", "billing", "",
"""Dear Box Office,

I am writing on behalf of my late husband, Ronald Ainsworth, who died on
2 February. Ronald had two season seats in the dress circle (row D, 14
and 15) for the spring season, which he paid for in December. I shall not
be coming without him.

Could the remaining five performances be cancelled and the money returned
to his account? His membership number is 004417.

He loved your theatre. Thank you for many happy evenings.

Yours sincerely,
Dorothy Ainsworth"""),
("en", "b25-cinema-unlimited-fifo-freeze", "Jake Morrison <jake.morrison@example.com.au>", "Unlimited card", "billing", "",
"""G'day,

I'm heading up to a mine site in the Pilbara for three months on a FIFO
roster and won't be anywhere near a cinema. Can I put my Unlimited
membership on hold from 1 April to 30 June so I'm not paying $29.95 a
month for nothing? Don't want to cancel it, just freeze it.

Cheers,
Jake"""),
("en", "b25-re-school-visit-proper-invoice", "Finance Office <finance@st-brigids-primary.example>", "Re: Order 48213", "billing", "",
"""Hello,

Thank you, but the attachment is the booking confirmation, not an
invoice. Our finance system won't let me pay without a proper invoice
with your VAT number and the school's name and address on it. Could you
send one please? 62 pupils and 8 adults, 186.00 in total.

Kind regards,
Joanne Kerr
School Business Manager, St Brigid's Primary

-----Original Message-----
From: Bookings <bookings@example-museum.org.uk>
Sent: 11 March 2024 10:02
To: Finance Office
Subject: Order 48213

Dear Ms Kerr,

Please find attached the details of your school visit on 22 March.

Bookings Team"""),
("en", "b25-library-fine-book-returned", "Tanya Brooks <tbrooks@example.com>", "Overdue fine?", "billing", "",
"""Hi, my account says I owe $6.40 in overdue fines for "The Lincoln
Highway" but I put it in the drop box at the Maple Street branch on the
due date (May 9th). It isn't even showing as checked out anymore, just
the fine. Can you take that off? Thanks, Tanya"""),
("en", "b25-cancelled-flight-refund-small-claims", "Gareth Pryce <gareth.pryce@example.co.uk>", "Refund for cancelled flight - 8 weeks", "billing", "high",
"""To whom it may concern,

Your airline cancelled our flight from Bristol to Alicante (booking
XW4RRN) on 12 April and we chose a refund rather than rebooking. The
refund of 642.36 was "approved" on your website on 14 April. It is now
eight weeks later and I have received nothing, despite three webchats,
each of which told me to wait another seven days.

Under UK261 you were required to refund within seven days. If the money
is not in my account within 14 days I will issue a claim in the small
claims court and report the matter to the Civil Aviation Authority.

Gareth Pryce"""),
("en", "b25-postponed-show-card-dispute", "Kayla Jimenez <kayla.jimenez@example.com>", "Order #TX-559120", "billing", "high",
"""The show at the Riverside Amphitheater got moved from June 8 to October
19. I can't make the new date and your own site says ticket holders can
get a refund within 30 days of the announcement. I requested it on June 3
and got an automated email saying my order is "not eligible". 4 tickets,
$356.80 with fees.

I've screenshotted your refund policy. If this isn't sorted by Friday
I'm disputing the charge with my credit card company.

Kayla"""),
("en", "b25-dingle-apartment-charge-supervisor", "Siobhán Kavanagh <siobhan.kavanagh@example.ie>", "Extra charge on my card - Dingle apartment", "billing", "high",
"""Hi,

I've now spoken to three different people on your phone line about the
EUR 240 taken from my card on the day we left the apartment in Dingle.
First it was a "late check-out fee" (we were gone by 10.45), then it was
"linen", and the last girl said she couldn't see any charge at all,
although it's sitting there on my statement.

I'm not going through it a fourth time. Please pass this to a supervisor
or whoever manages the agents and have them ring me on 087 555 0192.

Siobhán Kavanagh"""),
("en", "b25-not-refund-boarding-pass-app", "Rohan Mehta <rohan.mehta@example.in>", "Boarding pass not generating", "technical", "",
"""Hello team,

This is not about refund or cancellation, please do not send me the
refund form again. I have done web check-in for flight 6E-2134 Delhi to
Pune tomorrow 06:15 but the app shows "Something went wrong" when I tap
on boarding pass. Tried on the website also, the download button keeps
loading only. Reinstalled the app, same issue.

Kindly resolve as I have only cabin baggage and want to go directly to
the gate.

Regards,
Rohan Mehta"""),
("en", "b25-bus-pass-validation-failed", "Chloe Nguyen <chloe.nguyen@example.com.au>", "ticket wont activate", "technical", "",
"""hey, bought a 10 trip pass in the app yesterday and when i try to
activate it on the bus it just says "validation failed, try again".
happened on the 7:40 from Carlingford this morning and again on the way
home. driver was nice and let me on but i cant keep doing that. android,
app is up to date"""),
("en", "b25-hotel-wifi-login-loop", "Neil Ferguson <neil.ferguson@example.co.uk>", "Wi-Fi in room 512", "technical", "",
"""Hi,

I'm at your Glasgow Central hotel this week for work. The guest Wi-Fi
login page goes round in a loop: I put in my surname and room number, it
says "connected", then sends me straight back to the login page. Same on
the laptop and the phone. Front desk said to try again later, which I've
done for two evenings now. Is there a fix? I've got video calls to do
from the room.

Neil Ferguson
Room 512"""),
("en", "b25-library-ebooks-not-on-shelf", "Margaret Dunn <margaret.dunn@example.org.uk>", "My e-books", "technical", "",
"""Dear Library,

My granddaughter set me up with the library app on my tablet last year
and it has been a blessing. But since last week, when I borrow a book it
says "borrowed" and then it does not appear on my shelf, so I cannot read
it. I have tried turning the tablet off and on again as she showed me. I
now have three books "borrowed" and none to read.

I would be grateful for any help. I am not very good with these things.

Margaret Dunn (library card ending 3381)"""),
("en", "b25-student-portal-reset-never-arrives", "Devon Harris <dharris22@student.example.edu>", "Can't log into the student portal", "technical", "",
"""Hi IT Help Desk,

I got locked out of the student portal after too many tries and the
"reset password" email never comes. I've checked spam and junk and tried
both my personal email and my school one. It's been 2 days and I need to
register for fall classes before my slot closes Thursday.

Student ID 20417783.

Thanks,
Devon"""),
("en", "b25-online-spanish-class-echo", "Aoife Brennan <aoife.brennan@example.ie>", "Tuesday B1 class", "technical", "",
"""Hi there,

I'm doing the Tuesday evening B1 Spanish class online. For the last two
weeks, every time I unmute, everyone including the teacher hears a
horrible echo of themselves and Marisol has to mute me again. My headset
works grand on Zoom with my family and on Teams at work, it only happens
on your classroom page. Laptop, Chrome.

Aoife"""),
("en", "b25-csv-export-accents-garbled", "Tom Whitaker <tom@whitaker-events.example>", "Export", "technical", "",
"""Hi,

When I export the attendee list to CSV and open it in Excel, names with
accents come out as nonsense - "José" becomes "JosÃ©", "Zoë" becomes
"ZoÃ«" and so on. We've got a lot of Polish and Spanish names at this
conference and I want to print the badges tomorrow afternoon. Is there a
setting for the encoding somewhere?

Thanks,
Tom Whitaker
Whitaker Events"""),
("en", "b25-hobby-blog-not-private-warning", "Alan Cho <alan.cho@example.com>", "Not secure", "technical", "",
"""Since Sunday anyone going to my blog gets a big "Your connection is not
private" warning. It's only a hobby blog about model railways, but people
are emailing me thinking I've been hacked. I thought the free certificate
renewed itself? The control panel says "SSL: active" and underneath
"expires 3 March", which was last week.

Alan"""),
("en", "b25-re-cinema-qr-beeped-red", "Lauren Fisher <lauren.fisher@example.com>", "Re: Your booking is confirmed - Screen 4, 19:30", "technical", "",
"""Hi,

Just to let you know, the QR code below didn't scan at the door tonight,
the machine beeped red three times. The staff let us in after looking at
the email but said it's happened to other people this week. Also the "Add
to wallet" button in this email goes to an error page. Thought you'd want
to know.

Lauren

> Your booking is confirmed!
> Film: The Long Summer (12A)
> Screen 4, Friday 19:30
> Seats: F7, F8
> Booking ref: 88120-CX
> Show this QR code at the door."""),
("en", "b25-st-ives-flat-gas-smell", "Stephen Rowe <stephen.rowe@example.co.uk>", "Harbour View, Flat 2", "technical", "high",
"""Hello,

We arrived at Harbour View (Flat 2) in St Ives this afternoon. There is a
faint smell of gas in the kitchen, strongest next to the hob, even with
all the knobs turned off. We've opened the windows, we aren't using the
hob and we've gone out for our tea. Could someone come and check it this
evening? We'd rather not sleep there until it's been looked at. The key
safe code is the one you sent.

Stephen Rowe
07700 900 318"""),
("en", "b25-spring-sale-white-page", "Priya Raman <priya@wildflowerprints.example>", "Nothing since 6am", "technical", "high",
"""Hi,

Our first order usually comes in before 7 and today we've had none at
all. Customers are messaging us on Instagram saying the site just shows a
white page with "503 Service Unavailable". It's the first day of our
spring sale and we've paid for ads that are sending people to a blank
page. The hosting control panel won't load for me either.

Please look at this as soon as you can.

Priya Raman
Wildflower Prints Ltd"""),
("en", "b25-box-office-panto-paper", "Gary Doyle <boxoffice@thelyric-dundalk.example>", "Box office system", "technical", "high",
"""Hi,

Since about 4pm our box office screen won't load the seating plans, it
just spins, and the card terminal linked to it says "no connection to
server". Doors open at 7 for a sold-out panto and we've a queue of people
at the desk collecting and paying for tickets. We're writing names on
paper. The online sales page is down too.

Ring me on 042 555 7710 please.

Gary Doyle
Box Office Manager, The Lyric"""),
("en", "b25-aviemore-mother-cold-radiator", "Fiona Campbell <fiona.campbell@example.co.uk>", "Room 118", "technical", "high",
"""Hello,

My mother (86) is staying at your Aviemore hotel while I'm at a
conference, room 118. She rang me this morning to say the radiator in her
room has been stone cold since last night, and it was minus 6 outside.
Reception gave her an extra blanket and told her maintenance won't be in
until Monday. She has a heart condition and should not be sitting in a
cold room for three days.

Please either get the heating working today or move her to a warm room.

Fiona Campbell"""),
("en", "b25-easter-monday-double-buggy", "Emma Wright <emma.wright@example.co.uk>", "Easter Monday", "general", "",
"""Hi, are you open on Easter Monday? And can we take a double buggy into
the dinosaur gallery or is there somewhere to leave it? Thanks, Emma"""),
("en", "b25-ferry-steward-sick-child-thanks", "Colm O'Sullivan <colm.osullivan@example.ie>", "Holyhead crossing Saturday", "general", "",
"""Hi,

I'm not looking for anything back, I just wanted to say thanks. Our
four-year-old was very sick on the crossing from Holyhead to Dublin on
Saturday (a rough one!). A steward called Ewan brought us towels, a bag
of ice and a colouring book, and found us seats near the middle of the
ship. He never once made us feel like a nuisance.

Please tell him he made a horrible trip a lot better.

Colm, Niamh and little Sadhbh"""),
("en", "b25-teddy-on-number-22", "Kirsty MacLeod <kirsty.macleod@example.co.uk>", "Lost teddy - number 22 bus", "general", "",
"""Hello, my daughter left her teddy on the number 22 bus into town this
morning, about 8.15, we got off at the Union Street stop. He's a brown
bear in a blue knitted jumper, very loved and a bit bald in places. Has
anyone handed him in? She's heartbroken.
Kirsty"""),
("en", "b25-guide-dog-honolulu", "Linda Park <linda.park@example.com>", "Flying with my guide dog", "general", "",
"""Hello,

I'm blind and will be flying from Seattle to Honolulu in August with my
guide dog, Rudy. What forms do I need to fill in beforehand, and how far
ahead do they have to be sent? Also, will Rudy be able to lie at my feet
or do we need a bulkhead seat?

Thank you,
Linda Park"""),
("en", "b25-surname-change-before-certificate", "Hannah O'Connor <hannah.oconnor@example.ie>", "Change of surname", "general", "",
"""Dear Student Records,

I got married over the summer and have changed my surname from Ryan to
O'Connor. Could you update your records before my degree parchment is
printed? Student number 19334561. I can send a copy of the marriage
certificate - where should I send it?

Kind regards,
Hannah O'Connor (née Ryan)"""),
("en", "b25-language-school-sar-ico", "Mehmet Aydin <mehmet.aydin@example.co.uk>", "Subject access request - no reply", "general", "high",
"""Dear Data Protection Officer,

On 4 January I made a subject access request for all personal data your
language school holds about me, including the notes your staff wrote
about my attendance and the recordings of my online lessons. More than a
calendar month has passed and I have had no reply, not even an
acknowledgement.

If I do not receive the data within 7 days I will lodge a complaint with
the Information Commissioner's Office.

Mehmet Aydin
Student number LS-22817"""),
("en", "b25-sweeney-todd-killed-it", "Bethany Cole <bethany.cole@example.co.uk>", "WOW", "general", "",
"""Just got home from Saturday's matinee of Sweeney Todd and I'm still
buzzing. The cast absolutely killed it, the final number nearly blew the
roof off, and Mrs Lovett was murderously good (sorry). My nan cried
twice. Best thing we've seen in years - thank you!!
Beth x"""),
("en", "b25-sponsor-under-12s-kit", "Rob Dempsey <rob.dempsey@example.co.uk>", "Kingsbridge Rovers U12s", "general", "",
"""Dear Sir/Madam,

I coach Kingsbridge Rovers Under 12s. We're raising money for a new kit
and a trip to a tournament in Holland, and wondered if your hotel would
be interested in sponsoring the team. In return your logo would go on the
back of the shirts and on our club Facebook page (about 2,000 followers,
mostly local families).

Happy to pop in for a chat.

Rob Dempsey
Kingsbridge Rovers JFC"""),
("en", "b25-urgent-sensory-session", "Nicole Stevens <nicole.stevens@example.com.au>", "URGENT!!!", "general", "",
"""URGENT!!! Do you have any sensory-friendly sessions of the new
Paddington film these school holidays? Lights up, sound down. My son is
autistic and we'd love to take him. Need to know before I get the
grandparents to come over lol. Thanks, Nic (Parramatta)"""),
("en", "b25-author-evening-walking-frame", "Ruth Armstrong <ruth.armstrong@example.co.uk>", "Author evening on the 21st", "general", "",
"""Hello,

I saw the poster in the library for the author evening with Joanna Fells
on the 21st. May I bring my granddaughter, who is 11 and loves her books,
or is it for adults only? And is the upstairs room reachable without
stairs? I use a walking frame.

Regards,
Ruth Armstrong"""),
("en", "b25-question-data-region-dpa", "Arjun Nair <arjun.nair@nairsoftware.example>", "Question", "general", "",
"""Hi,

We are evaluating your project management tool for a client in Germany.
Their IT team wants to know where the data is stored (which data centre
or region), whether you sign a DPA under GDPR, and whether you hold ISO
27001. Is there a security document you can share with us?

Regards,
Arjun Nair
Nair Software Solutions, Kochi"""),
("en", "b25-usher-pulled-son-theatre-manager", "Claire Donnelly <claire.donnelly@example.co.uk>", "Complaint - front of house staff, Thursday evening", "general", "high",
"""I am writing to complain about the way one of your ushers treated my
son at the 7.30 performance on Thursday.

My son is 17 and has cerebral palsy. He was slow getting back to his
seat after the interval and the usher told him loudly to "hurry up or
wait outside", then took him by the arm and pulled him along the row. He
was humiliated in front of a full stalls.

I want the theatre manager to contact me personally. I do not want a
form letter.

Claire Donnelly"""),
("en", "b25-cracked-glass-sand-pit", "David Okoye <david.okoye@example.co.uk>", "Under-5s area", "general", "high",
"""Hi,

Just a heads-up: in the under-5s play area on the ground floor, one of
the glass panels round the sand pit has a big crack across it and a
corner has come away, so there's a sharp edge at toddler height. I told
a member of staff at about 2pm, but when we left at 4 there were still
kids playing right next to it.

David Okoye"""),
# ---------------- Greek ----------------
("el", "b25-aktoploia-foititiko-plires-timi", "Δανάη Κυριακίδου <danai.kyriakidou@example.gr>", "Φοιτητικό εισιτήριο Πειραιάς - Νάξος", "billing", "",
"""Καλησπέρα σας,

Έκλεισα μέσω της ιστοσελίδας σας εισιτήριο Πειραιάς - Νάξος για τις 28/6 και
επέλεξα φοιτητική έκπτωση 50%, έχω και πάσο. Στην επιβεβαίωση γράφει
"φοιτητικό", αλλά από την κάρτα μου χρεώθηκαν 44,50€, δηλαδή η κανονική τιμή.
Μπορείτε να μου επιστρέψετε τη διαφορά;

Κωδικός κράτησης: NX-73318

Ευχαριστώ,
Δανάη Κυριακίδου"""),
("el", "b25-gl-xania-checkout-dyo-fores", "Manos Vlachakis <manos.vlaxakis@example.gr>", "xrewsh", "billing", "",
"""Kalhspera,
meiname sto ksenodoxeio sas sta Xania 12-15 Iouniou kai plhrwsa sto check
out me karta 285 eurw. Shmera vlepw sthn efarmogh ths trapezas oti exoun
fygei 2 fores ta 285. Mporeite na to koitaksete kai na epistrepsete th mia?
Eyxaristw,
Manos"""),
("el", "b25-ktel-lavrio-karta-i-metrita", "Σταυρουλα Πανου <stavroula.panou@example.gr>", "Εισιτηρια Λαυριο", "billing", "",
"""Καλημερα σας,
ταξιδευω καθε Δευτερα απο Λαυριο για Αθηνα για δουλεια. Μπορω να πληρωσω το
εισιτηριο μεσα στο λεωφορειο με καρτα η μονο μετρητα; Και υπαρχει καποιο
μηνιαιο κουπονι με εκπτωση για οσους ταξιδευουν ταχτικα;
Ευχαριστω
Σταυρουλα"""),
("el", "b25-makrinitsa-akyrosi-prokatavoli", "Θανάσης Ρήγας <thanasis.rigas@example.gr>", "Κράτηση πέτρινου σπιτιού στη Μακρινίτσα", "billing", "",
"""Καλημέρα,

Είχαμε κλείσει το πέτρινο σπίτι στη Μακρινίτσα για 3 νύχτες, 26-29
Δεκεμβρίου, και είχα πληρώσει προκαταβολή 150€. Λόγω ενός οικογενειακού
θέματος δεν θα μπορέσουμε να έρθουμε. Στους όρους σας γράφει ότι με ακύρωση
πάνω από 21 μέρες πριν επιστρέφεται όλη η προκαταβολή - σήμερα είμαστε 30
μέρες πριν.

Πώς προχωράμε για την επιστροφή; Μπορεί να γίνει στο IBAN από το οποίο έγινε
η μεταφορά.

Θανάσης Ρήγας"""),
("el", "b25-gl-frontistirio-mono-mpasket", "Vasilikh Karra <vkarra@example.gr>", "Nikolakis - agglika", "billing", "",
"""Geia sas kyria Eleni,
o Nikolakis mas ta paratise telika ta agglika, dhlwnei oti 8elei mono
mpasket kai den mporoume na ton peisoume :) Opote apo ton Noemvrio
stamatame. Mh mas xrewsete ta 60e tou mhna apo thn karta, ton Oktwvrio
ton plhrwsa hdh.
Eyxaristoume gia ola, kai an allaksei gnwmh 8a ksanarthei!
Vasilikh"""),
("el", "b25-theatro-timologio-etaireias", "Λογιστηριο ΚΑΠΑ Μηχανικη <logistirio@kapa-mixaniki.example>", "Τιμολογιο για 24 εισιτηρια", "billing", "",
"""Καλησπερα σας,

Αγορασαμε 24 εισιτηρια για την παρασταση της 15ης Δεκεμβριου ως εταιρεια,
για τη χριστουγεννιατικη εξοδο του προσωπικου (παραγγελια 20931, 528€). Μας
ηρθε μονο αποδειξη. Θα θελαμε τιμολογιο με τα εξης στοιχεια:

ΚΑΠΑ Μηχανικη ΑΕ
ΑΦΜ 099887766, ΔΟΥ ΦΑΕ Πειραια
Ακτη Μιαουλη 41, Πειραιας

Ευχαριστουμε,
Ρενα Αλεξανδρη
Λογιστηριο"""),
("el", "b25-programma-timologisis-pateras-efyge", "Κατερίνα Σπυροπούλου <k.spyropoulou@example.gr>", "Συνδρομή - Γεώργιος Σπυρόπουλος", "billing", "",
"""Αξιότιμοι κύριοι,

Ο πατέρας μου, Γεώργιος Σπυρόπουλος, λογιστής στην Πάτρα, έφυγε από τη ζωή
τον περασμένο μήνα. Είχε συνδρομή στο πρόγραμμα τιμολόγησής σας (πακέτο
Professional, 39€ τον μήνα) για το γραφείο του, το οποίο κλείνει.

Παρακαλώ να διακοπεί η συνδρομή και να μη γίνει άλλη χρέωση στην κάρτα του.
Τα δεδομένα των πελατών τα έχουμε ήδη εξαγάγει μαζί με τον συνεργάτη του.

Με εκτίμηση,
Κατερίνα Σπυροπούλου"""),
("el", "b25-domain-gr-ananeosi-diplasia", "Νίκος Λαμπράκης <nikos@lamprakis-ergastirio.example>", "Ανανέωση domain", "billing", "",
"""Γεια σας,

Μου ήρθε ειδοποίηση ότι το .gr domain μου λήγει τον Απρίλιο και ότι η
ανανέωση για 2 χρόνια κοστίζει 38€ + ΦΠΑ. Πέρσι είχα πληρώσει σχεδόν τα μισά.
Άλλαξε ο τιμοκατάλογος ή είναι λάθος; Επίσης, αν κάνω ανανέωση για 4 χρόνια
υπάρχει κάποια έκπτωση;

Νίκος"""),
("el", "b25-re-filoi-mouseiou-erasmus", "Ηλέκτρα Μαυρίδη <ilektra.mavridi@example.gr>", "Re: Ανανέωση συνδρομής Φίλων του Μουσείου", "billing", "",
"""Καλησπέρα,

Ευχαριστώ για την υπενθύμιση. Από τον Σεπτέμβριο θα είμαι για έναν χρόνο με
Erasmus στη Λυών, οπότε δεν θα έρθω καθόλου στο μουσείο. Μπορεί η κάρτα μέλους
να "παγώσει" για έναν χρόνο, αντί να ανανεωθεί αυτόματα τώρα; Θέλω να τη
συνεχίσω όταν γυρίσω.

Ηλέκτρα

> Αγαπητή κυρία Μαυρίδη,
> η ετήσια συνδρομή σας στους Φίλους του Μουσείου (35€) θα ανανεωθεί
> αυτόματα στις 31/8 με χρέωση της κάρτας που έχετε δηλώσει.
> Με εκτίμηση,
> Γραφείο Μελών"""),
("el", "b25-gl-therino-pass-elhxe", "Stelios Mpakas <stelios.mpakas@example.gr>", "pass 10 provolwn", "billing", "",
"""Kalhmera, eixa agorasei to pass 10 provolwn gia to 8erino sas ston
Peiraia (40 eurw) kai eixa kanei mono 4. Twra eida oti elhkse sto telos
ths sezon. Ginetai na metaferthoun oi 6 pou emeinan gia to xeimerino h gia
to epomeno kalokairi? Krima na xa8oun.
Stelios"""),
("el", "b25-pms-didaktra-deuteri-dosi", "Ευάγγελος Τζιόλας <e.tziolas@example.gr>", "Δίδακτρα ΠΜΣ - 2η δόση", "billing", "",
"""Αξιότιμη Γραμματεία,

Είμαι φοιτητής του ΠΜΣ "Διοίκηση Πολιτιστικών Μονάδων" (Α.Μ. 4412). Πλήρωσα
την 1η δόση των διδάκτρων (1.250€) τον Οκτώβριο. Θα ήθελα να ρωτήσω έως πότε
πρέπει να καταβληθεί η 2η δόση και σε ποιον λογαριασμό, καθώς στο email της
εγγραφής αναφέρεται μόνο ο λογαριασμός του ΕΛΚΕ χωρίς αιτιολογία πληρωμής.

Ευχαριστώ εκ των προτέρων,
Ευάγγελος Τζιόλας"""),
("el", "b25-akyromeni-ptisi-kouponi-synigoros", "Παναγιώτα Δημοπούλου <p.dimopoulou@example.gr>", "Ακυρωμένη πτήση Αθήνα - Βρυξέλλες", "billing", "high",
"""Κύριοι,

Η πτήση μου Αθήνα - Βρυξέλλες της 3ης Μαΐου (κράτηση 8KQ2LM) ακυρώθηκε από
εσάς δύο ημέρες πριν. Ζήτησα γραπτώς επιστροφή των χρημάτων (318,40€) και
αντί γι' αυτό μου στείλατε κουπόνι ίσης αξίας για μελλοντική πτήση, το οποίο
δεν ζήτησα και δεν δέχομαι.

Σύμφωνα με τον Κανονισμό 261/2004 δικαιούμαι επιστροφή σε χρήματα. Αν η
επιστροφή δεν γίνει στην κάρτα μου εντός 10 ημερών, θα καταθέσω αναφορά στον
Συνήγορο του Καταναλωτή και στην ΥΠΑ.

Παναγιώτα Δημοπούλου"""),
("el", "b25-gl-lykavittos-dyo-paraggelies-trapeza", "Alexandros Gkikas <alex.gkikas@example.gr>", "eishthria Lykavhttos", "billing", "high",
"""Geia sas,
phra 2 eishthria gia th synaulia sto 8eatro Lykavhttou sthn 1h Iouliou, h
selida kolhse sthn plhrwmh kai telika mou hr8an 2 emails me 2 diaforetikes
paraggelies (55120 kai 55121), 2 x 76 eurw. Ta eishthria ta 8elw mono mia
fora!! Exw steilei 3 fores mhnyma sto chat kai tipota.
An mexri thn Paraskeyh den epistrepsete th mia xrewsh 8a kanw
amfisvhthsh sthn trapeza mou.
Alexandros"""),
("el", "b25-rodos-timi-site-diefthyntis", "Σωτήρης Μανωλάκης <s.manolakis@example.gr>", "Χρέωση δωματίου - ζητώ τον διευθυντή", "billing", "high",
"""Καλησπέρα,

Κλείσαμε μέσω της ιστοσελίδας σας δίκλινο με πρωινό στη Ρόδο για 5 νύχτες,
στην τιμή των 480€ που ήταν επιβεβαιωμένη. Κατά την αναχώρηση η ρεσεψιόν μάς
χρέωσε 640€, λέγοντας ότι "η τιμή του site ήταν λάθος" και ότι δεν μπορούσε να
κάνει κάτι. Πληρώσαμε για να μη χάσουμε το πλοίο.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του ξενοδοχείου και να μου
επιστραφούν τα 160€. Έχω το email επιβεβαίωσης με την τιμή.

Σωτήρης Μανωλάκης
697 555 2210"""),
("el", "b25-gl-online-checkin-taytotita", "Xristina Poulou <xristina.poulou@example.gr>", "check in", "technical", "",
"""Kalhmera, prospa8w na kanw online check in sthn efarmogh gia thn pthsh
Athina - Thessaloniki ayrio sto 07:40 kai mou vgazei "Mh egkyro eggrafo
taytothtas" otan vazw ton ari8mo ths neas taytothtas mou. Ton exw elegksei
3 fores. Ti na kanw?
Xristina"""),
("el", "b25-den-thelo-epistrofi-eisitirio-andros", "Μιχάλης Φραγκάκης <m.fragkakis@example.gr>", "Ηλεκτρονικό εισιτήριο", "technical", "",
"""Καλησπέρα,

Δεν θέλω επιστροφή χρημάτων ούτε αλλαγή, θέλω απλώς να μπορέσω να μπω στο
πλοίο. Πλήρωσα χθες εισιτήριο Ραφήνα - Άνδρος για αύριο το πρωί, η χρέωση
έγινε κανονικά, αλλά το email με το ηλεκτρονικό εισιτήριο δεν ήρθε ποτέ
(κοίταξα και στα ανεπιθύμητα). Στην ενότητα "Οι κρατήσεις μου" η κράτηση
φαίνεται "σε εκκρεμότητα".

Θα με αφήσουν να επιβιβαστώ μόνο με τον κωδικό κράτησης; Είναι RF-40917.

Μιχάλης"""),
("el", "b25-eclass-lathos-kodikos", "Ραφαέλα Ζερβού <rzervou@upnet.example.gr>", "Κωδικοί ιδρυματικού λογαριασμού", "technical", "",
"""Καλησπέρα σας,

Είμαι πρωτοετής στο Τμήμα Ιστορίας (Α.Μ. 1092023). Ενεργοποίησα τον
ιδρυματικό λογαριασμό, αλλά όταν πάω να μπω στο eclass μου βγάζει "Λάθος όνομα
χρήστη ή κωδικός", ενώ με τον ίδιο κωδικό μπαίνω κανονικά στο webmail. Άλλαξα
τον κωδικό μία φορά, τίποτα. Έχω προθεσμία για εργασία την Παρασκευή.

Ευχαριστώ,
Ραφαέλα Ζερβού"""),
("el", "b25-vivliothiki-kratisi-den-ginetai", "Αντωνης Κουτσογιαννης <a.koutsogiannis@example.gr>", "Κρατηση βιβλιου", "technical", "",
"""Καλημερα,
στον ηλεκτρονικο καταλογο της βιβλιοθηκης, οταν πατω "Κρατηση" σε ενα βιβλιο
που ειναι δανεισμενο, η σελιδα ξαναφορτωνει και δεν γινεται τιποτα. Δοκιμασα
απο υπολογιστη και απο κινητο. Ο αριθμος καρτας μου ειναι 00271845.
Αντωνης Κουτσογιαννης"""),
("el", "b25-gl-kleimatistiko-zestos-aeras", "Giwrgos Tsakalos <g.tsakalos@example.gr>", "dwmatio 207", "technical", "",
"""Geia sas, eimaste sto dwmatio 207 apo thn Kyriakh. To kleimatistiko
douleyei alla vgazei zesto aera, akoma kai sto 18. To eipame sth reception
xthes kai hr8e enas kyrios, to patise ligo kai efyge. Shmera pali ta idia,
to vrady den koimh8hkame apo th zesth.
Giwrgos"""),
("el", "b25-mydata-sfalma-enos-pelati", "Σοφία Αργυρίου <sofia@argyriou-logistiki.example>", "Σφάλμα διαβίβασης στο myDATA", "technical", "",
"""Καλημέρα,

Από χθες το απόγευμα κάθε τιμολόγιο που εκδίδω για έναν συγκεκριμένο πελάτη
(ΑΦΜ 801234567) δεν διαβιβάζεται στο myDATA και βγάζει το μήνυμα "Σφάλμα 103 -
Μη έγκυρος χαρακτηρισμός". Για τους υπόλοιπους πελάτες όλα δουλεύουν κανονικά.
Δεν άλλαξα τίποτα στις ρυθμίσεις του.

Μπορείτε να δείτε τι φταίει;

Σοφία Αργυρίου"""),
("el", "b25-outlook-535-apostoli", "Γρηγόρης Μπαλτάς <info@baltas-epipla.example>", "Δεν στέλνει email", "technical", "",
"""Γεια σας, από τη Δευτέρα το Outlook στο γραφείο λαμβάνει κανονικά, αλλά όταν
στέλνω email βγάζει "535 Authentication failed". Ο κωδικός είναι σωστός, γιατί
από το webmail στέλνω κανονικά. Μήπως αλλάξατε κάτι στις ρυθμίσεις του server;
Γρηγόρης Μπαλτάς"""),
("el", "b25-gl-site-thesis-iphone", "Rena P. <rena.pap@example.gr>", "site", "technical", "",
"""kalhspera, sto site sas apo to iphone otan pataw na dialeksw 8eseis gia
to Oppenheimer h selida kollaei kai meta vgainei kenh. apo to laptop tou
adelfou mou douleuei. exw kanei kai enhmerwsh sto kinhto. ti ftaiei?"""),
("el", "b25-italika-vinteo-mavro-tetragono", "Ευτυχία Παπαδημητρίου <eftychia.pap@example.gr>", "Τα βίντεο των μαθημάτων", "technical", "",
"""Καλησπέρα σας,

Είμαι 68 ετών και παρακολουθώ το διαδικτυακό τμήμα Ιταλικών για αρχάριους. Τα
πρώτα μαθήματα τα έβλεπα κανονικά, αλλά από την 5η ενότητα και μετά τα βίντεο
δεν ξεκινούν, μένει ένα μαύρο τετράγωνο με έναν κύκλο που γυρίζει. Ο ήχος και
τα κείμενα ανοίγουν. Χρησιμοποιώ τον υπολογιστή που μου έστησε ο γιος μου.

Σας ευχαριστώ για την υπομονή,
Ευτυχία Παπαδημητρίου"""),
("el", "b25-kalamata-priza-spithes", "Λευτέρης Σαββίδης <l.savvidis@example.gr>", "Διαμέρισμα στην Καλαμάτα - πρίζα", "technical", "high",
"""Καλησπέρα,

Είμαστε στο διαμέρισμα στην Καλαμάτα από χθες. Σήμερα το πρωί, όταν η γυναίκα
μου έβαλε το πιστολάκι στην πρίζα του μπάνιου, πετάχτηκαν σπίθες και έπεσαν
οι ασφάλειες. Η πρίζα έχει μαυρίσει γύρω γύρω και μυρίζει καμένο. Σηκώσαμε
τον γενικό και τα υπόλοιπα δουλεύουν, το μπάνιο το αφήνουμε χωρίς ρεύμα.

Μπορεί να έρθει ένας ηλεκτρολόγος να το δει; Έχουμε δύο μικρά παιδιά.

Λευτέρης Σαββίδης
694 555 1187"""),
("el", "b25-gl-eshop-megali-evdomada", "Dimitra Kalogerou <dimitra@meli-krhths.example>", "to site", "technical", "high",
"""Kalhmera,
apo tis 9 to prwi oi pelates mas pairnoun thlefwno oti to eshop den anoigei,
vgazei "Error establishing a database connection". Einai Megalh Evdomada,
h pio dynath mas evdomada gia paraggelies, kai exoume 3 atoma sto thlefwno
na grafoun paraggelies me to xeri. Oute to cpanel mpainei.
Parakalw koitakste to amesws. 210 555 3340
Dimitra Kalogerou
Meli Krhths"""),
("el", "b25-channel-manager-diples-kratiseis", "Μιχαήλ Ξενάκης <reception@villa-thalassa.example>", "Διπλές κρατήσεις από χθες", "technical", "high",
"""Καλημέρα,

Από χθες το μεσημέρι η διαθεσιμότητα δεν ενημερώνεται προς τα κανάλια
κρατήσεων. Σήμερα έφτασαν δύο οικογένειες για δωμάτια που ήταν ήδη πιασμένα
και τις στείλαμε σε άλλο ξενοδοχείο με δικά μας έξοδα, και στο σύστημα βλέπω
άλλες τέσσερις κρατήσεις για δωμάτια που δεν υπάρχουν. Κλείσαμε χειροκίνητα
τα πάντα στις πλατφόρμες, αλλά έτσι δεν μπορούμε να πουλήσουμε ούτε ένα
δωμάτιο.

Χρειαζόμαστε κάποιον να το δει σήμερα.

Μιχαήλ Ξενάκης
Villa Thalassa, Νάξος"""),
("el", "b25-platforma-exetaseon-katarrefsi", "Αθανάσιος Λιάπης <aliapis@econ.uni-example.gr>", "Κατάρρευση πλατφόρμας εξετάσεων", "technical", "high",
"""Κυρίες και κύριοι,

Σήμερα στις 10:00 ξεκίνησε η ηλεκτρονική εξέταση του μαθήματος
"Μακροοικονομία Ι" με 214 εγγεγραμμένους φοιτητές. Στις 10:20 η πλατφόρμα
σταμάτησε να αποθηκεύει απαντήσεις και οι περισσότεροι φοιτητές είδαν
"Session expired". Η εξέταση διακόπηκε. Αύριο έχουμε άλλες τρεις εξετάσεις
στην ίδια πλατφόρμα, με πάνω από 600 φοιτητές συνολικά.

Παρακαλώ επικοινωνήστε άμεσα με το γραφείο μου.

Αθανάσιος Λιάπης
Καθηγητής, Τμήμα Οικονομικών Επιστημών"""),
("el", "b25-mouseio-25-martiou", "Γιαννης Τσιριγος <g.tsirigos@example.gr>", "25η Μαρτιου", "general", "",
"""Καλημερα, θα ειναι ανοιχτο το μουσειο την 25η Μαρτιου; Αν ναι, τι ωρα κλεινει;
Θα ερθουμε με τα παιδια μετα την παρελαση. Ευχαριστω."""),
("el", "b25-gl-nafplio-tourta-eyxaristoume", "Eleni Kotsira <eleni.kotsira@example.gr>", "EYXARISTOUME", "general", "",
"""Kalhspera sas,
8elame na poume ena megalo eyxaristw sto proswpiko tou ksenodoxeiou sto
Nafplio. Htan ta 40a genethlia tou antra mou kai h kopela sth reception,
h Maria, to emathe xwris na poume tipota, kai to vrady vrhkame sto dwmatio
mia mikrh tourta kai ena kartaki. Htan toso omorfo!
8a ksanartoume sigoura.
Eleni kai Kwstas"""),
("el", "b25-mpoufan-saloni-xios", "Ζωή Χατζηγιάννη <zoi.chatzigianni@example.gr>", "Ξεχασμένο μπουφάν", "general", "",
"""Καλησπέρα,

Ταξίδευα την Κυριακή με το πλοίο Πειραιάς - Χίος (αναχώρηση 20:00) και ξέχασα
στο σαλόνι της διακεκριμένης θέσης, κοντά στο μπαρ, ένα σκούρο μπλε μπουφάν με
ένα κόκκινο κασκόλ στην τσέπη. Μήπως βρέθηκε; Μπορώ να περάσω από το γραφείο
σας στον Πειραιά.

Ζωή Χατζηγιάννη"""),
("el", "b25-gl-podhlato-ktel-nafplio", "Petros D. <petros.dim@example.gr>", "podhlato", "general", "",
"""geia sas, mporw na parw to podhlato mou sto leoforeio Athina - Nafplio
to Savvato? to vazw sto port mpagkaz h prepei na to lysw? einai kanoniko
podhlato dromou oxi ptyssomeno. eyxaristw"""),
("el", "b25-grammateia-nea-dieythynsi", "Ορέστης Μπαλάφας <o.balafas@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Αξιότιμη Γραμματεία,

Παρακαλώ να ενημερωθούν τα στοιχεία μου ως εξής:
Νέα διεύθυνση: Αγίου Δημητρίου 18, 54632 Θεσσαλονίκη
Νέο κινητό: 698 555 4471

Α.Μ. 2019-0388, Τμήμα Πολιτικών Μηχανικών.

Ευχαριστώ,
Ορέστης Μπαλάφας"""),
("el", "b25-gl-cambridge-b2-imerominies", "Kwnstantina L. <konstantina.l@example.gr>", "eksetaseis B2", "general", "",
"""Kalhspera, h kori mou h Myrto kanei B2 sto frontisthrio sas ston
Xolargo. Kserete pote einai fetos oi eksetaseis tou Cambridge, Maio h
Iounio? 8eloume na kleisoume diakopes kai den 8elw na pesoun panw.
Eyxaristw!
Kwnstantina"""),
("el", "b25-epidavros-mideia-mas-skotose", "Άρης Βλάχος <aris.vlachos@example.gr>", "Μήδεια στην Επίδαυρο", "general", "",
"""Καλησπέρα σας,

Χθες το βράδυ στην Επίδαυρο η Μήδεια μάς σκότωσε. Η πρωταγωνίστρια έκαψε τη
σκηνή, στο τέλος δεν ανέπνεε κανείς στο κοίλον και το χειροκρότημα κράτησε
δέκα λεπτά. Δεν έχω ξαναδεί κάτι τέτοιο στα 20 χρόνια που έρχομαι στο
Φεστιβάλ.

Ένα μεγάλο μπράβο σε όλους σας.

Άρης Βλάχος"""),
("el", "b25-dorea-vivlion-pappou-filologou", "Μαρία Κανελλοπούλου <maria.kanellopoulou@example.gr>", "Δωρεά βιβλίων", "general", "",
"""Καλημέρα σας,

Ο παππούς μου ήταν φιλόλογος και άφησε περίπου 400 βιβλία, κυρίως αρχαία
ελληνική γραμματεία, λεξικά και κάποιες παλιές εκδόσεις της δεκαετίας του '60.
Θα θέλαμε να τα δωρίσουμε στη Δημοτική Βιβλιοθήκη. Τα δέχεστε; Αν ναι, πρέπει
να τα φέρουμε εμείς ή μπορεί να περάσει κάποιος να τα δει πρώτα;

Μαρία Κανελλοπούλου"""),
("el", "b25-gl-syros-ftanoume-1-to-vrady", "Lampros K. <lampros.k@example.gr>", "ftanoume arga", "general", "",
"""Kalhspera, eimaste h krathsh gia to studio sth Syro apo Pempth. To
ploio ftanei 00:45, opote 8a eimaste ekei peripou 1:15. Pou 8a vroume ta
kleidia? Yparxei kleidothhkh h 8a mas perimenei kapoios? Kai pou mporoume
na parkaroume to amaxi konta?
Lampros"""),
("el", "b25-agiasos-festival-xorigia", "Πολιτιστικός Σύλλογος Αγιάσου <info@syllogos-agiasou.example>", "Χορηγία φεστιβάλ ταινιών μικρού μήκους", "general", "",
"""Αγαπητοί φίλοι,

Ο Πολιτιστικός Σύλλογος Αγιάσου Λέσβου διοργανώνει για τρίτη χρονιά φεστιβάλ
ταινιών μικρού μήκους για μαθητές, στις 20-22 Ιουλίου. Θα θέλαμε να σας
ζητήσουμε να γίνετε χορηγός, για παράδειγμα με τον δανεισμό ενός προβολέα ή με
προσκλήσεις για τους νικητές. Το λογότυπό σας θα μπει στην αφίσα και στο
πρόγραμμα.

Με εκτίμηση,
Για το Δ.Σ.
Στέλλα Ψαρρού"""),
("el", "b25-ktel-odigos-pateras-ethniki", "Αικατερίνη Ζαχαρίου <a.zachariou@example.gr>", "Παράπονο για οδηγό - δρομολόγιο 14:30 για Τρίπολη", "general", "high",
"""Κύριοι,

Την Τρίτη ο πατέρας μου, 81 ετών, ταξίδεψε με το δρομολόγιο των 14:30 από
Αθήνα για Τρίπολη. Ζήτησε από τον οδηγό να τον ειδοποιήσει στη στάση της
Τεγέας. Ο οδηγός τού απάντησε απότομα "δεν είμαι νταντά" και τελικά τον
κατέβασε στην άκρη της εθνικής οδού, 4 χιλιόμετρα πιο πέρα, με τη βαλίτσα του
και χωρίς πεζοδρόμιο. Τον βρήκε ένας γείτονας μετά από μία ώρα.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του ΚΤΕΛ ή ο πρόεδρος, όχι
τυποποιημένη απάντηση.

Αικατερίνη Ζαχαρίου
697 555 8820"""),
("el", "b25-pisina-paidiki-plakakia", "Νεφέλη Αντωνίου <nefeli.antoniou@example.gr>", "Πισίνα", "general", "high",
"""Καλημέρα,

Θα ήθελα να σας ενημερώσω ότι στην παιδική πισίνα, στο σκαλί της εισόδου,
λείπουν δύο πλακάκια και οι άκρες που έμειναν είναι κοφτερές. Η κόρη μου
έκοψε ελαφρά το πόδι της χθες, τίποτα σοβαρό. Το είπα στον ναυαγοσώστη, αλλά
σήμερα το πρωί τα παιδιά έμπαιναν κανονικά από το ίδιο σκαλί.

Νεφέλη Αντωνίου, δωμάτιο 31"""),
("el", "b25-gl-gdpr-diagrafi-arxh", "Thanos Mpekas <thanos.mpekas@example.gr>", "GDPR", "general", "high",
"""Kalhmera,
stis 10 Fevrouariou zhthsa grapta na diagrapsete ola ta stoixeia mou apo
th vash sas (email, thlefwno, istoriko krathsewn) kai na stamathsete na
mou stelnete newsletter kai SMS. Akoma mou erxontai SMS gia prosfores kai
kamia apanthsh.
Ean den epivevaiwsete th diagrafh mesa se 10 meres 8a kanw kataggelia
sthn Arxh Prostasias Dedomenwn Proswpikou Xarakthra.
Thanos Mpekas"""),
# ---------------- Spanish ----------------
("es", "b25-ferry-denia-coche-dos-veces", "Jordi Ferrer <jordi.ferrer@example.es>", "Cobro doble del coche", "billing", "",
"""Hola,

Reservé el barco Dénia - Ibiza del 2 de agosto para dos adultos y un coche
(localizador BX77214). En el extracto del banco me aparece el suplemento del
vehículo cobrado dos veces, 2 x 96,00 €, aunque en la reserva solo figura un
coche. ¿Me podéis devolver el cargo duplicado?

Gracias,
Jordi Ferrer"""),
("es", "b25-boletos-oaxaca-pagar-oxxo", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "pago de boletos", "billing", "",
"""Buenas tardes, quiero comprar 3 boletos de autobús de CDMX a Oaxaca para
el 20 de diciembre pero no tengo tarjeta de crédito. ¿Se puede pagar en OXXO
o con transferencia SPEI? ¿Y cuánto tiempo me apartan los lugares mientras
pago?
Gracias, Lupita"""),
("es", "b25-bariloche-factura-a-cuit", "Martín Ferreyra <mferreyra@estudioferreyra.example>", "Factura A", "billing", "",
"""Buen día,

Me alojé en el hotel de Bariloche del 8 al 11 de agosto por un viaje de
trabajo (reserva 30518) y me entregaron factura B a mi nombre. Necesito que me
la rehagan como factura A a nombre de la empresa:

Estudio Ferreyra & Asoc. SRL
CUIT 30-71234567-8
Responsable Inscripto

El total fue de $412.800. Desde ya, muchas gracias.

Martín Ferreyra"""),
("es", "b25-casa-rural-elizondo-senal", "Begoña Etxeberria <bego.etxeberria@example.es>", "Reserva casa rural Baztan", "billing", "",
"""Buenos dias,

Tenemos reservada la casa rural de Elizondo para el puente de diciembre y
pagamos una señal de 200 euros. Por un tema de salud de mi madre no vamos a
poder ir. Segun vuestras condiciones, si se cancela con mas de 15 dias se
devuelve la señal entera, y faltan 24 dias. ¿Como hacemos para que nos la
devolvais?

Un saludo,
Begoña"""),
("es", "b25-hola-me-voy-a-medellin", "Valentina Restrepo <vale.restrepo@example.com.co>", "Hola", "billing", "",
"""Hola, ¿cómo están?

Les cuento que me salió un trabajo en Medellín y me voy a vivir allá a fin de
mes, entonces ya no voy a poder seguir yendo a las clases de francés en la
sede de Chapinero. Por favor no me vuelvan a cobrar la mensualidad de $380.000
que se debita el 5. Muchas gracias por todo, la profe Claire es lo máximo.

Valentina Restrepo"""),
("es", "b25-master-segundo-plazo-domiciliacion", "Lucía Moreno Gil <lucia.moreno@alumnos.example.es>", "Segundo plazo de la matrícula", "billing", "",
"""Buenos días:

Elegí el pago fraccionado de la matrícula del máster en ocho plazos. El
segundo plazo (348,25 €) tendría que haberse domiciliado el 5 de diciembre,
pero en mi cuenta no aparece ningún cargo y en la secretaría virtual sale como
"pendiente". ¿Tengo que pagarlo yo por transferencia o se volverá a pasar el
recibo? No quiero que me anulen la matrícula por impago.

Un saludo,
Lucía Moreno Gil
NIA 100458331"""),
("es", "b25-cafe-andino-plan-basico", "Felipe Muñoz <felipe@cafe-andino.example>", "Plan", "billing", "",
"""Hola,

Tenemos el plan Pro anual de la app de reservas para la cafetería y se renueva
el 1 de marzo. Este año cerramos el local de Providencia y nos quedamos solo
con el de Ñuñoa, así que nos basta con el plan Básico mensual. ¿Se puede
cambiar antes de que se renueve, para que no nos cobren los USD 420 del anual?

Saludos,
Felipe Muñoz
Café Andino"""),
("es", "b25-amigos-museo-socia-fallecida", "Carmen Ruiz Ortega <carmen.ruizortega@example.es>", "Socia n.º 10293 - Dña. Pilar Ortega", "billing", "",
"""Estimados señores:

Les escribo porque mi madre, Dña. Pilar Ortega Sanz, socia n.º 10293 de la
Fundación de Amigos del Museo, falleció el pasado mes de octubre. La cuota
anual de 60 € se le cobra por domiciliación cada enero y quisiera que se diera
de baja para que no se pase el próximo recibo.

Mi madre disfrutaba mucho de las visitas de los socios. Les agradezco el trato
que siempre le dieron.

Atentamente,
Carmen Ruiz Ortega"""),
("es", "b25-funcion-cancelada-proyector", "Diego Salazar <diego.salazar@example.com.mx>", "Función cancelada", "billing", "",
"""Qué tal, el sábado compré 4 boletos en línea para la función de las 18:20
en la sala 7 de Plaza Universidad. A los 20 minutos se fue la imagen y al
final cancelaron la función. En taquilla nos dijeron que el reembolso llegaba
solo a la tarjeta, pero ya pasó una semana y no veo los $380. ¿Cuánto tarda?

Diego"""),
("es", "b25-re-baja-dominio-cobrado", "Raul Gimenez <raul.gimenez@example.es>", "Re: Confirmacion de baja - dominio", "billing", "",
"""Hola,

Os reenvio vuestro propio correo de confirmacion de baja del 12 de enero. Aun
asi el dia 2 de febrero me habeis cobrado 14,99 EUR por renovar el dominio
raulgimenezfoto.es. Quiero que me devolvais ese importe, el dominio no lo
quiero.

Raul

> Estimado cliente:
> Le confirmamos que el dominio raulgimenezfoto.es ha sido dado de baja
> y no se renovara en su proxima fecha de vencimiento.
> Atentamente,
> Departamento de Atencion al Cliente"""),
("es", "b25-teatro-descuento-jubilados", "Norma Bustos <norma.bustos@example.com.ar>", "Descuento jubilados", "billing", "",
"""Señores:

Compré por la web dos entradas para la función del jueves, para mi marido y
para mí, ambos jubilados. La página decía 50% de descuento para jubilados de
lunes a jueves, pero me cobraron la entrada entera, $18.000 cada una. Tengo
los carnets de PAMI. ¿Me pueden devolver la diferencia o la tengo que reclamar
en boletería?

Atte.
Norma Bustos"""),
("es", "b25-maleta-cabina-puerta-aesa-abogado", "Álvaro Castillo <alvaro.castillo@example.es>", "Cobro de 70 € por la maleta de mano - vuelo Madrid-Roma", "billing", "high",
"""Buenas tardes:

El 14 de junio, en la puerta de embarque del vuelo Madrid - Roma, me obligaron
a pagar 70 € por facturar mi maleta de cabina alegando que superaba las
medidas. La metí delante del agente en el medidor de la propia puerta y
entraba. No me dejaron protestar: o pagaba o no volaba.

Exijo la devolución de los 70 €. Si en 15 días no tengo respuesta, presentaré
una reclamación ante AESA, y ya he consultado con el abogado de una asociación
de consumidores para reclamar por vía judicial.

Álvaro Castillo
Localizador: KJ8P2R"""),
("es", "b25-playa-carmen-cargo-consumos-profeco", "Mariana Treviño <mariana.trevino@example.com.mx>", "Cargo no reconocido", "billing", "high",
"""Buenas,

Me hospedé en su hotel de Playa del Carmen del 2 al 6 de mayo, todo pagado por
adelantado. El 20 de mayo me hicieron un cargo de $4,850 MXN a la tarjeta con
la descripción "consumos". No consumí nada fuera del paquete y al salir me
dijeron que no había saldo pendiente.

Ya llamé dos veces y nadie me da razón. Si esta semana no me explican y me
devuelven el cargo, voy a pedir el contracargo a mi banco y a poner la queja
en Profeco.

Mariana Treviño"""),
("es", "b25-concierto-aplazado-supervisor-sic", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Reembolso boletas concierto del 14 de septiembre", "billing", "high",
"""Buenas tardes,

El concierto del 14 de septiembre se aplazó para marzo y no puedo asistir en
la nueva fecha. Solicité el reembolso de mis 2 boletas ($620.000) dentro del
plazo y llevo un mes recibiendo la misma respuesta automática de que "está en
trámite".

Pido que mi caso pase a un supervisor o a alguien con autoridad para aprobar
el reembolso. Si no tengo solución en 8 días hábiles, radico la queja ante la
Superintendencia de Industria y Comercio.

Andrés Cárdenas"""),
("es", "b25-wallet-pase-no-valido", "Nerea Gallego <nerea.gallego@example.es>", "Tarjeta de embarque en el móvil", "technical", "",
"""Hola, he hecho el check-in del vuelo de Bilbao a Sevilla de mañana y al darle
a "Añadir a Apple Wallet" sale un error de "pase no válido". Lo he intentado
tres veces, también con el iPhone reiniciado. ¿Lo arregláis o tengo que
imprimirla?
Nerea"""),
("es", "b25-app-autobus-mapa-asientos", "José Luis Ramírez <jl.ramirez@example.com.mx>", "la app no carga", "technical", "",
"""buenas noches, llevo todo el día queriendo comprar boleto Puebla - Veracruz
en su app y cuando escojo el horario se queda cargando el mapa de asientos y
nunca aparece. ya borré la app y la volví a instalar, tengo android 13. en la
página de internet me pasa lo mismo. gracias"""),
("es", "b25-campus-virtual-tp-pdf", "Sofía Giménez <sofi.gimenez@example.com.ar>", "No puedo subir el TP", "technical", "",
"""Hola, buenas. Tengo que entregar el TP 2 de Historia Social Argentina hoy
antes de las 23:59 y el campus virtual, cuando subo el PDF, me tira "Error al
procesar el archivo". Pesa 1,2 MB, ya probé con otro navegador y desde la
compu de mi hermana. Les mando captura.

Sofía Giménez - Legajo 45.992"""),
("es", "b25-ebiblio-error-activacion", "Jose Manuel Pardo <jmpardo@example.es>", "Error al descargar un prestamo", "technical", "",
"""Buenas tardes,
al intentar descargar un libro electronico que tengo en prestamo me sale
"Error E_ACT_NOT_ACTIVATED" y no me deja abrirlo en el lector. Active el
lector con mi usuario hace meses y hasta ahora funcionaba. Carnet de la
biblioteca municipal 004518823.
Gracias
Jose Manuel Pardo"""),
("es", "b25-caja-fuerte-pasaportes-vina", "Camila Soto <camila.soto@example.cl>", "Caja fuerte habitación 1406", "technical", "",
"""Hola, estamos en la habitación 1406 de su hotel en Viña del Mar. La caja
fuerte se quedó con la pantalla apagada y no abre con el código, y adentro
están los pasaportes. Nos vamos el jueves en la mañana. En recepción dijeron
que el técnico viene "mañana o pasado". ¿Nos pueden asegurar que esté abierta
antes del jueves?
Camila Soto"""),
("es", "b25-test-nivel-aleman-audio", "Íñigo Aranburu <inigo.aranburu@example.es>", "Test de nivel online", "technical", "",
"""Kaixo,

Estoy intentando hacer el test de nivel online de alemán para matricularme en
el curso intensivo y, al llegar a la parte de comprensión auditiva, el audio
no carga y al pulsar "Siguiente" la página se queda en blanco. Lo he intentado
dos veces y las dos me ha sacado y ahora me dice que "ya he realizado el
intento". ¿Me podéis reiniciar el test?

Eskerrik asko,
Íñigo"""),
("es", "b25-no-facturacion-google-calendar", "Marta Vidal <marta@vidal-fisioterapia.example>", "Sincronización con Google Calendar", "technical", "",
"""Hola,

Antes de nada: no es un tema de facturación, el pago está al día. Desde el
martes las citas que entran en la agenda online ya no pasan a mi Google
Calendar, y las que borro tampoco desaparecen de allí. He desconectado y
vuelto a conectar la cuenta de Google desde Ajustes y no ha cambiado nada.

Un saludo,
Marta Vidal
Vidal Fisioterapia"""),
("es", "b25-correos-dominio-llegan-spam", "Ricardo Peña <ricardo@pena-abogados.example>", "correos", "technical", "",
"""Buen día, desde hace una semana los correos que mando desde mi cuenta del
dominio les llegan a mis clientes a la carpeta de spam, sobre todo a los que
usan Gmail y Hotmail. Antes no pasaba. ¿Hay algo mal configurado en el
servidor? No sé qué es SPF ni DKIM, me lo mencionó mi sobrino.
Lic. Ricardo Peña"""),
("es", "b25-re-incidencia-butacas-cine", "Pilar Serrano <pilar.serrano@example.es>", "Re: Incidencia 44812", "technical", "",
"""Hola de nuevo,

He probado lo que me decís (borrar la caché y usar otro navegador) y sigue
igual: al elegir butacas en la sesión de las 20:00 la web me devuelve al
inicio sin guardar nada. Desde el móvil pasa lo mismo.

Pilar

El 3 oct 2024, a las 11:20, Atención al Cliente <clientes@example-cines.es> escribió:
> Hola, Pilar:
> Sentimos las molestias. Por favor, borre la caché del navegador o pruebe
> con otro distinto y díganos si el problema continúa.
> Incidencia 44812.
> Un saludo."""),
("es", "b25-enchufe-chispazo-habitacion-305", "Ana Belén Ríos <anabelen.rios@example.es>", "Habitación 305", "technical", "high",
"""Buenas noches,

Les escribo desde la habitación 305. Al enchufar el cargador del móvil en el
enchufe de la mesilla ha saltado un chispazo, el plástico del enchufe está
negro y huele a quemado. No lo hemos vuelto a tocar y hemos avisado en
recepción, pero nos han dicho que mantenimiento no está hasta mañana.
Preferiríamos que alguien lo mirara esta noche o cambiarnos de habitación,
tenemos un bebé.

Ana Belén Ríos"""),
("es", "b25-hot-sale-checkout-error-500", "Luciano Paz <luciano@mateyyerba.example>", "Nos escriben todos los clientes", "technical", "high",
"""Hola,

Desde las 8 de la mañana los clientes nos escriben por WhatsApp que no pueden
pagar en la tienda: llegan al checkout y les aparece "Error 500". Hoy es Hot
Sale y tenemos publicidad paga mandando gente a la web, no entró ni un pedido
en todo el día. Ya reiniciamos todo lo que pudimos desde el panel.

Necesitamos que alguien lo vea YA. 11 5555-0192.

Luciano Paz
Mate & Yerba"""),
("es", "b25-vps-tercera-caida-responsable", "Sergio Blanco <sergio@agenciaboreal.example>", "Tercera caída en dos semanas - quiero hablar con un responsable", "technical", "high",
"""Buenos días:

Es la tercera vez en dos semanas que se cae el VPS donde alojamos las webs de
nuestros clientes. Hoy llevamos desde las 7:30 sin servicio y tengo a doce
clientes llamando. Las dos veces anteriores soporte me dijo que "ya estaba
solucionado" sin explicar la causa.

No quiero otro número de ticket. Quiero hablar hoy mismo con un responsable
técnico o con el jefe de soporte.

Sergio Blanco
Agencia Boreal"""),
("es", "b25-pantalla-reservas-meseros", "Paula Ospina <paula@restaurantealtamar.example>", "Reservas", "technical", "high",
"""Buenas noches,

Desde las 7 la pantalla de reservas de los meseros no muestra nada, dice
"sincronizando" y no pasa de ahí. Tenemos gente esperando en la puerta con
reserva confirmada que no podemos ubicar, y se nos están cruzando las mesas.
Es viernes y estamos llenos. Por favor llámenme al 310 555 4021.

Paula Ospina
Restaurante Altamar, Cartagena"""),
("es", "b25-museo-domingo-fotos", "Elena Marín <elena.marin@example.es>", "Visita el domingo", "general", "",
"""Hola, ¿el museo abre los domingos por la tarde? Y otra pregunta: ¿se pueden
hacer fotos sin flash en las salas de la colección permanente? Gracias."""),
("es", "b25-gracias-don-efrain-oaxaca", "Rosa María Cruz <rosamaria.cruz@example.com.mx>", "¡Muchas gracias!", "general", "",
"""Buenas tardes,

Solo quería agradecerles la atención de todo el personal de su hotel en
Oaxaca. Mi mamá tiene 79 años y usa bastón, y don Efraín, el de la recepción,
nos consiguió un cuarto en planta baja sin que se lo pidiéramos y todas las
mañanas le guardaba su mesa junto a la ventana. Se sintió como en casa.

Ojalá le hagan llegar este mensaje.

Rosa María Cruz"""),
("es", "b25-anteojos-micro-rosario", "Hugo Olivera <hugo.olivera@example.com.ar>", "Anteojos olvidados", "general", "",
"""Buenas, el domingo viajé en el micro de las 15 de Retiro a Rosario, asiento
22, y me olvidé los anteojos de lectura en un estuche marrón en el bolsillo
del asiento. ¿Saben si los encontraron? Los puedo pasar a buscar por la
terminal de Rosario.
Gracias, Hugo"""),
("es", "b25-perro-camarote-menorca", "Xavier Puig <xavi.puig@example.es>", "Viajar con el perro a Menorca", "general", "",
"""Bon dia,

En julio vamos a Menorca en el barco desde Barcelona con nuestro perro, un
labrador de 30 kilos. ¿Puede quedarse con nosotros en el camarote o tiene que
ir en las perreras? Y si va en perrera, ¿podemos bajar a verlo durante la
travesía?

Gràcies,
Xavi"""),
("es", "b25-certificado-alumno-regular", "Ignacia Fuentes <ignacia.fuentes@example.cl>", "Certificado", "general", "",
"""Hola, necesito un certificado de alumno regular para postular a la beca de
alimentación. ¿Se pide en línea o tengo que ir a la oficina de registro
curricular? ¿Cuánto se demora?
Saludos, Ignacia Fuentes, Ingeniería Comercial"""),
("es", "b25-alumna-ingles-nuevo-correo", "Raquel Dominguez <raquel.dominguez.nuevo@example.es>", "Cambio de datos", "general", "",
"""Hola buenas, soy alumna del curso de ingles B2 de los lunes y miercoles
(Raquel Dominguez Peña). He cambiado de correo y de movil, a partir de ahora
por favor usad este correo y el 622 555 019. El antiguo ya no lo miro.
Gracias!"""),
("es", "b25-obra-nos-mataron-de-risa", "Fernanda Ibarra <fer.ibarra@example.com.mx>", "La obra del sábado", "general", "",
"""¡Hola! Fuimos el sábado a ver "El método Grönholm" y nos mataron de risa.
Los cuatro actores estuvieron de muerte, salimos con dolor de panza de tanto
reír. Brutal. Ya estamos planeando volver con mis papás. Mil gracias.
Fer"""),
("es", "b25-muestra-cortos-instituto-sala", "IES Valle del Jerte <dpto.audiovisual@iesvallejerte.example>", "Muestra de cortos escolares", "general", "",
"""Estimados responsables:

Desde el departamento de Audiovisuales del IES Valle del Jerte (Plasencia)
organizamos en mayo la primera muestra de cortometrajes hechos por nuestros
alumnos y nos encantaría proyectarlos en una sala de verdad. ¿Colaboran
ustedes con centros educativos cediendo una sala una mañana, o tienen algún
programa de patrocinio para este tipo de actividades?

Un cordial saludo,
Nuria Sánchez Calvo
Jefa del Departamento"""),
("es", "b25-pregunta-carnet-otra-comunidad", "Tomás Herrero <tomas.herrero@example.es>", "Pregunta", "general", "",
"""Hola, me he mudado hace poco a Zaragoza desde Valladolid. ¿Me sirve el
carnet de bibliotecas de Castilla y León para sacar libros aquí o tengo que
hacerme uno nuevo? Y en ese caso, ¿qué tengo que llevar?
Gracias, Tomás"""),
("es", "b25-llegada-tarde-santa-marta", "Juliana Moreno <juliana.moreno@example.com.co>", "Llegada tarde - reserva 88203", "general", "",
"""Buenas, tenemos reserva para esta noche en su hotel de Santa Marta (reserva
88203), pero nuestro vuelo se retrasó y vamos a llegar hacia la 1 de la
mañana. ¿Hay recepción abierta a esa hora o nos dejan la llave en algún lado?
Por favor no cancelen la reserva.
Juliana"""),
("es", "b25-azafata-hijo-tea-superior", "Beatriz Ortega <beatriz.ortega@example.es>", "Queja por el trato de la tripulación - vuelo del 22 de marzo", "general", "high",
"""Buenas tardes:

Viajé el 22 de marzo en el vuelo de Valencia a Ámsterdam con mi hijo de 6
años, que tiene TEA. Cuando empezó a ponerse nervioso en el despegue, una de
las azafatas me dijo delante de todo el pasaje que "si no sabía controlar a mi
hijo no debería volar" y amenazó con avisar al comandante. Mi hijo lloró el
resto del vuelo.

Quiero que esta queja llegue a un superior de la tripulación o al responsable
de atención al cliente, y que alguien se ponga en contacto conmigo.

Beatriz Ortega"""),
("es", "b25-escalon-quebrado-sala-3", "Jorge Villanueva <jorge.villanueva@example.com.mx>", "Escalón de la escalera de la sala 3", "general", "high",
"""Buenos días,

Ayer en la visita, en la escalera que baja de la sala 3 a la tienda, el
penúltimo escalón tiene la orilla de piedra quebrada y está flojo. Mi abuela
pisó ahí y casi se va de frente, alcancé a detenerla. No había ninguna señal
ni cinta. Se lo comenté a un guardia pero me dijo que no era su área.

Se lo digo antes de que alguien se lastime.

Jorge Villanueva"""),
("es", "b25-derecho-acceso-antiguo-alumno-aepd", "Daniel Prieto Lozano <daniel.prieto@example.es>", "Ejercicio del derecho de acceso - segunda solicitud", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El 15 de enero solicité, en ejercicio del derecho de acceso del artículo 15
del RGPD, copia de todos los datos personales que la universidad conserva
sobre mí como antiguo alumno, incluidos los de la bolsa de empleo. Ha pasado
más de un mes sin respuesta.

Si en diez días no la recibo, presentaré una reclamación ante la Agencia
Española de Protección de Datos.

Daniel Prieto Lozano"""),
# ---------------- Polish ----------------
("pl", "b25-prom-ystad-kabina-dwa-razy", "Bartosz Wróbel <bartosz.wrobel@example.pl>", "Kabina - rezerwacja 51882", "billing", "",
"""Dzień dobry,

zarezerwowałem przeprawę promową Świnoujście - Ystad na 14 lipca dla dwóch
osób z samochodem i kabiną dwuosobową (rezerwacja 51882). Na wyciągu widzę
dopłatę za kabinę pobraną dwa razy, 2 x 210 zł, choć w rezerwacji jest jedna
kabina. Proszę o zwrot nadpłaty.

Pozdrawiam,
Bartosz Wróbel"""),
("pl", "b25-bilet-miesieczny-ulga-studencka", "Kuba Zielinski <kuba.zielinski@example.pl>", "bilet miesieczny", "billing", "",
"""Dzien dobry, kupilem w aplikacji bilet miesieczny na trase Krakow - Wieliczka
za 189 zl, a dopiero potem zobaczylem, ze jako student mam 51% ulgi. Czy da sie
jakos zwrocic roznice albo wymienic bilet na ulgowy? Legitymacje mam wazna do
marca.
Kuba"""),
("pl", "b25-sopot-faktura-po-pobycie", "Agnieszka Pawlak <a.pawlak@pawlak-consulting.example>", "Faktura za pobyt 12-14.09", "billing", "",
"""Dzień dobry,

przebywałam w Państwa hotelu w Sopocie od 12 do 14 września (rezerwacja
HS-20934) i przy wymeldowaniu dostałam tylko paragon. Bardzo proszę o
wystawienie faktury na firmę:

Pawlak Consulting Agnieszka Pawlak
ul. Grunwaldzka 88/4, 80-244 Gdańsk
NIP 584-000-00-00

Kwota: 1 140,00 zł, zapłacone kartą.

Z poważaniem,
Agnieszka Pawlak"""),
("pl", "b25-zakopane-kaucja-500", "Michał Górski <michal.gorski@example.pl>", "Kaucja - apartament Pod Giewontem", "billing", "",
"""Dzień dobry,

wyjechaliśmy z apartamentu Pod Giewontem 3 lutego, a kaucja 500 zł nadal do
nas nie wróciła, choć w regulaminie jest mowa o 7 dniach. Przy wyjeździe pani
sprzątająca obejrzała mieszkanie i powiedziała, że wszystko jest w porządku.
Kiedy możemy się spodziewać zwrotu?

Michał Górski"""),
("pl", "b25-witam-zuzia-groningen", "Dorota Kaczmarek <dorota.kaczmarek@example.pl>", "Witam", "billing", "",
"""Witam serdecznie,

nasza córka Zuzia dostała się na studia do Groningen i od października
wyjeżdża, więc kończy się jej przygoda z lekcjami angielskiego u Państwa (po
sześciu latach!). Proszę nie pobierać już z karty 320 zł za październik ani za
kolejne miesiące. Nie wiem, czy muszę coś jeszcze wypowiedzieć na piśmie?

Dziękujemy za wszystko, pani Ania była wspaniała.
Dorota Kaczmarek"""),
("pl", "b25-powtarzanie-przedmiotu-raty", "Patryk Lewandowski <patryk.lewandowski@student.example.edu.pl>", "Opłata za powtarzanie przedmiotu", "billing", "",
"""Dzień dobry,

muszę powtarzać Analizę matematyczną II i w USOS pojawiła się opłata 900 zł z
terminem do 31 października. Czy jest możliwość rozłożenia jej na raty?
Pracuję dorywczo i jednorazowo będzie mi ciężko.

Nr albumu 287415.

Z poważaniem,
Patryk Lewandowski"""),
("pl", "b25-szkola-tanca-pakiet-start", "Tomasz Nowicki <t.nowicki@szkola-tanca-rytm.example>", "Zmiana pakietu", "billing", "",
"""Dzien dobry,
zamknelismy filie szkoly w Tychach i zostaja nam tylko Katowice, wiec nie
potrzebujemy juz pakietu "Multi" w systemie zapisow. Prosze o przejscie na
pakiet "Start" od nastepnego okresu rozliczeniowego, zeby nie placic 249 zl
zamiast 99. Dane i zapisy kursantow z Katowic prosze zostawic.
Pozdrawiam
Tomasz Nowicki
Szkola Tanca Rytm"""),
("pl", "b25-stolarnia-maz-zmarl-domena", "Halina Dąbrowska <halina.dabrowska@example.pl>", "Domena i hosting męża", "billing", "",
"""Szanowni Państwo,

mój mąż Zbigniew Dąbrowski zmarł w marcu. Prowadził małą firmę stolarską i
miał u Państwa hosting oraz domenę stolarnia-dabrowski.example. Firma została
zamknięta. Proszę nie odnawiać już ani hostingu, ani domeny i nie pobierać
opłaty z jego karty w czerwcu. Jeśli potrzebny jest akt zgonu, mogę go
przesłać.

Z poważaniem,
Halina Dąbrowska"""),
("pl", "b25-unlimited-operacja-kolana", "Marek Sikora <marek.sikora@example.pl>", "Karta Unlimited", "billing", "",
"""Cześć,

w przyszłym tygodniu mam operację kolana i przez jakieś dwa miesiące raczej
nie dojadę do kina. Da się zawiesić kartę Unlimited na ten czas, żeby nie
płacić 49,99 zł miesięcznie? Nie chcę z niej rezygnować, po rehabilitacji
wracam.

Marek"""),
("pl", "b25-muzeum-wycieczka-proforma", "Szkoła Podstawowa nr 12 <sekretariat@sp12-radom.example>", "Wycieczka 7 maja - płatność", "billing", "",
"""Dzień dobry,

zarezerwowaliśmy zwiedzanie z przewodnikiem dla dwóch klas (48 uczniów i 4
opiekunów) na 7 maja. Czy możemy zapłacić przelewem przed wizytą, na
podstawie faktury pro forma? Szkoła nie może płacić kartą na miejscu. Dane do
faktury: Szkoła Podstawowa nr 12, ul. Kościuszki 5, 26-600 Radom.

Z poważaniem,
Iwona Mazur
sekretariat"""),
("pl", "b25-odp-zwrot-oplaty-lotniskowe", "Krzysztof Jasiński <k.jasinski@example.pl>", "Odp: Zwrot za rezerwację PX5K7T", "billing", "",
"""Dzień dobry,

zwrot dotarł, ale tylko 412 zł z 1 186 zł, które zapłaciłem. Rozumiem, że
taryfa była bezzwrotna, ale opłaty lotniskowe i podatki powinny zostać
zwrócone w całości. Proszę o rozpisanie, z czego składa się kwota 412 zł.

Krzysztof Jasiński

-----Wiadomość oryginalna-----
Od: Obsługa Klienta <refunds@example-air.pl>
Wysłano: 8 kwietnia 2024 14:12
Temat: Zwrot za rezerwację PX5K7T

Szanowny Panie,
informujemy, że zwrot za niewykorzystaną rezerwację PX5K7T został
zlecony. Środki pojawią się na koncie w ciągu 7 dni roboczych."""),
("pl", "b25-barcelona-odszkodowanie-ulc-sad", "Anna Krawczyk <anna.krawczyk@example.pl>", "Odszkodowanie - odwołany lot Warszawa - Barcelona", "billing", "high",
"""Szanowni Państwo,

lot Warszawa - Barcelona z 2 sierpnia (rezerwacja 7HJ2KQ) został odwołany
dzień przed wylotem, bez podania nadzwyczajnych okoliczności. Na podstawie
rozporządzenia 261/2004 złożyłam 10 sierpnia wniosek o odszkodowanie w
wysokości 400 EUR na osobę (2 osoby). Do dziś nie dostałam żadnej odpowiedzi
poza automatycznym potwierdzeniem.

Jeżeli w ciągu 14 dni nie otrzymam wypłaty, złożę skargę do Urzędu Lotnictwa
Cywilnego i skieruję sprawę do sądu.

Anna Krawczyk"""),
("pl", "b25-koncert-odwolany-chargeback", "Wojtek Mazur <wojtek.mazur@example.pl>", "Koncert odwolany a pieniedzy brak", "billing", "high",
"""Koncert 22 czerwca w Atlas Arenie zostal ODWOLANY, nie przelozony. Minelo
juz 5 tygodni, a 2 bilety po 289 zl dalej nie zwrocone. Na czacie tylko
"prosimy o cierpliwosc". Jesli do konca tygodnia nie bedzie zwrotu, zglaszam
w banku chargeback na cala kwote.
W. Mazur"""),
("pl", "b25-karnet-teatr-podwojnie-dyrektor", "Grażyna Wójcik <grazyna.wojcik@example.pl>", "Karnet na sezon - podwójna opłata", "billing", "high",
"""Szanowni Państwo,

kupiłam w kasie teatru karnet na sezon 2024/25 za 640 zł. Z konta zeszły dwie
płatności po 640 zł. Od trzech tygodni kasa odsyła mnie do biura obsługi
widzów, a biuro do kasy. Nikt nie potrafi mi powiedzieć, kto zwróci pieniądze.

Proszę o kontakt dyrektora ds. administracyjnych albo innej osoby, która może
podjąć decyzję, a nie kolejnego pracownika, który odeśle mnie dalej.

Grażyna Wójcik
tel. 605 555 213"""),
("pl", "b25-aplikacja-kod-sms-nie-przychodzi", "Łukasz Kowalczyk <lukasz.kowalczyk@example.pl>", "Logowanie do aplikacji", "technical", "",
"""Dzień dobry,

nie mogę zalogować się do aplikacji - po wpisaniu hasła pojawia się prośba o
kod z SMS-a, ale SMS nie przychodzi. Próbowałem kilka razy, numer telefonu w
profilu jest poprawny (+48 601 555 882). Chcę tylko odprawić się na jutrzejszy
lot do Londynu.

Łukasz Kowalczyk"""),
("pl", "b25-bilet-offline-bez-zasiegu", "Ola Kwiatkowska <ola.kwiatkowska@example.pl>", "bilet nie pokazuje sie bez internetu", "technical", "",
"""Hej, kupuje bilety Wroclaw - Jelenia Gora w aplikacji i jak w autobusie nie
ma zasiegu (a za Bolkowem nigdy nie ma), to bilet sie nie wyswietla, tylko
kolko sie kreci. Kierowca za pierwszym razem machnal reka, ale dzis pani
kontroler robila problem. Czy mozna jakos zapisac bilet offline?
Ola"""),
("pl", "b25-usos-lektorat-blad-serwera", "Natalia Zając <natalia.zajac@student.example.edu.pl>", "Rejestracja na zajęcia - błąd", "technical", "",
"""Dzień dobry,

rejestracja na lektoraty ruszyła dziś o 20:00. Od tej pory przy każdej próbie
zapisania się do grupy B2 z hiszpańskiego wyświetla mi się "Błąd serwera -
spróbuj ponownie później". Koleżanki z roku zapisały się bez problemu.
Czyściłam pamięć przeglądarki i próbowałam na telefonie.

Natalia Zając, nr albumu 301877"""),
("pl", "b25-kod-ebooki-nieprawidlowy", "Henryk Olszewski <henryk.olszewski@example.pl>", "Kod do e-booków", "technical", "",
"""Szanowni Państwo,

w bibliotece dostałem kod dostępu do e-booków na ten miesiąc. Wpisuję go na
stronie, a system odpowiada "Kod nieprawidłowy lub wykorzystany". Przepisuję
go dokładnie z kartki, wielkimi literami, i nikt go wcześniej nie używał. Mam
74 lata, wnuczka też próbowała i jest to samo.

Z poważaniem,
Henryk Olszewski"""),
("pl", "b25-pokoj-214-klimatyzacja-kapie", "Paulina Michalska <paulina.michalska@example.pl>", "Pokój 214 - klimatyzacja", "technical", "",
"""Dzień dobry,

w pokoju 214 z klimatyzatora nad drzwiami kapie woda, rano na wykładzinie była
spora mokra plama. Recepcja podstawiła miskę, ale kapie dalej, a w nocy jest
zbyt gorąco, żeby go wyłączyć. Zostajemy jeszcze trzy noce.

Paulina Michalska"""),
("pl", "b25-platforma-test-nierozpoczety", "Karol Wieczorek <karol.wieczorek@example.pl>", "Testy na platformie", "technical", "",
"""Dzień dobry,

od tygodnia po zakończeniu testu na platformie (kurs niemieckiego A2, grupa
wtorkowa) dostaję komunikat "Wynik zapisany", ale w dzienniku postępów test
dalej jest "nierozpoczęty", a lektorka nie widzi moich odpowiedzi. Test do
rozdziału 7 robiłem już dwa razy.

Karol Wieczorek"""),
("pl", "b25-nie-platnosc-raport-error-500", "Sylwia Grabowska <sylwia@biuro-grabowska.example>", "Raport miesięczny", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności, faktura jest opłacona. Chodzi o to, że od 1
czerwca przy generowaniu miesięcznego raportu czasu pracy system wyrzuca
"Error 500" i nic się nie pobiera. Raporty za pojedyncze tygodnie działają,
tylko miesięczny nie. Potrzebuję go do rozliczenia zleceniobiorców.

Sylwia Grabowska"""),
("pl", "b25-poczta-zalaczniki-5mb", "Ryszard Baran <biuro@baran-geodezja.example>", "Poczta - duże załączniki", "technical", "",
"""Dzień dobry,
od kilku dni nie dochodzą do nas maile z załącznikami powyżej ok. 5 MB, a
nadawca dostaje zwrotkę "message size exceeds limit". W panelu mamy ustawione
25 MB. Wcześniej mapy w PDF przychodziły bez problemu.
Ryszard Baran
Baran Geodezja"""),
("pl", "b25-hej-miejsca-szare", "Kasia <kasia.lis92@example.pl>", "hej", "technical", "",
"""hej, w apce kina jak wybieram seans to wszystkie miejsca sa szare i nie da
sie zadnego kliknac, nawet na poranny seans gdzie na pewno nikogo nie ma. na
stronie w przegladarce to samo. probowalam na 2 telefonach. da sie cos z tym
zrobic?"""),
("pl", "b25-hulajnoga-bateria-syczy", "Jakub Borkowski <jakub.borkowski@example.pl>", "Hulajnoga z recepcji", "technical", "high",
"""Dzień dobry,

wypożyczyliśmy w recepcji hulajnogę elektryczną. Po powrocie podłączyłem ją do
ładowarki na balkonie, tak jak było w instrukcji, i po pół godzinie spod
pokrywy baterii zaczął dochodzić syk i dziwny chemiczny zapach, a obudowa jest
bardzo gorąca. Odłączyłem ładowarkę i zostawiłem hulajnogę na balkonie, z dala
od wszystkiego. Proszę, żeby ktoś ją stąd zabrał i sprawdził.

Jakub Borkowski, pokój 418"""),
("pl", "b25-biuro-podrozy-first-minute", "Ewa Sadowska <ewa@bp-slonecznie.example>", "System rezerwacji", "technical", "high",
"""Dzień dobry,

od rana żaden z naszych agentów w trzech biurach nie może wystawić umowy ani
przyjąć wpłaty - system rezerwacji po zalogowaniu pokazuje pustą stronę.
Klienci siedzą przy biurkach i czekają, część już wyszła. Mamy dziś ostatni
dzień promocji first minute i telefony się urywają.

Proszę o pilny kontakt: 512 555 630.

Ewa Sadowska
Biuro Podróży Słonecznie"""),
("pl", "b25-dziennik-38-szkol", "Wydział Edukacji <edukacja@um-przykladowo.example>", "Dziennik elektroniczny - wszystkie szkoły", "technical", "high",
"""Szanowni Państwo,

od godziny 7:45 nauczyciele we wszystkich 38 szkołach naszej gminy nie mogą
zalogować się do dziennika elektronicznego - po podaniu hasła pojawia się
komunikat "Usługa chwilowo niedostępna". Nie da się sprawdzić obecności ani
wpisać ocen, a dyrektorzy dzwonią do nas co kilka minut. Dziś odbywają się też
próbne egzaminy ósmoklasisty.

Prosimy o informację, kiedy usługa wróci.

Marcin Kubiak
Wydział Edukacji"""),
("pl", "b25-modul-rezerwacji-przelozony", "Pensjonat Pod Lipami <recepcja@podlipami.example>", "Moduł rezerwacji - trzecie zgłoszenie", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie w tej sprawie (poprzednie: #40217 i #40388). Moduł
rezerwacji na naszej stronie znowu nie pokazuje wolnych pokoi - dla gości
wszystko jest "niedostępne" na cały sezon, choć w panelu mamy wolne miejsca.
Za każdym razem słyszę, że "poprawione", a po dwóch dniach jest to samo.

Proszę o przekazanie sprawy przełożonemu albo kierownikowi działu
technicznego i telefon od tej osoby.

Leszek Pietrzak
Pensjonat Pod Lipami, Krynica-Zdrój
tel. 18 555 40 21"""),
("pl", "b25-muzeum-11-listopada", "Janina Sobczak <janina.sobczak@example.pl>", "11 listopada", "general", "",
"""Dzień dobry, czy muzeum będzie otwarte 11 listopada? Chcielibyśmy przyjść
z wnukami po południu. Pozdrawiam, Janina Sobczak"""),
("pl", "b25-podziekowanie-pani-ewa-bielany", "Monika Adamczyk <monika.adamczyk@example.pl>", "Podziękowanie dla pani Ewy", "general", "",
"""Dzień dobry,

chciałam podziękować pani Ewie z filii na Bielanach. Mój dziadek (87 lat) po
śmierci babci przestał wychodzić z domu, a pani Ewa zaprosiła go na
czwartkowe spotkania klubu książki i co tydzień odkłada dla niego kryminały z
dużą czcionką. Dziadek znowu ma po co wychodzić. To naprawdę dużo dla nas
znaczy.

Monika Adamczyk"""),
("pl", "b25-kurtka-sala-5-rzad-h", "Piotr Kozlowski <piotr.kozlowski@example.pl>", "zgubiona kurtka", "general", "",
"""Dzien dobry, w sobote na seansie o 19:30 w sali 5 zostawilem na siedzeniu
(rzad H) czarna kurtke puchowa, w kieszeni byly klucze z brelokiem Lecha
Poznan. Czy ktos ja znalazl? Moge podjechac w kazdej chwili.
Piotr"""),
("pl", "b25-lot-oslo-niemowle-wozek", "Justyna Walczak <justyna.walczak@example.pl>", "Lot z niemowlakiem", "general", "",
"""Dzień dobry,

lecimy w sierpniu z Gdańska do Oslo z synkiem, który będzie miał wtedy 7
miesięcy. Czy wózek możemy oddać przy samym samolocie, czy musi iść na taśmę
z bagażem? I czy na pokładzie dostaniemy pas dla niemowlęcia, czy trzeba mieć
własny?

Justyna Walczak"""),
("pl", "b25-adres-dyplom-lublin", "Damian Czarnecki <damian.czarnecki@example.pl>", "Zmiana adresu do korespondencji", "general", "",
"""Szanowni Państwo,

uprzejmie proszę o zmianę mojego adresu do korespondencji na:
ul. Lipowa 7/12, 20-020 Lublin.
Dyplom i suplement proszę wysłać już na nowy adres.

Damian Czarnecki, nr albumu 254109, Wydział Prawa"""),
("pl", "b25-test-poziomujacy-wloski", "Weronika Szewczyk <weronika.szewczyk@example.pl>", "Test poziomujący", "general", "",
"""Dzień dobry, chciałabym zapisać się na kurs włoskiego od października. Kiedy
można napisać test poziomujący i czy robi się go w szkole, czy online? Uczyłam
się dwa lata w liceum, ale to było dawno. Pozdrawiam, Weronika"""),
("pl", "b25-mayday-zabojczo-smieszne", "Rafał Kubiak <rafal.kubiak@example.pl>", "Wczorajszy spektakl", "general", "",
"""Dzień dobry,

wczorajsze "Mayday" rozwaliło nas totalnie. Zabójczo śmieszne, cała sala
płakała ze śmiechu, a pan grający Johna Smitha to po prostu bomba. Dawno się
tak nie uśmialiśmy. Wielkie brawa dla całej obsady i dzięki za świetny
wieczór!

Rafał z żoną"""),
("pl", "b25-fundacja-aukcja-pobyt", "Fundacja Uśmiech Malucha <kontakt@usmiechmalucha.example>", "Prośba o wsparcie aukcji charytatywnej", "general", "",
"""Szanowni Państwo,

Fundacja Uśmiech Malucha organizuje 15 listopada w Gdyni aukcję charytatywną
na rzecz oddziału onkologii dziecięcej. Czy Państwa hotel zechciałby
ufundować na aukcję weekendowy pobyt dla dwóch osób? W zamian umieścimy logo
hotelu na materiałach i podziękujemy podczas wydarzenia.

Z wyrazami szacunku,
Aleksandra Domańska
koordynatorka"""),
("pl", "b25-owczarek-autobus-sanok", "Stanisław Jankowski <stanislaw.jankowski@example.pl>", "Pies w autobusie", "general", "",
"""Dzień dobry, czy w Państwa autobusach na trasie Rzeszów - Sanok można
przewozić psa? To spokojny owczarek, ma kaganiec i smycz. Pytam, bo w maju
jedziemy w Bieszczady. Stanisław Jankowski"""),
("pl", "b25-odp-rezerwacja-leba-parking", "Iga Pietrzyk <iga.pietrzyk@example.pl>", "Odp: Rezerwacja 2207 - potwierdzenie", "general", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Mam jeszcze dwa pytania: czy przy apartamencie
jest miejsce parkingowe, czy musimy szukać na ulicy? I czy dostaniemy klucze,
jeśli dojedziemy dopiero około 23? Wyjeżdżamy z Poznania po pracy.

Iga

W dniu 2.07.2024 o 10:15, Apartamenty Mewa <rezerwacje@apartamenty-mewa.example> napisał(a):
> Dzień dobry,
> potwierdzamy rezerwację nr 2207: apartament "Bursztyn", Łeba,
> 19-26 lipca, 4 osoby. Zameldowanie od 15:00, wymeldowanie do 11:00.
> Pozdrawiamy, Apartamenty Mewa"""),
("pl", "b25-kierowca-147-przelozony", "Beata Wilk <beata.wilk@example.pl>", "Skarga na kierowcę - linia 147", "general", "high",
"""Szanowni Państwo,

wczoraj około 15:10 na przystanku Ogrodowa mój 9-letni syn wsiadał za mną do
autobusu linii 147. Kierowca zamknął drzwi, kiedy syn był jeszcze na stopniu,
przytrzasnął mu plecak i ruszył. Zatrzymał się dopiero, kiedy pasażerowie
zaczęli krzyczeć. Gdy zwróciłam mu uwagę, odpowiedział, że "trzeba było
szybciej".

Żądam kontaktu od przełożonego tego kierowcy i informacji, jakie wyciągnięto
konsekwencje. Numer boczny autobusu: 1432.

Beata Wilk"""),
("pl", "b25-rodo-usuniecie-uodo", "Adrian Wasilewski <adrian.wasilewski@example.pl>", "Usunięcie danych - ponowne żądanie", "general", "high",
"""Dzień dobry,

2 maja zażądałem usunięcia moich danych osobowych z Państwa szkoły językowej
(konto, nagrania z zajęć online, numer telefonu) na podstawie art. 17 RODO.
Nie dostałem odpowiedzi, a nadal przychodzą do mnie SMS-y z ofertami kursów.

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę
skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Adrian Wasilewski"""),
("pl", "b25-taras-barierka-rusza-sie", "Elżbieta Nowakowska <ela.nowakowska@example.pl>", "Barierka na tarasie", "general", "high",
"""Dzień dobry,

piszę spokojnie, ale sprawa jest poważna: na tarasie widokowym na dachu
hotelu barierka w narożniku od strony jeziora rusza się na kilka
centymetrów, a jedna ze śrub wystaje luźno. Wieczorem stało tam sporo osób
opartych o nią, w tym dzieci. Zgłosiłam to wczoraj w recepcji, dziś nic się
nie zmieniło i nie ma nawet taśmy.

Elżbieta Nowakowska, pokój 512"""),
]
