# batch49.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Kinds of business drawn on: sports shops and services -- ski
# shops and ski servicing, golf equipment, fishing charters, racket
# stringing, bike fitting, sports massage, stadium tours.  Covers the
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, quoted replies, paid plans ended or
# paused in other words, business outages told only by their
# consequences, safety hazards told calmly, praise -- and everyday mail
# of all three queues, in English, Greek, Spanish and Polish.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b49-ski-service-charged-twice", "Rob Fairclough <rob.fairclough@example.co.uk>", "Ski service", "billing", "",
"""Hi,

Dropped two pairs of skis in at your Manchester shop last Thursday for
the full service (base grind, edges and hot wax). Picked them up
Saturday, all good, but my card's been charged 45.00 twice on the same
day. Receipt only shows one. Can you put the second one back please?

Cheers,
Rob"""),
("en", "b49-golf-membership-late-husband", "Maureen Kavanagh <maureen.kavanagh@example.ie>", "Membership", "billing", "",
"""Dear Sir or Madam,

My husband Declan was a member of your golf club for many years. He
passed away in November, God rest him. I see the annual fee of 1,150
euro is due to come out of our joint account on the 1st of next month.

Would you please make sure that it is not taken, and let me know if
there is any form I need to sign. His locker can be emptied, the boys
will collect his clubs.

Yours sincerely,
Maureen Kavanagh"""),
("en", "b49-stringing-plan-son-football", "Jodie Marchetti <jodie.marchetti@example.com.au>", "Hello", "billing", "",
"""Hi there,

Our son Luca has been on your monthly restring plan ($29 a month) since
last year. Well he's announced he's done with tennis and it's all AFL
now, so the racket's living under his bed. Can we stop the plan before
the next one comes out on the 15th?

Thanks heaps,
Jodie"""),
("en", "b49-charter-deposit-weather", "Travis Boone <travis.boone@example.com>", "Saturday charter - deposit", "billing", "",
"""Captain Mike called Friday night to say the offshore trip was off
because of the small craft advisory, which is fair enough, nobody wants
to be out in that. He said the $150 deposit would be refunded or we
could rebook. We'd rather have the refund - we're only down here till
Wednesday. Card was a Visa ending 2290.

Travis Boone
Tampa, FL"""),
("en", "b49-stadium-tour-small-claims", "Graham Oduya <graham.oduya@example.co.uk>", "Cancelled tour - refund refused", "billing", "high",
"""To whom it may concern,

I booked the stadium tour for my family of four (reference TR-66120,
68.00 in total) for 22 February. We travelled from Leicester and were
told at the gate that tours were cancelled that day because of a
"private event". Nobody emailed or texted us beforehand.

I asked for a refund on the day and by email on 24 February. Your reply
says tickets are "non-refundable but may be rebooked". The tour did not
happen because of you, not us, and we will not be making a second 200
mile round trip.

If the 68.00 is not refunded within 14 days I will file a small claims
court claim for the tickets and our travel costs.

Graham Oduya"""),
("en", "b49-bike-fit-invoice-employer", "Hannah Quayle <hannah.quayle@example.co.uk>", "Receipt for work", "billing", "",
"""Hello,

I had a bike fit with Sam on 3 May (195.00). My employer will reimburse
it through the cycle scheme, but they need a proper VAT invoice with the
company name on it, not the card slip. Could you make it out to
Northgate Surveying Ltd, 2 Castle Wharf, Nottingham NG1 7EH?

Many thanks,
Hannah"""),
("en", "b49-massage-pack-pause-baby", "Siobhan Leahy <siobhan.leahy@example.ie>", "My 10-session pack", "billing", "",
"""Hi,

I bought the 10 sports massage pack in January and have used 4. Happy
news - I'm expecting in August, so I won't be doing any more training
sessions for a good while. Can the other 6 be put on hold until next
year, or do they run out? I'd rather not lose them, they were 420.

Siobhan"""),
("en", "b49-driver-return-not-faulty", "Kyle Brandt <kyle.brandt@example.com>", "Driver return", "billing", "",
"""Hi, I ordered the 10.5 degree driver online two weeks ago. To be clear
there's nothing wrong with it, it's a great club, it just doesn't suit
my swing - I'm slicing everything into the trees. Only hit it at the
range twice, headcover's still got the tag on. Can I send it back for a
refund, and do I pay the shipping?

Kyle"""),
("en", "b49-gulmarg-deposit-chargeback", "Arjun Malhotra <arjun.malhotra@example.in>", "Security deposit not released - Gulmarg", "billing", "high",
"""Dear Team,

I rented skis, boots and a jacket from your Gulmarg outlet from 8 to 12
January. A security deposit of INR 15,000 was blocked on my HDFC credit
card at pickup. All equipment was returned on 12 January in good
condition and your staff member signed the return sheet (copy
attached).

It is now 5 February and the INR 15,000 is still blocked. I have
written twice and phoned once. I have been told both times "it will be
released in 2-3 days".

Kindly release the amount by this Friday. Otherwise I will raise a
dispute with HDFC Bank and ask them to reverse the hold.

Regards,
Arjun Malhotra
New Delhi"""),
("en", "b49-order-58213-price", "Ian Pettigrew <ian.pettigrew@example.co.uk>", "Order 58213", "billing", "",
"""Bought 4 dozen of the tour balls on Monday at 39.99 a dozen and
they're 32.99 in your sale today. Any chance of the difference? Not
going to send them back just to rebuy, that'd be daft.

Ian"""),
("en", "b49-massage-voucher-expired-manager", "Beth Ainslie <beth.ainslie@example.co.uk>", "Gift voucher - I want to speak to the owner", "billing", "high",
"""My daughter gave me a voucher for a 60 minute sports massage (55.00)
for my birthday. I tried to book last week and your receptionist said it
expired at the end of December, three weeks ago, and there was "nothing
she could do". It doesn't even say an expiry date on the card itself,
only on your website in small print.

I'm not accepting that. Please pass this to the owner or whoever
manages the clinic, I want either the session honoured or the 55
refunded to my daughter.

Beth Ainslie"""),
("en", "b49-golf-set-emi", "Rohit Kulkarni <rohit.kulkarni@example.in>", "EMI option", "billing", "",
"""Hello,

I am planning to buy the complete golf set (irons, woods, putter and
stand bag) listed at Rs 1,12,000 on your website. Is no-cost EMI
available on ICICI and Axis credit cards, and for how many months? Also
is the EMI available if I buy at your Pune store instead of online?

Thanks and regards,
Rohit"""),
("en", "b49-re-charter-vat-invoice", "Accounts <accounts@harbourline-logistics.example>", "Re: Your booking confirmation - corporate charter 14 June", "billing", "",
"""Hi Dana,

Thanks for this. Could we have a VAT invoice for the full charter (the
deposit and the balance) addressed to Harbourline Logistics Ltd rather
than to Tom personally? Our finance team can't process it otherwise.
PO number is HL-2291.

Kind regards,
Nicola Brett
Accounts

> From: Dana at Saltwater Charters
> Sent: 02 May
>
> Hi Tom,
>
> Confirming your corporate charter for 12 people on Saturday 14 June,
> 7am departure from Brixham. Deposit of 400.00 received with thanks,
> balance of 980.00 due 14 days before departure.
>
> Tight lines,
> Dana"""),
("en", "b49-locker-knees-retired", "Peter Gillespie <peter.gillespie@example.co.uk>", "Ski locker next season", "billing", "",
"""Dear all,

After 41 winters my knees have finally handed in their notice, and
Mrs G has confiscated my lift pass. So I shan't be needing locker 112 at
the Aviemore shop next season. Please don't renew it in September as you
did automatically last year. The skis have gone to my grandson.

Thank you for looking after my kit all those years.

Peter Gillespie"""),
("en", "b49-heated-socks-battery-swelled", "Claire Whitlock <claire.whitlock@example.co.uk>", "Heated socks", "technical", "high",
"""Hello,

I bought a pair of your heated ski socks in December. Yesterday I
plugged one of the battery packs in to charge on the kitchen counter and
after about an hour it was too hot to hold and had puffed up so the case
had split along the seam. I unplugged it and put it outside on the patio
in a metal tin.

Nobody was hurt. I've not touched the other one. Can you tell me what to
do with them and whether it's safe to charge the second battery?

Claire Whitlock"""),
("en", "b49-bindings-release-after-service", "Dermot Fahy <dermot.fahy@example.ie>", "After the service", "technical", "high",
"""Hi,

My wife and I had our skis serviced at your Dublin shop before our trip
to Andorra, including the binding check. On the first morning both of
her bindings released on a gentle blue run, twice, just on a turn. On
the second day my left one let go at speed and I went down hard. I'm
fine, bit of a sore shoulder.

A shop in Soldeu had a look and said the release values were set for a
child, around 3, when we're both well over 80 kilos. We had them reset
there. Someone really needs to check what happened at your end before it
happens to somebody else.

Dermot Fahy"""),
("en", "b49-tee-app-crash-not-billing", "Sanjay Pillai <sanjay.pillai@example.com>", "App", "technical", "",
"""Hi - this isn't about my bill or the membership fee, that's all fine.
The tee time app crashes every time I pick a slot for Sunday. I get the
time list, tap 8:40, white screen, back to my phone's home screen.
iPhone 13, app updated yesterday. My wife's Android does the same."""),
("en", "b49-club-booking-system-competition", "Secretary <secretary@whinmoor-golf.example>", "Members", "technical", "high",
"""Good morning,

Since about 6pm yesterday none of our members can see any tee times in
the booking system - the sheet just says "no availability" for every
day. The pro shop till won't take green fees either, it hangs when it
tries to look up the booking. We've had people turning up for slots
they booked last week and the staff have no way to check them in, so
we're writing names on paper.

We have the club championship on Saturday with 140 entries and the
draw is supposed to be published on Thursday.

Please can someone call the office on 0113 496 0112 as soon as
possible.

Alison Rourke
Club Secretary, Whinmoor Golf Club"""),
("en", "b49-rangefinder-wont-pair", "Mitch Cavanagh <mitch.cavanagh@example.com.au>", "rangefinder", "technical", "",
"""g'day, the laser rangefinder I got off you won't pair with the app.
it shows up in bluetooth for a sec then drops off. tried two phones,
reset it as per the manual. works fine as a rangefinder, just no slope
readings on the app which is the whole reason I paid extra for it."""),
("en", "b49-strings-snapped-no-refund", "Emily Rhodes <emily.rhodes@example.co.uk>", "Restring", "technical", "",
"""Hi,

I had my racket restrung with the poly string at 24kg on Tuesday and
the mains snapped on Thursday, about an hour into a club session. The
string broke right at the throat where it looks like there's a nick
from the machine.

I don't want my money back, I'd just like it restrung properly before
Saturday's league match if that's possible.

Emily"""),
("en", "b49-boot-dryer-sparks", "Gordon Birch <gordon.birch@example.co.uk>", "Boot dryer", "technical", "high",
"""Hello, the boot dryer I bought from you in November gave off a couple
of sparks where the cable goes into the base when I switched it on this
morning, and there's a brown scorch mark on the plastic there now. I've
unplugged it and it's in the garage. Just letting you know, might be
worth checking the others of that batch. What do you want me to do
with it?

Gordon Birch"""),
("en", "b49-bike-fit-report-404", "Lauren Whitby <lauren.whitby@example.com>", "Fit report", "technical", "",
"""Hiya, got the email with the link to my bike fit report after
Saturday's session but it just goes to a "404 page not found". Tried on
my laptop and phone. Could you resend or attach the PDF? I need the
saddle height numbers for my turbo bike.

Lauren"""),
("en", "b49-password-reset-loop", "Deepa Raman <deepa.raman@example.com>", "Can't log in", "technical", "",
"""I reset my password three times now. Every time I get the email, set a
new password, it says "password changed successfully", then the login
page says "incorrect email or password". I'm typing it right, I even
copied it from my password manager. Want to book a court and see my
stringing history."""),
("en", "b49-base-burnt-at-service", "Tom Eckersley <tom.eckersley@example.co.uk>", "Skis back from service", "technical", "",
"""Hi,

Collected my skis from your Glasgow workshop yesterday after a wax and
edge. There's a dull, whitish patch about the size of my palm under the
binding on both skis and the base there feels dry and furry. A friend
who used to work in a ski shop says the base has been burnt by an iron
that was too hot.

They're only a season old. Can the workshop look at them and tell me if
they can be repaired?

Tom"""),
("en", "b49-fish-finder-no-depth", "Wade Hollis <wade.hollis@example.com>", "fish finder", "technical", "",
"""Hello, installed the fish finder on my jon boat per the instructions,
transducer on the transom. Screen comes on, GPS works, but sonar shows
nothing and depth just says "--.-" even in 6 feet of water. Checked the
cable is pushed all the way in. Any ideas before I pull it all off
again?

Wade"""),
("en", "b49-tour-tickets-not-loading", "Carmen Delgado <carmen.delgado@example.com>", "Tickets", "technical", "",
"""Hi, we booked the stadium tour for tomorrow at 11 (4 tickets) but in
the app the tickets just show a spinning wheel where the QR code should
be. Logged out and in again. Can you email them as a PDF instead so we
can show them at the gate? Booking ref is ST-40281.

Carmen"""),
("en", "b49-ebike-charger-smell", "Anne Forsyth <anne.forsyth@example.co.uk>", "E-bike charger", "technical", "high",
"""Hello,

Since last week the charger for my e-bike (bought from your Kendal shop
with a fitting in the spring) gives off a smell of hot plastic after
about twenty minutes. Last night the brick was very hot and the smell
was strong enough to come up the stairs. I have stopped charging it for
now.

Is it the charger or the battery? I'd rather not try again until
somebody has looked at it.

Anne Forsyth"""),
("en", "b49-stadium-tour-wheelchair", "Frank Mulholland <frank.mulholland@example.co.uk>", "Tour access", "general", "",
"""Good afternoon,

My father uses a wheelchair and is a lifelong supporter. I'd love to
take him on the stadium tour for his 80th. Can all of the tour be done
in a wheelchair (dressing rooms, tunnel, pitchside), and is there a
lift to the press room?

Frank Mulholland"""),
("en", "b49-thanks-liam-bike-fit", "Priyanka Shah <priyanka.shah@example.com>", "Thank you Liam!", "general", "",
"""Just wanted to say a big thank you to Liam who did my bike fit three
weeks ago. I'd had knee pain on every ride over an hour for two years
and put it down to getting older. Did 110km on Sunday with no pain at
all. He was patient, explained everything and didn't try to sell me a
new saddle I didn't need. Please pass this on to him!

Priyanka"""),
("en", "b49-lost-sunglasses-charter", "Liam Carroll <liam.carroll@example.ie>", "Left on the boat", "general", "",
"""Hi, I was on the Sunday morning mackerel trip out of Kinsale with my
two lads. I think I left my sunglasses on the bench at the back of the
boat - black Oakleys in a grey case. Any chance they turned up? I can
call in to collect.

Liam"""),
("en", "b49-rude-staff-ski-shop-manager", "Rebecca Doherty <rebecca.doherty@example.co.uk>", "Treatment in your Edinburgh shop", "general", "high",
"""I am writing about the way I was spoken to in your Edinburgh shop on
Saturday afternoon by the young man at the boot fitting area (dark
hair, beard, I didn't get his name).

I asked if I could try a second pair of boots in a different size and
he sighed, said "we don't have all day" and then, when I asked a
question about flex, told me I "wouldn't notice the difference at my
level". My friend heard all of it. I left without buying anything.

I'd like a reply from the store manager or someone above them, not a
standard apology.

Rebecca Doherty"""),
("en", "b49-stadium-handrail-loose", "Chris Ogunleye <chris.ogunleye@example.co.uk>", "Stairs on the tour", "general", "high",
"""Hi,

We did the 2pm tour on Sunday. Going down the steep steps from the
upper tier towards the players' tunnel, the handrail on the left side
came away from the wall in my hand - two of the brackets are loose and
it swings out a good few inches. My 7 year old was holding it too and
nearly went over. The guide saw it and said he'd report it but I
noticed the next group being taken down the same way.

Someone's going to get hurt on those steps, please get it fixed.

Chris Ogunleye"""),
("en", "b49-easter-monday-hours", "Karen Booth <karen.booth@example.co.uk>", "Easter", "general", "",
"""Are you open Easter Monday? Want to bring the kids' skis in for
collection before we go away on the Tuesday. Thanks"""),
("en", "b49-change-address-moved", "Nathan Price <nathan.price@example.com>", "New address", "general", "",
"""Hello, I've moved house, could you update the address on my account
please? New one is 27 Ferndale Road, Cardiff CF14 3HX. Email and phone
stay the same.

Nathan Price"""),
("en", "b49-subject-access-request", "Joanna Kowalczyk-Hart <joanna.kh@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including my bike fit records, measurements, photos
and video taken during fittings, and any marketing preferences.

My account email is the one I am writing from. I look forward to your
response within one month.

Joanna Kowalczyk-Hart"""),
("en", "b49-junior-tennis-sponsorship", "Mark Sutherland <mark.sutherland@example.co.uk>", "Junior tournament", "general", "",
"""Hello,

I'm the volunteer junior coordinator at Hillside Lawn Tennis Club. We
run an open junior tournament in August with about 90 kids from across
the county. We'd love a local sponsor - perhaps a restringing voucher or
a racket as a prize, and in return we'd have your banner on the main
court and your logo on the draw sheets.

Would you be interested? Happy to pop in for a chat.

Mark Sutherland"""),
("en", "b49-massage-before-marathon", "Jess Holloway <jess.holloway@example.com>", "Question", "general", "",
"""Hi! Doing my first marathon in three weeks and my legs are absolutely
dead after the long runs. Is it a good idea to book a sports massage in
race week or is that too close? And do you do evening appointments?
Thanks, Jess"""),
("en", "b49-golf-bag-leave-with-neighbour", "Brian Cowley <brian.cowley@example.co.uk>", "Delivery Thursday", "general", "",
"""The new golf bag is out for delivery Thursday according to the email.
I'm at work all day so please leave it with the neighbour at number 14
(Mrs Patel) rather than the porch, it's a busy road. Order 58870.

Brian"""),
("en", "b49-urgent-tour-age", "Sophie Brennan <sophie.brennan@example.com>", "URGENT question about tour!!", "general", "",
"""Hi!! Need to know ASAP as I'm booking tonight - is there a minimum age
for the stadium tour? My youngest is 3 and absolutely obsessed. Does he
need his own ticket? Thanks!!!"""),
("en", "b49-charter-what-to-bring", "Kevin Martinez <kevin.martinez@example.com>", "First time charter", "general", "",
"""Hey, booked the half-day inshore trip for me and my 12 year old on
the 9th. First time out on a charter. What should we bring - do you
supply rods and bait, and is there anything for seasickness on board or
should we take something before? Also is there parking at the dock?

Thanks,
Kevin"""),
]
M += [
# ---------------- Greek ----------------
("el", "b49-gl-service-pedilon-dyo-xrewseis", "Thodoris K. <thodoris.kar@example.gr>", "service", "billing", "",
"""Kalhspera,
afhsa ta pedila mou kai tou adelfou mou gia service sto magazi sas sta
Kalavryta to Savvato (trox, kontres, keri). Ta phrame thn Kyriakh,
ola kala, alla sthn karta eida 2 xrewseis apo 70e thn idia mera. H
apodeiksh leei mono mia fora 70. Mporeite na to koita3ete?
Eyxaristw
Thodoris"""),
("el", "b49-naylo-chalkidiki-meltemi-prokatavoli", "Κωνσταντίνα Ρούσσου <k.roussou@example.gr>", "Ακύρωση εκδρομής ψαρέματος", "billing", "",
"""Καλησπέρα σας,

Είχαμε κλείσει ημερήσια εκδρομή ψαρέματος με το σκάφος σας από τη
Νικήτη για την Πέμπτη 8 Αυγούστου, για 4 άτομα, και είχαμε πληρώσει
προκαταβολή 120€ με κάρτα. Ο καπετάνιος μας πήρε τηλέφωνο το πρωί και
μας είπε ότι λόγω μελτεμιού δεν βγαίνει το σκάφος, πολύ σωστά.

Επειδή φεύγουμε την Κυριακή και δεν προλαβαίνουμε άλλη μέρα, θα
θέλαμε την επιστροφή της προκαταβολής. Πείτε μου αν χρειάζεστε κάτι από
εμάς.

Ευχαριστώ,
Κωνσταντίνα Ρούσσου"""),
("el", "b49-xenagisi-gipedo-timologio-etairia", "Σπύρος Μανωλάκης <s.manolakis@manolakis-ae.example>", "Ξενάγηση γηπέδου - τιμολόγιο", "billing", "",
"""Καλημέρα,

Την περασμένη Παρασκευή κάναμε ξενάγηση στο γήπεδο με 18 συναδέλφους
ως εταιρική εκδήλωση (κράτηση ΞΓ-20734, 270€). Η πληρωμή έγινε με την
εταιρική κάρτα αλλά μας δόθηκε απόδειξη λιανικής.

Παρακαλώ να εκδοθεί τιμολόγιο στα στοιχεία: ΜΑΝΩΛΑΚΗΣ Α.Ε., ΑΦΜ
099888777, ΔΟΥ ΦΑΕ Πειραιά, Ακτή Μιαούλη 41, Πειραιάς.

Με εκτίμηση,
Σπύρος Μανωλάκης
Τμήμα Προσωπικού"""),
("el", "b49-plano-kordomatos-kori-volei", "Ευτυχια Λαμπρου <eftychia.lamprou@example.gr>", "Κορδωμα ρακετας", "billing", "",
"""Καλημερα σας,

η κορη μου η Δανάη ειχε το μηνιαιο πακετο κορδωματος στο μαγαζι σας
(18 ευρω τον μηνα) απο τον Σεπτεμβριο. Απο αυτη την εβδομαδα μπηκε
στην ομαδα βολει του σχολειου και η ρακετα μπηκε στην ντουλαπα. Να μην
ανανεωθει τον επομενο μηνα παρακαλω.

Ευτυχια Λαμπρου"""),
("el", "b49-bastouni-lathos-flex-allagi", "Αλέξης Βρεττός <alexis.vrettos@example.gr>", "Αλλαγή driver", "billing", "",
"""Καλησπέρα,

Παρέλαβα χθες τον driver που παρήγγειλα (παραγγελία 41120) αλλά ήρθε
με regular άξονα, ενώ εγώ είχα επιλέξει stiff. Δεν τον έχω χρησιμοποιήσει
καθόλου, είναι με τη ζελατίνα στο κεφάλι. Μπορώ να τον αλλάξω με τον
σωστό χωρίς να πληρώσω ξανά μεταφορικά;

Αλέξης Βρεττός"""),
("el", "b49-gl-poso-kordoma-diki-mou-xordi", "Nikos T. <nikos.tennis@example.gr>", "timh", "billing", "",
"""geia sas, poso kanei to kordwma an fernw egw thn xordh? exw mia
kouloura luxilon kai 8elw na kordwsw 2 raketes. exete kapoia timh gia
ptoitites h gia melh akadhmias?"""),
("el", "b49-enoikiasi-ski-egyisi-katanaloti", "Παναγιώτα Χατζή <p.chatzi@example.gr>", "Εγγύηση ενοικίασης εξοπλισμού - τρίτη επιστολή", "billing", "high",
"""Κύριοι,

Στις 27 Ιανουαρίου νοίκιασα από το κατάστημά σας στο Σέλι δύο σετ
σκι και μπότες για τρεις ημέρες. Πλήρωσα την ενοικίαση (135€) και
άφησα εγγύηση 200€ σε μετρητά. Ο εξοπλισμός επιστράφηκε στις 30
Ιανουαρίου χωρίς καμία ζημιά, και ο υπάλληλός σας μου είπε ότι η
εγγύηση θα μου επιστραφεί με έμβασμα γιατί «δεν είχε ρευστό στο
ταμείο».

Σας έχω στείλει το IBAN μου δύο φορές, στις 2 και στις 12
Φεβρουαρίου, χωρίς καμία απάντηση.

Αν τα 200€ δεν κατατεθούν στον λογαριασμό μου μέσα σε 7 ημέρες, θα
υποβάλω καταγγελία στη Γενική Γραμματεία Εμπορίου και Προστασίας
Καταναλωτή και θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Παναγιώτα Χατζή
Βέροια"""),
("el", "b49-gl-bike-fit-diples-xrewseis-ypeythynos", "Stavros Galanis <stavros.galanis@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Kalhmera. Ekana bike fit sto magazi sas sth Thessalonikh stis 4 tou
mhna, 180 eyrw. Mou xrewsate 2 fores thn karta, 360 synolo. Phra
thlefwno 3 fores, th mia mou eipan na steilw email, thn allh oti 8a me
pareis o logisths kai den me phre kanenas.
8elw na milhsw me ton ypeythyno tou katasthmatos, oxi pali me to
thlefwniko kentro. Kai 8elw ta 180 pisw.
Stavros Galanis
6944 000 381"""),
("el", "b49-ilektriko-podilato-doseis", "Μαρίνα Κουτσούκου <marina.koutsoukou@example.gr>", "Δόσεις", "billing", "",
"""Καλησπέρα σας, ενδιαφέρομαι για το ηλεκτρικό ποδήλατο πόλης των
2.390€ που έχετε στο κατάστημα του Χαλανδρίου μαζί με το bike fit
που κάνετε δωρεάν με την αγορά. Μέχρι πόσες άτοκες δόσεις γίνεται με
κάρτα Πειραιώς; Και αν το πάρω με δόσεις, ισχύει η έκπτωση 10% της
προσφοράς;

Ευχαριστώ,
Μαρίνα"""),
("el", "b49-re-epistrofi-xenagisi-trapeza", "Βασίλης Ντόκος <vasilis.ntokos@example.gr>", "Re: Ακύρωση ξενάγησης 14/3", "billing", "high",
"""Έχει περάσει ένας μήνας από το παρακάτω μήνυμα και τα χρήματα δεν
έχουν επιστραφεί. Δεν θα ξαναστείλω email. Αν μέχρι την Παρασκευή δεν
δω την πίστωση των 60€, θα κάνω αμφισβήτηση της χρέωσης στην τράπεζά
μου (Alpha) και θα τους στείλω και αυτή την αλληλογραφία.

Βασίλης Ντόκος

> Αγαπητέ κύριε Ντόκο,
>
> Λυπούμαστε που η ξενάγηση της 14/3 ακυρώθηκε λόγω αγώνα που
> μετατέθηκε. Η επιστροφή των 60€ θα γίνει στην κάρτα σας εντός 10
> εργάσιμων ημερών.
>
> Με εκτίμηση,
> Τμήμα Ξεναγήσεων"""),
("el", "b49-gl-massage-fantaros-pagoma", "Aggelos <aggelos.mpakas@example.gr>", "syndromh", "billing", "",
"""geia sas, exw thn mhniaia syndromh gia sports massage (4 sessions to
mhna, 95e). phgainw fantaros ston Evro apo 1 tou mhna gia 9 mhnes kai
den 8a mporw na erxomai. ginetai na thn pagwsete mexri na gyrisw
anti na thn akyrwsw? na mhn xanw kai thn palia timh.
eyxaristw, Aggelos"""),
("el", "b49-dorokarta-psarema-dyo-atoma", "Ελισάβετ Κυριαζή <elisavet.kyriazi@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημέρα,

Ο άντρας μου πήρε δώρο για τη γιορτή του μια δωροκάρτα 80€ για
εκδρομή ψαρέματος με το σκάφος σας. Θέλουμε να πάμε μαζί, άρα 160€ για
δύο. Μπορούμε να χρησιμοποιήσουμε τη δωροκάρτα και να πληρώσουμε τη
διαφορά με κάρτα επί τόπου, ή πρέπει να γίνει από πριν online;

Ελισάβετ"""),
("el", "b49-ntoulapi-parnassos-poulisame-sale", "Γιαννης Μπεκιαρης <gbekiaris@example.gr>", "Ντουλαπι σεζον", "billing", "",
"""Καλησπερα,

εχουμε το ντουλαπι 47 στο σκι σερβις σας στο Κελαρια εδω και πεντε
χρονια, με αυτοματη ανανεωση τον Νοεμβριο (240 ευρω). Φετος
πουλησαμε το σαλε στην Αραχωβα και πλεον θα πηγαινουμε για σκι στην
Αυστρια με τα παιδια. Σας παρακαλω να μην ανανεωθει και να μου πειτε
ποτε μπορουμε να περασουμε να αδειασουμε το ντουλαπι.

Γιαννης Μπεκιαρης"""),
("el", "b49-paraggelia-41377-metaforika", "Ρένα Θεοχάρη <rena.theochari@example.gr>", "Παραγγελία 41377", "billing", "",
"""Γεια σας, στην παραγγελία 41377 (μπαλάκια γκολφ και γάντι, 74,50€)
χρεώθηκα 4,90€ μεταφορικά, ενώ στο site γράφει δωρεάν αποστολή για
αγορές άνω των 50€. Μπορείτε να μου επιστρέψετε τα μεταφορικά;

Ρένα"""),
("el", "b49-gl-thermainomena-gantia-bataria-fouskose", "Eleni Sp. <eleni.spanou@example.gr>", "gantia", "technical", "high",
"""Kalhmera sas,
phra apo esas ta 8ermainomena gantia tou ski prin 2 evdomades. X8es to
vrady ta eixa sth fortish sto saloni kai h mia bataria zestathke toso
poly pou den mporouses na thn piaseis kai fouskwse, anoi3e ligo to
plastiko. Thn evgala apo to reyma kai thn evala sto mpalkoni se ena
metalliko kouti. Den epa8e kaneis tipota.
Ti na kanw me aytes? Kai h allh einai asfalhs na thn fortisw?
Eleni Spanou"""),
("el", "b49-timoni-gyrise-meta-to-fitting", "Δημήτρης Αργυρός <d.argyros@example.gr>", "Μετά το bike fit", "technical", "high",
"""Καλησπέρα,

Το Σάββατο έκανα bike fit στο κατάστημά σας στο Μαρούσι. Ο τεχνικός
κατέβασε το τιμόνι και άλλαξε τον λαιμό σε πιο κοντό. Την Κυριακή, σε
κατηφόρα στην Πάρνηθα, με τα πρώτα φρεναρίσματα το τιμόνι γύρισε προς
τα κάτω μέσα στον λαιμό. Κατάφερα να σταματήσω χωρίς να πέσω.

Στο σπίτι είδα ότι οι βίδες του λαιμού ήταν σχεδόν λάσκες. Τις έσφιξα
προσωρινά, αλλά θα ήθελα να το ελέγξει κάποιος υπεύθυνος και να
κοιτάξετε και τα άλλα ποδήλατα που έφυγαν εκείνη τη μέρα.

Δημήτρης Αργυρός"""),
("el", "b49-sxoli-ski-vasilitsa-sistima-enoikiasis", "Σχολή Σκι Βασιλίτσας <info@ski-vasilitsa.example>", "Σήμερα το πρωί", "technical", "high",
"""Καλημέρα,

Από τις 8:30 το πρωί το πρόγραμμα ενοικίασης που μας δώσατε δεν
ανοίγει σε κανένα από τα τρία τερματικά μας, βγάζει «σφάλμα σύνδεσης
με τον διακομιστή». Δεν μπορούμε να δούμε τις κρατήσεις ούτε να
περάσουμε τα μεγέθη, οπότε δίνουμε εξοπλισμό με το χέρι σε χαρτί.
Έξω έχουμε ουρά περίπου 60 ατόμων, ανάμεσά τους δύο σχολεία που
έχουν μάθημα στις 10:00, και οι δάσκαλοι περιμένουν.

Παρακαλώ να μας καλέσει κάποιος αμέσως στο 24620 00000.

Κώστας Παπαθανασίου
Σχολή Σκι Βασιλίτσας"""),
("el", "b49-gl-oxi-xrewsh-efarmogi-login", "Marios Chr. <marios.chr@example.gr>", "efarmogh", "technical", "",
"""Kalhspera, den einai 8ema xrewshs, h syndromh mou plhrwnetai kanonika.
Apla apo to Savvato h efarmogh gia tis krathseis gipedwn tennis den me
afhnei na mpw, leei "o logariasmos den vre8hke" enw me to idio email
mpainw kanonika apo ton ypologisth. Samsung A54."""),
("el", "b49-ilektriko-michanaki-kalamiou", "Στέλιος Φραγκιαδάκης <stelios.fragk@example.gr>", "Ηλεκτρικός μηχανισμός", "technical", "",
"""Καλησπέρα σας,

Αγόρασα από το κατάστημά σας στα Χανιά τον ηλεκτρικό μηχανισμό για
βαθύ ψάρεμα. Τον σύνδεσα στη μπαταρία του σκάφους όπως λέει το
εγχειρίδιο. Η οθόνη ανάβει, δείχνει τα μέτρα, αλλά όταν πατάω το
κουμπί δεν μαζεύει, απλά ακούγεται ένα «κλικ». Το καλάμι και η πετονιά
είναι εντάξει.

Τι μπορεί να φταίει;
Στέλιος"""),
("el", "b49-kordoma-xalaro-oxi-lefta", "Ιωάννα Μελά <ioanna.mela@example.gr>", "Ρακέτα", "technical", "",
"""Γεια σας,

Ζήτησα κόρδωμα στα 23 κιλά και η ρακέτα γύρισε τελείως χαλαρή, σαν
τραμπολίνο, και οι κάθετες χορδές έχουν μετακινηθεί στη μέση. Ο
προπονητής μου λέει ότι δεν μπορεί να είναι 23.

Δεν θέλω επιστροφή χρημάτων, θέλω απλώς να ξανακορδωθεί σωστά, αν
γίνεται μέχρι την Πέμπτη που έχω αγώνα.

Ιωάννα"""),
("el", "b49-gl-rologi-gkolf-den-vriskei-gipedo", "Kostas Lymperis <k.lymperis@example.gr>", "rologi golf", "technical", "",
"""Geia, to GPS rologi gia golf pou phra den vriskei to ghpedo sthn
Costa Navarino, leei "no course nearby" enw eimai sto prwto tee. Ekana
update sto app kai sto rologi. To Glyfada to vriskei kanonika."""),
("el", "b49-forma-kratisis-masaz-den-stelnei", "Χαρης Ζαχαριου <charis.zachariou@example.gr>", "Κρατηση", "technical", "",
"""Καλησπερα,
προσπαθω να κλεισω ραντεβου για αθλητικο μασαζ απο το site σας. Βαζω
ημερομηνια, ωρα, στοιχεια, πατω «Ολοκληρωση» και το κουμπι απλα
γυριζει και δεν γινεται τιποτα. Δοκιμασα σε Chrome και Firefox και απο
το κινητο. Θα ηθελα Τριτη απογευμα αν γινεται.
Χαρης"""),
("el", "b49-ilektriko-karotsaki-kapnos", "Θεόδωρος Λιανός <theodoros.lianos@example.gr>", "Ηλεκτρικό καροτσάκι γκολφ", "technical", "high",
"""Καλησπέρα σας,

Το ηλεκτρικό καροτσάκι γκολφ που αγόρασα από εσάς τον Μάρτιο το
φόρτιζα χθες το απόγευμα στην αποθήκη. Μετά από μισή ώρα περίπου
είδα λίγο γκρίζο καπνό να βγαίνει από τη θήκη της μπαταρίας και
μύριζε καμένο. Το αποσύνδεσα αμέσως και το έβγαλα έξω, δεν έπιασε
φωτιά.

Δεν το ξαναφόρτισα. Παρακαλώ πείτε μου τι να κάνω.

Θεόδωρος Λιανός"""),
("el", "b49-gl-kontres-skouriasmenes-meta-service", "Vaggelis <vaggelis.d@example.gr>", "pedila", "technical", "",
"""Kalhspera, phra ta pedila apo to service sto Kaimaktsalan thn
Kyriakh kai shmera pou ta evgala apo th 8hkh oi kontres einai
skouriasmenes se polla shmeia kai h vash einai akoma "aspri" san na mhn
mpike keri. Mhpws ta afhsate vregmena? Mporei na ta 3anadei kapoios?"""),
("el", "b49-vhf-skafi-ektos-ekdromes", "Θαλασσινές Εκδρομές Σκιάθου <info@skiathos-fishing.example>", "VHF", "technical", "high",
"""Καλημέρα σας,

Τους δύο ασυρμάτους VHF που μας τοποθετήσατε στα σκάφη την περασμένη
εβδομάδα δεν εκπέμπουν, μόνο λαμβάνουν. Το Λιμεναρχείο δεν μας
επιτρέπει να βγούμε με πελάτες χωρίς λειτουργικό ασύρματο. Από χθες
έχουμε ακυρώσει τέσσερις εκδρομές ψαρέματος και για σήμερα και αύριο
έχουμε άλλα 30 άτομα κλεισμένα.

Χρειαζόμαστε τεχνικό σήμερα αν είναι δυνατόν.

Μιχάλης Ρήγας
6977 000 214"""),
("el", "b49-gl-eisitiria-xenagisis-den-irthan", "Foteini <foteini.m@example.gr>", "eishthria", "technical", "",
"""Kalhmera, ekleisa 3 eishthria gia th 3enaghsh sto ghpedo to Savvato.
H krathsh fainetai kanonika ston logariasmo mou, alla to email me ta
eishthria den ir8e pote (oute sta spam) kai otan pataw "Lhpsh
eishthriwn" vgazei "kati phge strava, dokimaste 3ana". Ti na kanw?"""),
("el", "b49-zoni-palmon-ypologistis-podilatou", "Άννα Σιδέρη <anna.sideri@example.gr>", "Ζώνη παλμών", "technical", "",
"""Καλησπέρα,

Μαζί με το bike fit πήρα από εσάς και ζώνη παλμών. Συνδέεται με το
κινητό μου κανονικά, αλλά ο υπολογιστής του ποδηλάτου δεν τη βρίσκει
καθόλου, ούτε με ANT+ ούτε με Bluetooth. Άλλαξα και μπαταρία. Υπάρχει
κάποια ρύθμιση που μου ξεφεύγει;

Άννα"""),
("el", "b49-efxaristo-giannis-massaz", "Αικατερίνη Μπαλτά <katerina.balta@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα απλώς να πω ένα μεγάλο ευχαριστώ στον Γιάννη. Πήγα με πόνο στη
γάμπα δύο εβδομάδες πριν από τον Αυθεντικό Μαραθώνιο και φοβόμουν ότι
δεν θα τρέξω. Με τρεις συνεδρίες και τις ασκήσεις που μου έδειξε,
τερμάτισα χωρίς κανένα πρόβλημα. Εξαιρετικός επαγγελματίας και πολύ
ευγενικός.

Με εκτίμηση,
Κατερίνα Μπαλτά"""),
("el", "b49-gl-xexasame-kranos-paidiou", "Sofia Papadopoulou <sofia.pap@example.gr>", "kranos", "general", "",
"""Geia sas! Thn Kyriakh to apogeyma pou epistrepsame ta noikiasmena
pedila sto magazi sta Kalavryta 3exasame ekei to kranos ths mikrhs
(roz me lefkes xiononiphades, grafei mesa "Mariza"). Mhpws to vrhkate?
Mporei na to parei enas 3aderfos mou pou anebainei to Savvato.
Eyxaristw poly!"""),
("el", "b49-orario-kathara-deytera", "Πέτρος Αλεξανδρόπουλος <p.alexandropoulos@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, θα είστε ανοιχτά την Καθαρά Δευτέρα; Θέλουμε να περάσουμε
να πάρουμε τα πέδιλα από το σέρβις πριν ανέβουμε στον Παρνασσό."""),
("el", "b49-xenagos-agenis-ypeythynos", "Σταυρούλα Δρακοπούλου <s.drakopoulou@example.gr>", "Συμπεριφορά ξεναγού", "general", "high",
"""Κύριοι,

Την Κυριακή 9 Μαρτίου, στην ξενάγηση των 12:00, ο ξεναγός μας
(ψηλός, με γυαλιά) μίλησε με απαράδεκτο τρόπο στον 10χρονο γιο μου
επειδή άγγιξε τη φανέλα σε μια βιτρίνα στα αποδυτήρια. Του φώναξε
μπροστά σε όλη την ομάδα και μετά έκανε ειρωνικά σχόλια για «τα
κακομαθημένα παιδιά» σε όλη τη διάρκεια της ξενάγησης. Το παιδί
έκλαιγε στο αυτοκίνητο.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του τμήματος ξεναγήσεων.
Δεν θέλω τυποποιημένη απάντηση.

Σταυρούλα Δρακοπούλου"""),
("el", "b49-gl-pagos-skales-magaziou-arachova", "Manolis V. <manolis.vl@example.gr>", "skales", "general", "high",
"""Kalhspera,
ta skalia sthn eisodo tou magaziou sas sthn Araxwva einai pagwmena apo
to prwi kai den exei rixtei ala8i. Mia kyria mprosta mou glistrhse kai
xtyphse sto gonato, thn shkwsame me ton andra ths. Eipa sto tameio alla
mou apanthsan oti "den einai dikia mas douleia ta skalia". Kapoios 8a
spasei to kefali tou, rixte ala8i h valte kati.
Manolis"""),
("el", "b49-allagi-email-tilefonou", "Ολγα Καραγιαννη <olga.karagianni@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα, παρακαλω να αλλαξετε στον λογαριασμο μου το email σε
olga.k.new@example.gr και το κινητο σε 6932 000 118. Το παλιο email θα
κλεισει τον επομενο μηνα. Ευχαριστω, Ολγα Καραγιαννη"""),
("el", "b49-diagrafi-dedomenon-gdpr", "Χρήστος Οικονόμου <christos.oikonomou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, παρακαλώ να διαγράψετε όλα τα
προσωπικά δεδομένα που τηρείτε για μένα, συμπεριλαμβανομένων των
μετρήσεων και των φωτογραφιών από το bike fit του 2022, και να με
αφαιρέσετε από κάθε λίστα αποστολής. Παρακαλώ επιβεβαιώστε μου
γραπτώς την ολοκλήρωση.

Χρήστος Οικονόμου"""),
("el", "b49-chorigia-diagonismos-psarematos", "Ναυτικός Όμιλος Καβάλας <info@no-kavalas.example>", "Χορηγία διαγωνισμού", "general", "",
"""Αγαπητοί φίλοι,

Ο Ναυτικός Όμιλος Καβάλας διοργανώνει στις 21 Σεπτεμβρίου τον 5ο
Διαγωνισμό Ερασιτεχνικού Ψαρέματος από Σκάφος, με περίπου 40 σκάφη.
Θα μας ενδιέφερε να είστε χορηγός με κάποιο έπαθλο (π.χ. καλάμι ή
μηχανάκι) και σε αντάλλαγμα το λογότυπό σας θα υπάρχει στις αφίσες,
στα μπλουζάκια και στη σελίδα μας.

Είμαστε στη διάθεσή σας για περισσότερες πληροφορίες.

Με εκτίμηση,
Λευτέρης Σαρρής
Γενικός Γραμματέας"""),
("el", "b49-gl-ti-pedila-arxarios", "Christina <christina.ntoula@example.gr>", "erwthsh", "general", "",
"""geia sas! 8a ka8ei to ski fetos prwth fora, eimai 35 kai arketa
agxwmenh xaxa. ti pedila kai mpotes mou proteinete gia arxh? na
agorasw h na noikiasw thn prwth xronia? kai pou na kanw mathhmata, sto
Pisoderi h sto Seli?"""),
("el", "b49-paradosi-periptero", "Μαρία Τσακίρη <maria.tsakiri@example.gr>", "Αποστολή σάκου γκολφ", "general", "",
"""Καλησπέρα, η παραγγελία μου (σάκος γκολφ) έχει βγει για παράδοση
αύριο. Δεν θα είμαι σπίτι όλη μέρα, μπορεί ο κούριερ να την αφήσει στο
περίπτερο στη γωνία (Λεωφ. Κηφισίας 210) όπου την περιμένει ο κύριος
Θανάσης; Αλλιώς να με πάρει τηλέφωνο πριν έρθει.

Μαρία"""),
("el", "b49-gl-sxoliki-xenagisi-meres", "Kyrios Rallis <rallis.gym@example.gr>", "Erwthsh", "general", "",
"""Kalhmera sas, eimai ka8hghths fysikhs agwghs se gymnasio sth Nea
Smyrnh. 8eloume na ferw 2 tmhmata (peripou 45 paidia) gia 3enaghsh
sto ghpedo ton Maio. Poies meres kanete sxolikes 3enaghseis kai
posh wra krataei? Prepei na erthoun kai alloi kathhghtes?
Eyxaristw, N. Rallis"""),
("el", "b49-demo-day-gkolf", "Ανδρέας Παπαγεωργίου <andreas.papageorgiou@example.gr>", "Demo day", "general", "",
"""Καλησπέρα,

Είδα στο Instagram ότι κάνετε demo day με τα νέα σίδερα στο γκολφ της
Γλυφάδας στις 12 Οκτωβρίου. Πρέπει να δηλώσω συμμετοχή από πριν; Και
μπορώ να φέρω έναν φίλο που δεν είναι μέλος του ομίλου;

Ανδρέας"""),
("el", "b49-gl-re-euxaristw-kapetan-lefteri", "Yannis Georgiou <yannis.georgiou@example.gr>", "Re: Ευχαριστούμε για την κράτηση", "general", "",
"""Geia sas, apla na sas pw oti perasame yperoxa! O kapetan Lefteris
htan apisteytos, mas edei3e ta panta kai o mikros mou epiase thn prwth
tou tsipoura kai den stamataei na to lei. Sigoura 8a 3anartoume tou
xronou.
Giannis

> Ευχαριστούμε για την κράτησή σας!
> Εκδρομή ψαρέματος: Σάββατο 12/7, 07:00, λιμάνι Πόρτο Χέλι.
> Παρακαλούμε να είστε στο σκάφος 15 λεπτά νωρίτερα."""),
]
M += [
# ---------------- Spanish ----------------
("es", "b49-servicio-esquis-cobro-doble", "Álvaro Castillo <alvaro.castillo@example.es>", "Hola", "billing", "",
"""Hola, buenas:

El viernes dejé dos pares de esquís en vuestra tienda de Pradollano
para la puesta a punto completa (45 € cada par). Los recogí el sábado y
todo perfecto, pero en el extracto del banco me aparecen tres cargos de
45 € en vez de dos. El ticket pone 90 €. ¿Me podéis devolver el que
sobra?

Gracias,
Álvaro"""),
("es", "b49-bariloche-sena-equipos", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Seña alquiler equipos julio", "billing", "",
"""Hola, ¿cómo están?

En abril les dejé una seña de $ 85.000 para el alquiler de equipos de
esquí para cuatro personas del 14 al 21 de julio en el Catedral. Por
un tema de trabajo de mi marido no vamos a poder viajar estas
vacaciones de invierno. ¿Me pueden devolver la seña o la puedo dejar a
cuenta para el año que viene? Prefiero la devolución si se puede.

Saludos,
Florencia Ibarra
Rosario"""),
("es", "b49-los-cabos-cobro-dolares-comision", "Rodrigo Anaya <rodrigo.anaya@example.com.mx>", "Cobro charter Los Cabos", "billing", "",
"""Buenas tardes,

Reservamos el charter de pesca de medio día para el 3 de marzo. En la
página el precio venía en pesos, $ 9,800 MXN, pero en mi estado de
cuenta me aparece el cargo en dólares y Banorte me cobró además una
comisión por compra en el extranjero de $ 290. ¿Me pueden reembolsar
esa comisión? Yo pagué en pesos según su página.

Saludos,
Rodrigo Anaya"""),
("es", "b49-bono-masaje-me-mudo-chile", "Nuria Ferrer <nuria.ferrer@example.es>", "Baja bono mensual", "billing", "",
"""Hola Marta,

Te escribo porque me han ofrecido un puesto en Santiago de Chile y me
marcho a finales de mes, así que no voy a poder seguir yendo a los
masajes de los jueves. ¿Podéis dar de baja el bono mensual (60 € al
mes) para que no se cobre el de septiembre? Me da mucha pena, me
habéis dejado la espalda como nueva este año.

Un abrazo,
Nuria"""),
("es", "b49-tour-estadio-sic-reembolso", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Reembolso tour cancelado - Radicado", "billing", "high",
"""Señores,

El 16 de febrero compré cuatro entradas para el tour del estadio
(reserva TE-5582, $ 240.000 COP). El día del tour nos informaron en la
taquilla que estaba cancelado por mantenimiento de la cancha. Nadie
nos avisó antes y viajamos desde Pereira.

Solicité el reembolso por correo el mismo día y por teléfono dos veces.
Me contestan que solo pueden cambiar la fecha. No me sirve.

Si en 10 días hábiles no recibo la devolución completa, presentaré
la queja ante la Superintendencia de Industria y Comercio.

Atentamente,
Andrés Felipe Gómez
C.C. 10.000.000"""),
("es", "b49-bike-fit-factura-autonomo", "Jordi Puig <jordi.puig@example.cat>", "Factura estudio biomecánico", "billing", "",
"""Bon dia,

El martes hice el estudio biomecánico con Pau (160 €). Soy ciclista
profesional autónomo y necesito factura completa, no el ticket
simplificado. Datos: Jordi Puig Serra, NIF 00000000T, c/ Major 12,
17800 Olot (Girona).

Gracias,
Jordi"""),
("es", "b49-encordado-hija-intercambio-canada", "Carolina Muñoz <carolina.munoz@example.cl>", "plan encordado", "billing", "",
"""Hola! Mi hija Javiera tiene el plan mensual de encordado ($ 22.000
al mes) con ustedes. Se va de intercambio a Canadá en agosto por un
semestre y allá va a jugar en el equipo del colegio pero ellos le pasan
raquetas. ¿Se puede congelar el plan esos seis meses en vez de
cancelarlo? Gracias!! Caro"""),
("es", "b49-devolucion-hierros-sin-usar", "Ignacio Robles <ignacio.robles@example.es>", "Devolución hierros", "billing", "",
"""Buenas tardes,

Compré el juego de hierros en vuestra web hace diez días (pedido
30871). Quiero dejar claro que no tienen ningún defecto, son
estupendos, pero después de una clase con mi profesor me ha recomendado
una varilla más blanda y los prefiero cambiar. No los he sacado del
plástico. ¿Puedo devolverlos y comprar los otros, o hacéis cambio
directo? ¿Quién paga el envío?

Un saludo,
Ignacio Robles"""),
("es", "b49-cuotas-sin-interes-bici", "Matías Ferreyra <matias.ferreyra@example.com.ar>", "consulta cuotas", "billing", "",
"""Hola, cómo va. Quiero comprar la bici de ruta de $ 2.450.000 con el
bike fit incluido. ¿Tienen cuotas sin interés con Visa del Galicia? ¿En
cuántas? Y si pago por transferencia, ¿hay descuento? Gracias, Mati"""),
("es", "b49-re-clases-esqui-omic", "Lucía Herrero <lucia.herrero@example.es>", "Re: Su reclamación 2219", "billing", "high",
"""Esto no es una respuesta. Pagué 340 € por un cursillo de cinco días
para mis dos hijos en Formigal y se dieron dos clases, porque los
otros tres días «no había monitor». No quiero un vale para la
temporada que viene, quiero que me devolváis la parte de las clases
que no se dieron, 204 €.

Ya he rellenado la hoja de reclamaciones en la tienda. Si no tengo una
respuesta seria esta semana, la presento en la OMIC de Zaragoza.

Lucía Herrero

> Estimada clienta:
>
> Lamentamos las molestias ocasionadas. Como compensación le
> ofrecemos un vale del 20 % de descuento para la próxima temporada.
>
> Atentamente,
> Atención al Cliente"""),
("es", "b49-estadio-cobro-doble-contracargo", "Verónica Salgado <vero.salgado@example.com.mx>", "COBRO DOBLE TOUR", "billing", "high",
"""Buenas tardes

El domingo compramos el tour del estadio para 5 personas ($ 2,250 MXN)
y me cobraron DOS VECES en la tarjeta, ya van dos semanas y nadie me
resuelve. En el chat me dicen que "ya se levantó el reporte" y nada.

Quiero hablar con un gerente o alguien que de verdad pueda resolver. Si
para el viernes no me regresan los $ 2,250 voy a pedir el contracargo
con BBVA.

Verónica Salgado"""),
("es", "b49-pedido-30944-cupon", "Sergio Lozano <sergio.lozano@example.es>", "Pedido 30944", "billing", "",
"""Hola, metí el código BIENVENIDA10 en el pedido de las bolas de golf
y el guante, me puso que era válido, pero al final me cobrasteis el
total (68,90 €) sin el 10 %. ¿Me podéis devolver la diferencia? Gracias"""),
("es", "b49-bono-regalo-masaje-madre", "Pilar Giménez <pilar.gimenez@example.es>", "Bono regalo", "billing", "",
"""Buenos dias,
me regalaron por mi cumpleaños un bono de tres masajes deportivos (150
euros) pero me he lesionado el hombro y el medico me ha dicho que nada
de masajes por ahora. Se lo puedo pasar a mi madre, que tiene
contracturas de la jardineria? O tiene que ser a mi nombre?
Gracias,
Pilar"""),
("es", "b49-cuota-club-pesca-jubilacion", "Osvaldo Benítez <osvaldo.benitez@example.com.ar>", "Cuota social", "billing", "",
"""Estimados:

Después de 22 años de socio del club de pesca, me jubilé en marzo y con
mi señora nos volvemos a Córdoba, cerca de los chicos. Les pido que
den de baja la cuota social ($ 18.000 mensuales) que se debita de mi
cuenta del Nación a partir del mes que viene.

Les agradezco muchísimo todos estos años y las salidas al río.

Osvaldo Benítez"""),
("es", "b49-bateria-bici-chispas-revision", "Begoña Etxeberria <begona.etxeberria@example.es>", "Batería bici eléctrica", "technical", "high",
"""Hola,

La semana pasada llevé mi bici eléctrica a vuestro taller de Bilbao
para la revisión y el ajuste de la postura. Desde que la recogí, cuando
conecto el cargador a la batería salta alguna chispa en el conector y
hoy he visto que el plástico de alrededor está ennegrecido. La he
desconectado y la tengo en el balcón, lejos de todo.

No sé si tocaron algo al desmontar la batería. ¿Qué hago con ella?

Begoña"""),
("es", "b49-talonera-rota-baqueira", "Javier Ortega <javier.ortega@example.es>", "Fijación después de la puesta a punto", "technical", "high",
"""Buenas,

Os dejé los esquís en la tienda de Baqueira el lunes para afilar
cantos y revisar fijaciones. El miércoles, bajando una pista roja, se
me soltó la talonera del esquí izquierdo en plena curva: el tornillo de
atrás había salido casi entero de la tabla. Me caí pero sin
consecuencias, solo el susto.

En otra tienda me han dicho que el tornillo no estaba bien apretado y
que el agujero está pasado. Quiero que alguien de vuestro taller lo
vea, y os aviso por si hay más esquís montados ese día.

Javier Ortega"""),
("es", "b49-club-golf-reservas-caja-caidas", "Administración Club de Golf Las Palmas <admin@golflaspalmas.example.mx>", "Sistema", "technical", "high",
"""Buenos días,

Desde ayer en la tarde los socios no pueden entrar a reservar salidas,
la aplicación les dice "sin horarios disponibles" para todas las
fechas, y en la tienda de golf la terminal no encuentra ninguna
reserva, así que tampoco podemos cobrar green fees. Hoy en la mañana
tuvimos más de 50 jugadores en la casa club esperando y los mandamos
salir apuntando a mano.

El sábado tenemos el torneo de aniversario con 120 jugadores inscritos.

Les pido que nos llamen al (33) 3000 0000 lo antes posible.

Lic. Mariana Cervantes
Gerente de Administración"""),
("es", "b49-no-es-cuota-app-reservas", "Julieta Paz <julieta.paz@example.com.ar>", "app", "technical", "",
"""Hola! No es por la cuota ni nada de pagos, eso está todo al día. Es
que desde el martes la app no me deja reservar cancha de tenis: elijo
el horario, toco "confirmar" y me dice "error 403" y vuelve al inicio.
Tengo iPhone 12. A mi novio con Android le anda. Gracias"""),
("es", "b49-encordado-tension-mal-no-quiero-dinero", "Marcos Vidal <marcos.vidal@example.es>", "Raqueta", "technical", "",
"""Hola,

Pedí encordar la raqueta a 24 kg con la cuerda que os llevé y me la
habéis devuelto con una tensión que parece de 18, las cuerdas se
mueven solas y la pelota sale disparada. Además hay una cuerda cruzada
mal en la parte de abajo.

No quiero que me devolváis el dinero, solo que me la encordéis bien
antes del torneo del sábado.

Marcos"""),
("es", "b49-valle-nevado-web-reserva-error", "Tomás Valdés <tomas.valdes@example.cl>", "reserva arriendo", "technical", "",
"""Buenas, estoy tratando de reservar el arriendo de equipos para Valle
Nevado por la web y al elegir las tallas de botas la pagina se queda
cargando y despues sale "sesion expirada". Lo intente desde el
computador y el celular, borre cookies. Somos 5, para el 20 de julio.
Me pueden ayudar?
Tomas"""),
("es", "b49-carrete-se-traba", "Raúl Domínguez <raul.dominguez@example.es>", "Carrete", "technical", "",
"""Buenas, compré hace un mes el carrete de spinning 4000 en vuestra
tienda de Vigo. Ahora al recoger hace un ruido como de arena y cada
pocas vueltas se traba. Lo he usado cinco o seis veces desde la orilla
y siempre lo enjuago con agua dulce. Está en garantía, ¿lo llevo a la
tienda o hay que mandarlo al fabricante?"""),
("es", "b49-academia-encordadora-bloqueada", "Academia de Tenis Pinares <info@tenispinares.example>", "Máquina encordadora", "technical", "high",
"""Buenos días,

La máquina encordadora electrónica que nos instalasteis en enero se
ha quedado bloqueada: la pantalla muestra «E07» y el cabezal no tensa.
La hemos reiniciado varias veces.

Tenemos ahora mismo 38 raquetas de alumnos pendientes, el circuito
juvenil empieza el viernes y los chavales no tienen con qué jugar. Ya
hemos tenido que mandar a varios padres a otras tiendas.

Por favor, necesitamos un técnico esta semana.

Esteban Ruiz
Director, Academia de Tenis Pinares"""),
("es", "b49-plancha-cera-humo-cable", "Miguel Sanz <miguel.sanz@example.es>", "Plancha de encerar", "technical", "high",
"""Hola,

Os escribo por la plancha de encerar esquís que os compré en
diciembre. Ayer, a los pocos minutos de enchufarla, empezó a salir humo
por la unión del cable con el mango y olía a plástico quemado. La
desenchufé enseguida. El cable está derretido en esa zona.

Nadie se ha hecho daño, pero no pienso volver a usarla. Decidme qué
hago con ella.

Miguel Sanz"""),
("es", "b49-contrasena-no-llega-correo", "Elena Campos <elena.campos@example.es>", "No puedo entrar", "technical", "",
"""Buenas tardes, le he dado a "he olvidado mi contraseña" cinco veces y
no me llega ningún correo, ni en spam. Quiero ver el historial de mis
sesiones de fisioterapia y no hay manera de entrar. Mi correo es este
mismo. Gracias."""),
("es", "b49-crujido-bici-tras-ajuste", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Ruido en la bici", "technical", "",
"""Hola, buenas tardes. Desde que me hicieron el ajuste de la bici
(cambiaron sillín y tija) la bici hace un crujido en cada pedalada,
sobre todo en subida. Antes no sonaba nada. ¿Puedo pasar a que la
revisen? Estoy en Medellín, cerca de la sede de El Poblado."""),
("es", "b49-audioguia-tour-se-cierra", "Antonio Fuentes <antonio.fuentes@example.es>", "Audioguía", "technical", "",
"""Hola, ayer hicimos la visita al estadio y la audioguía de la app se
cerraba sola cada vez que llegábamos a la sala de trofeos. Mi hijo
tenía la misma app en otro móvil y le pasaba igual. Lo digo por si
tiene arreglo, porque nos quedamos sin la mitad de las explicaciones."""),
("es", "b49-bota-grieta-tras-ensanchado", "Agustina Sosa <agustina.sosa@example.com.ar>", "botas", "technical", "",
"""Hola, el sábado les dejé las botas de esquí para que me ensancharan
la zona del juanete. Cuando las retiré me fijé en casa y tienen una
grieta finita en la carcasa justo donde las calentaron. Antes no
estaba, tengo fotos de cuando las compré. ¿Las pueden revisar? Me voy
a Chapelco el 10."""),
("es", "b49-gracias-fisio-carlos", "Rocío Navarro <rocio.navarro@example.es>", "Gracias", "general", "",
"""Hola!

Solo quería daros las gracias, y sobre todo a Carlos. Llegué con la
cintilla iliotibial fatal a tres semanas de la Behobia y pensaba que no
la corría. Con sus masajes y los ejercicios que me mandó la terminé
sin dolor y bajando mi marca. Sois un equipazo.

Rocío"""),
("es", "b49-celular-olvidado-lancha", "Héctor Villanueva <hector.villanueva@example.com.mx>", "Objeto olvidado", "general", "",
"""Buen día, ayer salimos a pescar en la lancha "La Güera" con el
capitán Chuy desde Mazatlán. Creo que se me quedó el celular en la
hielera de atrás, es un Samsung con funda azul. ¿Lo encontraron? Me
pueden escribir a este correo o al teléfono de mi esposa 669 000
0000. Gracias."""),
("es", "b49-horario-tienda-verano", "Montse Ribas <montse.ribas@example.es>", "Horario", "general", "",
"""Hola, en verano abris la tienda de Vielha o solo en temporada de
esqui? Queria pasar en julio a ver botas con calma. Gracias"""),
("es", "b49-empleado-grosero-catedral-gerente", "Gabriela Rossi <gabriela.rossi@example.com.ar>", "Atención en el local de la base", "general", "high",
"""Buenas tardes.

El lunes fui con mis dos hijos al local de alquiler de la base del
Catedral. El empleado que nos atendió (morocho, con gorro verde) nos
trató con un desprecio que no puedo creer: se reía de cómo hablaba mi
hijo más chico, que tiene un trastorno del lenguaje, y le imitaba
delante de otros clientes. Cuando le pedí que parara me dijo que "no
era para tanto".

Quiero que me contacte el gerente o el dueño del local. No voy a
aceptar una disculpa de formulario.

Gabriela Rossi"""),
("es", "b49-expositor-bicis-suelto-tienda", "Fernando Aguilar <fernando.aguilar@example.es>", "Tienda de Valencia", "general", "high",
"""Hola,

Esta mañana en vuestra tienda de Valencia, en la zona de bicis de
carretera, uno de los soportes de pared se ha soltado y una bici ha
caído al suelo a medio metro de un niño pequeño que estaba con su
madre. Los de la tienda la han recogido y la han vuelto a colgar en el
mismo soporte, que sigue medio suelto de la pared.

Os lo digo porque la próxima vez le puede caer encima a alguien.

Fernando Aguilar"""),
("es", "b49-cambio-direccion-comuna", "Francisca Reyes <francisca.reyes@example.cl>", "Actualizar datos", "general", "",
"""Hola, me cambié de casa. Por favor actualicen mi dirección a Av. Los
Leones 1230, depto 502, Providencia, Santiago. El teléfono y el correo
siguen iguales. Gracias, Francisca Reyes"""),
("es", "b49-derecho-acceso-datos-fotos", "Carmen Molina <carmen.molina@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito una copia de todos los
datos personales que tratan sobre mí, incluidas las fotografías y
vídeos tomados durante el estudio biomecánico de 2023, así como la
finalidad del tratamiento y el plazo de conservación.

Adjunto copia de mi DNI.

Atentamente,
Carmen Molina Ruiz"""),
("es", "b49-patrocinio-torneo-pesca-benefico", "Torneo de Pesca Ensenada <contacto@torneopesca-ensenada.example.mx>", "Patrocinio", "general", "",
"""Hola, buen día.

Somos un grupo de pescadores que organiza cada año un torneo de pesca
deportiva a beneficio de la Cruz Roja de Ensenada, en octubre. ¿Les
interesaría patrocinar con algún premio (una caña, un carrete o una
salida en charter)? A cambio ponemos su logo en las playeras, en la
lona del muelle y en nuestras redes.

Quedo atento,
Ulises Carrillo"""),
("es", "b49-que-tension-recomiendan", "Paula Serrano <paula.serrano@example.es>", "Pregunta", "general", "",
"""Buenas, llevo un año jugando al tenis y tengo codo de tenista,
nada grave. ¿Qué cuerda y qué tensión me recomendáis para que no me
moleste tanto? ¿Y cada cuánto habría que cambiarla jugando dos veces
por semana?"""),
("es", "b49-entrega-conserjeria", "Luis Marín <luis.marin@example.es>", "Entrega del pedido", "general", "",
"""Buenas, el pedido de la bolsa de palos llega el jueves. Por favor
que lo dejen en la conserjería del edificio (Juan, de 8 a 15 h), que
yo trabajo fuera. Calle Alcalá 212, Madrid. Gracias"""),
("es", "b49-consulta-tour-grupo-colegio", "Diana Marcela Ortiz <diana.ortiz@example.com.co>", "Consulta", "general", "",
"""Buenas tardes, soy docente de un colegio en Bogotá. Queremos hacer el
tour del estadio con 35 estudiantes de grado séptimo en mayo. ¿Qué
días tienen tours para colegios, cuánto dura y cuántos acompañantes
adultos piden? ¿Pueden entrar con lonchera?
Muchas gracias,
Diana Marcela Ortiz"""),
("es", "b49-jornada-test-esquis-inscripcion", "David Pastor <david.pastor@example.es>", "Test de esquís", "general", "",
"""Hola, he visto que hacéis una jornada de test de esquís en Cerler el
15 de marzo. ¿Hay que apuntarse antes? ¿Se puede probar más de un
modelo? Y si voy con mi pareja, que es principiante, ¿también puede
probar?"""),
("es", "b49-re-gracias-ajuste-bici", "Ezequiel Romero <eze.romero@example.com.ar>", "Re: Tu informe de bike fit", "general", "",
"""Che, solo quería decirles que después del ajuste con Nacho hice los
140 km de la vuelta a las Sierras sin dolor de espalda, por primera vez
en años. Un genio. Ya les mandé a dos amigos del grupo.

Abrazo,
Eze

> Hola Ezequiel,
> Te adjuntamos el informe de tu bike fit del 12/9 con las medidas
> finales. Cualquier molestia, escribinos.
> Equipo Bike Lab"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b49-serwis-nart-szczyrk-dwa-razy", "Tomasz Wilczek <tomasz.wilczek@example.pl>", "Serwis nart", "billing", "",
"""Dzien dobry,
w sobote oddalem narty do serwisu w Waszym sklepie w Szczyrku (pelny
serwis, 150 zl). Odebralem w niedziele, wszystko ok, ale na koncie mam
dwie platnosci po 150 zl z tego samego dnia. Paragon jest jeden. Prosze
o zwrot drugiej kwoty.
Pozdrawiam
Tomek Wilczek"""),
("pl", "b49-rejs-hel-sztorm-zaliczka", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Odwołany rejs 17.08", "billing", "",
"""Dzień dobry,

mieliśmy zarezerwowany rejs na dorsza z Helu na sobotę 17 sierpnia dla
trzech osób i wpłaciliśmy zaliczkę 300 zł. Kapitan zadzwonił w piątek
wieczorem, że przez sztorm rejs się nie odbędzie – rozumiemy. Niestety
w niedzielę wracamy do Łodzi, więc nie damy rady przełożyć terminu.
Prosimy o zwrot zaliczki na konto, z którego przyszedł przelew.

Pozdrawiam serdecznie,
Agnieszka Pawlak"""),
("pl", "b49-zwiedzanie-stadionu-faktura-firma", "Karolina Nowicka <k.nowicka@brightcode.example>", "Faktura za zwiedzanie stadionu", "billing", "",
"""Dzień dobry,

w czwartek byliśmy z zespołem (22 osoby) na zwiedzaniu stadionu,
rezerwacja ZS/3318, płatność kartą firmową 990 zł. Otrzymaliśmy tylko
paragon. Proszę o wystawienie faktury VAT na dane:
BrightCode sp. z o.o., ul. Prosta 51, 00-838 Warszawa, NIP 0000000000.

Z poważaniem,
Karolina Nowicka
Office Manager"""),
("pl", "b49-karnet-golf-maz-udar", "Halina Szymańska <halina.szymanska@example.pl>", "Karnet roczny męża", "billing", "",
"""Szanowni Państwo,

mój mąż, Zbigniew Szymański, ma u Państwa karnet roczny na pole
(opłacany co miesiąc, 420 zł). W marcu przeszedł udar i lekarze mówią
jasno, że na pole golfowe już nie wróci. Bardzo proszę o zakończenie
karnetu i niepobieranie kolejnych opłat. Jeśli potrzebne jest jakieś
zaświadczenie, mogę je przesłać.

Kije syn odbierze z szatni w przyszłym tygodniu.

Z wyrazami szacunku,
Halina Szymańska"""),
("pl", "b49-pakiet-masazy-platforma-zawieszenie", "Krzysztof Baran <krzysztof.baran@example.pl>", "pakiet", "billing", "",
"""Czesc, mam u Was miesieczny pakiet masazy sportowych (4 wizyty, 320
zl). Od czerwca jade na kontrakt na platforme na Morzu Polnocnym, na
pol roku, wiec nie bede przychodzil. Mozna zawiesic pakiet do grudnia
zamiast go rozwiazywac? Szkoda by bylo stracic stala godzine.
Krzysiek"""),
("pl", "b49-zwrot-kijow-bez-wady", "Paweł Kaczmarek <pawel.kaczmarek@example.pl>", "Zwrot zestawu kijów", "billing", "",
"""Dzień dobry,

kupiłem przez internet zestaw kijów dla początkujących (zamówienie
55071, 1 899 zł). Od razu zaznaczam, że nic im nie jest, są w
folii. Po prostu zapisałem się na kurs i trener poradził, żeby na
początek kupić coś używanego. Chciałbym zwrócić zestaw w ramach 14 dni
– jak to zrobić i czy muszę płacić za kuriera?

Paweł Kaczmarek"""),
("pl", "b49-raty-zero-rower-szosowy", "Michał Grabowski <michal.grabowski@example.pl>", "Raty", "billing", "",
"""Dzień dobry, czy rower szosowy za 8 499 zł da się kupić u Was na raty
0%? Na ile miesięcy? I czy bike fit, który jest w cenie przy zakupie,
też jest wtedy gratis? Pozdrawiam, Michał"""),
("pl", "b49-kaucja-zakopane-rzecznik", "Joanna Lis <joanna.lis@example.pl>", "Niezwrócona kaucja – wypożyczalnia Zakopane", "billing", "high",
"""Dzień dobry,

6 lutego wypożyczyłam w Państwa wypożyczalni przy Gubałówce dwa
komplety nart i butów na 4 dni. Zostawiłam kaucję 800 zł gotówką.
Sprzęt oddałam 10 lutego, pracownik go sprawdził i podpisał protokół
zwrotu bez uwag, ale kaucji nie wypłacił, bo „w kasie nie ma tyle
gotówki, przyjdzie przelewem”.

Minęły ponad trzy tygodnie. Dwa razy wysyłałam numer konta i
dzwoniłam – bez skutku.

Jeżeli do 15 marca pieniądze nie wpłyną, złożę skargę do Miejskiego
Rzecznika Konsumentów i zawiadomię UOKiK.

Joanna Lis
Kraków"""),
("pl", "b49-re-zwiedzanie-odwolane-chargeback", "Marek Jabłoński <marek.jablonski@example.pl>", "Re: Anulowanie zwiedzania 23.03", "billing", "high",
"""Od Państwa wiadomości minął miesiąc, a zwrotu 156 zł nadal nie ma. Nie
będę już pisał kolejnych maili. Jeżeli pieniądze nie wrócą do piątku,
składam w banku reklamację transakcji (chargeback) i załączam tę
korespondencję.

Marek Jabłoński

> Szanowny Panie,
>
> przepraszamy, zwiedzanie w dniu 23.03 zostało odwołane z powodu
> przygotowań do koncertu. Zwrot kwoty 156,00 zł nastąpi na kartę
> w ciągu 7 dni roboczych.
>
> Z poważaniem,
> Dział Obsługi Zwiedzających"""),
("pl", "b49-zamowienie-55120-nizsza-cena", "Ewa Dudek <ewa.dudek@example.pl>", "Zamówienie 55120", "billing", "",
"""Dzien dobry, w poniedzialek kupilam u Was buty do golfa za 549 zl, a
dzis widze te same za 449 zl w promocji. Czy moge dostac zwrot
roznicy? Nie chce odsylac butow, sa super. Ewa"""),
("pl", "b49-voucher-rejs-przedluzenie", "Bartosz Zając <bartosz.zajac@example.pl>", "Voucher na rejs", "billing", "",
"""Dzień dobry,

na urodziny dostałem od żony voucher na rejs wędkarski z
Władysławowa (450 zł). Jest ważny do końca października, a w tym roku
przez pracę nie dam rady. Czy można go przedłużyć na przyszły sezon,
ewentualnie za dopłatą?

Bartosz"""),
("pl", "b49-naciag-podwojnie-kierownik", "Dariusz Król <dariusz.krol@example.pl>", "OBCIAZONO MNIE DWA RAZY", "billing", "high",
"""Trzeci raz pisze w tej samej sprawie. 12 kwietnia zaplacilem za
naciagniecie dwoch rakiet 140 zl i pobraliscie to dwa razy, razem 280
zl. Na infolinii za kazdym razem slysze, ze "sprawa jest w toku".
Zadam kontaktu z kierownikiem sklepu albo kims z zarzadu, a nie z
kolejnym konsultantem. I zwrotu 140 zl.
Dariusz Krol
tel. 601 000 224"""),
("pl", "b49-pd-korekta-faktury-klub", "Księgowość UKS Smecz <ksiegowosc@uks-smecz.example>", "PD: Faktura FV/2291/2024", "billing", "",
"""Dzień dobry,

przesyłam poniżej. Na fakturze za naciąganie 24 rakiet jest cena
brutto 45 zł za sztukę, a zgodnie z umową dla klubu miało być 38 zł.
Prosimy o fakturę korygującą.

Pozdrawiam,
Beata Olszewska, księgowość

---------- Wiadomość przekazana ----------
Od: Sklep Tenisowy Ace
Temat: Faktura FV/2291/2024
W załączeniu faktura za usługi naciągu rakiet – marzec, 24 szt."""),
("pl", "b49-oplata-za-nieobecnosc-masaz", "Natalia Wróbel <natalia.wrobel@example.pl>", "Opłata 100 zł", "billing", "",
"""Dzień dobry, dostałam maila, że pobrano ze mnie 100 zł za
niestawienie się na masaż we wtorek. Ale ja odwołałam wizytę w
poniedziałek rano przez telefon, rozmawiałam z panią w recepcji.
Proszę o sprawdzenie i zwrot."""),
("pl", "b49-wkladki-podgrzewane-stopiona-bateria", "Łukasz Sobczak <lukasz.sobczak@example.pl>", "Podgrzewane wkładki", "technical", "high",
"""Dzień dobry,

w grudniu kupiłem u Państwa podgrzewane wkładki do butów narciarskich.
Wczoraj ładowałem akumulatory na parapecie i po jakiejś godzinie
poczułem swąd. Jeden akumulator był bardzo gorący, obudowa się
stopiła przy gnieździe ładowania, a parapet ma przypalony ślad.
Odłączyłem wszystko i wyniosłem na balkon.

Nic się nikomu nie stało. Proszę o informację, co z tym zrobić i czy
drugi komplet można bezpiecznie ładować.

Łukasz Sobczak"""),
("pl", "b49-wiazania-dziecka-nie-wypiely", "Monika Zielińska <monika.zielinska@example.pl>", "Narty córki po serwisie", "technical", "high",
"""Dzień dobry,

przed feriami oddaliśmy narty 9-letniej córki do serwisu w Waszym
sklepie w Bielsku, z regulacją wiązań. Na trzecim zjeździe w
Wiśle córka przewróciła się na płaskim i narta się nie wypięła,
skręciła kolano. Na szczęście skończyło się na stłuczeniu.

W wypożyczalni na stoku sprawdzili i powiedzieli, że wiązania są
ustawione na wartość dla dorosłego mężczyzny, a córka waży 28 kg.
Proszę, żeby ktoś to wyjaśnił, bo to mogło się skończyć dużo gorzej.

Monika Zielińska"""),
("pl", "b49-szkola-narciarska-bialka-system", "Szkoła Narciarska Białka <biuro@szkola-bialka.example>", "od rana", "technical", "high",
"""Dzien dobry,
od 8 rano program do wypozyczalni, ktory od Was mamy, nie laczy sie z
serwerem ("blad polaczenia"). Nie widzimy rezerwacji, nie mozemy
wydawac sprzetu na karty klientow, instruktorzy czekaja z grupami pod
wyciagiem, a przed wypozyczalnia stoi kolejka okolo 70 osob, w tym
dwie kolonie. Wydajemy na kartke, ale nie nadazamy.
Prosze o pilny telefon: 18 000 00 00.
Grzegorz Bachleda
kierownik wypozyczalni"""),
("pl", "b49-nie-platnosc-aplikacja-korty", "Adrian Mazurek <adrian.mazurek@example.pl>", "Aplikacja", "technical", "",
"""Hej, to nie jest sprawa płatności, karnet mam opłacony. Chodzi o to,
że aplikacja do rezerwacji kortów od aktualizacji zamyka się, gdy
tylko wejdę w kalendarz. Xiaomi, Android 14, reinstalowałem dwa razy."""),
("pl", "b49-multiplikator-hamulec", "Henryk Kowal <henryk.kowal@example.pl>", "Multiplikator", "technical", "",
"""Szanowni Państwo,

multiplikator, który kupiłem w Państwa sklepie w Gdyni w maju, nie
trzyma hamulca. Przy holu nawet średniego dorsza żyłka schodzi sama,
choć hamulec jest dokręcony do końca. Używałem go na trzech rejsach,
zawsze płukałem słodką wodą. Jak go zareklamować?

Henryk Kowal"""),
("pl", "b49-naciag-pekl-nie-chce-zwrotu", "Weronika Michalska <weronika.michalska@example.pl>", "Rakieta", "technical", "",
"""Dzień dobry, w środę naciągaliście mi rakietę (poliester, 23 kg) i
w piątek pękł naciąg przy ramie, po pół godzinie gry. Widać, że żyłka
była tam przecięta. Nie chcę zwrotu pieniędzy, tylko żeby ktoś
naciągnął ją porządnie przed turniejem w niedzielę. Weronika"""),
("pl", "b49-logowanie-po-zmianie-maila", "Rafał Górski <rafal.gorski@example.pl>", "Logowanie", "technical", "",
"""Dzien dobry, zmienilem w koncie adres e-mail na nowy i od tego
czasu nie moge sie zalogowac ani starym, ani nowym. Reset hasla
przychodzi na stary, ktorego juz nie mam. Chcialbym sie dostac do
raportu z bike fitu. Rafal Gorski"""),
("pl", "b49-symulator-golf-czarny-ekran", "Golf Point Wrocław <kontakt@golfpoint-wroclaw.example>", "Symulator", "technical", "high",
"""Dzień dobry,

symulator golfowy, który instalowali Państwo u nas w styczniu, od
wczoraj po uruchomieniu pokazuje tylko czarny ekran, a czujniki nie
rejestrują uderzeń. Wczoraj musieliśmy odwołać 14 rezerwacji i oddać
pieniądze klientom, dziś kolejne 11. W sobotę rusza liga firmowa z 40
zawodnikami.

Proszę o przyjazd serwisanta możliwie jak najszybciej.

Piotr Witkowski
Golf Point Wrocław"""),
("pl", "b49-kuchenka-gazowa-zapach", "Jan Piątek <jan.piatek@example.pl>", "Kuchenka turystyczna", "technical", "high",
"""Dzień dobry, kupiłem u Państwa kuchenkę gazową na kartusze na ryby
nocne. Po wkręceniu nowego kartusza czuć wyraźnie gaz przy zaworze,
nawet kiedy pokrętło jest zakręcone, i słychać lekki syk. Nie
zapalałem jej. Kartusz odkręciłem i zostawiłem na zewnątrz. Co mam
zrobić? Jan Piątek"""),
("pl", "b49-sklep-internetowy-rozmiar-blad", "Iwona Kubiak <iwona.kubiak@example.pl>", "Strona", "technical", "",
"""Dzień dobry, od dwóch dni na Waszej stronie przy butach narciarskich
nie da się wybrać rozmiaru – lista jest pusta i przycisk „Dodaj do
koszyka” jest szary. Inne produkty działają. Próbowałam na komputerze
i na telefonie."""),
("pl", "b49-klamra-buta-pekla", "Sebastian Wojciechowski <sebastian.w@example.pl>", "Buty narciarskie", "technical", "",
"""Dzien dobry,
kupilem u Was buty narciarskie w styczniu i po 5 dniach jazdy pekla
gorna klamra, ta przy goleni. Nie uderzalem nigdzie, po prostu przy
zapinaniu trzasnela. Zdjecia w zalaczniku. Jak to naprawic, czy
wymienicie sama klamre?
Sebastian"""),
("pl", "b49-hamulce-piszcza-po-regulacji", "Kamil Nowakowski <kamil.nowakowski@example.pl>", "Rower po wizycie", "technical", "",
"""Cześć, po bike ficie i przeglądzie u Was hamulce tarczowe piszczą
przy każdym hamowaniu, przedtem było cicho. Może coś się dostało na
tarcze? Mogę podjechać w tygodniu po 17?"""),
("pl", "b49-brak-sms-rejestracja", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Rejestracja", "technical", "",
"""Dzień dobry. Próbuję założyć konto, żeby zapisać się na zwiedzanie
stadionu z wnukami, ale nie dostaję SMS-a z kodem. Wpisuję numer 602
000 118, próbowałam pięć razy. Proszę o pomoc.
Zofia Adamczyk"""),
("pl", "b49-podziekowanie-przewodnik-stadion", "Rafał Sikora <rafal.sikora@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałem bardzo podziękować panu Adamowi, który w sobotę oprowadzał
nas po stadionie. Mój syn jest na wózku i pan Adam sam zaproponował
inną trasę do szatni, żeby wszędzie mógł z nami wjechać, a do tego
opowiadał z taką pasją, że nawet moja żona, która nie znosi piłki,
słuchała z otwartą buzią. Świetna robota!

Rafał Sikora"""),
("pl", "b49-portfel-na-lodzi", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Zguba", "general", "",
"""Dzien dobry, w niedziele bylem na rejsie z Ustki na "Bryzie". Chyba
zostawilem portfel w kabinie pod lawka, brazowy, skorzany. Czy ktos
go znalazl? Moge przyjechac odebrac. Grzegorz"""),
("pl", "b49-godziny-otwarcia-11-listopada", "Ewelina Czarnecka <ewelina.czarnecka@example.pl>", "Godziny", "general", "",
"""Dzień dobry, czy 11 listopada sklep w Krakowie jest otwarty? Chcemy
przywieźć narty do serwisu przed sezonem."""),
("pl", "b49-sprzedawca-niegrzeczny-kierownik", "Beata Lewandowska <beata.lewandowska@example.pl>", "Obsługa w sklepie w Poznaniu", "general", "high",
"""Szanowni Państwo,

w sobotę w sklepie w Poznaniu (Galeria, dział golfowy) starszy
sprzedawca potraktował mnie w sposób skandaliczny. Gdy zapytałam o
kije damskie, stwierdził przy innych klientach, że „golf to nie sport
na zakupy z koleżankami” i że „mąż mi lepiej doradzi”. Kiedy
poprosiłam o kogoś innego, odwrócił się i odszedł.

Proszę o kontakt kierownika sklepu lub osoby z zarządu. Oczekuję
poważnej odpowiedzi, a nie formułki.

Beata Lewandowska"""),
("pl", "b49-trap-lodzi-luzna-deska", "Wojciech Kamiński <wojciech.kaminski@example.pl>", "Wejście na łódź", "general", "high",
"""Dzień dobry,

byłem w czwartek na porannym rejsie z Władysławowa. Trap, po którym
wchodzi się na łódź z Waszego pomostu, nie ma poręczy z jednej strony,
a jedna z desek jest luźna i przechyla się pod nogą. Starszy pan
przede mną prawie wpadł do wody między łódź a nabrzeże, złapałem go w
ostatniej chwili. Załoga powiedziała, że „tak jest od zawsze”.

Zanim ktoś tam naprawdę wpadnie – proszę to naprawić.

Wojciech Kamiński"""),
("pl", "b49-zmiana-nazwiska-slub", "Aleksandra Wieczorek <ola.wieczorek@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Kurek na Wieczorek.
Proszę o zmianę w moim koncie klubowym i na karcie członkowskiej.
E-mail bez zmian. Dziękuję, Aleksandra Wieczorek"""),
("pl", "b49-rodo-usuniecie-newsletter", "Marcin Pietrzak <marcin.pietrzak@example.pl>", "RODO", "general", "",
"""Dzien dobry,
na podstawie art. 17 RODO prosze o usuniecie moich danych osobowych,
w tym pomiarow i zdjec z bike fitu z 2022 r., oraz wypisanie mnie z
newslettera. Prosze o potwierdzenie.
Marcin Pietrzak"""),
("pl", "b49-sponsoring-zawody-wedkarskie-mlodziez", "Koło PZW nr 12 <kolo12@pzw-kolo.example>", "Zawody dla dzieci", "general", "",
"""Dzień dobry,

nasze koło organizuje 1 czerwca zawody spławikowe dla dzieci i
młodzieży na stawie w Zalesiu, zwykle przychodzi około 60 dzieci.
Czy byliby Państwo zainteresowani ufundowaniem kilku nagród (wędki,
zestawy spławików)? Umieścimy logo na dyplomach i banerze przy
stawie.

Z wędkarskim pozdrowieniem,
Stanisław Jasiński
prezes koła"""),
("pl", "b49-jaka-dlugosc-nart-dziecko", "Dorota Majewska <dorota.majewska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, syn ma 8 lat, 128 cm wzrostu i jeździ drugi sezon.
Jakiej długości narty dla niego? Czy lepiej kupić trochę dłuższe na
zapas, czy to bez sensu?"""),
("pl", "b49-dostawa-paczkomat-sasiad", "Jacek Rutkowski <jacek.rutkowski@example.pl>", "Dostawa", "general", "",
"""Dzien dobry, torba golfowa nie zmiesci sie do paczkomatu, a w
czwartek jestem w pracy. Prosze, zeby kurier zostawil ja u sasiada pod
nr 5 (pan Lech) albo zadzwonil godzine przed. Zamowienie 55233."""),
("pl", "b49-pies-asystujacy-zwiedzanie", "Anna Borkowska <anna.borkowska@example.pl>", "Pytanie o zwiedzanie", "general", "",
"""Dzień dobry,

jestem osobą niewidomą i poruszam się z psem asystującym. Czy mogę
wziąć udział w zwiedzaniu stadionu razem z psem? Czy trasa ma dużo
schodów i czy jest możliwość zwiedzania z przewodnikiem w mniejszej
grupie?

Anna Borkowska"""),
("pl", "b49-dzien-otwarty-golf-dzieci", "Przemysław Duda <przemek.duda@example.pl>", "Dzień otwarty", "general", "",
"""Cześć, widziałem plakat o dniu otwartym golfa dla dzieci 8 czerwca.
Trzeba się wcześniej zapisać? Mam bliźniaki, 7 lat, nigdy nie miały
kija w ręku. Czy kije będą na miejscu?"""),
("pl", "b49-re-dziekujemy-kapitan-rysiek", "Leszek Wojtczak <leszek.wojtczak@example.pl>", "Re: Potwierdzenie rezerwacji", "general", "",
"""Dzien dobry, krotko – rejs byl rewelacyjny! Kapitan Rysiek i
bosman to zloci ludzie, synowie zlowili po kilka dorszy i do dzis
opowiadaja. Za rok znowu. Pozdrawiamy, Leszek z chlopakami

> Potwierdzamy rezerwację rejsu wędkarskiego:
> sobota 6.07, wypłynięcie 5:00, port Hel, 3 osoby.
> Prosimy o przybycie 20 minut wcześniej."""),
]
