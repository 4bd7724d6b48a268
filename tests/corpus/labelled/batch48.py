# batch48.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Culture and ceremonies: church and community hall
# hire, wedding celebrants, cultural centres, adult language schools,
# heritage railways, choir concert tickets, christening and communion
# planners.  The failure classes in these settings -- escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies
# quoting an earlier mail, paid plans ended or paused in other words,
# business outages told by their consequences, safety hazards told
# calmly, praise -- and everyday mail of all three queues.
# Same tuple format as batch12.py; slugs carry the b48- prefix.
M += [
# ---------------- English ----------------
("en", "b48-hall-deposit-six-weeks", "Gillian Forsyth <gill.forsyth@example.co.uk>", "St Michael's Hall - deposit", "billing", "",
"""Hello,

We hired the small hall at St Michael's for my dad's 80th on the 3rd of
last month and left it spotless (the caretaker even said so when he
locked up). The 150 damage deposit still hasn't come back to my account.
Could someone check where it's got to?

Many thanks,
Gillian Forsyth"""),
("en", "b48-messiah-tickets-twice", "Ben Okafor <ben.okafor@example.com>", "Messiah tickets", "billing", "",
"""Hi there, I bought 2 tickets for the Messiah concert on 14 Dec (row F)
and my card has been charged 56.00 twice. Only one confirmation email
came through. Please refund the second one. Ref TKT-88127.
Ben"""),
("en", "b48-husband-italian-class", "Margaret Doyle <margaret.doyle@example.ie>", "Tuesday Italian - Desmond Doyle", "billing", "",
"""Dear Sir or Madam,

I am writing to let you know that my husband Desmond, who attended the
Tuesday evening Italian conversation class, passed away on the 2nd of
this month. He so looked forward to it every week and spoke very warmly
of Paola, his teacher.

He will not be returning, so could you please stop the monthly payment
of 48 euro that comes out of our joint account. If there is anything I
need to sign please post it to me as I am not great with the computer.

Yours faithfully,
Margaret Doyle"""),
("en", "b48-friends-membership-perth", "Alan Pritchard <alan.pritchard@example.net>", "Friends of the Valley Railway", "billing", "",
"""Hi,

My wife and I have been Friends of the railway for nine years, but we've
emigrated to Perth (the Australian one, sadly, not Scotland) and can't
see us riding the Valley line any time soon. The joint membership is due
to renew on 1 April - please don't take the 42.

Keep up the good work with 4472's cousin in the shed!

Alan & Ruth Pritchard"""),
("en", "b48-celebrant-balance-two-parts", "Hannah Whitlock <hannah.whitlock@example.co.uk>", "Our ceremony on 21 June", "billing", "",
"""Hi Claire,

Hope you're well! Quick one - the balance for our ceremony (450) is due
six weeks before, according to the agreement. Would it be OK to split
it into two payments, half at the start of May and half at the start of
June? And can I pay by card or does it need to be a bank transfer?

Thanks so much,
Hannah & Josh"""),
("en", "b48-christening-planner-small-claims", "Sinead Gallagher <sinead.gallagher@example.ie>", "Cancelled christening package - refund NOW", "billing", "high",
"""To whom it may concern,

We booked your Gold christening package (balloon arch, cake, favours and
room dressing) for our son Cillian's christening on 12 May and paid
780 euro in full. On 2 April you emailed to say you were "unable to
fulfil the booking" because of staff shortages. Your own terms say that
if you cancel, the customer gets a full refund within 14 days.

It is now 5 weeks. I have emailed three times and rung twice. Unless the
full 780 is back in my account by Friday 17th I will be filing a claim
through the Small Claims procedure without further notice.

Sinead Gallagher"""),
("en", "b48-hall-cleaning-fee-manager", "Derek Holloway <derek.holloway@example.co.uk>", "Invoice 2291 - cleaning charge", "billing", "high",
"""I have received invoice 2291 for our hire of the Memorial Hall on
Saturday, which includes an extra 95 "additional cleaning" charge. We
spent an hour cleaning after the quiz night and left it as we found it.
Nobody rang me, nobody sent a photo, the charge just appeared.

I have already spoken to your booking clerk, who says she "can't do
anything about it". I want this looked at by the hall manager or whoever
chairs the committee, not the clerk again. Please pass this on and have
them contact me directly.

Derek Holloway
Chair, Ashby Quiz League
07700 900461"""),
("en", "b48-santa-special-chargeback", "Kelly Brennan <kelly.brennan@example.com>", "Santa Express 9 Dec - cancelled", "billing", "high",
"""Your Santa Express on 9 December was cancelled on the morning itself
(a text at 7am, "due to operational reasons"). We'd driven 90 minutes
with three kids. We were told refunds would be "automatic within 10
working days". That was over a month ago: 4 tickets x 24.50 = 98.00,
booking SX-4419.

I've given you plenty of time. If it isn't refunded by the end of this
week I'm raising a dispute with my credit card company.

Kelly Brennan"""),
("en", "b48-invoice-charity-number", "Treasurer <treasurer@thornbury-ramblers.example>", "Invoice - hall hire March", "billing", "",
"""Good morning,

Could you please reissue the invoice for our March room bookings at the
community centre in the name of Thornbury Ramblers Association, and
include our charity number 1094431? Our bank won't release the payment
against an invoice made out to me personally.

Kind regards,
Graham Tillotson
Hon. Treasurer"""),
("en", "b48-footplate-voucher-expired", "Raj Chauhan <raj.chauhan@example.co.uk>", "Driver experience voucher", "billing", "",
"""Hi, my kids bought me a footplate experience voucher (295) for my 60th
but what with my knee op I didn't get round to booking it, and it
expired last month. Is there any way it can be extended, even for a fee?
Would be a real shame to lose it. Voucher no FP-20931. Cheers, Raj"""),
("en", "b48-re-group-discount-students", "Lucy Bramwell <lucy.bramwell@example.ac.uk>", "Re: Spring concert - group booking", "billing", "",
"""Thanks Andrew - that's really helpful. One more thing: 11 of the 18
are students, does the student price (8 instead of 14) still apply
within a group booking or is it one or the other? If it's one or the
other I'll book them separately.

Lucy

On Tue, Andrew Keane <boxoffice@cathedralchoir.example> wrote:
> Dear Lucy,
> Thank you for your enquiry. Groups of 10 or more receive 15% off the
> full ticket price for the spring concert on 6 April. Please let us
> know numbers by 20 March and we will hold seats in the nave.
> Best wishes, Andrew"""),
("en", "b48-hello-pottery-pause-chemo", "Wendy Ashcroft <wendy.ashcroft@example.co.uk>", "Hello", "billing", "",
"""Hello,

I've been coming to the Thursday pottery studio for two years now
(membership 32 a month). I've just started chemotherapy and won't be
up to it for a few months - could my membership be put on hold rather
than cancelled? I'd hate to lose my place, I'll definitely be back.

Best wishes,
Wendy"""),
("en", "b48-german-course-emi", "Pranav Kulkarni <pranav.kulkarni@example.in>", "Regarding fee payment of A2 batch", "billing", "",
"""Dear Sir/Madam,

I have taken admission in the A2 German evening batch starting from
5th August. The total fee is Rs. 24,500. Kindly let me know if the fee
can be paid in 3 instalments, as I am paying from my salary. Also
please confirm if UPI payment is accepted or only NEFT.

Kindly do the needful.

Thanks and regards,
Pranav Kulkarni
Pune"""),
("en", "b48-hall-bond-fair-trading", "Shane Murphy <shane.murphy@example.com.au>", "bond", "billing", "high",
"""Mate, I hired the Scout hall in Blacktown for my daughter's 21st on 8
June and paid a $500 bond. Two months later no bond, no email, nothing.
Every time I ring the number I get a voicemail that's full.

I've got photos of the hall from when we left, it was cleaner than when
we got there. If the bond isn't back in my account in 7 days I'm
lodging a complaint with NSW Fair Trading.

Shane Murphy"""),
("en", "b48-booking-page-not-billing", "Fiona Leckie <fiona.leckie@example.co.uk>", "Booking page", "technical", "",
"""Hello,

This isn't a payment problem - my card is fine and nothing has been
taken. It's your booking page for the steam gala. I pick the date, the
train and the number of tickets, press "Continue" and it just goes back
to the calendar with everything cleared. Tried it on my laptop (Edge)
and on my phone. I'd like 4 tickets for the 11:15 on Saturday 22nd.

Fiona"""),
("en", "b48-etickets-wont-scan", "Daniel Reyes <daniel.reyes@example.com>", "tickets", "technical", "",
"""hi, the e-tickets for the choir concert on friday came through as a pdf
but when I open it on my phone the QR codes are just grey boxes. on the
laptop they're fine but I haven't got a printer. can you resend them in
a different format or will the door staff be able to look me up?
booking CC-5521"""),
("en", "b48-portal-reset-link-expired", "Aoife Brennan <aoife.brennan@example.ie>", "Can't get into the student portal", "technical", "",
"""Hi,

I'm on the Monday B1 French course and I can't log in to the student
portal to get the homework. I clicked "forgot password" and the link
in the email says "this link has expired" every time, even when I click
it straight away. I've tried 4 times now.

Aoife"""),
("en", "b48-hearing-loop-whistle", "Rev. Peter Langley <vicar@stjohnsbarton.example>", "Hearing loop", "technical", "",
"""Dear all,

Since your engineer installed the new amplifier in church last month,
the hearing loop gives a high whistle whenever the organ plays. Two of
our older parishioners have had to switch their hearing aids off during
the hymns. Could someone come back and adjust it?

With thanks,
Peter Langley
Vicar, St John's Barton"""),
("en", "b48-hall-kitchen-gas-smell", "Jean Bateman <jean.bateman@example.co.uk>", "Kitchen at the Parish Rooms", "technical", "high",
"""Hello,

Just to let you know, when our WI group used the kitchen at the Parish
Rooms on Wednesday there was a faint smell of gas around the cooker,
even with all the rings turned off. We opened the windows, turned the
gas off at the tap by the meter and didn't use it again. Nobody felt
unwell.

We've got the hall booked again next Wednesday and I wanted someone to
have a look at it before then.

Regards,
Jean Bateman"""),
("en", "b48-kiln-panel-tingle", "Tom Ferreira <tom.ferreira@example.com>", "Kiln in studio 2", "technical", "high",
"""Hi,

Not a huge drama but I thought someone should know: I got a tingle (a
small shock, like static but longer) from the metal panel of the big
kiln in studio 2 this morning when I touched it with one hand and the
shelf with the other. It's been switched off at the wall and I've put a
note on it. Probably worth getting an electrician before the Saturday
class uses it.

Tom (Saturday glaze group)"""),
("en", "b48-school-timetables-gone", "Office <office@lingohouse-manchester.example>", "Scheduling system", "technical", "high",
"""Hello,

Since about 8 this morning none of our 14 teachers can see their
timetables in the system - the calendar view is just empty, for every
user. Reception can't check who's in which room, we've had two groups
of students standing in the corridor and we've had to send the 10am
IELTS class home. The 2pm classes are exam-prep and we've no idea where
to put them.

Please call us on 0161 496 0732 as soon as you can.

Marta Silva
Operations, Lingo House Manchester"""),
("en", "b48-scanners-invalid-cathedral", "Box Office <boxoffice@northchoral.example>", "DOORS", "technical", "high",
"""Concert starts 7.30. Since 6.45 both scanners at the west door show
EVERY ticket as "invalid - already used". We have 600 people queuing
outside in the rain and we're writing names on paper. The scanner app
says it's synced. Please ring 0113 496 0188 now.

Ellie, North Choral Society box office"""),
("en", "b48-audio-guide-download", "Brian Holt <brian.holt@example.co.uk>", "Audio guide app", "technical", "",
"""Your heritage line audio guide app downloads to about 80% and then
says "Download failed, try again". Tried at home on wifi three times.
Android phone, plenty of storage. We're coming up on Sunday and the
grandsons were looking forward to it."""),
("en", "b48-funeral-stream-senior", "Andrew Lowther <andrew.lowther@example.co.uk>", "Live stream failed again", "technical", "high",
"""I am the churchwarden at Holy Trinity. For the second funeral in a
month the live stream system you installed froze after ten minutes.
Families abroad who could not travel missed the whole service for their
mother. This is not something we can simply apologise for.

Your support line has twice told us to "restart the box". I want this
escalated to someone senior in your company who can tell me what is
actually wrong and when it will be fixed properly, before the next
funeral on Thursday.

Andrew Lowther
Churchwarden"""),
("en", "b48-hall-heaters-tripping", "Niamh Kearney <niamh.kearney@example.ie>", "Heaters in the community hall", "technical", "",
"""Hi folks, the wall heaters in the back room of the community centre
keep tripping the fuse after 15-20 minutes. Happened at our set dancing
class Tuesday and again at the toddler group on Thursday. We reset it
at the board each time. Can someone take a look? Niamh"""),
("en", "b48-video-lessons-ipad", "Carol Jennings <carol.jennings@example.com>", "Spanish lessons", "technical", "",
"""Good afternoon,

I signed up for your online Spanish for Travelers course and the video
lessons will not play on my iPad. The little wheel spins and then it
says "media error". The audio exercises work fine. My iPad is a couple
of years old but otherwise works with everything.

Thank you,
Carol Jennings
Tucson, AZ"""),
("en", "b48-celebrant-thanks", "Rachel and Tom Whitaker <rachel.whitaker@example.co.uk>", "Thank you!!", "general", "",
"""Dear Susan,

We just wanted to say the most enormous thank you for Saturday. So many
guests came up to us afterwards to say it was the most personal
ceremony they'd ever been to. The bit about the camper van had my
grandad in tears (good tears). You made us both feel so calm.

We'll be recommending you to everyone.

Love,
Rachel & Tom"""),
("en", "b48-cardigan-on-train", "Patricia Noon <patricia.noon@example.co.uk>", "Left on the train", "general", "",
"""Dear Sir,

I travelled on the 2.30 from Kingsley to Oakworth on Sunday and think I
left my cardigan on the seat in the second carriage (the one with the
wooden panels). It is navy blue, hand knitted, with pearl buttons. It
has great sentimental value as my sister made it. Has anyone handed it
in?

Patricia Noon (Mrs)"""),
("en", "b48-arts-centre-christmas-hours", "Joe Whelan <joe.whelan@example.com>", "Christmas", "general", "",
"""Hi, is the arts centre cafe and gallery open between Christmas and New
Year? Want to bring my parents over on the 28th. Thanks"""),
("en", "b48-name-change-after-wedding", "Emily Carter <emily.carter@example.co.uk>", "Name change", "general", "",
"""Hello,

I got married in the summer and I'm now Emily Carter (previously Emily
Shaw). Could you update my name on my student record before the
certificates for the Japanese level 2 course are printed? My email
address stays the same.

Thanks,
Emily"""),
("en", "b48-steward-rude-manager", "Howard Ellis <howard.ellis@example.co.uk>", "Treatment by your steward at Sunday's concert", "general", "high",
"""Dear Sir/Madam,

At the choral concert at the Town Hall on Sunday, one of your stewards
(a tall man with a lanyard, grey hair) spoke to my wife, who uses a
walking frame, in an extraordinarily rude way because she was "blocking
the aisle" while we found our seats. He said, loud enough for the row
to hear, that "people like you should come earlier". She was mortified
and we left at the interval.

I do not want a refund. I want the person in charge of front-of-house
to contact me and tell me what will be done about this man.

Howard Ellis"""),
("en", "b48-church-hall-step-tripped", "Moira Sutherland <moira.sutherland@example.co.uk>", "Front step at the church hall", "general", "high",
"""Hello,

I'm writing on behalf of the Monday craft group. The second step at the
front door of the church hall has come loose - the stone rocks when you
put your weight on it. One of our ladies (she's 84) caught her foot on
it yesterday and only just stopped herself falling. We're using the side
door for now, but the front is the one everyone uses for the playgroup
and the lunch club.

Could someone make it safe or at least tape it off as soon as possible?

Moira Sutherland"""),
("en", "b48-festival-sponsorship", "Kavita Joshi <kavita@leicester-diwali-arts.example>", "Sponsorship - Diwali arts evening", "general", "",
"""Dear team,

We are a volunteer group organising a Diwali arts evening at the
Belgrave community centre on 2 November, with dance, music and a craft
market (around 400 visitors last year). We're looking for local
organisations to sponsor the children's craft tent. In return we'd put
your logo on the programme and banners.

Would you be open to a quick call?

Warm regards,
Kavita Joshi"""),
("en", "b48-subject-access-request", "Liam Henderson <liam.henderson@example.co.uk>", "Subject access request", "general", "",
"""Under the UK GDPR I am requesting a copy of all the personal data you
hold about me, including records of my enrolment on your evening
courses between 2019 and 2023 and any notes made by staff. Please send
it by email.

Liam Henderson
DOB 14/02/1986"""),
("en", "b48-own-caterer-parking", "Jasmine Cole <jasmine.cole@example.com>", "Hall for a baby shower", "general", "",
"""Hi! We're looking at the main hall for a baby shower in September
(about 40 guests). Are we allowed to bring our own caterer or do we
have to use yours? And is there parking on site or is it street
parking? Thank you xx"""),
("en", "b48-communion-veggie-access", "Colette Byrne <colette.byrne@example.ie>", "Communion party 18 May", "general", "",
"""Hi Orla,

Just a couple of questions ahead of Aisling's communion party. Two of
our guests are vegetarian and one is coeliac - can the menu be adjusted
for them? Also my mother-in-law is in a wheelchair, is the function
room at the hotel on the ground floor?

Thanks a million,
Colette"""),
("en", "b48-re-late-train-no-refund", "Geoffrey Platt <geoffrey.platt@example.co.uk>", "Re: Your visit on 17 August", "general", "",
"""Dear Ms Harker,

Thank you for your kind reply, but please don't trouble about a refund.
The 40 minute delay was nobody's fault and your volunteers on the
platform turned it into the best part of the day - the signalman let
my grandson pull a lever! I only wrote to say what a grand job they all
do.

With best wishes,
Geoffrey Platt

> Dear Mr Platt,
> We are sorry that the 11:00 departure on 17 August was delayed by 40
> minutes owing to a failed injector on the locomotive. As a gesture of
> goodwill we would be happy to refund part of your fare.
> Yours sincerely,
> Anne Harker, Visitor Services"""),
("en", "b48-certificate-recognised-visa", "Mohammed Irfan <m.irfan@example.in>", "Query", "general", "",
"""Respected Sir/Madam,

I am planning to apply for a job in Germany. I want to know whether the
B1 certificate given by your institute is accepted for the visa, or
whether I must appear for the Goethe exam separately. Please also tell
me the date of the next exam.

Thanking you,
Mohammed Irfan
Hyderabad"""),
("en", "b48-decorations-delivery-verger", "Tanya Mills <tanya.mills@example.co.uk>", "Order 3307", "general", "",
"""Hi, for the delivery of the christening decorations on Friday - we'll
both be at work, so please take them to the church and give them to
Mr Hale the verger, he's there 9 till 1. If nobody answers at the main
door, the vestry door round the side. Thanks! Tanya"""),
("en", "b48-hall-projector-no-signal", "Greg Lawson <greg.lawson@example.com>", "Projector in the Garden Room", "technical", "",
"""Hey, we had the Garden Room for our book club AGM last night and the
ceiling projector wouldn't pick up any laptop - "no signal" on HDMI
with a Mac and a Windows machine, tried both cables in the drawer. The
TV screen in the main hall worked fine with the same laptops. We're in
again on the 19th, could it be sorted by then? Greg"""),
# ---------------- Greek ----------------
("el", "b48-gl-egguisi-ai8ousas-enorias", "Vasw Papadopoulou <vaso.pap@example.gr>", "Egguhsh aithousas", "billing", "",
"""Kalhmera sas,

Eixame noikiasei thn aithousa ths enorias Agiou Dhmhtriou gia th
makaria tou patera mou sto 40hmero, stis 12 tou mhna. Dwsame 100 eurw
egguhsh kai mas eipan oti 8a mas ta epistrepsoun me trapezikh metafora
mesa se mia evdomada. Exoun perasei tris kai akoma tipota. Mhpws
3exasthke? IBAN sas to eixa steilei sto prohgoumeno mail.

Eyxaristw,
Vasw"""),
("el", "b48-diplh-xreosh-xorodia-megaro", "Αντώνης Καλογεράκης <antonis.kalog@example.gr>", "Εισιτήρια συναυλίας 7/12", "billing", "",
"""Καλησπέρα σας,

Αγόρασα χθες 3 εισιτήρια για τη χριστουγεννιάτικη συναυλία της
χορωδίας στις 7 Δεκεμβρίου (κράτηση 44817) και η κάρτα μου χρεώθηκε δύο
φορές από 45 €. Η σελίδα κόλλησε στην πληρωμή και πάτησα ξανά. Θα
ήθελα να μου επιστραφεί η δεύτερη χρέωση.

Ευχαριστώ,
Αντώνης Καλογεράκης"""),
("el", "b48-mhtera-zwgrafikh-xwris-tonous", "Σοφια Μαυριδου <sofia.mavridou@example.gr>", "Μαθηματα ζωγραφικης - Ελενη Μαυριδου", "billing", "",
"""Καλημερα σας,

Σας γραφω για τη μητερα μου, Ελενη Μαυριδου, που παρακολουθουσε τα
μαθηματα ζωγραφικης στο Πολιτιστικο Κεντρο καθε Τεταρτη. Δυστυχως
εφυγε απο τη ζωη τον περασμενο μηνα. Περασε πολυ ομορφα χρονια μαζι σας.

Σας παρακαλω να σταματησει η μηνιαια χρεωση των 25 ευρω απο την καρτα
της. Αν χρειαζεστε καποιο εγγραφο, πειτε μου.

Με εκτιμηση,
Σοφια Μαυριδου"""),
("el", "b48-gl-proficiency-doseis", "Giannhs Tsiakos <giannis.tsiakos@example.gr>", "Proficiency enhlikwn", "billing", "",
"""Geia sas, endiaferomai gia to tmhma Proficiency enhlikwn pou 3ekinaei
ton Oktwvrio (Deutera-Tetarth 8-10 to vrady). To synoliko kostos einai
720e an katalava kala. Ginetai na plhrwsw se doseis, px 6 mhniaies?
Kai dexeste karta h mono metrhta/katathesh?
Eyxaristw
Giannhs"""),
("el", "b48-vaptisi-akyrosi-dikigoros", "Κατερίνα Ζαχαρίου <katerina.zachariou@example.gr>", "Ακύρωση πακέτου βάπτισης - επιστροφή προκαταβολής", "billing", "high",
"""Κύριε Αναστασίου,

Στις 10 Φεβρουαρίου σας καταβάλαμε προκαταβολή 600 € για την οργάνωση
της βάπτισης της κόρης μας στις 26 Μαΐου (στολισμός ναού και κτήματος,
μπομπονιέρες, λαμπάδα). Στις 15 Απριλίου μάς ενημερώσατε τηλεφωνικά ότι
«δεν μπορείτε να αναλάβετε τελικά την εκδήλωση». Από τότε ούτε
επιστροφή ούτε γραπτή απάντηση.

Σας ζητώ την επιστροφή ολόκληρου του ποσού μέσα σε πέντε εργάσιμες. Σε
αντίθετη περίπτωση έχω ήδη δώσει εντολή στον δικηγόρο μου να κινηθεί
νομικά εναντίον της επιχείρησής σας.

Κατερίνα Ζαχαρίου
Λάρισα"""),
("el", "b48-telestis-apodeixi-gamou", "Νίκος Βαφειάδης <nikos.vafeiadis@example.gr>", "Απόδειξη", "billing", "",
"""Καλησπέρα κυρία Ρένα,

Ευχαριστούμε και πάλι για την τελετή του Σαββάτου. Μπορείτε να μας
στείλετε απόδειξη για τα 350 € που σας δώσαμε μετρητά; Τη χρειαζόμαστε
για τη φορολογική δήλωση.

Νίκος & Δανάη"""),
("el", "b48-gl-trenaki-piliou-trapeza", "Thodwris Karras <thodoris.karras@example.gr>", "Dromologio 14/9", "billing", "high",
"""To dromologio tou trenou sto Phlio sths 14/9 akyrw8hke thn idia mera
to prwi, hmastan hdh sto Volo me ta paidia. Mas eipan oti ta xrhmata
(4 eishthria x 28 eurw = 112) 8a epistrafoun "automata". Exei perasei
enas mhnas kai den exei gyrisei tipota sthn karta.

Den 8a perimenw allo. An den ta dw mexri th Deutera kanw amfisvhthsh
ths xrewshs sthn trapeza mou.

8odwrhs Karras"""),
("el", "b48-syllogos-epipleon-ores-proedros", "Μαρία Χατζηγεωργίου <maria.chatzigeorgiou@example.gr>", "Τιμολόγιο αίθουσας Πολιτιστικού Συλλόγου", "billing", "high",
"""Καλησπέρα,

Για τη γιορτή του χορευτικού μας τμήματος στις 2 Ιουνίου νοικιάσαμε την
αίθουσα του Συλλόγου από τις 6 έως τις 11. Στο τιμολόγιο που μας
στείλατε χρεώνονται 3 «επιπλέον ώρες» (90 €), ενώ ο φύλακας έκλεισε την
αίθουσα στις 11:10 και το ξέρει.

Μίλησα ήδη με τη γραμματεία, που μου είπε ότι «έτσι το πέρασε ο
ταμίας». Δεν θέλω να το ξανασυζητήσω με τη γραμματεία. Ζητώ να με πάρει
τηλέφωνο ο πρόεδρος του Δ.Σ. ή όποιος είναι υπεύθυνος για τις
μισθώσεις.

Μαρία Χατζηγεωργίου
694 000 2281"""),
("el", "b48-re-ekptosi-polyteknoi", "Ελένη Σταυροπούλου <eleni.stavropoulou@example.gr>", "Re: Εισιτήρια για την Παιδική Χορωδία", "billing", "",
"""Ευχαριστώ πολύ για την απάντηση. Δηλαδή αν κατάλαβα καλά, με την
κάρτα πολυτέκνων τα παιδικά είναι 5 € αντί για 8 και των ενηλίκων 10
αντί για 15; Είμαστε 2 ενήλικες και 4 παιδιά. Την κάρτα τη δείχνω στην
είσοδο ή πρέπει να τη στείλω πριν;

Ελένη

-----Αρχικό μήνυμα-----
Από: Ταμείο Δημοτικής Χορωδίας
Θέμα: Εισιτήρια για την Παιδική Χορωδία

Αγαπητή κυρία Σταυροπούλου,
για τη συναυλία της 18ης Μαΐου ισχύει μειωμένο εισιτήριο για
πολύτεκνους, φοιτητές και ανέργους, με την επίδειξη της σχετικής
κάρτας. Μείωση ισχύει τόσο για ενήλικες όσο και για παιδιά."""),
("el", "b48-gl-geia-sas-italika-ntoumpai", "Christina M. <christina.m@example.gr>", "Geia sas", "billing", "",
"""Geia sas! Eimai sto tmhma Italikwn B2 ths Pempths. Fevgw gia douleia
sto Ntoumpai gia 3 mhnes (Ianouarios-Martios) kai den 8a mporw na
erxomai. Ginetai na "pagwsei" h syndromh mou (55e to mhna) kai na
synexisw ton Aprilio xwris na xasw th 8esh mou? Den 8elw na th
stamathsw teleiws.

Christina"""),
("el", "b48-dorokarta-synavlia", "Αθηνά Ρήγα <athina.riga@example.gr>", "Δωροκάρτα", "billing", "",
"""Γεια σας, μου χάρισαν μια δωροκάρτα 50 € για το Μέγαρο. Θέλω να την
χρησιμοποιήσω για τη συναυλία της Χορωδίας της ΕΡΤ, αλλά το εισιτήριο
είναι 40 €. Το υπόλοιπο 10 € μένει στην κάρτα ή χάνεται;"""),
("el", "b48-bomboniere-perissepsan", "Σταύρος Λιάπης <stavros.liapis@example.gr>", "Παραγγελία 1187 - μπομπονιέρες", "billing", "",
"""Καλησπέρα,

Για τη βάπτιση του γιου μας παραγγείλαμε 150 μπομπονιέρες (καραβάκι με
κουφέτα, 3,80 € η μία). Τελικά ήρθαν λιγότεροι καλεσμένοι και
περίσσεψαν 32, άθικτες στα κουτιά τους. Δέχεστε επιστροφή ή έστω
πίστωση για μελλοντική παραγγελία;

Σταύρος Λιάπης
Ιωάννινα"""),
("el", "b48-eggyisi-zimies-katanalotis", "Παναγιώτης Ρούσσος <panagiotis.roussos@example.gr>", "Παρακράτηση εγγύησης", "billing", "high",
"""Κύριοι,

Μισθώσαμε το αμφιθέατρο του Πολιτιστικού Κέντρου για τα εγκαίνια της
έκθεσης φωτογραφίας μας στις 8 Μαρτίου και καταθέσαμε εγγύηση 300 €.
Σήμερα μάθαμε ότι την κρατάτε ολόκληρη για «φθορές στα καθίσματα»,
χωρίς φωτογραφίες, χωρίς πρακτικό παράδοσης, ενώ ο υπάλληλός σας
υπέγραψε ότι παραλάβατε την αίθουσα σε καλή κατάσταση.

Αν δεν επιστραφεί η εγγύηση εντός δέκα ημερών, θα υποβάλω καταγγελία
στη Γενική Γραμματεία Εμπορίου και Προστασίας Καταναλωτή.

Π. Ρούσσος
Φωτογραφική Ομάδα «Διάφραγμα», Πάτρα"""),
("el", "b48-gl-filoi-sidhrodromou-germania", "Kostas Deligiannis <k.deligiannis@example.de>", "Syndromh Filwn", "billing", "",
"""Kalhspera,
H etisia syndromh mas stous "Filous tou Odontwtou" ananew8hke automata
xtes (40 eurw) alla mas efyge to mail sas. Apo ton Septemvrio menoume
monimws sth Stoutgkarh kai den prolavainoume na erxomaste. Ginetai na
akyrw8ei h ananewsh kai na mas epistrafoun? An oxi, den peirazei, apla
na mhn ananewsei 3ana.

Kwstas & Rena"""),
("el", "b48-kratisi-trenou-oxi-pliromi", "Δημήτρης Ζέρβας <dimitris.zervas@example.gr>", "Ηλεκτρονικές κρατήσεις", "technical", "",
"""Καλημέρα,

Δεν πρόκειται για θέμα πληρωμής, δεν έχει χρεωθεί τίποτα. Το πρόβλημα
είναι ότι στην ιστοσελίδα κρατήσεων για τον Οδοντωτό, όταν διαλέγω
ημερομηνία (οποιαδήποτε του Οκτωβρίου), το κουμπί «Συνέχεια» δεν
πατιέται, μένει γκρι. Το δοκίμασα σε Chrome και Firefox και από το
κινητό. Θέλουμε 5 θέσεις για Σάββατο 12/10.

Δημήτρης Ζέρβας"""),
("el", "b48-gl-qr-eishthria-den-anoigoun", "Marilena <marilena.k@example.gr>", "eisitiria", "technical", "",
"""kalhspera, phra ta eishthria gia th synavlia ths xorwdias sto Hrakleio
alla to pdf sto kinhto anoigei kai oi kwdikoi QR einai mauroi
tetragwnoi, den fainetai tipota. na ta 3anasteilete h mporw na dwsw to
onoma mou sthn eisodo? krathsh 30912"""),
("el", "b48-platforma-frontistiriou-kodikos", "Ευαγγελία Τσολάκη <evaggelia.tsolaki@example.gr>", "Δεν μπορώ να συνδεθώ", "technical", "",
"""Καλησπέρα σας,

Είμαι στο τμήμα ισπανικών ενηλίκων της Τρίτης. Από τη Δευτέρα δεν
μπορώ να μπω στην πλατφόρμα για τις ασκήσεις. Βάζω τον κωδικό και μου
βγάζει «λανθασμένα στοιχεία», έκανα και επαναφορά κωδικού αλλά το email
δεν έρχεται ποτέ (κοίταξα και στα ανεπιθύμητα).

Ευαγγελία"""),
("el", "b48-mikrofoniki-enorias-sfyrizei", "π. Γεώργιος Αλεξίου <pgeorgios@agiostrifonas.example>", "Μικροφωνική ναού", "technical", "",
"""Αγαπητοί,

Από τότε που ο τεχνικός σας αντικατέστησε τον ενισχυτή στον Ιερό Ναό
Αγίου Τρύφωνος, το μικρόφωνο του ψαλτηρίου σφυρίζει έντονα μόλις
ανεβαίνει λίγο η ένταση. Την Κυριακή αναγκαστήκαμε να το κλείσουμε στη
μέση της Θείας Λειτουργίας. Παρακαλώ να περάσει κάποιος να το ρυθμίσει
μέσα στην εβδομάδα.

Με ευχές,
π. Γεώργιος Αλεξίου"""),
("el", "b48-gl-priza-kouzinas-spi8ires", "Fwtini Anagnostou <fotini.an@example.gr>", "Kouzina aithousas", "technical", "high",
"""Kalhmera,
Sto xtesino trapezi tou syllogou sthn aithousa, h priza dipla ston
fourno sthn kouzina evgale spi8ires otan vala to vrasthra kai meta
myrize kammeno plastiko. H priza einai maurismenh gyrw gyrw. Kanenas
den xtyphthke. Katevasame thn asfaleia ths kouzinas kai valame xarti
"MHN XRHSIMOPOIEITE". To Savvato exei vaftisia sthn aithousa kai 8a
xreiastoun thn kouzina, ara kalo 8a htan na er8ei hlektrologos prin.
Fwtini"""),
("el", "b48-klimatistiko-aithousas", "Αλέξανδρος Μπέης <alex.beis@example.gr>", "Κλιματιστικό μεγάλης αίθουσας", "technical", "",
"""Καλησπέρα, στη μεγάλη αίθουσα του Πνευματικού Κέντρου το κλιματιστικό
δουλεύει αλλά βγάζει μόνο ζεστό αέρα, ακόμα και στους 18 σε ψύξη. Την
Παρασκευή είχαμε πρόβα της χορωδίας και σκάσαμε. Έχουμε πάλι πρόβα
Τρίτη βράδυ."""),
("el", "b48-frontistirio-mock-exams-sistima", "Κέντρο Ξένων Γλωσσών Ορόσημο <info@orosimo-glosses.example>", "Σύστημα εξετάσεων", "technical", "high",
"""Καλημέρα,

Από τις 9:00 σήμερα κανένας από τους 40 υποψηφίους που είναι στις
αίθουσές μας για τα δοκιμαστικά εξετάσεων δεν μπορεί να ανοίξει το
τεστ - το σύστημα μένει στη σελίδα «φόρτωση». Οι επιτηρητές περιμένουν,
οι υποψήφιοι έχουν πάρει άδεια από τη δουλειά τους για σήμερα και
κάποιοι ήρθαν από άλλες πόλεις. Αν δεν ξεκινήσουμε μέχρι τις 11 θα
πρέπει να τους στείλουμε σπίτι.

Καλέστε μας στο 2310 000 477.

Ιφιγένεια Δούκα
Διεύθυνση Σπουδών"""),
("el", "b48-gl-teletarxis-site-rantevou", "Lena Kyriakou Celebrant <lena@lena-teletes.example>", "Site", "technical", "high",
"""Geia sas,
apo xthes to apogeuma h selida mou me ta rantevou den fortwnei, vgazei
"503 service unavailable". Ta zeugaria den mporoun na kleisoun
synanthsh, mou stelnoun sto Instagram kai me pairnoun thlefwno apo to
prwi. Ena zeugari htan na kanei thn prokatavolh xthes kai to akyrwse
giati nomise oti eklisa. Einai h kalyterh periodos ths xronias gia
krathseis kai xanw douleia kathe wra.
Lena Kyriakou"""),
("el", "b48-audio-guide-kentro", "Γεωργία Παππά <georgia.pappa@example.gr>", "Εφαρμογή ξενάγησης", "technical", "",
"""Η εφαρμογή ξενάγησης για την έκθεση στο Πολιτιστικό Κέντρο κατεβαίνει
στο κινητό αλλά όταν σκανάρω τον κωδικό δίπλα στα έργα λέει «το
περιεχόμενο δεν βρέθηκε». Έχω iPhone 12, τελευταία έκδοση."""),
("el", "b48-online-mathima-ixos-xwris-tonous", "Βασιλης Κουτρας <vasilis.koutras@example.gr>", "Ηχος στο online μαθημα", "technical", "",
"""Καλησπερα,
στο online μαθημα γαλλικων της Πεμπτης δεν ακουω την καθηγητρια, βλεπω
την εικονα κανονικα και οι αλλοι με ακουνε. Στο YouTube ο ηχος του
laptop δουλευει κανονικα. Δοκιμασα και με ακουστικα, τιποτα.
Βασιλης"""),
("el", "b48-gl-8ermansi-naou-ypeu8ynos", "Apostolos Gkikas <apostolos.gkikas@example.gr>", "8ermansh naou - TRITH fora", "technical", "high",
"""Kyrioi,

Einai h trith fora se enan mhna pou h 8ermansh pou egkatasthsate ston
Agio Nikolao stamataei na leitourgei. To thlexeirhsthrio deixnei
sfalma E4 kai o texnikos sas erxetai, kanei reset kai fevgei. Thn
Kyriakh eixame 10 va8mous mesa sto nao kai oi perissoteroi enorites
einai hlikiwmenoi.

Den 8elw na 3anamilhsw me to thlefwniko kentro. Zhtw na me parei o
ypeu8ynos tou texnikou tmhmatos h o idiokthths ths etaireias kai na mou
pei ti 8a ginei.

Apostolos Gkikas
Epitropos tou Naou, Kalamata"""),
("el", "b48-kleidaria-kodikos-aithousas", "Ιωάννα Μπαλτά <ioanna.balta@example.gr>", "Κλειδαριά αίθουσας", "technical", "",
"""Καλησπέρα,

Ο κωδικός που μας στείλατε για την ηλεκτρονική κλειδαριά της αίθουσας
(για την Πέμπτη) δεν ανοίγει - ανάβει κόκκινο λαμπάκι και ακούγεται
ένα μπιπ. Τον δοκιμάσαμε σήμερα που περάσαμε να δούμε τον χώρο. Μήπως
ενεργοποιείται μόνο την ημέρα της κράτησης;

Ιωάννα"""),
("el", "b48-galeria-fotografion-vaptisis", "Θεοδώρα Νικολάου <theodora.nikolaou@example.gr>", "Φωτογραφίες βάπτισης", "technical", "",
"""Γεια σας! Ο σύνδεσμος για την ψηφιακή γκαλερί με τις φωτογραφίες της
βάπτισης του Άγγελου ανοίγει, αλλά όταν πατάω «Λήψη όλων» κατεβαίνει
ένα αρχείο zip που λέει ότι είναι κατεστραμμένο. Το δοκίμασε και ο
άντρας μου από άλλο υπολογιστή, το ίδιο. Τις μεμονωμένες φωτογραφίες τις
βλέπουμε κανονικά."""),
("el", "b48-eyxaristo-organotria-vaptisis", "Άννα Κωνσταντίνου <anna.konstantinou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητή Δέσποινα,

Θέλαμε να σας ευχαριστήσουμε από καρδιάς για τη βάπτιση της Μαρίνας.
Ο στολισμός στην εκκλησία ήταν ακριβώς όπως τον ονειρευόμασταν και όλοι
οι καλεσμένοι ρωτούσαν ποιος τον έκανε. Η γιαγιά μας ακόμα μιλάει για
τα λουλούδια στην κολυμπήθρα!

Θα σας προτείνουμε σε όλες τις φίλες μας.

Με αγάπη,
Άννα, Πέτρος και η μικρή Μαρίνα"""),
("el", "b48-gl-mpoufan-sto-treno", "Stelios Mavros <stelios.mavros@example.gr>", "3exasame ena mpoufan", "general", "",
"""Kalhspera, thn Kyriakh sto dromologio twn 11:00 apo Diakofto
3exasame ena paidiko mpoufan, mple skouro me kitrinh koukoula, megethos
6 etwn. Mallon sto deutero vagoni konta sto para8yro. To vrhke kaneis?
Mporoume na per8oume apo to stathmo na to paroume.
Stelios"""),
("el", "b48-orario-vivliothikis-pasxa", "Χρύσα Αλεξανδροπούλου <chrysa.alex@example.gr>", "Ωράριο Πάσχα", "general", "",
"""Καλημέρα σας, θα είναι ανοιχτή η βιβλιοθήκη του Πολιτιστικού Κέντρου
τη Μεγάλη Εβδομάδα και την Τρίτη του Πάσχα; Θέλω να επιστρέψω δύο
βιβλία. Ευχαριστώ."""),
("el", "b48-allagi-diefthynsis-xwris-tonous", "Ευθυμιος Γκουμας <efthymios.gkoumas@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα,
μετακομισαμε και παρακαλω να αλλαξετε τη διευθυνση μου στο μητρωο των
μελων της χορωδιας. Νεα διευθυνση: Αγιας Σοφιας 41, 546 22 Θεσσαλονικη.
Το κινητο μου μενει το ιδιο.
Ευθυμιος Γκουμας (τενορος)"""),
("el", "b48-tamias-theatrou-diefthyntis", "Ροδάνθη Πετράκη <rodanthi.petraki@example.gr>", "Συμπεριφορά υπαλλήλου στο ταμείο", "general", "high",
"""Κύριοι,

Την Παρασκευή το βράδυ πήγα στο ταμείο του Πολιτιστικού Κέντρου να
παραλάβω τα εισιτήρια που είχα κλείσει για τη συναυλία της χορωδίας. Η
υπάλληλος μού μίλησε με απαράδεκτο τρόπο επειδή δεν θυμόμουν τον αριθμό
κράτησης, με είπε «μπερδεμένη» μπροστά σε όλη την ουρά και μου πέταξε
τα εισιτήρια στον πάγκο. Είμαι 74 χρονών και δεν μου έχει ξαναμιλήσει
κανείς έτσι.

Δεν θέλω χρήματα πίσω. Θέλω να μου τηλεφωνήσει ο διευθυντής του Κέντρου.

Ροδάνθη Πετράκη
Χανιά"""),
("el", "b48-gl-spasmena-gyalia-proaulio", "Antonia Georgiadou <antonia.georg@example.gr>", "Proaulio ekklhsias", "general", "high",
"""Kalhmera sas, shmera sto proaulio ths Agias Eirhnhs, ekei pou paizoun
ta paidia meta to katixhtiko, vrhkame spasmena gyalia apo mpoukalia
diaskorpismena konta stis kounies, kai mia plaka sto pezodromio einai
shkwmenh kai skontafteis. Ta mazepsame osa vlepame alla sigoura exoun
meinei kommatia sto xwma. To Savvato exei 3ana katixhsh me 30 paidia.
Mporei kapoios na to ka8arisei kai na ftia3ei thn plaka?
Antwnia"""),
("el", "b48-xorigia-panigyri", "Πολιτιστικός Σύλλογος Ανω Μερά <info@anomera-syllogos.example>", "Χορηγία - Πανηγύρι Αγίου Παντελεήμονα", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος του χωριού μας διοργανώνει, όπως κάθε χρόνο,
το πανηγύρι του Αγίου Παντελεήμονα στις 26-27 Ιουλίου, με παραδοσιακή
μουσική, χορευτικά και εκθεσιακό χώρο για τοπικά προϊόντα. Θα θέλαμε να
σας προτείνουμε να γίνετε χορηγός της βραδιάς, με το λογότυπό σας στις
αφίσες και στο πρόγραμμα.

Στη διάθεσή σας για ό,τι χρειαστείτε,
Γιώργος Ρουσάκης, Πρόεδρος"""),
("el", "b48-aitima-prosvasis-dedomena", "Μιχάλης Σπανός <michalis.spanos@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για εμένα, καθώς και
ενημέρωση για τον σκοπό της επεξεργασίας και τους αποδέκτες τους. Ήμουν
σπουδαστής στο τμήμα γερμανικών ενηλίκων 2021-2023.

Μιχάλης Σπανός"""),
("el", "b48-gl-dikos-mas-fotografos", "Dimitra Pateraki <dimitra.pateraki@example.gr>", "erwthsh", "general", "",
"""Geia sas, kleisame to 3wklhsi tou Ai-Giwrgh gia ton gamo mas 14
Iouniou. Mporoume na feroume diko mas fwtografo kai video h uparxei
kapoios periorismos apo thn enoria? Kai rixnoume ryzi sthn eksodo h den
epitrepetai? Eyxaristoume polu!!"""),
("el", "b48-re-treno-den-thelo-epistrofi", "Ηλίας Βλαχόπουλος <ilias.vlachopoulos@example.gr>", "Re: Καθυστέρηση δρομολογίου 3/8", "general", "",
"""Αγαπητή κυρία Σωτηρίου,

Ευχαριστώ για την άμεση απάντηση, αλλά δεν θέλω καμία επιστροφή
χρημάτων. Η καθυστέρηση ήταν μισή ώρα και κανένα πρόβλημα. Σας έγραψα
μόνο για να πω ότι ο ελεγκτής σας, ο κ. Στράτος, ήταν υπέροχος με τα
εγγόνια μου - τους εξήγησε πώς δουλεύει η ατμομηχανή και τους άφησε να
χτυπήσουν το κουδούνι. Δώστε του τα συγχαρητήριά μας.

Ηλίας Βλαχόπουλος

> Αγαπητέ κύριε Βλαχόπουλε,
> λυπούμαστε για την καθυστέρηση του δρομολογίου της 3ης Αυγούστου. Αν
> το επιθυμείτε, μπορούμε να σας επιστρέψουμε το 50% της αξίας των
> εισιτηρίων σας.
> Με εκτίμηση, Κ. Σωτηρίου"""),
("el", "b48-pistopoiitiko-asep", "Αγγελική Μουστάκα <aggeliki.moustaka@example.gr>", "Ερώτηση για πιστοποιητικό", "general", "",
"""Καλησπέρα σας,

Θα ήθελα να ρωτήσω αν το πιστοποιητικό επιπέδου C1 στα αγγλικά που
δίνει το κέντρο σας αναγνωρίζεται από το ΑΣΕΠ για διορισμούς, και πόσο
καιρό μετά τις εξετάσεις βγαίνουν τα αποτελέσματα.

Ευχαριστώ,
Αγγελική Μουστάκα"""),
("el", "b48-gl-paradosi-stolismou-naos", "Nikoletta S. <nikoletta.s@example.gr>", "Paraggelia 2204", "general", "",
"""Kalhmera! Ta pragmata gia to stolismo (lampades, kordeles, to
trapezaki me ta martyrika) na ta paradwsete kateu8eian sthn ekklhsia
Agios Nikolaos sthn Kalamaria thn Paraskeuh 10-12, ekei 8a einai o
neokoros o k. Mpamphs. Mhn ta fernete spiti giati den 8a eimaste.
Eyxaristw, Nikoletta 697 000 5513"""),
("el", "b48-akroasi-xorodia-xwris-tonous", "Ολγα Δημου <olga.dimou@example.gr>", "Νεα μελη χορωδιας", "general", "",
"""Καλησπερα,
δεχεται η μικτη χορωδια του Δημου νεα μελη φετος; Τραγουδουσα σε
χορωδια στη Λαρισα για πεντε χρονια (αλτο) και τωρα μενω στο Βολο.
Γινεται ακροαση και ποτε ειναι οι προβες;
Ολγα Δημου"""),
# ---------------- Spanish ----------------
("es", "b48-fianza-salon-parroquial", "Maite Etxeberria <maite.etxeberria@example.es>", "Fianza salón parroquial", "billing", "",
"""Buenos días,

El 5 de octubre alquilamos el salón parroquial de San Vicente para la
comida del 50 aniversario de mis padres. Dejamos una fianza de 200 € y
nos dijeron que la devolverían por transferencia en una semana, después
de revisar el local. Ya han pasado cinco y no ha llegado nada. ¿Me
podéis decir si hay algún problema?

Un saludo,
Maite Etxeberria"""),
("es", "b48-cobro-doble-coro-mx", "Jorge Salinas <jorge.salinas@example.com.mx>", "Cobro doble boletos", "billing", "",
"""Buenas tardes, compré 4 boletos para el concierto navideño del coro en
el Teatro de la Ciudad (orden 58213) y en mi estado de cuenta aparecen
dos cargos de $1,360 MXN. Solo recibí una confirmación. ¿Me pueden
reembolsar el cargo repetido por favor?

Saludos,
Jorge Salinas"""),
("es", "b48-papa-fallecio-academia-ar", "Lucia Ferraro <lucia.ferraro@example.com.ar>", "Cuota de Hector Ferraro", "billing", "",
"""Hola, buenas tardes.

Les escribo porque mi viejo, Hector Ferraro, que iba al curso de
italiano de los jueves, fallecio el mes pasado. Estaba feliz con las
clases, hablaba todo el tiempo de la profe Giuliana.

Les pido que no le sigan debitando la cuota de $38.000 de la tarjeta,
que la voy a dar de baja igual. Si necesitan el certificado de
defuncion me avisan y se los mando.

Gracias,
Lucia"""),
("es", "b48-amigos-tren-mudanza-canarias", "Ramón Castaño <ramon.castano@example.es>", "Cuota de socio", "billing", "",
"""Hola,

Llevo seis años como socio de la Asociación de Amigos del Tren, pero nos
hemos ido a vivir a Tenerife y ya no voy a poder ir a echar una mano en
los talleres ni a los viajes. La cuota anual (60 €) se renueva en enero;
os pido que no me la paséis este año.

Ha sido un placer. Un abrazo a todos los del taller de vagones.

Ramón Castaño"""),
("es", "b48-oficiante-resto-dos-plazos", "Nerea Gómez <nerea.gomez@example.es>", "Nuestra ceremonia 14 de septiembre", "billing", "",
"""Hola Carmen!

¿Qué tal? Te escribo por lo del pago. Según el presupuesto nos queda por
pagar 420 € antes del 1 de agosto. ¿Podríamos hacerlo en dos veces,
mitad en julio y mitad en agosto? ¿Y aceptas Bizum o tiene que ser
transferencia?

Mil gracias,
Nerea y Álex"""),
("es", "b48-comunion-cancelada-profeco", "Alejandra Pineda <alejandra.pineda@example.com.mx>", "Reembolso paquete Primera Comunión", "billing", "high",
"""Sra. Verónica:

El 15 de enero le pagamos $18,500 MXN por el paquete completo de la
Primera Comunión de mi hija Valeria (decoración de la iglesia, mesa de
dulces, recuerdos y salón). El 20 de abril nos avisó por WhatsApp que
"ya no podía hacer el evento" y desde entonces no contesta.

Exijo la devolución íntegra en un plazo de 5 días hábiles. De lo
contrario, presentaré una queja formal ante la PROFECO con todos los
comprobantes de pago y los mensajes.

Alejandra Pineda Ruiz
Puebla, Pue."""),
("es", "b48-limpieza-extra-responsable", "Francisco Javier Molina <fjmolina@example.es>", "Factura 2024-0318 - cargo por limpieza", "billing", "high",
"""Buenas tardes,

En la factura del alquiler de la sala polivalente del centro cultural
para nuestra asamblea de vecinos del día 9 aparece un cargo de 80 € por
"limpieza adicional". Dejamos la sala recogida, sillas apiladas y la
basura fuera, y el conserje nos dijo que estaba todo bien.

Ya lo he hablado por teléfono con la persona de reservas, que me dice
que ella no puede quitarlo. Quiero que lo revise el director del centro
o el responsable de las instalaciones, y que me llame directamente.

Francisco Javier Molina
Presidente AVV Barrio de la Estación
612 000 448"""),
("es", "b48-tren-nubes-contracargo", "Martín Sosa <martin.sosa@example.com.ar>", "Excursion 12/10 cancelada", "billing", "high",
"""Hola. La excursion del tren del 12 de octubre la cancelaron el mismo
dia a la mañana, cuando ya estabamos en Salta con mi familia. Nos
dijeron que el reintegro de los 4 pasajes ($196.000) se hacia solo en
10 dias habiles. Paso un mes y medio y no vi nada en la tarjeta.

Ya mande tres mails. Si para el viernes no esta acreditado voy a
desconocer el cargo con el banco.

Martín Sosa"""),
("es", "b48-factura-fundacion-nit", "Fundación Semillas de Cultura <administracion@semillascultura.example>", "Factura alquiler auditorio", "billing", "",
"""Cordial saludo,

Les solicitamos muy amablemente reexpedir la factura del alquiler del
auditorio del 22 de marzo ($2.450.000 COP) a nombre de la Fundación
Semillas de Cultura, NIT 900.000.417-3, y no a nombre de nuestra
directora. Sin ese dato el área contable no puede realizar el pago.

Quedamos atentos,
Diana Marcela Rincón
Coordinadora Administrativa, Bogotá"""),
("es", "b48-bono-regalo-tren-caducado", "Eduardo Prieto <eduardo.prieto@example.es>", "Bono regalo", "billing", "",
"""Hola, mis hijos me regalaron por mi jubilación un bono para el viaje en
el tren de vapor con comida (2 personas, 190 €), pero entre una cosa y
otra se me pasó y caducó el 30 de junio. ¿Hay alguna forma de
ampliarlo aunque sea pagando algo? Sería una pena perderlo. El código es
TV-77120. Gracias."""),
("es", "b48-re-descuento-grupo-jubilados", "Asunción Ibáñez <asun.ibanez@example.es>", "Re: Concierto de Navidad - grupo", "billing", "",
"""Gracias, Pilar. Entonces somos 24 del Hogar del Jubilado. Una pregunta:
¿el 20% de grupo se suma al precio de jubilado (10 € en vez de 15) o es
uno u otro? Si no se suman, casi nos sale mejor comprarlas sueltas.

Asun

El mar, Pilar Ortega <taquilla@coralsanjuan.example> escribió:
> Estimada Asunción:
> Los grupos de más de 20 personas tienen un 20% de descuento sobre la
> entrada general para el Concierto de Navidad del 21 de diciembre.
> Necesitaríamos la lista antes del 10 de diciembre.
> Un saludo, Pilar"""),
("es", "b48-hola-congelar-matricula-reposo", "Camila Fuentes <camila.fuentes@example.cl>", "Hola", "billing", "",
"""Hola, cómo están?

Estoy en el curso de inglés intermedio de los martes y jueves (mensualidad
$65.000). Estoy embarazada y el médico me dio reposo hasta el parto, así
que no voy a poder ir por unos meses. ¿Se puede congelar la matrícula y
retomar después sin pagar de nuevo la inscripción? No quiero darme de baja.

Muchas gracias,
Camila"""),
("es", "b48-detalles-comunion-sobrantes", "Rocío Marín <rocio.marin@example.es>", "Pedido 4471 - detalles comunión", "billing", "",
"""Buenas,

Para la comunión de mi hijo os pedí 80 detalles (llaveros personalizados
+ bolsita, 2,90 € cada uno). Al final vinieron menos invitados y nos
sobran 18 sin abrir. Sé que llevan el nombre del niño, pero ¿podríais
devolverme algo o dejármelo como vale para otra compra?

Rocío"""),
("es", "b48-abono-temporada-omic", "Tomás Recio <tomas.recio@example.es>", "Renovación del abono que cancelé", "billing", "high",
"""Buenos días,

En mayo os envié un correo (lo adjunto) pidiendo la baja del abono de
temporada del Orfeón para la temporada que viene. Me contestasteis
confirmando la baja. Aun así, el 1 de septiembre me habéis cobrado
145 € en la cuenta por la renovación.

He llamado dos veces y me dicen que "lo pasan a administración". Si en
diez días no tengo el dinero devuelto, presentaré una reclamación en la
OMIC de mi ayuntamiento.

Tomás Recio Fernández
Valladolid"""),
("es", "b48-reservas-tren-no-es-cobro", "Irene Lozano <irene.lozano@example.es>", "Web de reservas", "technical", "",
"""Hola,

No es un problema con el cobro, no se me ha cargado nada. Es que la web
de reservas del tren histórico no me deja pasar del paso 2: elijo fecha
y número de billetes, le doy a "Continuar" y vuelve a salir el
calendario vacío. Lo he probado en el ordenador y en el móvil, con
Chrome y con Safari. Quiero 3 billetes para el sábado 18 por la mañana.

Gracias,
Irene"""),
("es", "b48-boletos-qr-no-llegan-mx", "Daniela Ortiz <daniela.ortiz@example.com.mx>", "boletos", "technical", "",
"""hola, compre boletos para el concierto del coro en la catedral el
sabado y me llego el correo de confirmacion pero el boton de "descargar
boletos" me manda a una pagina en blanco. ya lo intente desde la compu
y el celular. los necesito para entrar? orden 60331"""),
("es", "b48-campus-virtual-clave-ar", "Gustavo Romero <gustavo.romero@example.com.ar>", "No puedo entrar al campus", "technical", "",
"""Buenas, soy alumno de portugués nivel 2 de los lunes. Hace una semana
que no puedo entrar al campus virtual: me dice "usuario o contraseña
incorrectos" y cuando pongo "olvidé mi contraseña" el mail nunca llega
(revisé spam). Tengo que entregar el trabajo práctico el lunes.
Gustavo"""),
("es", "b48-megafonia-iglesia-acople", "Parroquia San Lorenzo <parroquia.sanlorenzo@example.es>", "Megafonía", "technical", "",
"""Buenos días,

Desde que vuestro técnico cambió la mesa de sonido de la parroquia hace
tres semanas, el micrófono del ambón se acopla y pita en cuanto se sube
un poco el volumen. El domingo tuvimos que apagarlo a mitad de misa y
los mayores de atrás no se enteraban de nada. ¿Podéis mandar a alguien
esta semana para ajustarlo?

Atentamente,
D. Julián Sanz, párroco"""),
("es", "b48-olor-gas-cocina-local", "Pilar Navarro <pilar.navarro@example.es>", "Cocina del local", "technical", "high",
"""Hola,

Os comento por si acaso: el jueves, cuando las de la asociación de
mujeres usamos la cocina del local parroquial para preparar la merienda,
notamos olor a gas al lado de los fogones aunque estaban todos
apagados. Cerramos la llave general, abrimos las ventanas y ya no la
volvimos a usar. Nadie se encontró mal.

El sábado hay un bautizo con comida en el local y querrán usar la
cocina, así que estaría bien que alguien lo mirara antes.

Pilar"""),
("es", "b48-proyector-salon-no-detecta", "Héctor Villanueva <hector.villanueva@example.com.mx>", "Proyector salón B", "technical", "",
"""Buen día. En el salón B del centro cultural el proyector no detecta
ninguna laptop por HDMI, solo sale "sin señal". Probamos con dos
computadoras y los dos cables que estaban ahí. En el salón A sí funcionó
con la misma laptop. Tenemos otra vez la sala el jueves para el taller
de fotografía, ¿lo pueden revisar antes?
Héctor"""),
("es", "b48-academia-plataforma-caida", "Dirección Academia Lenguas Vivas <direccion@lenguasvivas-sevilla.example>", "Plataforma de clases", "technical", "high",
"""Buenos días:

Desde las 9:00 ninguno de nuestros profesores ni alumnos puede entrar en
la plataforma: sale "error 500" para todos. Tenemos 11 grupos online
por la mañana; los profesores están esperando conectados sin poder
abrir el aula, ya hemos tenido que cancelar las clases de las 9 y de las
10 y los alumnos de empresa nos están llamando para quejarse. A las
12 empiezan los grupos de preparación del B2.

Por favor, llamadnos al 954 000 271 cuanto antes.

Mercedes Álvarez
Directora académica"""),
("es", "b48-centro-cultural-taquilla-sistema", "Centro Cultural La Usina <taquilla@lausina.example>", "SISTEMA TAQUILLA", "technical", "high",
"""El sistema de venta no abre desde las 18 hs, se queda en "sincronizando"
en las dos PC de la boletería y en la web tampoco se puede comprar. A
las 21 hs es el concierto del Coro Polifónico, sala completa esperada
(500 personas), y no podemos vender ni controlar las entradas ya
vendidas. Tenemos gente haciendo fila afuera. Llamen al 0341 000 5590
por favor.
Noelia - boletería, Rosario"""),
("es", "b48-audioguia-no-descarga", "Marisa Caballero <marisa.caballero@example.es>", "App audioguía", "technical", "",
"""La aplicación de la audioguía del ferrocarril minero se queda en el
85% al descargar los contenidos y luego dice "error de descarga". Lo he
intentado tres veces con el wifi de casa. Tengo un Samsung con espacio
de sobra. Vamos el domingo con los nietos."""),
("es", "b48-clases-online-video-co", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Videos del curso de francés", "technical", "",
"""Buenas tardes,

Me inscribí en el curso virtual de francés para adultos y los videos de
las lecciones no cargan: aparece un círculo girando y después "error al
reproducir". Los ejercicios escritos sí funcionan. Lo intenté desde el
computador y desde la tableta.

Muchas gracias por su ayuda,
Andrés Felipe Cárdenas
Medellín"""),
("es", "b48-calefaccion-iglesia-superior", "Enrique Salvador <enrique.salvador@example.es>", "Calefacción de la iglesia - tercera avería", "technical", "high",
"""Señores:

Es la tercera vez en un mes que la calefacción que instalaron ustedes
en la iglesia de Santa María deja de funcionar. El mando marca "E4", su
técnico viene, la reinicia y se va. El domingo pasado estábamos a 9
grados dentro, con la mayoría de los feligreses por encima de los 75
años.

No quiero volver a hablar con el servicio de atención telefónica.
Exijo que me llame el jefe del servicio técnico o un responsable de la
empresa y me explique qué van a hacer.

Enrique Salvador
Consejo parroquial, Soria"""),
("es", "b48-cerradura-codigo-local", "Beatriz Lara <beatriz.lara@example.es>", "Código de la puerta", "technical", "",
"""Hola, el código que me mandasteis para la cerradura del local de
ensayo (para el martes) no abre: se enciende una luz roja y pita. Lo
probamos hoy al pasar por allí. ¿Puede ser que solo funcione el día de
la reserva o hay algo mal?

Bea"""),
("es", "b48-galeria-fotos-bautizo-mx", "Fernanda Luna <fernanda.luna@example.com.mx>", "Fotos del bautizo", "technical", "",
"""Hola!! El link de la galería con las fotos del bautizo de Santiago sí
abre, pero cuando le doy a "descargar todas" baja un archivo zip que
dice que está dañado. Mi esposo lo intentó en su compu y le pasa igual.
Las fotos sueltas sí se ven. ¿Me lo pueden volver a mandar?"""),
("es", "b48-gracias-oficiante", "Marta y Jaime <marta.jaime.boda@example.es>", "¡Gracias!", "general", "",
"""Querida Inés:

Todavía estamos flotando. Queríamos darte las gracias por la ceremonia
del sábado: fue justo lo que queríamos, cercana, divertida y con el
momento de la abuela Carmen leyendo la carta que nos hizo llorar a
todos. Muchos invitados nos han preguntado por ti.

Te recomendaremos siempre.

Un abrazo enorme,
Marta y Jaime"""),
("es", "b48-gafas-en-el-tren-sin-tildes", "Concepcion Herrero <concha.herrero@example.es>", "Gafas olvidadas", "general", "",
"""Buenas tardes,
el domingo fui en el tren de las 12 de Madrid a Aranjuez (el de la
Fresa) y creo que me deje unas gafas de leer en el asiento del tercer
vagon. Son de pasta marron en una funda verde. Si alguien las ha
encontrado, ¿donde puedo recogerlas?
Gracias
Concepcion Herrero"""),
("es", "b48-horario-semana-santa-mx", "Rodrigo Chávez <rodrigo.chavez@example.com.mx>", "Horario", "general", "",
"""Buenas tardes, ¿el centro cultural va a abrir en Semana Santa? Quería
llevar a mis papás a ver la exposición de arte popular el jueves o el
viernes santo. Gracias."""),
("es", "b48-cambio-apellido-correo", "Laura Benítez <laura.benitez@example.es>", "Cambio de datos", "general", "",
"""Hola,

Desde este mes mi correo es laura.benitez@example.es (antes usaba
lbenitez73@example.com, que ya no miro). ¿Podéis cambiarlo en mi ficha
de alumna del curso de alemán? Así me llegan los avisos de clase.

Gracias,
Laura Benítez"""),
("es", "b48-acomodador-encargado-ar", "Graciela Pereyra <graciela.pereyra@example.com.ar>", "Trato del personal en el concierto", "general", "high",
"""Señores:

El sábado fui con mi marido, que anda en silla de ruedas, al concierto
del coro en el auditorio. El acomodador nos dijo de muy mala manera que
"estorbábamos" en el pasillo y que "para qué vienen si no pueden
subir". Lo dijo delante de toda la fila. Mi marido no quiso quedarse y
nos fuimos antes de que empezara.

No quiero que me devuelvan la plata de las entradas. Quiero que me
llame el encargado de sala o el director del auditorio, y saber qué van
a hacer con esa persona.

Graciela Pereyra
La Plata"""),
("es", "b48-arenero-clavos-patio", "Sonia Delgado <sonia.delgado@example.es>", "Patio del centro cultural", "general", "high",
"""Buenas tardes,

Esta mañana, en el arenero del patio del centro cultural (donde juegan
los niños mientras los padres están en el taller de cerámica), mi hija
ha encontrado dos clavos oxidados y un trozo de cristal. Además, la
valla de madera de al lado tiene una tabla suelta con los clavos
salidos. No se ha hecho daño, por suerte.

Hemos recogido lo que hemos visto, pero seguro que hay más. ¿Podéis
revisarlo y cerrar el arenero hasta entonces? El jueves vuelve a haber
taller infantil.

Sonia Delgado"""),
("es", "b48-patrocinio-kermes-mx", "Comité de Feria San Juan <feria.sanjuan@example.com.mx>", "Patrocinio kermés", "general", "",
"""Muy buenas tardes,

El comité de la parroquia de San Juan Bautista organiza la kermés de
las fiestas patronales del 22 al 24 de junio (música, juegos para niños
y antojitos; el año pasado vinieron unas 2,000 personas). Estamos
buscando negocios de la colonia que quieran patrocinar el escenario;
pondríamos su logo en la lona principal y los mencionaríamos por el
micrófono.

¿Podríamos platicar por teléfono?

Atentamente,
Lupita Hernández"""),
("es", "b48-derecho-acceso-rgpd", "Víctor Manzano <victor.manzano@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Por medio del presente, y conforme al artículo 15 del RGPD, solicito
copia de todos los datos personales que conservan sobre mí, incluidos
los de mi matrícula en los cursos de inglés de 2020 a 2022, así como
los destinatarios a los que se hayan comunicado.

Víctor Manzano Gil
DNI 00000000T"""),
("es", "b48-catering-propio-co", "Paola Andrea Ríos <paola.rios@example.com.co>", "Salón para primera comunión", "general", "",
"""Buenos días, estoy interesada en el salón comunal para la primera
comunión de mi hija en julio (unas 60 personas). ¿Podemos llevar
nuestro propio servicio de comida o hay que contratar el de ustedes?
¿Y hay parqueadero? Quedo atenta, muchas gracias."""),
("es", "b48-re-no-quiero-devolucion-tren", "Ángel Rubio <angel.rubio@example.es>", "Re: Retraso del viaje del 3 de agosto", "general", "",
"""Estimada Sra. Campos:

Le agradezco mucho la respuesta, pero no quiero que me devuelvan nada.
El retraso fue de media hora y no pasó nada. Les escribí solo para
decir que el revisor, un chico joven con bigote, estuvo estupendo con
mis nietos: les explicó cómo funciona la locomotora y les dejó tocar
el silbato. Denle la enhorabuena de nuestra parte.

Un saludo,
Ángel Rubio

> Estimado Sr. Rubio:
> Lamentamos el retraso del tren del 3 de agosto. Si lo desea, podemos
> reembolsarle el 50% del importe de sus billetes.
> Atentamente, R. Campos, Atención al Viajero"""),
("es", "b48-constancia-estudios-mx", "Itzel Moreno <itzel.moreno@example.com.mx>", "Pregunta", "general", "",
"""Hola, buenas noches. Terminé el nivel B1 de inglés en su escuela en
diciembre. ¿La constancia que dan tiene validez oficial para un trámite
de titulación en la universidad, o tengo que presentar el TOEFL? Y si
sirve, ¿cuánto tarda en estar lista?
Gracias, Itzel"""),
("es", "b48-entrega-centros-flores-iglesia", "Elena Sáez <elena.saez@example.es>", "Pedido 8812", "general", "",
"""Hola! Para la entrega de los centros de flores del viernes: llevadlos
directamente a la iglesia de San Andrés, que os abrirá la sacristana,
Mari Carmen, de 10 a 13h. Si no contesta nadie en la puerta principal,
la de la sacristía está en el lateral. A casa no, que estaremos
trabajando. ¡Gracias!"""),
("es", "b48-coro-audiciones-ar", "Facundo Ibarra <facundo.ibarra@example.com.ar>", "Voces nuevas", "general", "",
"""Hola, qué tal. Quería saber si el coro está tomando voces nuevas este
año. Canté seis años de bajo en un coro de Córdoba y ahora me mudé a
Mendoza. ¿Hay audición? ¿Qué días ensayan?
Saludos, Facu"""),
# ---------------- Polish ----------------
("pl", "b48-kaucja-sala-parafialna", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Kaucja za salę", "billing", "",
"""Szczęść Boże,

14 września wynajmowaliśmy salę przy parafii św. Józefa na przyjęcie po
chrzcie naszej córki. Wpłaciliśmy 300 zł kaucji i pani z kancelarii
mówiła, że zwrot będzie przelewem w ciągu tygodnia po sprawdzeniu sali.
Minął już ponad miesiąc, a pieniędzy nie ma. Salę zostawiliśmy
posprzątaną, kościelny to widział.

Proszę o sprawdzenie.
Agnieszka Wróbel"""),
("pl", "b48-podwojne-obciazenie-chor", "Tomasz Zielinski <tomasz.zielinski@example.pl>", "Bilety koncert koledowy", "billing", "",
"""Dzien dobry, kupilem 3 bilety na koncert koled chóru w katedrze
(zamowienie 40912) i z konta zeszlo mi dwa razy po 135 zl. Potwierdzenie
przyszlo tylko jedno. Prosze o zwrot drugiej platnosci.
Pozdrawiam
Tomasz Zielinski"""),
("pl", "b48-maz-zmarl-kurs-niemieckiego", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Kurs niemieckiego - Jerzy Kowalczyk", "billing", "",
"""Szanowni Państwo,

uprzejmie informuję, że mój mąż, Jerzy Kowalczyk, który uczęszczał na
kurs niemieckiego dla seniorów we wtorki, zmarł na początku miesiąca.
Bardzo lubił te zajęcia i panią Ewę.

Proszę, aby nie pobierać już opłaty 160 zł miesięcznie z naszego konta.
Jeżeli potrzebny jest akt zgonu albo jakieś pismo, proszę o informację
listownie, bo z komputerem radzę sobie słabo.

Z wyrazami szacunku
Halina Kowalczyk"""),
("pl", "b48-przyjaciele-waskotorowki-norwegia", "Marek Sadowski <marek.sadowski@example.pl>", "Składka członkowska", "billing", "",
"""Cześć,

od ośmiu lat jestem w Towarzystwie Przyjaciół Kolei Wąskotorowej, ale
wyjeżdżamy z rodziną na stałe do Bergen i nie będę już przyjeżdżał na
soboty w parowozowni. Składka roczna (120 zł) odnawia się w lutym -
proszę jej już nie pobierać.

Trzymajcie się, i niech Px48 wreszcie wyjedzie z hali!
Marek"""),
("pl", "b48-celebrantka-raty-blik", "Karolina Mazur <karolina.mazur@example.pl>", "Nasza ceremonia 7 czerwca", "billing", "",
"""Hej Ania!

Mam pytanie co do płatności - zostało nam 1800 zł do zapłaty do
końca kwietnia. Czy możemy to rozbić na dwie raty, w kwietniu i w maju?
I czy można zapłacić BLIKIEM, czy tylko przelew na konto?

Dzięki wielkie,
Karolina i Paweł"""),
("pl", "b48-komunia-odwolana-rzecznik", "Joanna Piątek <joanna.piatek@example.pl>", "Zwrot za pakiet komunijny", "billing", "high",
"""Szanowna Pani,

w styczniu wpłaciłam 4200 zł za pełny pakiet organizacji przyjęcia
komunijnego syna (dekoracja sali, słodki stół, tort, animator). 10
kwietnia poinformowała mnie Pani SMS-em, że "niestety nie da rady
zrealizować zlecenia". Od tamtej pory nie odbiera Pani telefonu.

Żądam zwrotu całej kwoty w ciągu 7 dni. W przeciwnym razie sprawę
zgłoszę do miejskiego rzecznika konsumentów, a następnie skieruję do
sądu.

Joanna Piątek
Lublin"""),
("pl", "b48-dom-kultury-sprzatanie-dyrektor", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Faktura FV/2024/0412", "billing", "high",
"""Dzień dobry,

na fakturze za wynajem sali widowiskowej domu kultury na nasze zebranie
wspólnoty mieszkaniowej 11 marca doliczono 150 zł za "dodatkowe
sprzątanie". Salę zostawiliśmy uprzątniętą, krzesła ustawione, śmieci
wyniesione - pan portier sam to potwierdził przy zdawaniu kluczy.

Rozmawiałem już z panią z sekretariatu, która twierdzi, że "nic nie
może zrobić". Proszę, aby sprawą zajął się dyrektor domu kultury i
skontaktował się ze mną osobiście.

Krzysztof Nowicki
Zarząd Wspólnoty Mieszkaniowej Słoneczna 12
601 000 318"""),
("pl", "b48-mikolajkowy-kurs-chargeback", "Paulina Szewczyk <paulina.szewczyk@example.pl>", "Kurs Mikołajkowy 6.12", "billing", "high",
"""Kurs Mikołajkowy kolejki 6 grudnia odwołaliście tego samego dnia
rano SMS-em, jak byliśmy już w drodze z trójką dzieci (100 km). Miał być
"automatyczny zwrot w ciągu 14 dni". Minęło pięć tygodni, 4 bilety po
55 zł, rezerwacja MK-2231, a pieniędzy nie ma.

Jeśli do piątku nie będzie zwrotu, zgłaszam w banku reklamację
transakcji kartą (chargeback).

Paulina Szewczyk"""),
("pl", "b48-faktura-stowarzyszenie-nip", "Stowarzyszenie Klub Seniora Jesień <klubjesien@example.pl>", "Faktura za salę - prośba o korektę", "billing", "",
"""Dzień dobry,

uprzejmie prosimy o wystawienie faktury za wynajem sali na wieczorek
andrzejkowy na Stowarzyszenie Klub Seniora "Jesień", ul. Lipowa 8,
41-200 Sosnowiec, NIP 644-000-21-87, a nie na naszą przewodniczącą.
Bez tego księgowa nie może zrobić przelewu.

Z poważaniem
Teresa Gajewska, skarbnik"""),
("pl", "b48-voucher-parowoz-przeterminowany", "Zbigniew Lis <zbigniew.lis@example.pl>", "Voucher na przejazd w kabinie", "billing", "",
"""Dzień dobry, dzieci kupiły mi na 65. urodziny voucher na przejazd w
kabinie maszynisty parowozu (450 zł), ale przez operację biodra nie
zdążyłem go wykorzystać i ważność minęła w sierpniu. Czy da się go
przedłużyć, nawet za dopłatą? Szkoda by było. Numer VP-1093."""),
("pl", "b48-re-znizka-grupowa-seniorzy", "Danuta Krawczyk <danuta.krawczyk@example.pl>", "Re: Koncert pasyjny - grupa", "billing", "",
"""Dziękuję, Pani Moniko. Będzie nas 26 osób z Uniwersytetu Trzeciego
Wieku. Czy rabat grupowy 15% łączy się z biletem seniora (25 zł zamiast
40 zł), czy jedno albo drugie? Jeśli się nie łączy, to chyba lepiej
kupić każdemu bilet seniora osobno.

Pozdrawiam serdecznie
Danuta Krawczyk

W dniu wt., Monika Kubacka <kasa@chorcantate.example> napisała:
> Szanowna Pani,
> na koncert pasyjny 23 marca grupy powyżej 20 osób otrzymują 15% rabatu
> od ceny biletu normalnego. Listę uczestników prosimy przesłać do
> 15 marca.
> Z pozdrowieniami, Monika Kubacka"""),
("pl", "b48-dzien-dobry-zawieszenie-rehabilitacja", "Ewa Sobczak <ewa.sobczak@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

chodzę na kurs hiszpańskiego B1 w poniedziałki i środy (karnet 320 zł
miesięcznie). Za dwa tygodnie mam operację kolana, a potem kilka
miesięcy rehabilitacji. Czy mogę zawiesić karnet i wrócić w marcu do tej
samej grupy? Nie chcę rezygnować.

Pozdrawiam
Ewa"""),
("pl", "b48-pamiatki-komunijne-zwrot", "Magdalena Jasińska <magdalena.jasinska@example.pl>", "Zamówienie 7730", "billing", "",
"""Dzień dobry,

zamówiłam 40 pamiątek komunijnych dla gości (aniołki w pudełkach, 14 zł
za sztukę). Przyszło mniej gości i zostało 12 sztuk, nierozpakowanych.
Czy mogę je odesłać i dostać zwrot albo bon na kolejne zakupy?

Magda Jasińska"""),
("pl", "b48-karnet-sezonowy-sad", "Wojciech Baran <wojciech.baran@example.pl>", "Karnet, z którego zrezygnowałem", "billing", "high",
"""Szanowni Państwo,

w maju pisemnie zrezygnowałem z karnetu na sezon koncertowy chóru i
dostałem od Państwa potwierdzenie rezygnacji (w załączniku). Mimo to
1 września pobraliście z mojego konta 380 zł za odnowienie karnetu.

Dwa telefony nic nie dały, za każdym razem słyszę, że "przekażą do
księgowości". Jeżeli w ciągu 14 dni nie otrzymam zwrotu, przekazuję
sprawę prawnikowi i skieruję pozew do sądu.

Wojciech Baran
Wrocław"""),
("pl", "b48-rezerwacja-to-nie-platnosc", "Natalia Michalak <natalia.michalak@example.pl>", "Strona rezerwacji", "technical", "",
"""Dzień dobry,

piszę nie w sprawie płatności - nic nie zostało pobrane, z kartą wszystko
w porządku. Chodzi o stronę rezerwacji przejazdów kolejką: wybieram
termin i liczbę biletów, klikam "Dalej" i strona wraca do kalendarza,
a wszystko się kasuje. Próbowałam na laptopie i na telefonie. Chcemy 4
bilety na sobotę 15 czerwca na 10:30.

Natalia"""),
("pl", "b48-bilety-pdf-szare-kody", "Kamil Wojcik <kamil.wojcik@example.pl>", "bilety", "technical", "",
"""dzien dobry, bilety na koncert choru w filharmonii przyszly w pdf, ale
na telefonie zamiast kodow qr sa szare kwadraty. na komputerze wygladaja
ok, ale nie mam drukarki. mozecie wyslac inaczej albo czy na wejsciu
znajda mnie po nazwisku? rezerwacja 50117"""),
("pl", "b48-platforma-kursu-haslo", "Beata Kaczmarek <beata.kaczmarek@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry,

jestem w grupie angielskiego dla dorosłych (czwartki 18:00) i od kilku
dni nie mogę się zalogować na platformę z materiałami. Wyskakuje
"nieprawidłowy login lub hasło", a link do resetu hasła po kliknięciu
pokazuje "link wygasł", nawet od razu po otrzymaniu maila.

Beata Kaczmarek"""),
("pl", "b48-naglosnienie-kosciol-sprzezenie", "ks. Andrzej Pawlak <parafia.pawlak@example.pl>", "Nagłośnienie w kościele", "technical", "",
"""Szanowni Państwo,

od czasu wymiany wzmacniacza przez Państwa technika trzy tygodnie temu
mikrofon przy ambonie piszczy (sprzężenie), gdy tylko podkręci się
trochę głośność. W niedzielę na sumie musieliśmy go wyłączyć i starsi
parafianie z tyłu nic nie słyszeli. Proszę o przysłanie kogoś w tym
tygodniu.

Z Panem Bogiem
ks. Andrzej Pawlak, proboszcz"""),
("pl", "b48-gniazdko-kuchnia-swietlica", "Grażyna Olszewska <grazyna.olszewska@example.pl>", "Kuchnia w świetlicy", "technical", "high",
"""Dzień dobry,

dla porządku zgłaszam: wczoraj na spotkaniu Koła Gospodyń w świetlicy,
jak włączyłyśmy czajnik do gniazdka przy kuchence, gniazdko zaiskrzyło
i poczułyśmy swąd spalonego plastiku. Obudowa jest przypalona na
brązowo. Nikomu nic się nie stało, wyłączyłyśmy bezpiecznik od kuchni
i przykleiłyśmy kartkę "NIE UŻYWAĆ".

W sobotę jest w świetlicy przyjęcie komunijne i będą potrzebowali
kuchni, więc dobrze by było, żeby elektryk zajrzał wcześniej.

Grażyna Olszewska"""),
("pl", "b48-projektor-dom-kultury", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Projektor w sali 3", "technical", "",
"""Cześć, w sali nr 3 w domu kultury projektor nie widzi żadnego laptopa
po HDMI - tylko "brak sygnału". Próbowaliśmy dwóch komputerów i obu
kabli z szuflady. W sali 1 ten sam laptop działał od razu. Mamy salę
znowu w czwartek na klub filmowy, da się to ogarnąć do tego czasu?
Łukasz"""),
("pl", "b48-szkola-jezykowa-grafik-padl", "Biuro LinguaPlus Gdańsk <biuro@linguaplus-gdansk.example>", "System zajęć", "technical", "high",
"""Dzień dobry,

od 8 rano żaden z naszych 16 lektorów nie widzi swojego grafiku w
systemie - kalendarz jest pusty u wszystkich. Recepcja nie wie, która
grupa jest w której sali, kursanci stoją na korytarzu, grupę
firmową o 9:00 musieliśmy odesłać do domu. Po południu mamy zajęcia
przygotowujące do egzaminu i nie mamy pojęcia, gdzie je posadzić.

Prosimy o pilny telefon: 58 000 41 22.

Aleksandra Zawadzka
Kierownik administracyjny"""),
("pl", "b48-sklep-dekoracji-koszyk", "Pracownia Biały Obrus <kontakt@bialyobrus.example>", "Sklep", "technical", "high",
"""Dzień dobry,
od wczoraj wieczorem w naszym sklepie internetowym (dekoracje na chrzciny
i komunie) koszyk się czyści przy przejściu do dostawy, nikt nie może
złożyć zamówienia. Od rana nie wpadło ani jedno, a normalnie w kwietniu
mamy po 30-40 dziennie. Klientki dzwonią i piszą na Facebooku, część
już kupiła u konkurencji, bo komunie są za dwa tygodnie. Proszę o
szybki kontakt, 501 000 773.
Iwona Szymańska"""),
("pl", "b48-aplikacja-przewodnik-kolejka", "Jan Kołodziej <jan.kolodziej@example.pl>", "Aplikacja z przewodnikiem", "technical", "",
"""Aplikacja z audioprzewodnikiem po trasie kolejki pobiera się do 80% i
pokazuje "Błąd pobierania". Próbowałem trzy razy na domowym wifi,
telefon z Androidem, miejsca dużo. W niedzielę jedziemy z wnukami."""),
("pl", "b48-kurs-online-brak-dzwieku", "Patrycja Wlodarczyk <patrycja.wlodarczyk@example.pl>", "Brak dzwieku na zajeciach online", "technical", "",
"""Dzien dobry,
na zajeciach online z wloskiego (wtorki) nie slysze lektorki - obraz
jest, inni slysza mnie normalnie. Na YouTube dzwiek w laptopie dziala.
Probowalam tez ze sluchawkami i nic.
Patrycja"""),
("pl", "b48-ogrzewanie-kosciol-przelozony", "Henryk Borkowski <henryk.borkowski@example.pl>", "Ogrzewanie w kościele - trzecia awaria", "technical", "high",
"""Szanowni Państwo,

po raz trzeci w ciągu miesiąca ogrzewanie zamontowane przez Państwa w
kościele pw. Wniebowzięcia NMP przestaje działać. Sterownik pokazuje
błąd E4, serwisant przyjeżdża, resetuje i odjeżdża. W niedzielę w
kościele było 8 stopni, a większość parafian to osoby starsze.

Nie zamierzam więcej rozmawiać z infolinią. Żądam kontaktu z kierownikiem
serwisu albo kimś z zarządu firmy, kto powie mi, co konkretnie zostanie
zrobione.

Henryk Borkowski
Rada parafialna, Nowy Targ"""),
("pl", "b48-sejf-na-klucze-sala", "Monika Kowalewska <monika.kowalewska@example.pl>", "Kod do skrzynki z kluczem", "technical", "",
"""Dzień dobry, kod, który dostałam do skrzynki z kluczem do sali prób
(rezerwacja na wtorek), nie otwiera jej - pokrętła się kręcą, ale
klapka nie puszcza. Sprawdzałam dziś przy okazji. Czy kod działa tylko w
dniu rezerwacji, czy coś jest nie tak?
Monika"""),
("pl", "b48-film-komunia-pendrive", "Sylwia Dąbrowska <sylwia.dabrowska@example.pl>", "Film z komunii", "technical", "",
"""Dzień dobry,

dostaliśmy pendrive z filmem z komunii Zuzi, ale telewizor pokazuje
"nieobsługiwany format pliku", a na laptopie film się zacina co kilka
sekund. Zdjęcia z tego samego pendrive'a otwierają się normalnie. Czy
możecie przesłać film jeszcze raz, w innym formacie albo przez link?

Sylwia"""),
("pl", "b48-podziekowanie-celebrantka", "Ola i Michał Grabowscy <ola.grabowska@example.pl>", "Dziękujemy!", "general", "",
"""Droga Pani Justyno,

chcieliśmy z całego serca podziękować za sobotnią ceremonię. Była
dokładnie taka, jak sobie wymarzyliśmy - osobista, ciepła i z humorem.
Historia o naszym pierwszym spotkaniu na dworcu w Kutnie rozbawiła
wszystkich, a babcia Michała płakała ze wzruszenia. Goście do dziś o
Panią pytają.

Na pewno będziemy Panią polecać.

Ola i Michał"""),
("pl", "b48-parasol-w-kolejce", "Irena Czarnecka <irena.czarnecka@example.pl>", "Zgubiony parasol", "general", "",
"""Dzien dobry,
w niedziele jechalam kolejka o 11:00 z Rudy do Rudki i zostawilam w
drugim wagonie parasol - duzy, bordowy, z drewniana raczka. To pamiatka
po mezu. Czy ktos go znalazl? Moge przyjechac odebrac.
Irena Czarnecka"""),
("pl", "b48-godziny-majowka-dom-kultury", "Adam Sikorski <adam.sikorski@example.pl>", "Majówka", "general", "",
"""Dzień dobry, czy dom kultury i galeria będą otwarte 2 maja? Chciałem
przyjść z rodzicami na wystawę fotografii. Dzięki."""),
("pl", "b48-zmiana-telefonu-bez-znakow", "Stefan Majewski <stefan.majewski@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, prosze o zmiane mojego numeru telefonu w danych kursanta
(kurs francuskiego, poniedzialki). Nowy numer 512 000 690, stary juz
nie dziala.
Stefan Majewski"""),
("pl", "b48-bileterka-dyrektor", "Bożena Walczak <bozena.walczak@example.pl>", "Zachowanie bileterki", "general", "high",
"""Szanowni Państwo,

w piątek byłam z mężem na koncercie chóru w Państwa sali. Mąż porusza
się o kulach i wolniej wchodził do rzędu. Bileterka powiedziała do
niego głośno, przy wszystkich, że "jak ktoś nie umie chodzić, to niech
siedzi w domu". Mąż był tak upokorzony, że wyszliśmy jeszcze przed
koncertem.

Nie chodzi mi o zwrot za bilety. Oczekuję, że skontaktuje się ze mną
dyrektor instytucji i powie, jakie wyciągnięto konsekwencje.

Bożena Walczak"""),
("pl", "b48-schody-sala-parafialna-balustrada", "Leszek Górecki <leszek.gorecki@example.pl>", "Schody do sali parafialnej", "general", "high",
"""Szczęść Boże,

zgłaszam, że na schodach prowadzących do sali parafialnej (od strony
plebanii) poręcz się obluzowała - rusza się na kilka centymetrów, jak
się na niej oprzeć, a trzeci stopień ma wykruszoną krawędź. Wczoraj
starsza pani z chóru prawie spadła, złapał ją kolega. We wtorki i
czwartki chodzi tamtędy cały chór seniorów i dzieci z kółka
różańcowego.

Czy można to szybko naprawić albo chociaż zamknąć to wejście?

Leszek Górecki"""),
("pl", "b48-sponsoring-festyn-parafialny", "Parafialny Zespół Caritas <caritas.sw.anny@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Parafialny Zespół Caritas przy parafii św. Anny organizuje 8 czerwca
festyn rodzinny z występami dzieci, loterią fantową i kiermaszem
ciast (w ubiegłym roku przyszło ok. 800 osób). Szukamy lokalnych firm,
które zechcą ufundować nagrody do loterii lub zostać partnerem festynu.
W zamian umieścimy logo na plakatach i podziękujemy ze sceny.

Z wyrazami szacunku
Elżbieta Kamińska"""),
("pl", "b48-rodo-dostep-do-danych", "Rafał Zając <rafal.zajac@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich moich
danych osobowych przetwarzanych przez Państwa szkołę, w tym danych z
kursów angielskiego, na które uczęszczałem w latach 2019-2022, oraz
informacji, komu zostały udostępnione.

Rafał Zając"""),
("pl", "b48-wlasny-tort-parking-chrzciny", "Dorota Wieczorek <dorota.wieczorek@example.pl>", "Sala na chrzciny", "general", "",
"""Dzień dobry, myślimy o Państwa sali na przyjęcie po chrzcie w
październiku (ok. 35 osób). Czy możemy przywieźć własny tort i ciasta
od cioci, czy trzeba zamawiać u Państwa? I czy jest parking przy sali?
Pozdrawiam, Dorota"""),
("pl", "b48-re-nie-chce-zwrotu-kolejka", "Ryszard Kalinowski <ryszard.kalinowski@example.pl>", "Re: Opóźnienie kursu 11 sierpnia", "general", "",
"""Szanowna Pani,

dziękuję za odpowiedź, ale żadnego zwrotu nie chcę. Pół godziny
opóźnienia to żaden problem. Napisałem tylko po to, żeby pochwalić
konduktora, pana Wiesława, który pięknie opowiedział wnukom o
parowozie i pozwolił im pociągnąć za gwizdek. Proszę mu przekazać
nasze podziękowania.

Z poważaniem
Ryszard Kalinowski

> Szanowny Panie,
> przepraszamy za opóźnienie kursu z dnia 11 sierpnia. Jeśli Pan sobie
> życzy, możemy zwrócić 50% wartości biletów.
> Z pozdrowieniami, Dział Obsługi Pasażerów"""),
("pl", "b48-certyfikat-uczelnia", "Weronika Pawłowska <weronika.pawlowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,

czy certyfikat B2 z angielskiego wydawany przez Państwa szkołę jest
uznawany przez uczelnie przy lektoratach (zwolnienie z egzaminu), czy
lepiej zdawać FCE? I ile czeka się na certyfikat po egzaminie końcowym?

Dziękuję,
Weronika"""),
("pl", "b48-dostawa-dekoracji-do-kosciola", "Marta Lewandowska <marta.lewandowska@example.pl>", "Zamówienie 5520", "general", "",
"""Dzień dobry! Dekoracje do kościoła (kokardy na ławki i stroik przy
ołtarzu) proszę dowieźć w piątek bezpośrednio do kościoła św.
Wojciecha, między 9 a 12 będzie tam kościelny, pan Stanisław. Jak nikt
nie otworzy głównych drzwi, to od zakrystii z boku. Do domu nie, bo
będziemy w pracy. Dzięki!"""),
("pl", "b48-chor-nowi-czlonkowie", "Piotr Kubiak <piotr.kubiak@example.pl>", "Chor - nowe glosy", "general", "",
"""Dzien dobry, czy chor przyjmuje w tym sezonie nowych czlonkow? Spiewalem
piec lat tenorem w chorze akademickim w Poznaniu, teraz mieszkam w
Toruniu. Jest przesluchanie? Kiedy sa proby?
Piotr"""),
]
