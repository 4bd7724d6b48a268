# batch108.py -- labelled mails held out of the tree until the rules it
# measures are final: written apart from the rules and the learned model,
# and kept out of gen.py so that nothing is tuned or trained on them.
# Drawn mostly from pet businesses -- pet insurance, dog groomers, dog
# trainers, kennels and catteries, aquarium shops, riding stables, pet
# food subscriptions.  The failure classes in new situations: escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, paid plans ended or paused in unusual wording, business outages
# told only by their consequences, safety hazards told calmly, praise and
# thanks, payment questions, Greeklish, Polish without diacritics, Spanish
# without accents -- and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b108-en-renewal-premium-jump", "Fiona Gallagher <fiona.gallagher@example.co.uk>", "Renewal for Biscuit", "billing", "",
"""Hello,

Biscuit's renewal letter came this morning and the monthly premium has
gone from 23.80 to 41.15. She hasn't had a single claim this year and
she's only six. Could someone explain what's changed? If there's a
cheaper level of cover that would still include dental I'd like to know
about it before the 1st.

Thanks,
Fiona Gallagher
Policy PW-448210"""),
("en", "b108-en-bramble-no-one-to-cover", "Margaret Ellison <m.ellison@example.co.uk>", "Bramble", "billing", "",
"""Dear Sirs,

I am sorry to tell you that Bramble, my old tabby, died peacefully in her
basket last Tuesday. She was seventeen. So there is nobody left for the
policy to look after now, and I would be grateful if you could see that
no more money is taken from my account after this month.

Thank you for all the help with her kidney tablets over the years.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b108-en-kibble-cant-follow-us", "Ravi Menon <ravi.menon@example.com>", "Moving", "billing", "",
"""Hi team,

We're relocating to Dubai at the end of June and unfortunately the
kibble boxes won't be able to follow us - I checked and you don't ship
there. Could you make sure the 14 June box is the last one and nothing
gets charged after that? Loki says thanks for two years of very good
dinners.

Ravi"""),
("en", "b108-en-kennel-deposit-funeral", "Siobhan Keane <siobhan.keane@example.ie>", "Booking 20-27 July", "billing", "",
"""Hi there,

We had Murphy booked in with you from the 20th to the 27th of July, with
a 60 euro deposit paid. My father-in-law passed away and the trip to
Lanzarote is off, so we won't need the kennel after all. Is the deposit
refundable, or can it be held for a booking later in the year?

Many thanks,
Siobhan"""),
("en", "b108-en-hello-groom-twice", "Dale Hutchins <dale.hutchins@example.co.uk>", "Hello", "billing", "",
"""hiya, had the dog in for a full groom on saturday, 45 quid, paid on
the card machine. Banking app shows 45 twice from you same time. Can one
be sent back please. ta, Dale"""),
("en", "b108-en-riding-voucher-expired", "Charlotte Fenwick <charlotte.fenwick@example.co.uk>", "Gift voucher", "billing", "",
"""Good afternoon,

My daughter was given a voucher for a block of four riding lessons at
Christmas (voucher number HV-0931, 140.00). She broke her wrist in
January and has only just been signed off, and I've now noticed the
voucher ran out on 31 March. Would you be able to extend it by a couple
of months? She's desperate to get on a pony.

Kind regards,
Charlotte Fenwick"""),
("en", "b108-en-filter-swap-bigger", "Brett Kowalski <brett.kowalski@example.com.au>", "Wrong size filter", "billing", "",
"""G'day,

I ordered the 1200L/h canister filter (order AQ-77190, $219) but my tank
is actually 300 litres so I need the 1800 one. The box hasn't been
opened. Can I swap it and just pay the difference, or do I have to send
it back for a refund and order again?

Cheers,
Brett"""),
("en", "b108-en-excess-taken-twice", "Anjali Verma <anjali.verma@example.in>", "Regarding claim settlement", "billing", "",
"""Dear Sir/Madam,

This is regarding claim no. CL-20931 for my dog Bruno's skin treatment.
The vet bill was Rs 18,400 and the settlement I received is Rs 13,400.
As per my understanding the excess of Rs 2,500 should be deducted only
once per condition, but it looks like it has been deducted two times, once
for each visit. Kindly check and do the needful.

Thanks and regards,
Anjali Verma
Pune"""),
("en", "b108-en-puppy-course-three-payments", "Kayla Brooks <kayla.brooks@example.com>", "puppy kindergarten", "billing", "",
"""Hi! We just brought home a golden retriever puppy (Waffles, 10 weeks)
and want to sign up for the 8-week puppy kindergarten. It's $240 - is
there any way to split it into 3 payments? Money's a little tight after
the breeder fee lol. Thanks!!"""),
("en", "b108-en-re-invoice-vat-guard-dogs", "Accounts <accounts@northgate-security.example>", "Re: Boarding - Northgate Security dogs", "billing", "",
"""Hi Jenny,

Thanks for looking after the three of them over the refit. Before we can
pay the 1,260.00 our finance team need a proper VAT invoice made out to
Northgate Security Ltd with our VAT number (GB 123 4567 89) on it - the
receipt you emailed is just in the handler's name.

Regards,
Paul Whitfield
Accounts, Northgate Security Ltd

On Fri, 3 May 2024 at 17:20, Jenny <bookings@oakfield-kennels.example> wrote:
> Hi Paul,
>
> Rex, Kaiser and Nova are all booked in 6-17 May, block B as usual.
> Total 1,260.00 for the three, receipt attached.
>
> Jenny, Oakfield Kennels"""),
("en", "b108-en-cruciate-claim-ombudsman", "Gareth Pryce <gareth.pryce@example.co.uk>", "Claim CL-55102 - final response", "billing", "high",
"""Dear Claims Team,

You have declined my claim for 3,812.40 for Tess's cruciate ligament
surgery on the grounds that it is "pre-existing". The only thing in her
history before the policy started is a note from a puppy check saying
she was "slightly lame after play" for a day, at 14 weeks old. Her vet
has written to you to say the two things are unrelated.

Please treat this email as a formal complaint. If I do not receive a
final response that pays the claim within eight weeks, I will refer the
matter to the Financial Ombudsman Service.

Gareth Pryce"""),
("en", "b108-en-food-box-still-billed-bank", "Tamara Jenkins <tamara.jenkins@example.com>", "Cancelled in March", "billing", "high",
"""I cancelled the cat food subscription on March 9 - I have the
confirmation email - and you have since billed my card $58.90 on April 2
and again on May 2. No boxes arrived, so I don't even have food to send
back.

I want both charges refunded. If I don't see them back by Friday I'm
filing a dispute with my credit card company for both.

Tamara Jenkins
Columbus, OH"""),
("en", "b108-en-livery-full-month-above", "Nicole Harding <nicole.harding@example.com.au>", "Livery fees May", "billing", "high",
"""Hi,

Dusty left the yard on the 9th of May - I gave the four weeks' notice
in writing on the 8th of April like the agreement says. I've now been
invoiced the full month of May, $780, instead of nine days.

I've raised this twice with the girl in the office and been told "the
owner decides". Fine, then I want to speak to the owner or whoever is
above the office. Please have them phone me this week: 0412 555 019.

Nicole Harding"""),
("en", "b108-en-cattery-refurb-small-claims", "Howard Birch <howard.birch@example.co.uk>", "Deposit - Whiskers Lodge", "billing", "high",
"""Dear Ms Carlisle,

I paid a deposit of 150.00 on 12 February to board our two cats from 1
to 15 August. On 3 June you told me the cattery would be closed in
August for refurbishment and cancelled the booking. You have since
refused to return the deposit, saying it is "non-refundable".

It was you who cancelled. Unless the 150.00 is returned within 14 days
of this email I will start a claim in the small claims court without
further notice.

Howard Birch"""),
("en", "b108-en-not-billing-login-loop", "Sean O'Driscoll <sean.odriscoll@example.ie>", "Account", "technical", "",
"""Hi,

Just to be clear this isn't about my bill or my premium, the direct debit
is fine. It's the app. Since I reset my password on Sunday it takes the
new password, says "Welcome back Sean" for a second and then throws me
back to the login screen. Round and round. Same on the website on the
laptop. I need to get into it to send you the vet receipt for Molly's ear.

Sean"""),
("en", "b108-en-feeder-skips-breakfast", "Brianna Cole <brianna.cole@example.com>", "feeder", "technical", "",
"""Hey, the smart feeder has skipped the 7am meal three days in a row. The
6pm one works every time. The app shows the 7am schedule as "completed"
but the bowl is empty and my cat is yelling at me. It's on wall power
with backup batteries in. Any ideas?"""),
("en", "b108-en-canister-rattle-no-refund", "Alan Pritchard <alan.pritchard@example.co.uk>", "Canister filter", "technical", "",
"""Hello,

I'm not after a refund or a replacement, I'd just like some advice.

The canister filter I bought in February has developed a loud rattle and
the outflow is about half what it was. I've cleaned the sponges, the
pipes and the impeller well. The impeller shaft looks fine to me but I
don't know what a worn one looks like. Is there anything else that would
cause this?

Regards,
Alan Pritchard"""),
("en", "b108-en-gps-collar-stuck-location", "Mel Dawson <mel.dawson@example.com.au>", "Tracker", "technical", "",
"""Hi guys

Ziggy's GPS collar has been showing him at the same spot on the map
(the dog park in Fremantle) since Tuesday arvo, even though he's been
home on the couch the whole time. Battery says 80%. I've restarted the
collar and reinstalled the app. The live tracking button just spins.

Mel"""),
("en", "b108-en-booking-vaccination-upload", "Harriet Moss <harriet.moss@example.co.uk>", "Booking 55120", "technical", "",
"""Hi,

I'm trying to finish booking 55120 (Pepper, 2-9 Sept) but the
vaccination certificate upload says "Unsupported file" every time. It's
a PDF from the vet, 400 KB. I've also tried a photo of it as a JPG.
Same message. Without it the booking won't confirm.

Harriet"""),
("en", "b108-en-water-fountain-pump-dead", "Orla Brennan <orla.brennan@example.ie>", "cat fountain", "technical", "",
"""hi, the cat water fountain stopped working after about 3 weeks. the
light comes on but the pump doesnt turn at all, no hum even. ive taken it
apart and cleaned it the way the leaflet shows. the cats are back
drinking out of the toilet lol. thanks Orla"""),
("en", "b108-en-re-cat-flap-still-not-reading", "Ian Mackay <ian.mackay@example.co.uk>", "Re: Microchip cat flap - ticket 31876", "technical", "",
"""Hi Becky,

I did the reset as you described - held the button until the light went
off, then put Pickle's chip in learn mode. The flap beeped and learned
him. He can go out fine but it still won't let him back in, so he sits
on the step crying until I open the door. Our other cat comes and goes
with no problem.

Ian

On 21 May 2024, at 10:02, Becky (Customer Care) <care@example-petdoors.co.uk> wrote:
> Hi Ian,
>
> Sorry to hear Pickle is locked out! Please clear the memory by holding
> the learn button for 10 seconds until the green light goes off, then
> put the flap into learn mode and let him walk through.
>
> Kind regards, Becky"""),
("en", "b108-en-reset-email-never-arrives", "Prakash Iyer <prakash.iyer@example.in>", "Unable to login", "technical", "",
"""Hello team,

I am unable to login to my account for the pet food orders. I clicked on
"forgot password" 4 times since yesterday but no mail is coming, I have
checked spam folder also. My registered mail id is this one only.
Please resolve at the earliest.

Regards
Prakash Iyer"""),
("en", "b108-en-heat-lamp-holder-scorched", "Jonathan Reeves <jonathan.reeves@example.co.uk>", "Ceramic heat lamp fitting", "technical", "high",
"""Hello,

I'd like to report a problem with the ceramic lamp holder I bought for my
bearded dragon's vivarium (order 40771). This evening I noticed a
burning smell, and when I switched it off at the plug the plastic collar
around the holder was brown and had started to go soft on one side. The
bulb is the 100W one you recommended with it.

I've left it unplugged and moved Spike into a spare tub for now. Please
let me know what you'd like me to do with the fitting.

Jonathan Reeves"""),
("en", "b108-en-tank-water-tingle", "Deborah Lang <deborah.lang@example.com>", "Aquarium heater", "technical", "high",
"""Hi,

When I put my hand in the tank this morning to move a plant I felt a
tingle up my arm, like a mild electric shock. I looked and the glass
tube of the heater has a crack along it near the top. I've pulled the
plug on everything at the wall. The heater is the 150W one from you,
about four months old.

Is it safe to put a different heater in, or should I have someone check
the rest of the setup first?

Deborah"""),
("en", "b108-en-grooming-salon-diary-blank", "Pawfection Grooming <hello@pawfection-grooming.example>", "can't see anything", "technical", "high",
"""Hi

We've got three dogs in the bath right now and no idea who's booked in
after them. The diary page just says "No appointments" for today and
the rest of the week. Clients are turning up at the door and we're
having to ask them what time they think they booked. Two have gone home.
We can't take card payments through it either so it's cash only.

Please ring Leanne on 01632 960 238 as soon as you can.

Leanne Marsh
Pawfection Grooming, Harrogate"""),
("en", "b108-en-reef-controller-senior", "Daniel Okafor <daniel.okafor@example.co.uk>", "Reef controller - third failure", "technical", "high",
"""To whoever handles complaints,

This is the third time the aquarium controller has failed. It reboots
every few hours, and each time it comes back the return pump and the
heaters stay off until I notice. Last night's restart lost me two
colonies of acropora. It went back for repair in January and in March,
and both times came back "tested OK".

I don't want another ticket number. I want this escalated to someone
senior who can authorise a replacement unit.

Daniel Okafor"""),
("en", "b108-en-question-every-slot-unavailable", "Ruth Hennessy <ruth.hennessy@example.ie>", "Question", "technical", "",
"""Hi, I'm trying to book a lesson for Saturday on your booking app and
every single time slot says "unavailable" even the ones showing green.
Same all week. My friend says she can book fine on her phone. Is it my
phone? It's an older iPhone. Thanks, Ruth"""),
("en", "b108-en-thanks-nervous-rescue", "Lucy Whitmore <lucy.whitmore@example.co.uk>", "Thank you Hayley!", "general", "",
"""Hello,

I just wanted to say thank you to Hayley, who groomed Otis on Thursday.
He's a rescue greyhound and terrified of clippers, and the last place
had to muzzle him. Hayley sat on the floor with him for twenty minutes
before she even started and did him in short bursts. He came out
looking beautiful and actually wagging.

We'll be back in six weeks!

Lucy"""),
("en", "b108-en-urgent-easter-collection", "Keith Barlow <keith.barlow@example.co.uk>", "URGENT - Easter Monday", "general", "",
"""URGENT - can we collect Bonnie on Easter Monday or are you closed? Our
flight lands at 10am. If you're closed what time can we come on the
Tuesday?
Keith Barlow"""),
("en", "b108-en-left-blanket-cattery", "Gemma Rowlands <gemma.rowlands@example.co.uk>", "Fleece", "general", "",
"""Hi, we picked up Mabel yesterday and I think we left her grey fleece
blanket with the paw prints behind in her pen. It's the only thing she
sleeps on. Could you put it aside? I can pop in on Saturday morning.
Thanks, Gemma"""),
("en", "b108-en-food-boxes-garage", "Troy Nguyen <troy.nguyen@example.com.au>", "deliveries", "general", "",
"""Hi, can you tell the driver to leave the dog food boxes in the garage
from now on instead of the front porch? Last one got soaked in the storm.
Side gate code is 4471, garage door will be up on delivery days.
Cheers Troy"""),
("en", "b108-en-married-new-name-policy", "Emily Stratton <emily.stratton@example.co.uk>", "Change of name", "general", "",
"""Hello,

I got married last month and would like my policy for Nala updated to my
married name, Emily Stratton (previously Emily Haworth). The email
address and bank details stay the same. Do you need a copy of the
marriage certificate?

Many thanks,
Emily"""),
("en", "b108-en-subject-access-request", "Thomas Greaves <thomas.greaves@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including call recordings and notes made on my account, in
relation to policy PW-301177 (dog: Jasper). Please send this to me in
electronic form.

Yours sincerely,
Thomas Greaves
12 Orchard Rise, Ludlow SY8 1XX"""),
("en", "b108-en-fun-dog-show-sponsor", "Chris Dunmore <chris@barnsleyfundogshow.example>", "Fun dog show - sponsorship", "general", "",
"""Hi,

We're running the Barnsley Fun Dog Show on 7 September in aid of the
local rescue, classes like waggiest tail and best veteran. We're looking
for a business to sponsor a class - a small prize for the rosette winner
and your name on the programme and banner. Would you be interested?

Best wishes,
Chris Dunmore
Show Secretary"""),
("en", "b108-en-puppy-before-second-jab", "Megan Alvarez <megan.alvarez@example.com>", "puppy class", "general", "",
"""Hi there, our vet says Pippa can't go on the ground in public till a
week after her second shot (that's July 20). Can she still start your
puppy class on the 13th if we carry her in, or do we wait for the next
session? Thanks! Megan"""),
("en", "b108-en-spaniel-went-nuclear", "Declan Moriarty <declan.moriarty@example.ie>", "Miracle worker", "general", "",
"""Hi,

Just a note to say your trainer Aoife is a miracle worker. Six weeks ago
our springer would go absolutely nuclear every time the postman came
near the gate - the whole road knew about it. This morning he sat at the
window and watched him go by. My wife nearly cried.

Thanks a million,
Declan"""),
("en", "b108-en-six-year-old-ride", "Niamh Doherty <niamh.doherty@example.ie>", "Lessons for a small one", "general", "",
"""Hello, what's the youngest age you take for lessons? Our Ciara is six
and is obsessed with ponies. Would she need her own hat and boots or do
you lend them? We're in Naas so not far from you.
Niamh"""),
("en", "b108-en-tank-maintenance-visits", "Sunil Chopra <sunil.chopra@example.co.uk>", "Maintenance visits", "general", "",
"""Hello,

Do you offer regular tank maintenance visits in the Leeds area? We've
got a 400 litre tropical tank in the waiting room at our dental
practice and none of us really know what we're doing with it. Roughly
monthly would be ideal.

Sunil Chopra
Practice Manager, Kirkstall Dental"""),
("en", "b108-en-glass-by-pony-paddock", "Rebecca Thorne <rebecca.thorne@example.co.uk>", "Pony club rally area", "general", "high",
"""Hello,

At the pony club rally on Sunday there was broken glass - what looked
like a smashed bottle - in the grass by the gate to the small paddock,
right where the children lead the ponies through and sit for their
lunch. I picked up what I could see but there's more in the long grass.
One little girl cut her hand on a piece.

Please could someone clear that area properly before the next rally.

Rebecca Thorne"""),
("en", "b108-en-groomer-yanked-dog-manager", "Sandra Whitlock <sandra.whitlock@example.co.uk>", "How my dog was treated on Friday", "general", "high",
"""On Friday I arrived ten minutes early to collect Teddy and through the
window I saw your groomer, a young man with a beard, shouting at him and
yanking him up onto the table by his lead. When I went in he was
perfectly polite to me, as if nothing had happened. Teddy is eleven and
has arthritis.

I don't want an apology from the groomer. I want the owner or manager
of the salon to phone me and tell me what they are going to do about it.
07700 900 614.

Sandra Whitlock"""),
]
M += [
# ---------------- Greek ----------------
("el", "b108-el-syndromi-trofis-o-reks-efyge", "Αγλαΐα Σταματοπούλου <aglaia.stamat@example.gr>", "Συνδρομή τροφής", "billing", "",
"""Καλημέρα σας,

Ο Ρεξ μας έφυγε την περασμένη Κυριακή, στα δεκατέσσερά του. Δεν θα
χρειαστούμε πια τη μηνιαία τροφή, οπότε σας παρακαλώ να μη σταλεί το
κιβώτιο του Ιουνίου και να μη γίνει άλλη χρέωση στην κάρτα.

Σας ευχαριστούμε για όλα αυτά τα χρόνια.
Αγλαΐα"""),
("el", "b108-el-gl-diplh-xrewsh-koureio", "Manolis Kiriakidis <manolis.kyr@example.gr>", "Geia sas", "billing", "",
"""kalhmera, to Savvato eixa ferei th Lola gia mpanio kai kourema, 35e,
plhrwsa me karta sto POS. Sthn efarmogh ths trapezas vlepw 2 xrewseis
35e thn idia wra. Mporeite na mou epistrepsete th mia? Eyxaristw
Manolhs"""),
("el", "b108-el-xenodoxeio-skylon-ypoloipo-metrita", "Πηνελόπη Ζαχαρίου <penelope.zach@example.gr>", "Κράτηση Αυγούστου", "billing", "",
"""Καλησπέρα,

Έχουμε κλείσει για τον Άρη από 5 έως 20 Αυγούστου και έχουμε ήδη
καταθέσει προκαταβολή 100€. Το υπόλοιπο μπορούμε να το εξοφλήσουμε με
μετρητά όταν τον φέρουμε, ή πρέπει να γίνει με κατάθεση πριν;

Ευχαριστώ,
Πηνελόπη Ζαχαρίου"""),
("el", "b108-el-apodeixi-asfalistrou-eforia", "Σπυρος Λαμπρακης <spyros.lamprakis@example.gr>", "Αποδειξη", "billing", "",
"""Καλημερα,
Θα ηθελα μια αποδειξη για το ετησιο ασφαλιστρο της σκυλιτσας μου (190
ευρω, πληρωμη 3/2). Ο λογιστης μου τη ζητησε για την εφορια. Το
συμβολαιο ειναι στο ονομα μου, Σπυρος Λαμπρακης, ΑΦΜ 123456789.
Ευχαριστω"""),
("el", "b108-el-gl-paketo-ippasias-doseis", "Dimitra Vlachou <dimitra.vlachou@example.gr>", "paketo 10 mathimatwn", "billing", "",
"""Geia sas! 8elw na grapsw thn kori mou sto paketo twn 10 mathimatwn
ippasias (250e). Ginetai na to plhrwsw se dyo doseis, 125 twra kai 125
ton allo mhna? Ki an nai, dexeste iris h mono metrhta?
Dhmhtra"""),
("el", "b108-el-allagi-enydreiou-megalytero", "Στέλιος Καραγιάννης <stelios.karag@example.gr>", "Παραγγελία ενυδρείου 60 λίτρων", "billing", "",
"""Καλησπέρα σας,

Παρέλαβα χθες το ενυδρείο των 60 λίτρων (παραγγελία 31884, 89€), αλλά
τελικά η βάση που έχω σηκώνει το 100λιτρο και θα ήθελα αυτό. Είναι
σφραγισμένο στο κουτί του. Γίνεται αλλαγή με πληρωμή της διαφοράς, και
ποιος πληρώνει το μεταφορικό;

Στέλιος"""),
("el", "b108-el-kwdikos-ekptwsis-ekpaideusi", "Ιφιγένεια Ρήγα <ifigeneia.riga@example.gr>", "Κωδικός έκπτωσης", "billing", "",
"""Γεια σας,

Από το φυλλάδιο του pet shop πήρα τον κωδικό ΚΟΥΤΑΒΙ15 για 15% στα
μαθήματα εκπαίδευσης κουταβιών. Τον έβαλα αλλά πλήρωσα τα 180€
ολόκληρα, η έκπτωση δεν αφαιρέθηκε. Μπορείτε να μου επιστρέψετε τη
διαφορά;

Ιφιγένεια"""),
("el", "b108-el-gl-pagwste-to-xwrio", "Thanasis Georgiou <thanasis.g@example.gr>", "trofh", "billing", "",
"""Kalhspera,
fevgoume gia to xwrio apo 1 Iouliou ws telh Augoustou kai o Mpobos
erxetai mazi, ekei trwei apo to maxairadiko tou pappou :) Mporeite na
pagwsete th syndromh gia aytous tous dyo mhnes na mhn erxontai kouta
kai na mhn xrewnomai? Ton Septemvrio synexizoume kanonika.
Thanashs"""),
("el", "b108-el-re-prosfora-dyo-gates-ekptosi", "Αλεξάνδρα Ντόκου <alex.ntokou@example.gr>", "Re: Διαμονή για δύο γάτες 10-22/8", "billing", "",
"""Καλησπέρα κυρία Μαίρη,

Ευχαριστώ για την άμεση απάντηση. Αφού μένουν μαζί στο ίδιο δωμάτιο,
κάνετε κάποια έκπτωση για τη δεύτερη γάτα; Και η προκαταβολή μπορεί να
γίνει με IRIS στο κινητό;

Αλεξάνδρα

Στις Τετ, 12 Ιουν 2024 στις 6:40 μ.μ., ο/η Mary's Cat Hotel <info@marys-cathotel.example> έγραψε:
> Καλησπέρα σας,
>
> Για τη Μίνα και τον Φίλιππο από 10 έως 22 Αυγούστου το κόστος είναι
> 12 διανυκτερεύσεις x 14€ x 2 = 336€. Για να κρατηθεί το δωμάτιο
> χρειαζόμαστε προκαταβολή 30%.
>
> Με εκτίμηση, Μαίρη"""),
("el", "b108-el-apozimiosi-60-anti-80", "Κωνσταντίνα Μελά <k.mela@example.gr>", "Αποζημίωση 42117", "billing", "",
"""Καλημέρα,

Για την αφαίρεση του όγκου της Ζωής το κτηνιατρείο χρέωσε 620€. Το
πρόγραμμά μου καλύπτει 80%, άρα περίμενα 496€, αλλά στον λογαριασμό μου
μπήκαν 372€, δηλαδή 60%. Μήπως έγινε λάθος; Δεν βλέπω κάτι στην
επιστολή που να το εξηγεί.

Κωνσταντίνα Μελά"""),
("el", "b108-el-aporripsi-xeirourgeiou-synigoros", "Ηλίας Παπαδόγιαννης <ilias.papadog@example.gr>", "Απόρριψη αποζημίωσης - επίσημη διαμαρτυρία", "billing", "high",
"""Αξιότιμοι κύριοι,

Απορρίψατε το αίτημα αποζημίωσης για το χειρουργείο δυσπλασίας ισχίου
του σκύλου μου (2.950€) επικαλούμενοι "προϋπάρχουσα πάθηση". Όταν
συνάψαμε το συμβόλαιο ο σκύλος είχε περάσει πλήρη κτηνιατρικό έλεγχο,
τον οποίο σας είχα στείλει, και δεν αναφερόταν τίποτα σχετικό.

Αν δεν επανεξετάσετε την απόφαση και δεν καταβάλετε την αποζημίωση
εντός 15 ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στην
Τράπεζα της Ελλάδος ως εποπτική αρχή.

Ηλίας Παπαδόγιαννης"""),
("el", "b108-el-gl-3-meres-parapanw-ypeuthinos", "Christina Anagnostou <christina.anag@example.gr>", "logariasmos 3 meres parapanw", "billing", "high",
"""Ton Jack ton pirame thn Kyriakh 16/6 to prwi, opws eixame kleisei, kai
mou xrewsate mexri 19/6, dhladh 3 meres parapanw, 66e. Sto thlefwno h
kopela mou eipe oti "etsi to perase to systhma" kai oti den mporei na
kanei tipota.

8elw na milhsw me ton ypeuthyno h ton idiokthth tou ksenodoxeiou. Den
8a plhrwsw meres pou o skylos htan spiti mou.
Xristina 6944 000 219"""),
("el", "b108-el-xreosi-meta-tin-akyrosi-trapeza", "Νικολετα Σιμου <nikoleta.simou@example.gr>", "Χρεωση μετα την ακυρωση", "billing", "high",
"""Ακυρωσα τη συνδρομη τροφης για γατες στις 2 Απριλιου και εχω το email
επιβεβαιωσης. Παρολα αυτα η καρτα μου χρεωθηκε 42,90 στις 5 Μαιου και
ξανα 42,90 στις 5 Ιουνιου. Δεν ηρθε κανενα κουτι.

Αν μεχρι την Παρασκευη δεν εχουν επιστραφει και τα δυο ποσα, θα κανω
αμφισβητηση των χρεωσεων στην τραπεζα μου.

Νικολετα Σιμου"""),
("el", "b108-el-kataskinosi-ippasias-dikigoros", "Γεώργιος Φωτόπουλος <georgios.fotop@example.gr>", "Καλοκαιρινή κατασκήνωση ιππασίας", "billing", "high",
"""Κύριοι,

Πληρώσαμε 540€ για την εβδομάδα κατασκήνωσης ιππασίας του γιου μας
(1-7 Ιουλίου). Τρεις μέρες πριν ξεκινήσει μας ενημερώσατε με ένα
μήνυμα ότι η κατασκήνωση ακυρώνεται λόγω έλλειψης εκπαιδευτών, και μας
προτείνετε "πίστωση για του χρόνου". Δεν τη δεχόμαστε.

Έχω ήδη δώσει την υπόθεση στον δικηγόρο μου. Αν τα 540€ δεν επιστραφούν
στον λογαριασμό μας μέσα σε δέκα ημέρες, θα κινηθούμε νομικά.

Γεώργιος Φωτόπουλος"""),
("el", "b108-el-gl-den-einai-ta-lefta-efarmogi", "Apostolis Drakos <apostolis.drakos@example.gr>", "aithsh apozhmiwshs", "technical", "",
"""Kalhmera,
den exw 8ema me to poso h me thn kalypsh, einai h efarmogh. Pataw
"nea aithsh", vazw th fwtografia ths apodeikshs tou ktiniatrou kai sto
teleytaio vhma vgazei "Kati phge strava, dokimaste ksana". To ekana 6
fores, kai apo to wifi kai apo ta dedomena. Ti allo na kanw?
Apostolhs"""),
("el", "b108-el-taistra-xanei-wifi", "Μυρτώ Αλεξίου <myrto.alexiou@example.gr>", "Αυτόματη ταΐστρα", "technical", "",
"""Γεια σας,

Η αυτόματη ταΐστρα που πήρα τον Μάρτιο χάνει τη σύνδεση με το Wi-Fi
κάθε δύο τρεις μέρες και μετά δεν μπορώ να την ελέγξω από την εφαρμογή
μέχρι να τη βγάλω από την πρίζα. Ο router είναι στο ίδιο δωμάτιο. Τα
προγραμματισμένα γεύματα πάντως τα ρίχνει κανονικά.

Μυρτώ"""),
("el", "b108-el-filtro-den-travaei-oxi-allagi", "Παντελής Χριστοδούλου <pantelis.christod@example.gr>", "Εξωτερικό φίλτρο", "technical", "",
"""Καλησπέρα,

Δεν ζητάω αλλαγή ούτε επιστροφή χρημάτων, θέλω μόνο να το φτιάξω.

Το εξωτερικό φίλτρο που πήρα από το κατάστημα της Καλαμαριάς πριν δύο
μήνες δεν τραβάει πια νερό μετά τον καθαρισμό. Η μηχανή βουίζει, αλλά
στο σωληνάκι εξόδου δεν βγαίνει τίποτα. Το γέμισα με νερό πριν το
ξεκινήσω, όπως λέει το εγχειρίδιο. Μήπως έχει μπει αέρας κάπου;

Παντελής"""),
("el", "b108-el-gl-gps-kolaro-mpataria", "Lefteris Mavros <lefteris.mavros@example.gr>", "kolaro gps", "technical", "",
"""geia, to kolaro gps ths Mpelas pleon krataei mia mera mono, eno sthn
arxh eftane mia evdomada. den exw allaksei tipota stis rythmiseis, to
live tracking einai kleisto. einai 5 mhnwn. ti paizei?"""),
("el", "b108-el-kratisi-den-oloklirwnetai", "Βαγγελης Τσουκαλας <v.tsoukalas@example.gr>", "Κρατηση", "technical", "",
"""Καλησπερα,
προσπαθω απο χθες να κλεισω διαμονη για τον σκυλο μου απο 25/7 και στο
τελευταιο βημα, μετα τα στοιχεια, βγαζει "Σφαλμα 500" και με γυρναει
στην αρχη. Δοκιμασα απο κινητο και υπολογιστη. Δεν ξερω αν εχει γινει
η κρατηση η οχι.
Βαγγελης"""),
("el", "b108-el-re-ammodoxeio-kanei-kyklous", "Ζωή Καλλέργη <zoi.kallergi@example.gr>", "Re: Αίτημα 20457 - αυτοκαθαριζόμενη τουαλέτα", "technical", "",
"""Καλησπέρα,

Έκανα τη βαθμονόμηση του αισθητήρα όπως μου γράψατε, με άδειο κάδο.
Δυστυχώς συνεχίζει: κάνει κύκλο καθαρισμού ενώ η γάτα είναι ακόμα μέσα
ή μόλις μπει, και η Σόφη έχει πια φοβηθεί και κάνει στο χαλί.

Ζωή

Στις Δευ, 17 Ιουν 2024 στις 10:15 π.μ., ο/η Εξυπηρέτηση <support@example-petsmart.gr> έγραψε:
> Καλημέρα σας,
>
> Παρακαλούμε αδειάστε εντελώς τον κάδο και κρατήστε πατημένο το κουμπί
> Reset για 5 δευτερόλεπτα ώστε να βαθμονομηθεί ξανά ο αισθητήρας βάρους.
>
> Με εκτίμηση, Κατερίνα"""),
("el", "b108-el-gl-den-mpainw-logariasmo", "Sofia Pappa <sofia.pappa@example.gr>", "logariasmos", "technical", "",
"""Kalhspera den mporw na mpw ston logariasmo mou sto site gia na dw tis
paraggelies ths trofhs. Leei la8os kwdikos kai otan pataw "ksexasa ton
kwdiko" leei oti to email den yparxei, enw pairnw kanonika ta email
sas gia tis paraggelies! Ti ginetai?"""),
("el", "b108-el-thermaino-stroma-kamena", "Θεοδώρα Λιάπη <theodora.liapi@example.gr>", "Θερμαινόμενο στρωματάκι", "technical", "high",
"""Καλημέρα σας,

Χρησιμοποιούμε το θερμαινόμενο στρωματάκι για τη γάτα μας από τον
Νοέμβριο. Χθες το βράδυ μύρισε καμένο στο σαλόνι και όταν το σήκωσα
είδα μια καφέ καψαλισμένη κηλίδα στο ύφασμα, στο σημείο που μπαίνει το
καλώδιο, και το πλαστικό εκεί ήταν πολύ ζεστό. Το έβγαλα από την πρίζα
και δεν το ξαναχρησιμοποιούμε.

Πείτε μου πώς να σας το στείλω για έλεγχο.

Θεοδώρα Λιάπη"""),
("el", "b108-el-gl-fwtismos-enydreiou-spinthires", "Kostas Tzavaras <kostas.tzavaras@example.gr>", "fwtismos", "technical", "high",
"""Kalhspera,
to kapaki me to fwtismo LED tou enydreiou (apo sas, paraggelia 29931)
pnigike mallon apo ygrasia. Xthes to vrady otan to anapsa petaxe
spinthires apo to shmeio pou mpainei to kalwdio kai peftei h asfaleia
tou spitiou. To exw aposyndesei. To enydreio exei akoma ta psaria mesa,
ti na kanw me to fws?
Kwstas"""),
("el", "b108-el-koureio-skylon-sistima-rantevou", "Happy Paws Κομμωτήριο <info@happypaws-komm.example>", "Ραντεβού", "technical", "high",
"""Καλημέρα,

Από τις 9 το πρωί η εφαρμογή ραντεβού δεν φορτώνει τίποτα. Έχουμε δύο
κομμώτριες που περιμένουν χωρίς να ξέρουν ποιον έχουν, οι ιδιοκτήτες
έρχονται με τα σκυλιά και τους ρωτάμε εμείς τι ώρα είχαν κλείσει, και
δεν βλέπουμε καν τις σημειώσεις για αλλεργίες και για σκυλιά που
δαγκώνουν. Ήδη δύο ραντεβού έφυγαν. Δεν μπορούμε να κόψουμε ούτε
αποδείξεις από το σύστημα.

Πάρτε μας στο 2310 555 014, ζητήστε τη Ρένα.

Ρένα Καλπάκη
Happy Paws, Θεσσαλονίκη"""),
("el", "b108-el-potistres-stavlos-kafsonas", "Όμιλος Ιππασίας Πήγασος <info@pigasos-ippasia.example>", "Ποτίστρες στους στάβλους", "technical", "high",
"""Καλησπέρα σας,

Οι αυτόματες ποτίστρες που μας εγκαταστήσατε τον Μάιο στους δύο
στάβλους σταμάτησαν σήμερα το μεσημέρι να γεμίζουν. Η αντλία δουλεύει
αλλά νερό δεν φτάνει σε καμία ποτίστρα. Έχουμε 22 άλογα, 39 βαθμούς
έξω, και τα ποτίζουμε αυτή τη στιγμή με κουβάδες από το λάστιχο.

Χρειαζόμαστε τεχνικό σήμερα, όχι αύριο. Τηλ. 6977 000 531, Στάθης.

Στάθης Μιχαηλίδης
Όμιλος Ιππασίας Πήγασος"""),
("el", "b108-el-vinteo-mathimata-den-paizoun", "Ροδουλα Κοντου <rodoula.kontou@example.gr>", "Βιντεο μαθηματα", "technical", "",
"""Γεια σας, πληρωσα για τα online μαθηματα εκπαιδευσης και τα τρια
πρωτα βιντεο παιζουν κανονικα, απο το τεταρτο και μετα βγαινει μαυρη
οθονη με ενα κυκλακι που γυριζει. Το εχω δοκιμασει σε Chrome και στο
κινητο. Ευχαριστω"""),
("el", "b108-el-gl-kamera-meta-to-router", "Nektarios Bakas <nektarios.bakas@example.gr>", "pet camera", "technical", "",
"""Geia sas. Allaksa paroxo internet kai mou evalan kainourgio router.
Apo tote h kamera gia ton skylo den syndeetai. Sthn efarmogh leei
"offline". Ekana reset 2 fores kai akolou8hsa ta vhmata alla kollaei
sto 70% ths syndeshs. To kwdiko tou wifi ton vazw swsta.
Nektarios"""),
("el", "b108-el-efxaristo-komotria-fovitsiara", "Ευτυχία Μαυρίδου <eftychia.mavridou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τη Βάσω για το κούρεμα της Νούφης την Τετάρτη. Η
Νούφη είναι υιοθετημένη και τρέμει με τα ψαλίδια, σε άλλο κομμωτήριο
μας είχαν πει να μην την ξαναφέρουμε. Η Βάσω έκανε διαλείμματα, της
μιλούσε συνέχεια και στο τέλος η Νούφη έφυγε κουνώντας την ουρά!

Θα τα ξαναπούμε σε δύο μήνες.
Ευτυχία"""),
("el", "b108-el-gl-15-avgoustou-anoixta", "Marilena Sotiriou <marilena.sot@example.gr>", "15 Augoustou", "general", "",
"""Geia sas, eiste anoixta 15 Augoustou gia ippasia h kleinete? Ki an
eiste anoixta ti wres? 8a eimaste sto Porto Rafti me ta paidia.
Marilena"""),
("el", "b108-el-xechasame-to-paixnidi", "Αντιγόνη Πετροπούλου <antigoni.petrop@example.gr>", "Το ποντικάκι της Κανέλας", "general", "",
"""Καλημέρα! Παραλάβαμε χθες την Κανέλα από το ξενοδοχείο και νομίζουμε
ότι ξεχάσαμε στο δωμάτιό της το πράσινο υφασμάτινο ποντικάκι της με
το κουδουνάκι. Δεν κοιμάται χωρίς αυτό. Μπορείτε να το κρατήσετε;
Περνάμε το Σάββατο.

Αντιγόνη"""),
("el", "b108-el-paradosi-ston-thyrwro", "Χαραλαμπος Νικολαου <ch.nikolaou@example.gr>", "Παραδοσεις", "general", "",
"""Καλημερα, απο την επομενη παραδοση και μετα παρακαλω αφηνετε τα σακια
με την τροφη στον θυρωρο της πολυκατοικιας (κ. Γιαννης, ισογειο),
γιατι δουλευω πρωι και ο κουριερ τα παιρνει πισω. Ευχαριστω."""),
("el", "b108-el-neo-kinito-email-symvolaio", "Δέσποινα Αθανασίου <despoina.athanasiou@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα σας,

Παρακαλώ ενημερώστε τα στοιχεία επικοινωνίας στο συμβόλαιο του γάτου
μου (αρ. ΑΣΚ-30912): νέο κινητό 6945 000 118 και νέο email
despoina.ath@example.gr. Η διεύθυνση παραμένει η ίδια.

Με εκτίμηση,
Δέσποινα Αθανασίου"""),
("el", "b108-el-gl-diagrafh-dedomenwn", "Panos Kyrou <panos.kyrou@example.gr>", "diagrafh stoixeiwn", "general", "",
"""Kalhmera,
eixa logariasmo sto eshop sas mexri pernsi, ton exw kleisei edw kai
kairo. Synexizw omws na pairnw newsletter kai sms prosforwn. Symfwna
me ton GDPR zhtaw na diagrapsete ola ta prosopika mou stoixeia kai na
mou epivevaiwsete oti egine.
Panagiwths Kyrou"""),
("el", "b108-el-xorigia-imera-yiothesias", "Φιλοζωική Ένωση Βόλου <info@filozoiki-volou.example>", "Ημέρα υιοθεσίας - χορηγία", "general", "",
"""Αγαπητοί φίλοι,

Στις 29 Σεπτεμβρίου διοργανώνουμε ημέρα υιοθεσίας στην παραλία του
Βόλου, με περίπου 40 σκυλιά από το καταφύγιο. Θα θέλατε να στηρίξετε
την εκδήλωση ως χορηγός, π.χ. με τροφή για τα κουτάβια ή με δώρα για
τις νέες οικογένειες; Το λογότυπό σας θα μπει στην αφίσα και στις
αναρτήσεις μας.

Με εκτίμηση,
Ευδοκία Ράπτη
για το Δ.Σ."""),
("el", "b108-el-gl-ekpaideutis-spiti-thessaloniki", "Babis Tsakiris <babis.tsakiris@example.gr>", "ekpaideush sto spiti", "general", "",
"""Geia sas, o ekpaideuths sas erxetai kai spiti h mono sto gipedo? Menoume
sthn Kalamaria kai o skylos einai 2 xronwn, travaei poly sto loyri. Se
poies meres ginontai ta mathimata?
Mpampis"""),
("el", "b108-el-epeigon-neon-tetra", "Ορέστης Κουμπής <orestis.koumpis@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""Καλησπέρα, έχετε neon tetra στο κατάστημα της Λάρισας; Θέλω καμιά
δεκαριά για το καινούριο ενυδρείο του γιου μου, που του έχει γίνει
εμμονή, μιλάει μόνο γι' αυτό. Αν έχετε περνάω αύριο.
Ορέστης"""),
("el", "b108-el-gl-skylos-sthn-ekdhlwsh", "Rania Papathanasiou <rania.papath@example.gr>", "anoixth mera", "general", "",
"""Kalhmera! Eida sto Facebook oti kanete anoixth mera sto kentro
ippasias thn Kyriakh. Mporw na ferw kai ton skylo mou (labrador,
poly hremos) me louri h kalytera oxi logo twn alogwn?
Rania"""),
("el", "b108-el-spasmeno-tzami-katastima", "Σταυρούλα Δημάκη <stavroula.dimaki@example.gr>", "Σπασμένο γυαλί στο κατάστημα του Περιστερίου", "general", "high",
"""Καλησπέρα σας,

Σήμερα το απόγευμα στο κατάστημα ενυδρείων στο Περιστέρι, στον διάδρομο
με τα χρυσόψαρα, υπήρχαν κομμάτια γυαλί στο πάτωμα από ένα ράφι
βιτρίνας που είχε σπάσει, και γύρω τους νερά. Δεν υπήρχε καμία
σήμανση. Η κόρη μου, 5 χρονών, γλίστρησε και κόπηκε στην παλάμη. Οι
υπάλληλοι μας έδωσαν ένα χαρτί και συνέχισαν τη δουλειά τους.

Παρακαλώ να καθαριστεί σωστά ο χώρος και να μου πει κάποιος τι έγινε.

Σταυρούλα Δημάκη"""),
("el", "b108-el-agenis-ypallilos-diefthyntis", "Βασιλική Ρούσσου <vasiliki.roussou@example.gr>", "Συμπεριφορά υπαλλήλου στην υποδοχή", "general", "high",
"""Καλησπέρα,

Την Παρασκευή πήγα να παραλάβω τη γάτα μου από το ξενοδοχείο σας στη
Βάρη. Ο κύριος στην υποδοχή μου μίλησε απαράδεκτα επειδή άργησα δέκα
λεπτά, φώναζε μπροστά σε άλλους πελάτες και μου είπε να "πάω αλλού
την άλλη φορά".

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής ή ο ιδιοκτήτης της
επιχείρησης. Τηλέφωνο 6932 000 447.

Βασιλική Ρούσσου"""),
("el", "b108-el-apotomi-reception-xoris-klimakosi", "Ανδρέας Φραγκούλης <andreas.fragkoulis@example.gr>", "Παρατήρηση", "general", "",
"""Γεια σας,

Μια μικρή παρατήρηση, χωρίς να θέλω να δημιουργήσω θέμα: όταν πήρα
τηλέφωνο την Τρίτη για να ρωτήσω αν έχετε θέση για μαθήματα υπακοής, η
κοπέλα που σήκωσε ήταν αρκετά απότομη και μου έκλεισε σχεδόν το
τηλέφωνο. Ίσως ήταν φορτωμένη μέρα. Το αναφέρω απλώς για να το
ξέρετε.

Ανδρέας"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b108-es-prima-seguro-cobrada-dos-veces", "Nuria Castells <nuria.castells@example.es>", "Recibo de junio", "billing", "",
"""Hola, buenos días:

Este mes me han pasado dos veces el recibo del seguro de Thor, 18,90 €
el día 1 y otros 18,90 € el día 3. Póliza MSC-552018. ¿Me podéis
devolver uno de los dos?

Gracias,
Nuria"""),
("es", "b108-es-canelo-se-nos-fue", "Guadalupe Ortiz <lupita.ortiz@example.com.mx>", "Suscripcion croquetas", "billing", "",
"""Buenas tardes

Les escribo para avisarles que Canelo se nos fue el fin de semana, ya
estaba muy viejito. Ya no vamos a necesitar las croquetas, por favor ya
no me manden la bolsa del mes ni me cobren los 890 pesos a la tarjeta.

Gracias por todo, siempre llegaron puntuales.
Lupita Ortiz"""),
("es", "b108-es-peluqueria-cuotas-mercadopago", "Florencia Benítez <flor.benitez@example.com.ar>", "Consulta", "billing", "",
"""Hola! Quería saber si en la peluquería canina aceptan Mercado Pago o
transferencia, o solo efectivo. Y el pack de 4 baños de $38.000, ¿se
puede pagar en cuotas sin interés con tarjeta?
Gracias!! Flor"""),
("es", "b108-es-residencia-factura-autonomo", "Jordi Puigdomènech <jordi.puig@example.es>", "Factura estancia Kira", "billing", "",
"""Hola,

Soy autónomo y Kira es perra de trabajo (pastoreo), así que necesito
factura completa de la estancia del 3 al 10 de mayo (175 €) a mi
nombre, con NIF 12345678Z y dirección Carrer Major 14, 25001 Lleida.
El ticket que me disteis es simplificado.

Moltes gràcies,
Jordi"""),
("es", "b108-es-bono-adiestramiento-mudanza-medellin", "Andrés Felipe Restrepo <andres.restrepo@example.com.co>", "Bono de clases", "billing", "",
"""Buenas tardes,

Compré el bono de 8 clases de adiestramiento para Mateo (mi perro, no mi
hijo jaja) por $640.000 y solo hemos hecho 3. Me salió un trabajo en
Medellín y nos trasteamos en dos semanas, entonces no vamos a poder
terminar. ¿Me pueden devolver las 5 clases que quedan o qué opción hay?

Quedo atento,
Andrés Felipe Restrepo"""),
("es", "b108-es-bomba-cambio-sin-abrir", "Ignacio Merino <ignacio.merino@example.es>", "Cambio bomba", "billing", "",
"""Buenas,

Compré el viernes en la tienda de Valladolid una bomba de 2000 l/h para
el estanque y resulta que necesitaba la de 3500. Está sin abrir, con el
ticket. ¿Puedo cambiarla en tienda pagando la diferencia o tengo que
devolverla y comprar la otra?

Ignacio"""),
("es", "b108-es-pupilaje-caballo-cojo-pausar", "Valentina Soto <valentina.soto@example.cl>", "Tango", "billing", "",
"""Hola Cristián,

El veterinario dijo que Tango tiene que estar seis semanas en reposo por
la cojera de la mano izquierda, sin nada de trabajo. Te quería pedir si
se pueden congelar las clases del plan mensual ($120.000) mientras tanto,
y que solo me cobren el pupilaje normal. Cuando le den el alta volvemos
a lo de siempre.

Gracias, Vale"""),
("es", "b108-es-re-presupuesto-dos-gatos", "Irene Saavedra <irene.saavedra@example.es>", "Re: Presupuesto estancia gatos agosto", "billing", "",
"""Hola, Marta:

Gracias por el presupuesto. Como van a compartir habitación, ¿hacéis
algún descuento por el segundo gato? Y la señal, ¿se puede pagar por
Bizum?

Un saludo,
Irene

El mié, 5 jun 2024 a las 19:12, Hotel Felino Bigotes (<reservas@bigotes-hotelfelino.example>) escribió:
> Hola, Irene:
>
> Para Chispa y Nube del 1 al 15 de agosto serían 14 noches x 15 € x 2
> = 420 €. Para confirmar la reserva pedimos una señal del 30 %.
>
> Un saludo,
> Marta"""),
("es", "b108-es-reembolso-gastos-veterinario-cuando", "Héctor Ramírez <hector.ramirez@example.com.mx>", "Reclamación 88314", "billing", "",
"""Buen día,

Ya me aprobaron la reclamación 88314 por la cirugía de mi gata (me
llegó el correo hace 10 días diciendo "aprobada, monto $14,500 MXN")
pero todavía no veo el depósito en mi cuenta. ¿En cuántos días hábiles
lo hacen normalmente?

Saludos,
Héctor Ramírez"""),
("es", "b108-es-vale-regalo-bano-caducado", "Pilar Domínguez <pilar.dominguez@example.es>", "Vale regalo", "billing", "",
"""Hola! Mis hijos me regalaron por mi cumple un vale para baño y corte de
Lolo (45 €), y entre una cosa y otra se me ha pasado la fecha, caducó el
mes pasado. ¿Hay alguna posibilidad de usarlo todavía? Perdonad el
despiste.

Pilar"""),
("es", "b108-es-cirugia-denegada-dgsfp-abogado", "Fernando Aguirre <fernando.aguirre@example.es>", "Reclamación formal - siniestro 2024/1187", "billing", "high",
"""Muy señores míos:

Han rechazado el siniestro 2024/1187, por importe de 2.640 €, relativo a
la extirpación del bazo de mi perro Bruc, alegando que se trata de una
"enfermedad preexistente". No hay un solo dato en su historial, que
ustedes tienen desde la contratación, que lo justifique.

Les comunico que he trasladado el asunto a mi abogado y que, de no
recibir una respuesta satisfactoria en un plazo de quince días,
presentaremos reclamación ante el Servicio de Reclamaciones de la
Dirección General de Seguros.

Atentamente,
Fernando Aguirre Lasa"""),
("es", "b108-es-profeco-contracargo-croquetas", "Daniela Fuentes <daniela.fuentes@example.com.mx>", "me siguen cobrando", "billing", "high",
"""Cancele mi suscripcion el 3 de abril, tengo el correo de confirmacion,
y aun asi me cobraron $1,240 el 3 de mayo y otra vez el 3 de junio. No
me llego nada.

Quiero la devolucion de los dos cobros. Si no, voy a levantar una queja
en PROFECO y pedir el contracargo a mi banco.

Daniela Fuentes"""),
("es", "b108-es-guarderia-cobro-de-mas-encargado", "Martín Giménez <martin.gimenez@example.com.ar>", "Factura estadía de Ramón", "billing", "high",
"""Hola,

Retiré a Ramón el domingo a la mañana, como estaba reservado, y me
cobraron la estadía hasta el miércoles: tres días de más, $45.000. La
chica del mostrador me dijo que "el sistema lo cargó así" y que ella no
puede tocar nada.

Quiero hablar con el encargado o con el dueño, no con el mostrador otra
vez. Mi celular: 11 5555-0123.

Martín Giménez"""),
("es", "b108-es-campamento-hipica-consumo", "Beatriz Lozano <beatriz.lozano@example.es>", "Campamento hípico cancelado", "billing", "high",
"""Buenas tardes:

Pagamos 480 € por la semana de campamento hípico de nuestra hija del 8
al 12 de julio. Cuatro días antes nos avisasteis por WhatsApp de que se
cancelaba por falta de monitores y nos ofrecéis un "bono para el año que
viene", que no queremos.

Si en diez días no tenemos los 480 € devueltos, pondremos una
reclamación en la OMIC de nuestro ayuntamiento y en Consumo.

Beatriz Lozano"""),
("es", "b108-es-no-es-el-cobro-app-factura", "Óscar Navarro <oscar.navarro@example.es>", "App", "technical", "",
"""Hola:

No es por el cobro ni por la cobertura, eso está todo bien. Es la app:
cuando voy a enviar el parte con la foto de la factura del veterinario,
se queda en "Subiendo..." y al rato sale "Error de red". Lo he intentado
con wifi y con datos, y en dos móviles distintos.

Óscar"""),
("es", "b108-es-comedero-no-suelta", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "comedero automatico", "technical", "",
"""Que tal, el comedero automatico que les compre hace un mes ya no suelta
las croquetas a la hora programada. En la app dice que si sirvio pero el
plato esta vacio. Si le pico al boton manual si cae. Ya lo reinicie y le
cambie las pilas.
Saludos"""),
("es", "b108-es-filtro-ruido-no-quiero-plata", "Nicolás Ferreyra <nico.ferreyra@example.com.ar>", "Filtro externo", "technical", "",
"""Buenas, aclaro antes que nada que no quiero que me devuelvan la plata
ni que me lo cambien, solo quiero saber qué le pasa.

El filtro externo que compré en marzo empezó a hacer un ruido como de
traqueteo y sale la mitad de agua que antes. Limpié esponjas, mangueras
y el rotor. ¿Puede ser el eje? ¿Venden el repuesto?

Nico"""),
("es", "b108-es-collar-gps-no-actualiza", "Lucía Herrero <lucia.herrero@example.es>", "Collar GPS", "technical", "",
"""Hola, el collar GPS de Kiwi no actualiza la ubicación desde el martes,
se queda en el parque de la Ciudadela aunque el perro está en casa. La
batería marca 75 %. He reiniciado el collar y reinstalado la app y nada.
Gracias"""),
("es", "b108-es-hola-formulario-reserva", "Camila Vargas <camila.vargas@example.com.co>", "Hola", "technical", "",
"""Hola, buenas. Estoy tratando de sacar cita para baño de mi perrita en
la página y cuando le doy "Confirmar" me sale "Ha ocurrido un error" y
se borra todo lo que llené. Ya lo intenté como cinco veces desde el
celular y desde el computador. ¿Me pueden ayudar?

Camila"""),
("es", "b108-es-re-fuente-gatos-sigue-igual", "Montserrat Vidal <montse.vidal@example.es>", "Re: Incidencia 40981 - fuente para gatos", "technical", "",
"""Hola, Sergio:

He desmontado la bomba y la he limpiado con el cepillito, tal como me
decías. Sigue igual: se enciende la luz pero el agua no sale, y ahora
hace un zumbido flojito.

Gracias,
Montse

El lun, 10 jun 2024 a las 11:03, Atención al cliente (<soporte@example-mascotas.es>) escribió:
> Hola, Montserrat:
>
> Es muy habitual que se acumule pelo en el rotor de la bomba. Desmóntela
> y límpiela con el cepillo incluido; debería volver a funcionar.
>
> Un saludo, Sergio"""),
("es", "b108-es-no-llega-correo-contrasena", "Rodrigo Fuentealba <rodrigo.fuentealba@example.cl>", "No puedo entrar", "technical", "",
"""Hola, le doy a "olvidé mi contraseña" y nunca me llega el correo, ya
revisé en spam. Necesito entrar para cambiar la fecha del despacho del
alimento. Mi correo es este mismo.
Rodrigo"""),
("es", "b108-es-calentador-tapa-derretida", "Alberto Requena <alberto.requena@example.es>", "Calentador de acuario", "technical", "high",
"""Hola:

Quiero comentarles algo que ha pasado con el calentador de 200 W que
compré en su tienda online (pedido 70215). Esta mañana olía a plástico
quemado y al levantar la tapa del acuario he visto que la parte de la
tapa que queda encima del calentador está derretida y deformada. El
calentador estaba muy caliente aunque el termostato marcaba 26 grados.

Lo he desenchufado y lo he sacado del agua. ¿Cómo procedo?

Alberto Requena"""),
("es", "b108-es-cama-termica-chispas", "Gabriela Mendoza <gaby.mendoza@example.com.mx>", "Cama termica", "technical", "high",
"""Hola. Anoche la cama termica para perro que les compre hace 2 meses
saco chispas por donde entra el cable al colchon, justo cuando mi
perrita se acosto. No se quemo nada, la desconecte luego luego. Ya no la
voy a usar. Que hago con ella?

Gabriela Mendoza"""),
("es", "b108-es-guarderia-canina-sin-sistema", "Guardería Canina Patitas <hola@patitas-guarderia.example>", "Urgente - sistema", "technical", "high",
"""Hola,

Desde las 8 de la mañana no carga nada en el sistema. Tenemos la fila
de dueños en la puerta con los perros, no sabemos quién tiene reserva ni
qué perros van en qué grupo, y lo peor: no podemos ver las fichas con la
medicación de cada uno. Estamos recibiendo a ojo y anotando en papel.
Tampoco anda el cobro con tarjeta desde el sistema.

Llamen a Sofía al 11 4555-0190 cuanto antes.

Sofía Paz
Guardería Canina Patitas, Palermo"""),
("es", "b108-es-arenero-tercera-vez-responsable", "Eva Márquez <eva.marquez@example.es>", "Arenero autolimpiable - tercera avería", "technical", "high",
"""Buenas tardes:

Es la tercera vez que el arenero autolimpiable se queda bloqueado a mitad
de ciclo con el tambor girado y la luz roja parpadeando. Lo mandé al
servicio técnico en febrero y en abril, y las dos veces volvió con
"revisado, funciona correctamente". A los cuatro días, lo mismo.

No quiero abrir otra incidencia con otro número. Quiero que lleve el
caso un responsable que pueda decidir cambiármelo por uno nuevo.

Eva Márquez"""),
("es", "b108-es-camara-mascotas-no-conecta", "Juliana Ospina <juliana.ospina@example.com.co>", "Cámara", "technical", "",
"""Buenas tardes. Cambiamos de operador de internet y desde entonces la
cámara para ver a los gatos no se vuelve a conectar. En la app sale
"Sin conexión". Ya la reseteé dos veces y se queda pegada en "conectando
a la red". La clave del wifi la escribo bien.
Juliana"""),
("es", "b108-es-videos-curso-no-cargan", "Pablo Serrano <pablo.serrano@example.es>", "Curso online", "technical", "",
"""Hola, he comprado el curso online de obediencia y los videos del
modulo 1 van bien pero a partir del modulo 2 se queda la pantalla negra
con la ruedita girando. He probado en el portatil y en la tablet. Un
saludo"""),
("es", "b108-es-gracias-adiestradora-lupe", "Rocío Campos <rocio.campos@example.es>", "Gracias", "general", "",
"""Hola:

Solo quería daros las gracias, y sobre todo a Lupe. Cuando adoptamos a
Simba no podía ni salir a la calle del miedo que tenía a las motos.
Después de las clases, ayer dimos un paseo de una hora por el centro de
Sevilla y ni se inmutó.

Un abrazo,
Rocío, Javi y Simba"""),
("es", "b108-es-urgente-horario-semana-santa", "Arturo Cervantes <arturo.cervantes@example.com.mx>", "URGENTE", "general", "",
"""Buenas, la hipica abre en Semana Santa? El jueves y viernes santo a que
hora? Queremos llevar a los sobrinos a montar.
Arturo"""),
("es", "b108-es-correa-olvidada-guarderia", "Agustina Romero <agus.romero@example.com.ar>", "Correa", "general", "",
"""Hola! Ayer cuando retiré a Frida me olvidé la correa roja con el
pretal, creo que quedó colgada en la entrada. ¿Me la guardan? Paso el
jueves. Gracias!"""),
("es", "b108-es-pienso-conserjeria", "Consuelo Ibáñez <consuelo.ibanez@example.es>", "Entregas del pienso", "general", "",
"""Buenos días,

A partir del próximo envío, ¿pueden dejar los sacos de pienso en la
conserjería? El conserje se llama Paco y está de 8 a 15. Yo trabajo por
las mañanas y el repartidor se los vuelve a llevar.

Gracias,
Consuelo Ibáñez"""),
("es", "b108-es-cambio-telefono-correo", "Francisca Muñoz <francisca.munoz@example.cl>", "Actualizar datos", "general", "",
"""Hola, buenas tardes, quería actualizar mis datos de contacto en la
póliza de mi gato Pelusa: nuevo celular +56 9 5555 0182 y nuevo correo
fran.munoz@example.cl. La dirección sigue igual.
Gracias, Francisca"""),
("es", "b108-es-derecho-acceso-rgpd", "Ernesto Valle <ernesto.valle@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me faciliten copia de
todos los datos personales que tienen sobre mí, incluidas las
grabaciones de llamadas, en relación con la póliza de mi perro Kun.
Adjunto copia de mi DNI.

Atentamente,
Ernesto Valle"""),
("es", "b108-es-patrocinio-carrera-canina", "Carrera Perruna Solidaria <contacto@carreraperruna-gdl.example>", "Patrocinio carrera canina", "general", "",
"""Hola, ¿qué tal?

El 20 de octubre organizamos en Guadalajara la 3.ª Carrera Perruna
Solidaria, 5 km con perro, a beneficio de un refugio local. Buscamos
patrocinadores: podrían poner un stand, regalar producto en el kit de
corredor y su logo iría en la playera. ¿Les interesaría?

Saludos cordiales,
Mariana Treviño
Comité organizador"""),
("es", "b108-es-residencia-razas-ppp", "Tomás Iglesias <tomas.iglesias@example.es>", "Pregunta", "general", "",
"""Hola, tengo un american staffordshire de cuatro años, muy bueno, con
su licencia y seguro de PPP en regla. ¿Admitís perros de razas
potencialmente peligrosas en la residencia? Sería para la primera
quincena de agosto.
Tomás"""),
("es", "b108-es-cachorro-es-una-bomba", "Micaela Sosa <micaela.sosa@example.com.ar>", "clases cachorros", "general", "",
"""Hola!! Tengo un border collie de 4 meses que es una bomba, un
terremoto, me destruyó dos zapatillas y la pata de la mesa jaja. ¿Desde
qué edad lo puedo llevar a las clases de cachorros? ¿Son los sábados?
Besos, Mica"""),
("es", "b108-es-cumpleanos-en-la-hipica", "Paula Andrea Gómez <paula.gomez@example.com.co>", "Cumpleaños", "general", "",
"""Hola, buenas tardes. Quería saber si en la escuela de equitación
organizan cumpleaños infantiles. Mi hija cumple 8 años en septiembre y
le encantan los caballos. Serían unos 12 niños.

Muchas gracias,
Paula Andrea"""),
("es", "b108-es-clavo-valla-picadero", "Raquel Montero <raquel.montero@example.es>", "Valla del picadero pequeño", "general", "high",
"""Hola:

Ayer por la tarde, en la valla del picadero pequeño donde dan las
clases de los niños, había un clavo saliendo de uno de los tablones, a
la altura de la cara de un niño de seis años. Mi hijo se hizo un
arañazo en la mejilla al apoyarse. Además hay un tablón suelto a la
entrada.

Os pido que lo arregléis antes de las clases del sábado.

Raquel Montero"""),
("es", "b108-es-estilista-grito-hija-gerente", "Verónica Castillo <veronica.castillo@example.com.mx>", "Trato a mi hija en la estetica", "general", "high",
"""Buenas tardes

El sabado mi hija de 15 años fue a recoger a nuestra perrita a su
estetica de Coyoacan. El estilista le grito delante de otros clientes
porque llego diez minutos tarde y le dijo que "no volvieran". Mi hija
llego llorando a la casa.

Exijo hablar con el gerente o con el dueño del negocio. Mi telefono es
55 5555 0147.

Veronica Castillo"""),
("es", "b108-es-charlas-colegio-peces", "Gonzalo Peña <gonzalo.pena@example.es>", "Charla en el cole", "general", "",
"""Buenas tardes,

Soy profesor de 3.º de primaria en un colegio de Zaragoza. Estamos
trabajando los ecosistemas acuáticos y me preguntaba si alguien de la
tienda podría venir a dar una charla corta a los niños, o si podríamos
hacer una visita a la tienda con la clase (25 alumnos) un martes por la
mañana.

Un saludo,
Gonzalo Peña"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b108-pl-podwyzka-skladki-odnowienie", "Joanna Wróblewska <joanna.wroblewska@example.pl>", "Odnowienie polisy - Fredzio", "billing", "",
"""Dzień dobry,

dostałam propozycję odnowienia polisy dla Fredzia i składka wzrosła z
38 zł do 67 zł miesięcznie. W tym roku nie zgłaszaliśmy żadnej szkody,
pies ma pięć lat. Z czego wynika taka podwyżka? Jeśli jest tańszy
wariant, który nadal obejmuje leczenie stomatologiczne, proszę o
informację przed 1. dniem miesiąca.

Pozdrawiam
Joanna Wróblewska"""),
("pl", "b108-pl-mruczka-teczowy-most", "Barbara Lis <barbara.lis@example.pl>", "Mruczka", "billing", "",
"""Dzien dobry,

nasza Mruczka odeszla w sobote za teczowy most, miala 16 lat. Karma nie
bedzie nam juz potrzebna, wiec prosze nie wysylac paczki na lipiec i nie
pobierac wiecej pieniedzy z karty.

Dziekujemy za wszystko.
Barbara Lis"""),
("pl", "b108-pl-blik-dwa-razy-groomer", "Kinga Dąbrowska <kinga.dabrowska@example.pl>", "Płatność", "billing", "",
"""Hej, w czwartek byłam z Pusią na strzyżeniu, 160 zł, płaciłam BLIKIEM
przy ladzie. Terminal za pierwszym razem pokazał błąd, więc zapłaciłam
drugi raz, a w aplikacji banku widzę, że zeszło dwa razy. Możecie
oddać jedną płatność? Kinga"""),
("pl", "b108-pl-faktura-nip-hotel-psy", "Tomasz Zieliński <biuro@zielinski-ochrona.example>", "Faktura za pobyt psów", "billing", "",
"""Dzień dobry,

proszę o wystawienie faktury VAT za pobyt dwóch psów służbowych w
dniach 3-10 czerwca (1 120 zł) na firmę:
Zieliński Ochrona Sp. z o.o., ul. Kolejowa 8, 60-715 Poznań,
NIP 123-456-78-90.
Paragon, który dostaliśmy, był bez NIP-u.

Z poważaniem
Tomasz Zieliński"""),
("pl", "b108-pl-kurs-szkolenia-w-dwoch-ratach", "Paweł Kaczmarek <pawel.kaczmarek@example.pl>", "Kurs posłuszeństwa", "billing", "",
"""Cześć, chcemy zapisać naszą suczkę na kurs posłuszeństwa od września
(720 zł). Czy można zapłacić w dwóch częściach, połowę przy zapisie i
połowę w połowie kursu? I czy przelew może być, czy tylko na miejscu?
Paweł"""),
("pl", "b108-pl-odstapienie-filtr-nierozpakowany", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "Zwrot filtra - zamówienie 48210", "billing", "",
"""Dzień dobry,

chciałbym odstąpić od umowy i zwrócić filtr kubełkowy z zamówienia 48210
(459 zł). Okazał się za duży do mojej szafki, jest nierozpakowany, w
folii. Na jaki adres odesłać i czy koszt przesyłki zwrotnej pokrywam ja?

Grzegorz Nowicki"""),
("pl", "b108-pl-karnet-jazdy-ciaza", "Magdalena Pawlak <magda.pawlak@example.pl>", "Karnet", "billing", "",
"""Dzień dobry Pani Ewo,

mam dobrą wiadomość: jestem w ciąży :) Lekarz jednak kategorycznie
zabronił mi jazdy konnej. Na karnecie zostało mi 6 z 10 jazd. Czy da się
go zamrozić do przyszłego roku, albo przepisać na siostrę?

Pozdrawiam serdecznie
Magda"""),
("pl", "b108-pl-odp-wycena-dwa-koty-rabat", "Agnieszka Kowalczyk <agnieszka.kowalczyk@example.pl>", "Odp: Pobyt kotów 1-14.08", "billing", "",
"""Dzień dobry Pani Kasiu,

dziękuję za wycenę. Skoro koty będą w jednym pokoju, to czy jest jakiś
rabat na drugiego kota? I czy zadatek można wpłacić BLIKIEM na telefon?

Pozdrawiam
Agnieszka

pt., 7 cze 2024 o 18:21 Kocia Przystań <rezerwacje@kociaprzystan.example> napisała:
> Dzień dobry,
>
> za pobyt Filemona i Bonifacego w dniach 1-14.08 koszt wyniesie
> 13 nocy x 45 zł x 2 = 1 170 zł. Rezerwację potwierdzamy po wpłacie
> zadatku 30%.
>
> Pozdrawiamy, Kasia"""),
("pl", "b108-pl-kiedy-wyplata-odszkodowania", "Krzysztof Mazur <k.mazur@example.pl>", "Szkoda nr 2024/5521", "billing", "",
"""Dzien dobry,
dostalem maila, ze szkoda 2024/5521 (operacja kolana Azora) zostala
uznana na 2 340 zl, ale minelo juz 12 dni i pieniedzy nie ma na koncie.
Ile to zwykle trwa?
Krzysztof Mazur"""),
("pl", "b108-pl-bon-strzyzenie-przedluzyc", "Elżbieta Szymańska <elzbieta.szymanska@example.pl>", "Bon podarunkowy", "billing", "",
"""Dzień dobry,

wnuczka podarowała mi na imieniny bon na kąpiel i strzyżenie dla mojego
pudelka (150 zł). Niestety przez pobyt w szpitalu nie zdążyłam go
wykorzystać i termin minął 31 maja. Czy jest możliwość przedłużenia
ważności?

Z wyrazami szacunku
Elżbieta Szymańska"""),
("pl", "b108-pl-odmowa-rzecznik-finansowy", "Marek Jankowski <marek.jankowski@example.pl>", "Reklamacja - odmowa wypłaty, szkoda 2024/3390", "billing", "high",
"""Szanowni Państwo,

odmówili Państwo wypłaty 4 180 zł za operację więzadła krzyżowego mojej
suki Tosi, powołując się na "chorobę istniejącą przed zawarciem umowy".
Przed zawarciem umowy Tosia przeszła pełne badanie weterynaryjne, którego
wynik Państwu przesłałem, i nic takiego w nim nie stwierdzono.

Niniejszym składam reklamację. Jeżeli w ustawowym terminie 30 dni nie
otrzymam pozytywnej odpowiedzi, skieruję wniosek do Rzecznika
Finansowego.

Marek Jankowski"""),
("pl", "b108-pl-pobrali-po-rezygnacji-chargeback", "Dominika Wojcik <dominika.wojcik@example.pl>", "ciagle pobieracie oplaty", "billing", "high",
"""Zrezygnowalam z subskrypcji karmy 4 kwietnia, mam maila z
potwierdzeniem. Mimo to 4 maja i 4 czerwca pobraliscie po 189 zl z mojej
karty. Zadna paczka nie przyszla.

Jesli do piatku nie zwrocicie obu kwot, zglaszam w banku chargeback na
obie transakcje.

Dominika Wojcik"""),
("pl", "b108-pl-hotel-zaliczka-wlasciciel", "Robert Kamiński <robert.kaminski@example.pl>", "Zadatek za pobyt Bruna", "billing", "high",
"""Dzień dobry,

w marcu wpłaciłem 300 zł zadatku za pobyt Bruna w sierpniu. W czerwcu
to Państwo odwołali rezerwację, bo "zmieniły się plany remontu", a teraz
słyszę przez telefon, że zadatek "przepada". Rozmawiałem już trzy razy z
recepcją i za każdym razem słyszę to samo.

Proszę, żeby skontaktował się ze mną kierownik albo właściciel hotelu,
a nie kolejna osoba z recepcji. Tel. 601 555 238.

Robert Kamiński"""),
("pl", "b108-pl-oboz-jezdziecki-uokik", "Anna Sadowska <anna.sadowska@example.pl>", "Odwołany obóz jeździecki - zwrot 1 650 zł", "billing", "high",
"""Dzień dobry,

zapłaciliśmy 1 650 zł za obóz jeździecki syna w terminie 7-13 lipca.
Pięć dni przed wyjazdem dostaliśmy SMS, że obóz jest odwołany z powodu
braku instruktorów, a w zamian proponują Państwo "voucher na przyszły
sezon". Nie zgadzamy się na voucher.

Jeśli pieniądze nie wrócą na nasze konto w ciągu 14 dni, złożymy skargę
do UOKiK i sprawę do sądu.

Anna Sadowska"""),
("pl", "b108-pl-to-nie-platnosc-aplikacja", "Łukasz Michalski <lukasz.michalski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest sprawa płatności ani wysokości
zwrotu, z tym wszystko w porządku. Chodzi o aplikację: przy zgłaszaniu
szkody, gdy dodaję zdjęcie faktury od weterynarza, wyskakuje "Nie
udało się przesłać pliku" i wraca do początku. Próbowałem na Wi-Fi i na
danych, na dwóch telefonach.

Łukasz"""),
("pl", "b108-pl-karmnik-gubi-wifi", "Jacek Wisniewski <jacek.wisniewski@example.pl>", "karmnik automatyczny", "technical", "",
"""Witam, karmnik automatyczny co 2-3 dni traci polaczenie z wifi i wtedy
nie moge nim sterowac z aplikacji, dopoki go nie odlacze od pradu.
Router stoi metr obok. Posilki z harmonogramu wydaje normalnie.
Pozdrawiam, Jacek"""),
("pl", "b108-pl-filtr-terkocze-nie-chce-zwrotu", "Stanisław Wójtowicz <stanislaw.wojtowicz@example.pl>", "Filtr kubełkowy", "technical", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy ani wymiany, potrzebuję tylko porady.

Filtr kubełkowy kupiony w lutym zaczął głośno terkotać, a przepływ
spadł mniej więcej o połowę. Wyczyściłem gąbki, węże i wirnik. Czy to
może być zużyta oś wirnika? Jeśli tak, czy sprzedajecie ją osobno?

Stanisław Wójtowicz"""),
("pl", "b108-pl-obroza-gps-stara-lokalizacja", "Natalia Górecka <natalia.gorecka@example.pl>", "Obroża GPS", "technical", "",
"""Cześć, obroża GPS Kajtka od wtorku pokazuje cały czas tę samą
lokalizację, na Polach Mokotowskich, chociaż pies leży w domu na
kanapie. Bateria 80%. Restartowałam obrożę i przeinstalowałam
aplikację, śledzenie na żywo tylko się kręci.
Natalia"""),
("pl", "b108-pl-pytanie-rezerwacja-groomer-kreci-sie", "Monika Czarnecka <monika.czarnecka@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, próbuję zarezerwować termin strzyżenia przez stronę i po
kliknięciu "Potwierdź rezerwację" kółeczko się kręci i nic się nie
dzieje, a po kilku minutach wraca do kalendarza. Nie dostaję też maila.
Nie wiem, czy rezerwacja jest, czy jej nie ma. Próbowałam z telefonu i
laptopa.

Monika"""),
("pl", "b108-pl-odp-fontanna-dalej-nie-dziala", "Iwona Pietrzak <iwona.pietrzak@example.pl>", "Odp: Zgłoszenie 30877 - fontanna dla kota", "technical", "",
"""Dzień dobry Panie Michale,

rozebrałam pompkę i wyczyściłam ją szczoteczką, tak jak Pan pisał.
Niestety nic to nie dało: lampka się świeci, a woda nie leci, tylko
teraz słychać ciche brzęczenie.

Pozdrawiam
Iwona

pon., 10 cze 2024 o 10:44 Obsługa Klienta <pomoc@example-zoo.pl> napisał:
> Dzień dobry,
>
> najczęściej przyczyną jest sierść nawinięta na wirnik pompki. Prosimy
> rozebrać pompkę i wyczyścić ją dołączoną szczoteczką.
>
> Pozdrawiamy, Michał"""),
("pl", "b108-pl-nie-przychodzi-mail-reset-hasla", "Adrian Kowalewski <adrian.kowalewski@example.pl>", "nie moge sie zalogowac", "technical", "",
"""klikam "nie pamietam hasla" i mail nigdy nie przychodzi, spam tez
sprawdzalem. musze sie zalogowac zeby przesunac dostawe karmy. adres
mam ten sam z ktorego pisze"""),
("pl", "b108-pl-grzalka-kopnal-prad", "Ryszard Borkowski <ryszard.borkowski@example.pl>", "Grzałka akwariowa", "technical", "high",
"""Dzień dobry,

dziś rano, przestawiając roślinę w akwarium, poczułem wyraźne
mrowienie w ręce, jakby lekkie kopnięcie prądem. Okazało się, że
szklana rurka grzałki (200 W, kupiona u Państwa w marcu) jest pęknięta
wzdłuż, przy górnej części. Wyłączyłem całe zasilanie akwarium z
gniazdka.

Proszę o informację, co dalej z grzałką, i czy bezpiecznie jest
podłączyć resztę sprzętu.

Ryszard Borkowski"""),
("pl", "b108-pl-mata-grzewcza-terrarium-stopiona", "Oliwia Kubacka <oliwia.kubacka@example.pl>", "Mata grzewcza", "technical", "high",
"""Dzien dobry,
wczoraj wieczorem poczulam swad spalenizny przy terrarium gekona.
Mata grzewcza pod terrarium (od Panstwa, zamowienie 51207) przy
wejsciu kabla byla brazowa i plastik sie nadtopil, a szyba nad nia
bardzo goraca. Odlaczylam ja i przenioslam gekona do pudelka.
Co mam zrobic z mata?
Oliwia"""),
("pl", "b108-pl-salon-groomerski-kalendarz-pusty", "Psia Fryzura <kontakt@psiafryzura.example>", "nic nie widać", "technical", "high",
"""Dzień dobry,

od rana kalendarz pokazuje "Brak wizyt" na dziś i cały tydzień. Mamy
dwa psy na stole, a kolejni klienci stoją w drzwiach i sami nam mówią,
na którą byli umówieni. Nie widzimy też notatek o alergiach i psach,
które gryzą. Dwie osoby już wyszły. Płatności kartą przez system też nie
przechodzą, bierzemy tylko gotówkę.

Proszę o pilny telefon: 512 555 304, Beata.

Beata Szulc
Psia Fryzura, Gdynia"""),
("pl", "b108-pl-poidla-stajnia-upal", "Stajnia Pod Jabłonią <biuro@stajniapodjablonia.example>", "Automatyczne poidła", "technical", "high",
"""Dzień dobry,

poidła automatyczne, które montowali Państwo u nas w maju, od południa
nie napełniają się w żadnym boksie. Pompa pracuje, ale woda nie dociera
do poideł. Mamy 18 koni, na zewnątrz 34 stopnie, w tej chwili nosimy
wodę wiadrami z węża.

Potrzebujemy serwisanta dzisiaj. Tel. 604 555 781, Tadeusz.

Tadeusz Rybak
Stajnia Pod Jabłonią"""),
("pl", "b108-pl-kamera-nie-nagrywa", "Sylwia Mroczek <sylwia.mroczek@example.pl>", "Kamera dla psa", "technical", "",
"""Dzień dobry, kamera dla zwierząt pokazuje obraz na żywo, ale od
tygodnia nie zapisuje nagrań z wykrytym ruchem. Karta pamięci jest nowa,
sformatowana w aplikacji, nagrywanie włączone. W historii pusto.
Sylwia"""),
("pl", "b108-pl-lampa-uvb-nie-zapala", "Mateusz Baran <mateusz.baran@example.pl>", "Lampa UVB", "technical", "",
"""Dzien dobry, nowa swietlowka UVB do terrarium zolwia nie zapala sie,
tylko miga na koncach. Oprawa jest ta, ktora polecaliscie razem z nia.
Stara swietlowka w tej oprawie swieci normalnie.
Mateusz"""),
("pl", "b108-pl-podziekowania-trenerka", "Karolina Wasilewska <karolina.wasilewska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować Pani Oli. Kiedy adoptowaliśmy Lunę, bała się
wyjść z klatki schodowej, a na widok roweru kładła się na chodniku.
Wczoraj przeszłyśmy razem całą Wyspę Słodową w niedzielny tłum i ani
razu się nie zatrzymała.

Serdeczności
Karolina z Luną"""),
("pl", "b108-pl-pilne-godziny-11-listopada", "Wiesław Król <wieslaw.krol@example.pl>", "PILNE", "general", "",
"""PILNE!!! Czy 11 listopada hotel jest otwarty do odbioru psów? Wracamy z
Zakopanego w poniedziałek po południu. Jeśli zamknięte, to od której
we wtorek?
W. Król"""),
("pl", "b108-pl-zostawiona-smycz-hotel", "Ewelina Majewska <ewelina.majewska@example.pl>", "Szelki", "general", "",
"""Hej, wczoraj przy odbiorze Fiony chyba zostawiłam u Was jej szelki z
odblaskiem, różowe. Możecie je odłożyć? Wpadnę w sobotę.
Ewelina"""),
("pl", "b108-pl-karma-u-sasiada", "Zbigniew Olszewski <zbigniew.olszewski@example.pl>", "Dostawy", "general", "",
"""Dzien dobry, od nastepnej dostawy prosze zostawiac worki z karma u
sasiada spod 4 (Pan Henryk), bo pracuje na zmiany i kurier wozi je z
powrotem. Sasiad sie zgodzil. Dziekuje
Z. Olszewski"""),
("pl", "b108-pl-zmiana-nazwiska-po-slubie", "Aleksandra Nowak <aleksandra.nowak@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w maju wyszłam za mąż i proszę o zmianę nazwiska w polisie kota Gacka z
Aleksandra Zawadzka na Aleksandra Nowak. Adres i numer telefonu bez
zmian. Czy potrzebny jest odpis aktu małżeństwa?

Pozdrawiam
Aleksandra Nowak"""),
("pl", "b108-pl-rodo-usuniecie-danych", "Henryk Pawłowski <henryk.pawlowski@example.pl>", "Usunięcie danych osobowych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO wnoszę o usunięcie wszystkich moich danych
osobowych z Państwa bazy. Konto w sklepie zamknąłem w zeszłym roku, a
nadal dostaję newsletter i SMS-y z promocjami. Proszę o potwierdzenie
usunięcia.

Henryk Pawłowski"""),
("pl", "b108-pl-sponsoring-zawody-agility", "Klub Agility Zwinna Łapa <klub@zwinnalapa.example>", "Zawody agility - sponsoring", "general", "",
"""Dzień dobry,

14 września organizujemy w Lublinie regionalne zawody agility (ok. 80
psów). Szukamy sponsora nagród rzeczowych dla zwycięzców klas - w
zamian logo na banerze, w katalogu i w relacjach na naszym profilu.
Czy byliby Państwo zainteresowani?

Z pozdrowieniami
Dorota Głowacka
Klub Agility Zwinna Łapa"""),
("pl", "b108-pl-suczka-w-cieczce-hotel", "Bartosz Lewandowski <bartosz.lewandowski@example.pl>", "Pytanie o przyjęcie", "general", "",
"""Dzień dobry, czy przyjmujecie do hotelu suczki w trakcie cieczki? Nasza
może ją mieć akurat w terminie wyjazdu (koniec sierpnia). Jeśli tak, to
czy jest osobny boks?
Bartosz"""),
("pl", "b108-pl-maly-terrorysta-reaktywny", "Kamil Jasinski <kamil.jasinski@example.pl>", "maly terrorysta", "general", "",
"""Czesc, moj jamnik to maly terrorysta, szczeka i rzuca sie na kazdego
psa na spacerze, sasiedzi uciekaja na drugi chodnik :) Czy macie zajecia
dla psow reaktywnych, indywidualne albo w malych grupach? Ile trwa kurs?
Kamil"""),
("pl", "b108-pl-dzien-otwarty-stadnina", "Justyna Kołodziej <justyna.kolodziej@example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry,

widziałam na Facebooku, że w niedzielę jest dzień otwarty w stadninie.
Czy trzeba się wcześniej zapisać na przejażdżki na kucykach dla dzieci
(córki 5 i 8 lat) i czy można przyjechać z psem na smyczy?

Justyna"""),
("pl", "b108-pl-deska-schody-siodlarnia", "Renata Sikorska <renata.sikorska@example.pl>", "Schody do siodlarni", "general", "high",
"""Dzień dobry,

na schodach prowadzących do siodlarni drugi stopień od góry jest
złamany, deska się zapada i wystają z niej gwoździe. W sobotę moja
córka (10 lat) przewróciła się tam z siodłem w rękach i rozcięła
kolano. Tymi schodami codziennie chodzą dzieci z zajęć.

Proszę o naprawę przed najbliższymi zajęciami.

Renata Sikorska"""),
("pl", "b108-pl-groomerka-krzyczala-kierownik", "Halina Górska <halina.gorska@example.pl>", "Traktowanie mojego psa", "general", "high",
"""Dzień dobry,

w piątek przyszłam po Misia dziesięć minut wcześniej i przez szybę
widziałam, jak groomerka krzyczy na niego i szarpie go za smycz na
stół. Miś ma 12 lat i chore stawy. Przy mnie była potem miła, jakby
nic się nie stało.

Nie chcę przeprosin od tej pani. Żądam rozmowy z kierownikiem lub
właścicielem salonu. Tel. 502 555 116.

Halina Górska"""),
("pl", "b108-pl-wolontariat-stadnina", "Zofia Walczak <zofia.walczak@example.pl>", "wolontariat", "general", "",
"""Dzień dobry, mam 16 lat i bardzo chciałabym pomagać przy koniach w
wakacje, przy sprzątaniu boksów, karmieniu, czymkolwiek. Czy
przyjmujecie wolontariuszy w moim wieku? Mieszkam w Skierniewicach.
Zosia"""),
]
