# batch115.py -- labelled test mails for the helpdesk classifier,
# held out of the tree until the rules it measures are final; nothing is
# tuned or trained on them before then.  Kinds of business: the building
# trades -- roofers, builders, architects, bathroom fitters, swimming pool
# builders, garage doors, gates and fences, damp proofing, loft
# conversions.  The failure classes in new situations -- escalation
# demands and legal threats / chargebacks that keep their topic,
# negations, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, business
# outages told only by their consequences, safety hazards told calmly,
# hazards in premises that are not a product fault, praise, payment
# questions -- and everyday mail of all three queues, in English, Greek
# (a third Greeklish), Spanish and Polish, written separately for each
# language.
M += [
# ---------------- English ----------------
("en", "b115-extension-deposit-small-claims", "Graham Pettigrew <g.pettigrew@example.co.uk>", "Deposit for rear extension - final notice", "billing", "high",
"""Dear Mr Haworth,

On 14 February I paid your firm a deposit of £2,500 by bank transfer to
secure a start date of 8 April for our single-storey rear extension at
27 Larch Avenue, Wakefield. The 8th came and went. Nobody turned up, and
since then I have had two texts promising "next week" and then nothing
at all. Your phone goes to voicemail.

I no longer want you to do the work. I want the £2,500 returned in full
within 14 days of this email. If it is not, I will file a claim through
the small claims court (Money Claim Online) without further notice, and
I will also be reporting the matter to Trading Standards.

Graham Pettigrew"""),
("en", "b115-scaffold-on-invoice-was-included", "Nicola Brennan <nicola.brennan@example.co.uk>", "Invoice INV-3318", "billing", "",
"""Hi,

Just got the final invoice for the re-roof. There's a line for
"scaffolding hire - 3 weeks £480" but your quote from January clearly
says "price includes scaffold erection, hire and removal". I've attached
the quote. Can you send a corrected invoice and I'll pay straight away.

Thanks
Nicola"""),
("en", "b115-pool-service-house-sold", "Craig Donnelly <craig.donnelly@example.com.au>", "Pool", "billing", "",
"""G'day,

We've settled on the house in Mudgeeraba so the pool's not our problem
any more, ha. Please stop the fortnightly pool service and the $89 direct
debit after this week. The new owners have your card on the fridge if
they want to sign up themselves.

Cheers for looking after it these last four years.

Craig & Jodie"""),
("en", "b115-garage-door-card-dispute", "Tanya Reynolds <tanya.reynolds@example.com>", "Garage door install - refund", "billing", "high",
"""I paid $1,850 on my Visa on March 2 for a new insulated garage door,
install scheduled for March 20. On March 18 your office called and said
you "can't get that model any more" and cancelled. I was promised a
refund in 5-7 business days. It has now been five weeks and three phone
calls.

As of this morning I have opened a dispute with my credit card company
for the full amount. I'm sending you this so it's on record. If you
refund it before they rule, let me know and I'll withdraw the dispute.

Tanya Reynolds
Columbus, OH"""),
("en", "b115-loft-stage-payments-transfer", "Siobhan Kearney <siobhan.kearney@example.ie>", "stage payments", "billing", "",
"""Hi Declan,

Quick one about the attic conversion. Your contract has the payments in
four stages (20% / 30% / 30% / 20%). Is it ok if we pay each stage by
bank transfer instead of card? The credit union is giving us the loan
and they pay straight into your account. And is there a fee either way?
The first stage would be €9,200.

Thanks a million,
Siobhan"""),
("en", "b115-bathroom-vat-added-twice", "Matthew Oduya <m.oduya@example.co.uk>", "Bathroom - final bill", "billing", "",
"""Hello Karen,

First of all this is not a complaint about the work - the bathroom is
absolutely stunning and Darren and Lee were brilliant.

It's only the invoice. The subtotal of £7,640 already says "inc. VAT"
on the quote, but on the final invoice VAT at 20% has been added again
at the bottom, so it comes to £9,168. I think someone has added it
twice? Could you have a look and re-send?

Best,
Matthew"""),
("en", "b115-gutter-clean-after-ken", "Jean Armitage <jean.armitage@example.co.uk>", "Gutter cleaning", "billing", "",
"""Dear Sir or Madam

My husband Kenneth arranged with you some years ago to have the gutters
cleaned each spring and autumn, paid for by monthly standing order. I am
sorry to tell you that Ken passed away in March. I shall be moving into
my daughter's annexe in Harrogate at the end of the summer and the house
is to be sold, so I will not need the gutters done any more.

Would you please cancel the arrangement. I will tell the bank to stop
the standing order too, but I did not want you to think I had simply
stopped paying.

Your young man was always very polite to Ken.

Yours faithfully
Jean Armitage (Mrs)"""),
("en", "b115-architect-fee-three-parts", "Rohit Malhotra <rohit.malhotra@example.in>", "Query", "billing", "",
"""Dear Ma'am,

As discussed over phone, we are going ahead with your firm for the
design of our G+2 house at Baner, Pune. Your fee quoted is Rs 3,50,000
plus GST. Kindly confirm whether the same can be paid in three parts -
at concept, at approval drawings and at working drawings - instead of
50% advance.

Also please raise the GST invoice in the name of my father, Mr. Suresh
Malhotra, as the plot is in his name. PAN details I will share
separately.

Thanks and regards,
Rohit Malhotra"""),
("en", "b115-unused-fence-panels-credit", "Lewis Gill <lewis.gill@example.co.uk>", "Returned panels", "billing", "",
"""hi, your driver picked up the 4 spare featheredge panels and 2 posts
we didn't use on the 3rd, all unused. I was told I'd get the money back
on my card within a week. Nothing yet. It's £186 - order FG-7720."""),
("en", "b115-damp-survey-fee-not-deducted", "Priya Sandhu <priya.sandhu@example.co.uk>", "Survey fee - want a manager to call me", "billing", "high",
"""Hello,

When your surveyor came in May he told me the £195 damp survey fee would
be taken off the cost of the work if we went ahead. We went ahead (tanking
in the cellar, £3,400) and the invoice still has the full amount with no
deduction. I've phoned the office twice and been told both times that
"someone will look into it".

I'm not dealing with the office any more. I want a manager to ring me on
07700 900 315 this week to sort it out.

Priya Sandhu"""),
("en", "b115-re-quote-pensioner-discount", "Derek Whitlock <derek.whitlock@example.co.uk>", "Re: Your quotation Q-2291 - garden gates", "billing", "",
"""Thanks Sam. I nearly had a heart attack when I saw the total, but
fair enough, it's a lot of oak.

Your advert in the parish magazine says 10% off for over-65s. I'm 71.
Does that apply to this quote? If so I'm happy to go ahead.

Derek

-----Original Message-----
From: Sam Fairweather <quotes@example-gates.co.uk>
Sent: 02 September 2024 16:20
To: Derek Whitlock
Subject: Your quotation Q-2291 - garden gates

Dear Mr Whitlock,

Please find attached our quotation for a pair of solid oak driveway
gates with hanging posts, supplied and fitted: £3,960.00 inc. VAT.

Kind regards,
Sam"""),
("en", "b115-snowbird-hold-gate-plan", "Barbara Kowalczyk <barb.kowalczyk@example.com>", "Maintenance plan while we're away", "billing", "",
"""Hi there,

We spend November through April at our place in Sarasota, so nobody will
be opening or closing the driveway gate up here in Traverse City all
winter. Can you put our gate maintenance plan ($24/month) on hold for
those months and start it back up in May? We don't want to cancel, we're
very happy with it.

Thanks!
Barb & Ed"""),
("en", "b115-hello-callout-twice", "Kieran Moss <kieran.moss@example.co.uk>", "Hello", "billing", "",
"""Hello,

Your engineer fixed our electric gate on Tuesday (good job, thanks) and
I paid the £90 call-out on the card machine. The machine said "declined"
the first time so he ran it again - now I can see two payments of £90 on
my statement. Can you refund one of them?

Kieran"""),
("en", "b115-flat-roof-leak-no-refund", "Andrea Collins <andrea.collins@example.co.uk>", "Kitchen flat roof - leaking again", "technical", "",
"""Hi Paul,

I want to be clear I'm not after my money back - you've been fine to
deal with and I'd rather you just sort it.

The EPDM roof you put on over the kitchen last October is leaking again
after the heavy rain this week. Same place as before, next to where the
roof meets the house wall, drip coming through at the downlight. I've
put a bucket under it. Can someone come and look at the flashing?

Andrea"""),
("en", "b115-question-garage-remote-pair", "Steve Hurst <steve.hurst@example.com>", "Question", "technical", "",
"""changed the battery in the garage door remote and now it doesnt do
anything. the light on the fob comes on when i press it. the wall button
in the garage still works. do i need to pair it again and if so how,
there's no manual"""),
("en", "b115-gate-motor-sparking", "Alison Pryce <alison.pryce@example.co.uk>", "Electric gate", "technical", "high",
"""Hello,

Just to let you know that for the last couple of days there has been a
crackling sound from the motor box on the left-hand gate post when the
gates close, and this evening I saw small sparks coming from the seam of
the cover. There's also a faint smell like hot plastic. I've switched it
off at the isolator in the garage and we're leaving the gates open for
now.

The children from the school walk past it and sometimes touch the posts,
which is why I'd like someone to come as soon as possible.

Regards,
Alison Pryce"""),
("en", "b115-shower-tray-crack", "Ben Hollis <ben.hollis@example.co.uk>", "Shower tray", "technical", "",
"""Morning,

There's a hairline crack appeared in the shower tray you fitted in
June - runs from the waste about 10cm towards the corner. It creaks a
bit when you stand on it too. Not leaking as far as I can tell but
I'd rather get it looked at before it does.

Ben Hollis"""),
("en", "b115-pool-ladder-tingle", "Megan O'Toole <megan.otoole@example.com.au>", "Pool ladder - kids felt a tingle", "technical", "high",
"""Hi,

Not panicking but wanted to flag it straight away. Yesterday arvo both
my boys (9 and 11) said they felt a "buzz" or tingle in their hands when
they grabbed the steel ladder rail getting out of the pool. I touched it
with wet hands and felt it too, faintly. It only started since your
guys replaced the pool light last week.

I've turned off the pool light and pump at the switchboard and nobody's
swimming till someone checks it. We're in Carindale.

Megan O'Toole
0400 555 218"""),
("en", "b115-bakery-shutter-wont-rise", "Raj Patel <raj@patels-bakehouse.example>", "shutter", "technical", "high",
"""Hi, the roller shutter you installed on our shop front will not go up
this morning. Motor hums then clicks off. Bread's been out of the oven
since half five, the vans for the cafes we supply are sitting outside
because we can only get trays out through the back alley one at a time,
and the morning queue has walked off to Greggs. Manual override key
doesn't turn either. Please send someone ASAP - 0161 496 0772.

Raj
Patel's Bakehouse, Levenshulme"""),
("en", "b115-loft-velux-blind-dead", "Hannah Greer <hannah.greer@example.co.uk>", "Loft - blinds", "technical", "",
"""Hi both,

Loving the loft room! One thing - the electric blackout blind on the
big roof window has stopped working. The wall switch does nothing and
the little remote doesn't either (new batteries). The one on the
smaller window works fine. Is there a reset?

Hannah"""),
("en", "b115-portal-reset-email-missing", "Jordan Mitchell <jordan.mitchell@example.com>", "can't get into project portal", "technical", "",
"""Hey,

I'm trying to log into the client portal to see the progress photos of
our remodel but it says my password is wrong. I clicked "forgot
password" four times since yesterday and no reset email has come
through - checked spam, promotions, everything. Email is the one I'm
writing from.

Jordan"""),
("en", "b115-mam-no-heating-after-refit", "Aoife Brady <aoife.brady@example.ie>", "My mother has no heating since your fitters left", "technical", "high",
"""Hello,

Your fitters finished the bathroom at my mother's house in Mullingar on
Friday. When they moved the radiator they must have done something to
the pipes, because since Friday evening the boiler fires up but none of
the radiators get warm, and the hot water is only lukewarm.

My mother is 84, lives alone and has COPD. It went down to minus 3 last
night. I've brought in an electric heater for her sitting room but the
rest of the house is freezing. I need someone out to her today, please.

Aoife Brady
087 555 0193"""),
("en", "b115-damp-back-eight-months", "Martin Sykes <martin.sykes@example.co.uk>", "Damp treatment - guarantee ref DG-10442", "technical", "",
"""Dear Sirs,

In January you injected a chemical damp-proof course along the front
wall of our terraced house in Halifax and re-plastered to a metre
height. The tide mark and the salt bloom have come back in the front
room, roughly in the same places as before, and the new skirting is
starting to lift.

The work is covered by your 20-year guarantee (ref DG-10442). Please
arrange for a surveyor to inspect.

M. Sykes"""),
("en", "b115-re-garage-door-grinding", "Louise Fenwick <louise.fenwick@example.co.uk>", "Re: Service visit 5532", "technical", "",
"""Hi Gareth,

Sorry, it's still doing it. The door goes up fine, but coming down it
makes a grinding noise for the last foot or so and then shudders before
it stops. I've oiled the runners like you said.

Louise

On 12 Aug 2024, at 10:03, Gareth Lomas <service@example-doors.co.uk> wrote:

> Hi Louise,
>
> Our engineer has adjusted the tension and the limit settings on your
> sectional door. If you still hear a grinding noise, try a light spray
> of silicone lubricant on the tracks and let us know.
>
> Gareth"""),
("en", "b115-loft-insulation-solicitor", "Edward Kinsella <edward.kinsella@example.co.uk>", "Loft conversion - building control and my solicitor", "technical", "high",
"""Dear Ms Harper,

Since we moved into the new loft bedroom in November it has been
impossible to heat. An independent surveyor found last week that the
insulation in the sloping ceilings was never fitted to the thickness on
your drawings - in two bays there is none at all behind the
plasterboard. Building control have been told and will not sign off
the completion certificate until it is put right.

I have reported this to your office three times since December and
nothing has been done. I have now passed the file to my solicitor, and
unless you contact me within seven days with a date to put the work
right, they will be writing to you.

Edward Kinsella"""),
("en", "b115-pool-heat-pump-e3", "Carlos Medina <carlos.medina@example.com>", "heater", "technical", "",
"""Pool heat pump's showing E3 again and the water's down to 74. Reset
it at the breaker like last time, ran for an hour, then E3. Can somebody
swing by this week? Gate code's the same.

Carlos - Round Rock"""),
("en", "b115-ridge-tile-on-path", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Roof", "technical", "high",
"""Good evening,

A ridge tile came off our roof during the wind last night and smashed on
the path by our front door. Nobody was hurt, thankfully, but my husband
leaves by that door at 6am. Looking up from the garden, at least two more
ridge tiles on the same run seem to have shifted.

Your team re-bedded the whole ridge only three weeks ago. We'll use the
back door until someone has been up.

Fiona McAllister
14 Kinloch Road, Perth"""),
("en", "b115-thanks-roofers-cat", "Sheila Barraclough <sheila.b@example.co.uk>", "Thank you", "general", "",
"""To Mike and the lads,

Just a note to say thank you. The new roof looks smashing and you
cleared up so well that you'd never know you'd been, not a nail on the
lawn. And thank you especially for shutting the loft hatch every night
so Biscuit couldn't get up there - he's a nosy old cat and I know he
got under your feet.

I've already given your number to two people at church.

Sheila"""),
("en", "b115-builders-rude-owner", "Daniel Whitfield <daniel.whitfield@example.co.uk>", "Conduct of your workers at 9 Oak Terrace", "general", "high",
"""To the owner of the company,

I'm writing about the behaviour of your crew on our extension. Most
mornings the radio goes on at full volume before 7.30, they swear
loudly enough that our neighbours' kids repeat it, they have been
smoking in our kitchen even after being asked not to, and on Tuesday one
of them was seen relieving himself behind our shed. When my wife raised
it with the foreman he told her to "take it up with the boss".

So I am. I want the owner, not the foreman or the office, to phone me
before they come back on Monday.

Daniel Whitfield
07700 900 641"""),
("en", "b115-showroom-step-walker", "Margaret Oyelaran <m.oyelaran@example.co.uk>", "Your showroom entrance", "general", "high",
"""Dear Sir/Madam,

I visited your bathroom showroom on Station Road on Thursday with my
sister. The stone step up to the entrance is cracked right across and
the front half rocks when you put weight on it. I use a walking frame
and it tipped forward under me - my sister caught me, otherwise I would
have gone down onto the pavement.

I told the lady at the desk, who said it had been like that "for a
while". Somebody is going to be badly hurt. Please get it mended or at
the very least put a sign up.

Margaret Oyelaran"""),
("en", "b115-skip-not-on-block-paving", "Rachel Coombes <rachel.coombes@example.co.uk>", "Skip on Monday", "general", "",
"""Hi, for the skip delivery Monday - please don't put it on the block
paving drive, it's only just been laid and the edge is sunk already.
It can go on the road outside no.12, I've told the neighbours and the
permit is in the window. Thanks! Rachel"""),
("en", "b115-dormer-planning-question", "Tom Haldane <tom.haldane@example.co.uk>", "dormer", "general", "",
"""Hi,

We're in a 1930s semi in Stockport and thinking about a rear dormer
loft conversion. Do we need planning permission or does it come under
permitted development? We're not in a conservation area. Also how long
is the waiting list at the moment?

Tom"""),
("en", "b115-drill-left-in-loft", "Gavin Reece <gavin.reece@example.co.uk>", "Found a drill", "general", "",
"""Hiya - one of your roofers has left a yellow cordless drill and two
batteries in our loft (we found it when we went up for the Christmas
decorations, ha). It's safe in the garage. Someone can collect it any
evening after 6, 41 Heron Way, Chelmsford."""),
("en", "b115-new-mobile-number", "Patricia Lamb <patricia.lamb@example.co.uk>", "Change of number", "general", "",
"""Hello,

Please update the phone number on our job (patio and fencing, Lamb,
Tewkesbury). My old mobile has been cut off - the new one is
07700 900 288. Email stays the same.

Patricia Lamb"""),
("en", "b115-photos-of-house-instagram", "Neha Kapoor <neha.kapoor@example.co.uk>", "Photos of our house", "general", "",
"""Hi,

I've noticed that your Instagram and website have photos of our new
garden room, and in two of them our house number and car registration
are clearly visible. We were never asked. Please take those two photos
down or blur them.

While you're at it, could you tell me what personal information you
hold about us and how long you keep it? We signed off the job in
September.

Thanks,
Neha Kapoor"""),
("en", "b115-under9s-kit-sponsor", "Lee Marsden <lee.marsden@example.co.uk>", "Sponsorship?", "general", "",
"""Hi,

I coach the under-9s at Ossett Albion Juniors. We're looking for a local
business to sponsor the new home kit next season - your logo on the
front of 16 shirts, plus a banner on the side of the pitch. A couple of
our parents had their roofs done by you and suggested I ask. Would you
be interested? Happy to send more details.

Lee Marsden"""),
("en", "b115-open-saturday-naas", "Colm Fitzpatrick <colm.fitz@example.ie>", "Saturday", "general", "",
"""Howya, is the showroom in Naas open Saturday and what time till? Want
to bring the wife in to look at the composite gates before we decide.
Colm"""),
("en", "b115-urgent-fitter-tuesday", "Stacey Pugh <stacey.pugh@example.co.uk>", "URGENT!!!!", "general", "",
"""HI IS THE FITTER STILL COMING TUESDAY??? Nobody has rung to confirm and
I've booked the day off work!!! Also will he bring the tile samples or
do I need to go to the showroom. Stacey (job 2207)"""),
("en", "b115-thanks-dads-wet-room", "Ananya Iyer <ananya.iyer@example.co.uk>", "A big thank you", "general", "",
"""Dear Suresh ji and team,

I wanted to write and thank you properly for the wet room you made for
my father. Since his stroke he had not been able to bathe himself, and
now with the level floor and the seat and the rails he can shower on
his own again. He said it's the first time in months he has felt like a
man with his dignity. You did it all in eight days, with so much care
for his routine.

With warm regards and gratitude,
Ananya Iyer
Leicester"""),
("en", "b115-job-4471-start-date", "Chris Lowther <chris.lowther@example.co.uk>", "Job 4471", "general", "",
"""Hi,

Deposit went over last Wednesday for the new boundary fence (job 4471).
Is there a rough start date yet? Not chasing, just need to get the dog
sorted with my mum for the days you're here.

Chris"""),
# ---------------- Greek ----------------
("el", "b115-gl-prokatavoli-taratsa-eirinodikeio", "Thanasis Karalis <thanasis.karalis@example.gr>", "PROKATAVOLH STEGANWSHS", "billing", "high",
"""Kalhspera sas,

Sas edwsa 1.500 euro prokatavolh stis 10 Apriliou gia thn steganwsh
ths taratsas sto Xalandri. Mou eipate oti 8a 3ekinousate mesa Maiou.
Eimaste Iouleio, den hr8e pote kaneis, kai sto thlefwno mou leei h
grammateia "8a sas parei o mhxanikos". Den me phre pote.

Den 8elw pleon na kanete esis th douleia. Thelw ta 1.500 pisw mexri
tis 31 tou mhna. Alliws o dikhgoros mou 8a katathesei agwgh sto
eirhnodikeio, exw oles tis apodeikseis kai ta mhnymata.

Thanashs Karalhs"""),
("el", "b115-timologio-afm-mpanio-grafeiou", "Λογιστήριο - Νικολάου & Συνεργάτες <logistirio@nikolaou-law.example>", "Τιμολόγιο ανακαίνισης WC", "billing", "",
"""Καλημέρα σας,

Για την ανακαίνιση του WC στο γραφείο μας (Σκουφά 41, Κολωνάκι) μας
στείλατε απόδειξη παροχής υπηρεσιών σε φυσικό πρόσωπο. Χρειαζόμαστε
τιμολόγιο στην εταιρεία:

Νικολάου & Συνεργάτες Δικηγορική Εταιρεία
ΑΦΜ 099999999, ΔΟΥ Α' Αθηνών

Το ποσό είναι το ίδιο, 4.340,00€ με ΦΠΑ. Ευχαριστούμε.

Ράνια Σταθάκη
Λογιστήριο"""),
("el", "b115-symvolaio-pisinas-poulisame-spiti", "Σταυρος Μιχαηλιδης <s.michailidis@example.gr>", "Συντηρηση πισινας", "billing", "",
"""Καλησπερα,

Πουλησαμε το εξοχικο στη Νικητη και απο 1η Σεπτεμβριου δεν ειναι πια
δικο μας. Παρακαλω να σταματησει το συμβολαιο συντηρησης της πισινας
και η μηνιαια χρεωση των 120 ευρω στην καρτα. Αν θελουν οι καινουριοι
ιδιοκτητες, θα σας βρουν, τους αφησα το τηλεφωνο σας.

Ευχαριστουμε για ολα αυτα τα χρονια.
Σταυρος Μιχαηλιδης"""),
("el", "b115-doseis-pistotiki-gkarazoporta", "Αλεξάνδρα Ρήγα <alex.riga@example.gr>", "Γκαραζόπορτα - τρόπος πληρωμής", "billing", "",
"""Καλησπέρα σας,

Μας αρέσει η προσφορά για τη σπαστή γκαραζόπορτα με μοτέρ (2.180€).
Μπορούμε να την πληρώσουμε σε άτοκες δόσεις με πιστωτική; Αν ναι, σε
πόσες, και με ποιες κάρτες; Και η προκαταβολή πρέπει να δοθεί ξεχωριστά
ή μπαίνει κι αυτή στις δόσεις;

Αλεξάνδρα Ρήγα
Λάρισα"""),
("el", "b115-gl-iris-dyo-fores-auloporta", "Mixalis P. <mixalis.p88@example.gr>", "iris", "billing", "",
"""geia sas, o texnikos sas ftiaxe xtes thn auloporta (ola ok, dokimasthke)
kai tou plhrwsa 70e me IRIS. Mou leei "den hr8e" kai to 3anakana.
Twra blepw sthn trapeza 2 xrewseis twn 70. Mporeite na mou gyrisete th
mia? Stelnw screenshot.
Mixalhs"""),
("el", "b115-architektonas-adeia-amfisvitisi-trapeza", "Κωνσταντίνα Βλάχου <k.vlachou@example.gr>", "Αμοιβή για άδεια που δεν κατατέθηκε", "billing", "high",
"""Κύριε Σπυρόπουλε,

Τον Φεβρουάριο σας πλήρωσα με την κάρτα μου 3.200€ για τη μελέτη και
την έκδοση οικοδομικής άδειας για την προσθήκη ορόφου στην Πάτρα. Έχουν
περάσει πέντε μήνες. Στο σύστημα e-Άδειες δεν έχει υποβληθεί τίποτα στο
όνομά μου, και στα μηνύματά μου δεν απαντάτε.

Σας ενημερώνω ότι σήμερα κατέθεσα αίτημα αμφισβήτησης της χρέωσης στην
τράπεζά μου για το σύνολο του ποσού. Αν θέλετε να το διευθετήσουμε
μεταξύ μας, επιστρέψτε τα χρήματα πριν αποφανθεί η τράπεζα.

Κωνσταντίνα Βλάχου"""),
("el", "b115-architektonas-fpa-oxi-parapono", "Πέτρος Αναστασίου <petros.anastasiou@example.gr>", "Απόδειξη", "billing", "",
"""Καλημέρα κυρία Ζαχαρίου,

Να ξεκαθαρίσω ότι δεν είναι παράπονο για τα σχέδια, είναι εξαιρετικά
και η γυναίκα μου είναι ενθουσιασμένη με τη σοφίτα.

Στην απόδειξη όμως έχει προστεθεί ΦΠΑ 24% πάνω στα 2.500€, ενώ είχαμε
συμφωνήσει 2.500€ τελικό ποσό με τον ΦΠΑ μέσα. Μπορείτε να το
διορθώσετε;

Φιλικά,
Πέτρος"""),
("el", "b115-gl-fraxtis-skylos-efyge", "Dimitra Lazou <dimitra.lazou@example.gr>", "hlektriko fraxti", "billing", "",
"""Kalhmera,

Prin 2 xronia mas valate to aorato hlektriko fraxti ston kipo gia na
mhn fevgei o Rokos apo thn auli, me th mhniaia syndromh gia ton elegxo
kai tis mpataries tou kolarou (9,90 to mhna). O Rokos efyge apo th zwh
thn prohgoumenh evdomada, htan 14 xronwn. Den 8a paroume allo skyli
gia twra, opote den xreiazetai pia h syndromh, parakalw stamathste th.

Dhmhtra"""),
("el", "b115-epistrofi-plakakia-perisseuoun", "Ηλίας Κουτσούκος <ilias.koutsoukos@example.gr>", "Πλακάκια που περίσσεψαν", "billing", "",
"""Γεια σας,

Μετά την ανακαίνιση του μπάνιου περίσσεψαν 3 κούτες από τα γκρι
πλακάκια δαπέδου 60x60 και μία κούτα από τα λευκά τοίχου, όλες
σφραγισμένες. Ο μάστορας μου είπε ότι τα παίρνετε πίσω. Πόσα θα μου
επιστραφούν και πρέπει να τα φέρω εγώ στην αποθήκη στη Μεταμόρφωση ή
περνάτε εσείς;

Ηλίας"""),
("el", "b115-re-prosfora-ekptosi-efapax", "Γιάννης Τσιρίγος <g.tsirigos@example.gr>", "Re: Προσφορά Π-5521 - ανακαίνιση μπάνιου", "billing", "",
"""Καλησπέρα κύριε Μαυρίδη,

Ευχαριστώ για την προσφορά. Αν πληρώσουμε όλο το ποσό εφάπαξ με
τραπεζικό έμβασμα στην αρχή, υπάρχει κάποια έκπτωση; Ένας φίλος μου
είπε ότι σε εκείνον κάνατε 5%.

Γιάννης Τσιρίγος

Στις Δευ, 9 Σεπ 2024 στις 1:15 μ.μ., ο/η Νίκος Μαυρίδης <prosfores@example-banio.gr> έγραψε:
> Αγαπητέ κύριε Τσιρίγο,
>
> Σας αποστέλλουμε την προσφορά Π-5521 για την πλήρη ανακαίνιση του
> μπάνιου σας (καθαιρέσεις, υδραυλικά, πλακάκια, είδη υγιεινής):
> 8.950,00€ συμπεριλαμβανομένου ΦΠΑ.
>
> Με εκτίμηση,
> Νίκος Μαυρίδης"""),
("el", "b115-keramoskepi-xreosi-ypeuthinos", "Ευτυχια Ζερβα <eft.zerva@example.gr>", "Τελικος λογαριασμος κεραμοσκεπης", "billing", "high",
"""Κυριοι,

Η προσφορα σας για την κεραμοσκεπη στο σπιτι μας στο Βολο ηταν 3.900
ευρω, υπογεγραμμενη. Ο τελικος λογαριασμος που μας εφερε ο εργοδηγος
ειναι 4.800 ευρω, με "επιπλεον εργασιες" που κανεις δεν μας ρωτησε αν
θελουμε και κανεις δεν μας εξηγησε.

Με την γραμματεια εχω μιλησει δυο φορες και μου λενε "ετσι βγηκε".
Δεν πληρωνω τα 900 ευρω διαφορα αν δεν μου τηλεφωνησει ο υπευθυνος της
εταιρειας, οχι η γραμματεια, να μου εξηγησει τι ακριβως χρεωνετε.

Ευτυχια Ζερβα
6944 555 871"""),
("el", "b115-gl-erotisi-karta-i-metrita", "Kostas Bourlakis <kbourlakis@example.gr>", "Erwthsh", "billing", "",
"""Kalhmera, gia thn episkeuh sta keramidia pou 8a kanete thn Pempth
(to Hrakleio, Ma8ios Bourlakis) dexeste karta h mono metrhta? Kai to
timologio to dinete ekeinh thn wra h to stelnete meta?
Eyxaristw"""),
("el", "b115-pagoma-programmatos-ygrasias", "Ολγα Χατζηγεωργιου <olga.chatzi@example.gr>", "Προγραμμα ελεγχου υγρασιας", "billing", "",
"""Καλημερα σας,

Εχουμε το μηνιαιο προγραμμα με τον αφυγραντηρα και τον ελεγχο υγρασιας
στο υπογειο (35 ευρω το μηνα). Ο αντρας μου παιρνει μεταθεση στη
Στουτγαρδη για εξι μηνες και θα παμε ολοι μαζι, το σπιτι θα μεινει
κλειστο. Μπορουμε να παγωσουμε το προγραμμα απο Οκτωβριο μεχρι
Μαρτιο και να συνεχισουμε μετα; Δεν θελουμε να το κοψουμε.

Ολγα"""),
("el", "b115-stegi-stazei-den-thelo-lefta", "Βασίλης Ντόκος <vasilis.ntokos@example.gr>", "Στάζει πάλι στο σαλόνι", "technical", "",
"""Καλησπέρα,

Πριν πω οτιδήποτε άλλο: δεν ζητάω τα χρήματά μου πίσω, θέλω απλώς να
φτιαχτεί σωστά.

Τον Μάρτιο αλλάξατε τα σπασμένα κεραμίδια και βάλατε καινούρια
μεμβράνη στη στέγη. Με τις χθεσινές βροχές στάζει ξανά στο σαλόνι, στο
ίδιο σημείο δίπλα στην καμινάδα. Έβαλα λεκάνη. Μπορεί να έρθει κάποιος
να δει τα φλασινγκ γύρω από την καμινάδα;

Βασίλης Ντόκος
Κηφισιά"""),
("el", "b115-gl-gkarazoporta-tilexeiristirio", "Nikos Stamou <nikos.stamou@example.gr>", "garazoporta", "technical", "",
"""kalhspera, h garazoporta den anoigei apo to thlexeiristhrio edw k 2
meres. to lampaki sto thlexeiristhrio anavei, evala kainouria mpataria.
apo to koumpi ston toixo anoigei kanonika. mhpws 8elei 3ana
programmatismo? pws ginetai?"""),
("el", "b115-auloporta-fotokyttara-paidi", "Μαρία Κωστοπούλου <maria.kostopoulou@example.gr>", "Αυλόπορτα - δεν σταματάει", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω για κάτι που έγινε σήμερα με την ηλεκτρική
συρόμενη αυλόπορτα που μας τοποθετήσατε τον Ιούνιο. Ο μικρός μου (6
χρονών) πέρασε με το ποδήλατο ενώ έκλεινε, και η πόρτα δεν σταμάτησε
ούτε γύρισε πίσω, όπως κάνει συνήθως όταν κόβεται η δέσμη στα
φωτοκύτταρα. Πρόλαβα και τον τράβηξα. Το ποδήλατο χτυπήθηκε.

Την έχω κλειδώσει στο χειροκίνητο μέχρι να έρθει κάποιος να τη δει.

Μαρία Κωστοπούλου
Γλυφάδα, 6977 555 302"""),
("el", "b115-ntouziera-nero-parketo", "Αποστολης Γιαννακος <ap.giannakos@example.gr>", "Ντουζιερα", "technical", "",
"""Γεια σας. Απο την ντουζιερα που φτιαξατε χωρις σκαλοπατι, με τη
γραμμικη σχαρα, βγαινει νερο κατω απο το τελευταιο πλακακι και το
παρκετο στο διαδρομο εχει αρχισει να φουσκωνει στην ακρη. Χρειαζεται
να ερθει καποιος να δει τη στεγανωση. Αποστολης, Αμπελοκηποι
Θεσσαλονικης"""),
("el", "b115-gl-antlia-pisinas-thorybos", "Lefteris Dimou <l.dimou@example.gr>", "pisina", "technical", "",
"""Geia sas,
h antlia ths pisinas kanei edw kai kamia evdomada enan 8orybo san na
trivetai metallo, kai to manometro sto filtro anevainei sto kokkino
pio grhgora apo oti palia. Kanw backwash 2 fores thn evdomada. To nero
einai ok pros to paron. Mporei na perasei o texnikos?
Lefteris (Porto Rafti)"""),
("el", "b115-myrodia-gkaziou-sofita", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Σοφίτα - μυρωδιά", "technical", "high",
"""Καλημέρα,

Από τότε που μεταφέρατε τον λέβητα αερίου στη σοφίτα, στο πλαίσιο της
μετατροπής, μυρίζει γκάζι ελαφριά όταν ανεβαίνουμε εκεί, κυρίως το
πρωί. Σήμερα η μυρωδιά ήταν πιο έντονη. Κλείσαμε τη βάνα του αερίου
στον μετρητή, ανοίξαμε τα παράθυρα και βγήκαμε στην αυλή. Δεν ανάψαμε
τίποτα.

Παρακαλώ να στείλετε κάποιον σήμερα.

Σοφία Καραγιάννη
Πυλαία, 6945 555 118"""),
("el", "b115-enoikiazomena-naxos-pisina", "Villa Anemos Naxos <info@villa-anemos.example>", "Πισίνα", "technical", "high",
"""Καλημέρα,

Από χθες το βράδυ δεν δουλεύει ούτε η αντλία ούτε ο χλωριωτής στην
πισίνα που μας κατασκευάσατε πέρσι. Το νερό θόλωσε μέσα σε μία νύχτα,
την έχουμε κλείσει και έχουμε 14 δωμάτια γεμάτα, κυρίως οικογένειες
με παιδιά που ήρθαν ακριβώς για την πισίνα. Ήδη δύο ζευγάρια ζήτησαν
να φύγουν νωρίτερα και έχουμε αφίξεις το Σάββατο.

Στο τηλέφωνο του συνεργείου δεν απαντάει κανείς. Χρειαζόμαστε τεχνικό
στο νησί το συντομότερο.

Μανώλης Βασιλάκης
Villa Anemos, Αγία Άννα Νάξου"""),
("el", "b115-ygrasia-xanavgike-toixos", "Χρήστος Παππάς <christos.pappas@example.gr>", "Υγρασία - εγγύηση", "technical", "",
"""Κύριοι,

Τον Νοέμβριο κάνατε επέμβαση για ανερχόμενη υγρασία στον βόρειο τοίχο
του ισογείου μας στα Ιωάννινα (ενέσεις και ειδικό σοβά). Εδώ και ένα
μήνα έχουν ξαναβγεί οι λεκέδες και οι φουσκάλες στο χρώμα, στο ίδιο
ύψος όπως πριν. Η εργασία έχει εγγύηση δέκα ετών. Παρακαλώ να έρθει
κάποιος για αυτοψία.

Χρήστος Παππάς"""),
("el", "b115-gl-app-ergou-login", "Eleni Vasileiou <eleni.vasileiou@example.gr>", "den mpainw sto app", "technical", "",
"""Kalhmera! Den mporw na kanw login sthn efarmogh pou mas dwsate gia na
vlepoume tis fwtografies kai thn proodo tou ergou (h anakainish sto
Peristeri). Grafw to email kai ton kwdiko kai mou vgazei "sfalma
syndeshs". Sto wifi kai sta data to idio. Prin mia evdomada douleue.
Elenh"""),
("el", "b115-parathyro-sofitas-aeras", "Ανδρεας Λυμπερης <a.lymperis@example.gr>", "Παραθυρο στεγης", "technical", "",
"""Καλησπερα, το παραθυρο στεγης στο νεο δωματιο της σοφιτας δεν κλεινει
τελειως απο τη μια μερια, μενει ενα κενο περιπου μισο ποντο και με τον
αερα σφυριζει και μπαινει κρυο. Δοκιμασα να το κλεισω με δυναμη, τιποτα.
Να στειλετε καποιον να το ρυθμισει. Ανδρεας"""),
("el", "b115-priza-mpaniou-spithes", "Ιωάννης Ρούσσος <ioannis.roussos@example.gr>", "Πρίζα στο νέο μπάνιο", "technical", "high",
"""Καλησπέρα σας,

Σας γράφω ήρεμα, αλλά θέλω να το δείτε γρήγορα. Η πρίζα δίπλα στον
νιπτήρα στο μπάνιο που ανακαινίσατε τον περασμένο μήνα βγάζει σπίθες
όταν βάζουμε το πιστολάκι, και σήμερα είδα ότι η πλαστική πρόσοψη έχει
μαυρίσει γύρω από την τρύπα. Κατέβασα την ασφάλεια του μπάνιου και
δεν τη χρησιμοποιούμε.

Ιωάννης Ρούσσος"""),
("el", "b115-re-episkeui-gkarazoportas", "Δέσποινα Αλεξίου <despoina.alexiou@example.gr>", "Re: Επίσκεψη τεχνικού - γκαραζόπορτα", "technical", "",
"""Καλησπέρα κύριε Θεοδώρου,

Δυστυχώς δεν έστρωσε. Η πόρτα ανεβαίνει κανονικά, αλλά όταν κατεβαίνει
κάνει ένα δυνατό "τακ" στη μέση της διαδρομής και κοντοστέκεται πριν
συνεχίσει. Έκανα και το λάδωμα που είπατε.

Δέσποινα

Στις 20/8/2024 10:41 π.μ., ο Κώστας Θεοδώρου έγραψε:
> Κυρία Αλεξίου,
> ο τεχνικός μας ρύθμισε τα ελατήρια και τα τερματικά της πόρτας σας.
> Αν συνεχίσει ο θόρυβος, λαδώστε ελαφρά τους οδηγούς με σπρέι
> σιλικόνης και ενημερώστε μας.
> Κ. Θεοδώρου"""),
("el", "b115-gl-parking-mpara-den-anoigei", "Parking Kentro Larisas <info@parking-kentro.example>", "MPARA EISODOU", "technical", "high",
"""Kalhmera, h mpara ths eisodou kai h rolla ths e3odou pou mas
egkatasthsate sto parking sthn odo Kouma den anoigoun apo tis 7:30.
Mesa einai panw apo 60 autokinhta pelatwn pou den mporoun na vgoun
gia th douleia tous, apo e3w exei dhmiourgh8ei oura sto dromo kai
hr8e h troxaia. O ypallhlos dokimase to xeirokinhto kleidi, tipota.
Steilte texniko twra, 2410 555 740.
Akhs Ntinas"""),
("el", "b115-plakakia-koufia-xekollane", "Γεωργία Μελά <georgia.mela@example.gr>", "Πλακάκια μπάνιου", "technical", "",
"""Καλημέρα. Σε τρία πλακάκια του δαπέδου στο μπάνιο ακούγεται κούφιος ο
ήχος όταν πατάς, και ένα από αυτά, μπροστά στη λεκάνη, κουνιέται πλέον
λίγο και έχει ανοίξει ο αρμός γύρω του. Το μπάνιο τελείωσε πριν από
τέσσερις μήνες. Πότε μπορεί να περάσει ο πλακάς;
Γεωργία Μελά"""),
("el", "b115-efxaristo-architektona-adeia", "Άννα Δρόσου <anna.drosou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητή κυρία Ζαχαρίου,

Σήμερα βγήκε η άδεια για το σπίτι στη Σαντορίνη, μετά από έναν χρόνο
με την Αρχαιολογία και την πολεοδομία. Δεν ξέρω πώς το καταφέρατε με
τόση υπομονή. Θέλαμε απλώς να σας ευχαριστήσουμε, εσάς και τον Στέλιο
στο γραφείο, που μας εξηγούσατε κάθε βήμα χωρίς να μας αγχώνετε.

Με πολλή εκτίμηση,
Άννα και Φώτης Δρόσου"""),
("el", "b115-gl-efxaristw-mpanio-pappou", "Katerina Sotiriou <katerina.sotiriou@example.gr>", "eyxaristoume!!", "general", "",
"""Geia sas!! 8elw na pw ena megalo eyxaristw ston k. Takh kai ston Giannh
pou ekanan to mpanio tou pappou mou sto Peristeri. Evalan tis xeirolabes
kai to ka8isma sto ntous akrivws opws ta h8ele, kai ton afhnan na tous
lei istories olh mera xwris na ton syntomeyoun :) o pappous ekane
mpanio monos tou prwth fora meta apo dyo xronia. Na ste kala!
Katerina"""),
("el", "b115-ergates-kapnizoun-idioktitis", "Ελευθερία Καλογεροπούλου <el.kalogeropoulou@example.gr>", "Συμπεριφορά συνεργείου", "general", "high",
"""Προς τον ιδιοκτήτη της εταιρείας,

Το συνεργείο σας κάνει την προσθήκη στο σπίτι μας στο Μαρούσι από τις
3 Ιουνίου. Οι εργάτες καπνίζουν μέσα στο σπίτι παρότι τους το έχουμε
ζητήσει πολλές φορές, αφήνουν αποτσίγαρα στις γλάστρες, και ο
εργοδηγός μίλησε στην πεθερά μου, που είναι 80 χρονών, με τρόπο
απαράδεκτο όταν τους ζήτησε να μην κλείνουν την είσοδο με τα υλικά.

Δεν θέλω να ξαναμιλήσω με τον εργοδηγό ούτε με τη γραμματεία. Ζητώ να
μου τηλεφωνήσει ο ίδιος ο ιδιοκτήτης της εταιρείας μέχρι την Παρασκευή.

Ελευθερία Καλογεροπούλου
6932 555 407"""),
("el", "b115-orario-ekthesis-dekapentavgousto", "Παναγιώτα Λιάπη <p.liapi@example.gr>", "Ωράριο έκθεσης", "general", "",
"""Καλησπέρα, η έκθεση με τα είδη μπάνιου στη Βουλιαγμένης είναι ανοιχτή
την εβδομάδα του Δεκαπενταύγουστου; Θέλουμε να έρθουμε να δούμε
ντουζιέρες και δεν ξέρω αν κλείνετε για διακοπές.
Ευχαριστώ, Παναγιώτα"""),
("el", "b115-pergkola-poleodomia", "Σπυρος Αντωνακος <s.antonakos@example.gr>", "Περγκολα", "general", "",
"""Καλημερα σας. Θελω να βαλω περγκολα αλουμινιου με σταθερη σκεπη στην
ταρατσα, περιπου 4x5 μετρα, σε πολυκατοικια στην Καλλιθεα. Χρειαζεται
αδεια απο την πολεοδομια η αρκει η εγκριση μικρης κλιμακας; Και χρειαζεται
υπογραφη απο τους αλλους ιδιοκτητες; Σπυρος"""),
("el", "b115-gl-ylika-stin-porta-aulis", "Babis Georgiou <babis.georgiou@example.gr>", "paradosh ylikwn", "general", "",
"""Kalhmera, gia thn paradosh twn ylikwn gia to fraxti thn Tetarth: den 8a
eimai spiti, afhste ta mesa apo thn porta ths aulhs sta aristera, h
porta 8a einai anoixth. Mhn ta afhsete sto pezodromio gt pernane
polla autokinhta. An xreiastei kati, o geitonas o k. Stelios sto 14.
Mpampis"""),
("el", "b115-allagi-tilefonou-email", "Θεόδωρος Μαργαρίτης <t.margaritis@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα,

Παρακαλώ ενημερώστε τα στοιχεία επικοινωνίας μου για το έργο της
σοφίτας (Μαργαρίτης, Ν. Σμύρνη):
Νέο κινητό: 6984 555 026
Νέο email: t.margaritis@example.gr (αυτό από το οποίο σας γράφω)
Το παλιό email δεν το ελέγχω πια.

Θεόδωρος Μαργαρίτης"""),
("el", "b115-aitima-prosopika-dedomena", "Μυρτώ Καλλέργη <myrto.kallergi@example.gr>", "Αίτημα πρόσβασης - ΓΚΠΔ", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων,
παρακαλώ να μου γνωστοποιήσετε ποια προσωπικά μου δεδομένα τηρείτε,
για ποιο σκοπό και για πόσο χρόνο, καθώς και αν τα έχετε διαβιβάσει σε
τρίτους (π.χ. υπεργολάβους). Είχα ζητήσει προσφορά για πισίνα το 2022
χωρίς να προχωρήσω.

Μυρτώ Καλλέργη"""),
("el", "b115-xorigia-omada-mpasket", "Α.Σ. Αετοί Καλαμαριάς <aetoi.kalamarias@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε ο αθλητικός σύλλογος Αετοί Καλαμαριάς, με τμήματα μπάσκετ για
παιδιά 8-14 ετών. Ψάχνουμε χορηγό για τις φανέλες της νέας σεζόν και
ένα πανό στο γήπεδο. Πολλοί γονείς μας έχουν συνεργαστεί μαζί σας για
κουφώματα και γκαραζόπορτες και μας πρότειναν να σας ρωτήσουμε. Θα
σας ενδιέφερε;

Με εκτίμηση,
Γρηγόρης Τζιώτης, ταμίας"""),
("el", "b115-gl-vrikame-kinito-skalosia", "Vicky Makri <vicky.makri@example.gr>", "kinhto", "general", "",
"""Geia sas, vrhkame ena kinhto (mauro samsung me spasmenh 8hkh) sthn
skalwsia sthn prosopsh mas, prepei na einai kapoiou apo tous ergates
pou efygan xtes. To exw filaksei. Na erthei na to parei opoios to
exei xasei, eimaste spiti meta tis 5. Vicky, Kallipoleos 22 Kypselh"""),
("el", "b115-ekthesi-thessaloniki-sxara", "Ευάγγελος Δημητρίου <e.dimitriou@example.gr>", "Είσοδος της έκθεσής σας", "general", "high",
"""Καλημέρα σας,

Χθες το απόγευμα επισκεφθήκαμε με τη μητέρα μου την έκθεσή σας στην
Εγνατία. Στην είσοδο, η μεταλλική σχάρα του φρεατίου είναι σπασμένη
και λείπει ένα κομμάτι, οπότε ανοίγει μια τρύπα όσο ένα παπούτσι. Η
μητέρα μου σκόνταψε και χτύπησε το γόνατο, ευτυχώς ελαφριά.

Το είπαμε στον πωλητή και μας είπε ότι το ξέρουν εδώ και καιρό. Κάποιος
θα σπάσει πόδι. Παρακαλώ να σκεπαστεί ή να σημανθεί άμεσα.

Ευάγγελος Δημητρίου"""),
("el", "b115-gl-geia-sas-syros", "Fotini Vamvaka <fotini.vamvaka@example.gr>", "Geia sas", "general", "",
"""Geia sas, exoume ena palio petrino spiti sthn Ermoupolh kai 8eloume na
kanoume thn sofita domatio. Analamvanete douleies kai sthn Syro h mono
Athhna? Kai an nai, ti xronia perimenei kaneis gia na ksekinhsete?
Fwtinh"""),
("el", "b115-gl-ergo-2231-pote-xekinate", "Stelios Pavlidis <stelios.pavlidis@example.gr>", "Ergo 2231", "general", "",
"""Kalhspera, plhrwsa thn prwth dosh gia to mpanio thn Paraskeuh (ergo
2231). Yparxei mia hmeromhnia enarkshs? Oxi oti viazomaste, apla prepei
na kanonisoume na meinoume ston adelfo mou oso 8a einai xwris mpanio.
Eyxaristw
Sths"""),
# ---------------- Spanish ----------------
("es", "b115-senal-reforma-bano-omic", "Inmaculada Ferrer <inma.ferrer@example.es>", "Señal de la reforma del baño", "billing", "high",
"""Buenos días:

El 3 de marzo les pagué por transferencia una señal de 1.800 € para la
reforma completa del baño de mi piso en Benimaclet, con inicio de obra
acordado para el 15 de abril. Estamos en junio. No ha venido nadie,
nadie me coge el teléfono y el último whatsapp que me contestaron fue
"esta semana sin falta", hace un mes.

Ya no quiero que hagan la obra. Les exijo la devolución íntegra de los
1.800 € en un plazo de diez días. Si no, presentaré una reclamación en
la OMIC de Valencia y mi abogado iniciará las acciones que correspondan.

Inmaculada Ferrer Soler"""),
("es", "b115-porton-meses-sin-intereses", "Alejandro Ruiz <alejandro.ruiz@example.com.mx>", "Portón eléctrico - forma de pago", "billing", "",
"""Buenas tardes,

Nos interesa la cotización del portón corredizo con motor (MXN 38,500).
¿Aceptan pago a meses sin intereses con tarjeta de crédito? De ser así,
¿a cuántos meses y con qué bancos? Y el anticipo del 50%, ¿se puede
pagar también a meses o tiene que ser por transferencia?

Saludos,
Alejandro Ruiz
Zapopan, Jal."""),
("es", "b115-pileta-cuotas-dolares", "Martín Sosa <martin.sosa@example.com.ar>", "presupuesto pileta", "billing", "",
"""Hola, qué tal. Recibí el presupuesto de la pileta de 7x3,5 en
hormigón. Dos consultas: ¿el precio en pesos queda fijo o se ajusta
mes a mes por inflación mientras dura la obra? Y si les pago una parte
en dólares, ¿a qué cotización lo toman? Me sirve para ver si arrancamos
ahora o después del aguinaldo.

Martín - Pilar"""),
("es", "b115-iva-tejado-21-vivienda", "Jordi Puig <jordi.puig@example.es>", "Factura tejado F-2024-118", "billing", "",
"""Hola,

En la factura F-2024-118 por la reparación del tejado de mi casa
(vivienda habitual, en Sabadell) nos han aplicado el IVA al 21 %. Por lo
que me dice mi gestor, en reparaciones de vivienda particular se aplica
el 10 % si los materiales no superan el 40 % de la base. ¿Pueden
revisarlo y emitir factura rectificativa?

Gracias,
Jordi Puig"""),
("es", "b115-mantenimiento-piscina-vendido-chalet", "Rosa María Gil <rosamaria.gil@example.es>", "Mantenimiento de la piscina", "billing", "",
"""Buenas,

Les escribo para darnos de baja del mantenimiento semanal de la piscina
(85 € al mes). Hemos vendido el chalet de Torrelodones y firmamos la
escritura el día 30, así que a partir de julio ya no es cosa nuestra.
Les he dejado su tarjeta a los nuevos dueños por si quieren seguir con
ustedes.

Muchas gracias por estos años, siempre la tuvieron impecable.

Rosa María"""),
("es", "b115-mantenimiento-puerta-mama-fallecio", "Diana Carolina Pérez <dianac.perez@example.com.co>", "Servicio de mantenimiento puerta de garaje", "billing", "",
"""Buenas tardes, cordial saludo.

Mi mamá, la señora Gloria Inés Restrepo, tenía contratado con ustedes el
mantenimiento trimestral de la puerta del garaje de su casa en Envigado,
por $95.000 cada visita. Lamentablemente mi mamá falleció el mes pasado
y la casa va a quedar desocupada mientras se hace la sucesión, entonces
ya no vamos a necesitar el servicio. Les agradezco cancelarlo y no
hacer más cobros a la tarjeta de ella.

Quedo atenta,
Diana Carolina Pérez Restrepo"""),
("es", "b115-bizum-doble-cerrajero-valla", "Sergio Navas <sergio.navas@example.es>", "bizum repetido", "billing", "",
"""hola, ayer el chico que vino a arreglar la cancela me dijo que le
hiciera un bizum de 60 euros y como no le llegaba lo hice otra vez, y
ahora me salen los dos cargos. me devolveis uno porfa? el arreglo quedo
perfecto eh"""),
("es", "b115-cerca-electrica-contracargo", "Verónica Lozano <veronica.lozano@example.com.mx>", "Cobro por instalación que nunca se hizo", "billing", "high",
"""Buen día,

El 4 de mayo pagué con mi tarjeta MXN 24,800 por la instalación de cerca
electrificada en la barda de mi casa en Querétaro. La instalación se
agendó tres veces y las tres me cancelaron el mismo día. Pedí la
devolución por correo el 2 de junio y no he recibido respuesta.

Hoy levanté un contracargo con mi banco por el total y también presenté
queja ante la PROFECO. Les mando este correo para que quede constancia.

Verónica Lozano"""),
("es", "b115-tejas-sobrantes-abono", "Antonio Carrasco <antonio.carrasco@example.es>", "Tejas que sobraron", "billing", "",
"""Buenas tardes,

De la obra del tejado sobraron dos palés de teja árabe sin abrir, que se
llevó su camión el lunes. El encargado me dijo que me abonarían la parte
de material no usado. ¿Cuánto sería y cuándo me lo ingresarían?

Un saludo,
Antonio Carrasco
Écija"""),
("es", "b115-consulta-boleta-o-factura", "Francisca Muñoz <francisca.munoz@example.cl>", "Consulta", "billing", "",
"""Hola, buenas tardes. Para la ampliación del segundo piso, ¿los pagos
por avance se pueden hacer por transferencia o solo con cheque? Y
necesito que me emitan factura, no boleta, porque lo voy a cargar a mi
empresa. Son $14.600.000 en total según el presupuesto.
Saludos, Francisca (Ñuñoa)"""),
("es", "b115-arquitecto-visita-cobrada-dos-veces", "Lucía Benítez <lucia.benitez@example.es>", "Visita de obra", "billing", "",
"""Hola Pablo,

Antes de nada, esto no es ninguna queja sobre el proyecto: estamos
encantados con cómo está quedando la buhardilla.

Es solo que en la última factura nos habéis cobrado dos veces la visita
de dirección de obra del 12 de septiembre (2 x 150 €). Ese día solo
vino Marta una vez. ¿Lo podéis corregir?

Un abrazo,
Lucía"""),
("es", "b115-techo-presupuesto-cambio-gerente", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "Presupuesto del techo - quiero hablar con el dueño", "billing", "high",
"""Buenas.

Firmamos un presupuesto de $4.200.000 por el cambio de chapas y la
aislación del techo en la casa de Córdoba. Hoy el capataz me trae uno
"actualizado" de $5.900.000 y me dice que si no lo acepto paran la obra,
con medio techo abierto y pronóstico de lluvia.

Con la administrativa ya hablé dos veces y no resuelve nada. Quiero que
me llame el dueño de la empresa, hoy, al 351 555-0142. No voy a pagar un
peso más de lo firmado sin hablar con él.

Gustavo Ferreyra"""),
("es", "b115-deshumidificador-pausa-erasmus", "Irene Calvo <irene.calvo@example.es>", "Pausar el alquiler del deshumidificador", "billing", "",
"""Hola!

Tengo alquilado con vosotros el deshumidificador con el plan de control
de humedad del sótano (29 €/mes). Me voy de Erasmus a Lisboa de
septiembre a febrero y el piso se queda cerrado. ¿Se puede pausar la
cuota esos meses y retomarlo a la vuelta? No quiero darme de baja,
que la humedad vuelve fijo.

Gracias!!
Irene"""),
("es", "b115-gotera-no-quiero-dinero", "Manuel Ortega <manuel.ortega@example.es>", "Gotera otra vez", "technical", "",
"""Buenas, vuelve a entrar agua por el techo de la habitacion pequeña,
justo donde arreglasteis la teja en febrero. Con la tormenta del
domingo cayo bastante, tengo un cubo puesto. Que conste que no quiero
que me devolvais el dinero ni nada, solo que venga alguien y lo deje
bien. Manolo, calle Jardines 8, Getafe"""),
("es", "b115-porton-no-cierra-completo", "Paola Hernández <paola.hernandez@example.com.mx>", "portón", "technical", "",
"""Hola buenas tardes, el portón eléctrico ya no cierra completo, se
queda como a 20 cm de la orilla y se regresa. Ya limpié el riel como
me dijeron la otra vez. El control sí funciona. ¿Pueden mandar al
técnico esta semana? Saludos, Paola (Fracc. Los Álamos, Puebla)"""),
("es", "b115-puerta-garaje-bajo-de-golpe", "Carmen Vidal <carmen.vidal@example.es>", "Puerta de garaje", "technical", "high",
"""Buenas tardes:

Les escribo para informarles de que esta mañana, al abrir la puerta
seccional del garaje, se oyó un golpe seco arriba y la puerta bajó de
golpe en cuanto solté el mando. Menos mal que no había nadie debajo ni
el coche a medio salir. Uno de los muelles de arriba está partido.

La he dejado cerrada y hemos puesto una nota para que nadie la toque.
Les agradecería que vinieran cuanto antes, porque mi hijo pequeño suele
pasar por ahí con la bici.

Carmen Vidal
Majadahonda"""),
("es", "b115-pileta-pierde-agua", "Florencia Giménez <florencia.gimenez@example.com.ar>", "La pile pierde agua", "technical", "",
"""Hola! La pileta que nos terminaron en noviembre está perdiendo unos
3 cm por día, y no es evaporación porque hice la prueba del balde.
No hay manchas de humedad en el jardín. ¿Puede venir alguien a
buscar la pérdida? Gracias, Flor (Funes)"""),
("es", "b115-olor-quemado-cuadro-atico", "Raúl Esteban <raul.esteban@example.es>", "Ático - olor a quemado", "technical", "high",
"""Hola,

Desde ayer por la noche hay olor a plástico quemado en el ático que nos
reformasteis, viene del cuadro eléctrico nuevo que instalasteis allí.
Esta mañana el diferencial del ático ha saltado dos veces y la tapa
del cuadro está caliente al tocarla. He bajado el general del ático y
estamos sin luz arriba, pero el olor sigue un poco.

Por favor, que venga un electricista hoy.

Raúl Esteban
Logroño, 600 555 218"""),
("es", "b115-porteria-vehicular-conjunto", "Administración Conjunto Altos del Bosque <admin@altosdelbosque.example>", "Portería vehicular", "technical", "high",
"""Buenos días,

Desde las 5:40 a.m. la talanquera y el portón de la portería vehicular
que ustedes instalaron no abren ni con el control ni con el pulsador.
El conjunto tiene 120 apartamentos; hay una fila de carros adentro que
no pueden salir a trabajar ni llevar a los niños al colegio, y los
domicilios y la ruta escolar están esperando afuera. El vigilante
intentó el desbloqueo manual y no cede.

Necesitamos un técnico de inmediato. Teléfono de la administración:
601 555 3480.

Sandra Milena Rojas
Administradora"""),
("es", "b115-humedad-vuelve-inyeccion", "Encarnación Molina <encarni.molina@example.es>", "Humedades", "technical", "",
"""Buenos dias,

En enero nos hicieron el tratamiento de inyeccion contra la humedad por
capilaridad en la planta baja. Ya han vuelto a salir manchas y el
salitre en el rodapie del salon, sobre todo en la pared que da a la
calle. Tenemos la garantia. ¿Cuando podrian mandar al tecnico?

Encarnacion Molina
Almendralejo"""),
("es", "b115-area-cliente-no-carga-planos", "Íñigo Larrañaga <inigo.larranaga@example.es>", "No puedo ver los planos", "technical", "",
"""Kaixo,

En el área de cliente de la web entro sin problema, pero al pinchar en
"Documentos del proyecto" para ver los planos de la reforma se queda la
rueda girando y al final sale "Error 504". Lo he probado en el móvil y
en el ordenador, con Chrome y Firefox. Los necesito para pasárselos al
de la comunidad.

Íñigo"""),
("es", "b115-ventana-altillo-filtra", "Rodrigo Vergara <rodrigo.vergara@example.cl>", "ventana del altillo", "technical", "",
"""Buenas, la ventana de techo del altillo que nos hicieron filtra cuando
llueve fuerte, se moja el marco por dentro y chorrea por la pared. Ya
pasó dos veces este invierno. ¿Pueden venir a revisar el sellado?
Rodrigo Vergara, Puerto Montt"""),
("es", "b115-re-plato-ducha-encharca", "Beatriz Domínguez <beatriz.dominguez@example.es>", "RE: Incidencia 7714 - plato de ducha", "technical", "",
"""Hola Alberto,

Pues sigue igual, lo siento. Después de cada ducha se queda un charco
de un dedo en la esquina contraria al desagüe, y tarda horas en
secarse. He quitado la rejilla y limpiado el sifón como me dijiste y
no hay pelos ni nada.

Beatriz

-----Mensaje original-----
De: Alberto Prieto <incidencias@example-banos.es>
Enviado el: jueves, 5 de septiembre de 2024 12:30
Para: Beatriz Domínguez
Asunto: Incidencia 7714 - plato de ducha

Hola Beatriz:
Antes de mandar al instalador, prueba a quitar la rejilla del
desagüe y limpiar el sifón; a veces el agua se acumula por un atasco.
Un saludo,
Alberto"""),
("es", "b115-hola-calentador-alberca", "Jorge Treviño <jorge.trevino@example.com.mx>", "Hola", "technical", "",
"""Hola, el calentador de la alberca marca "E5" en la pantalla desde el
sábado y no calienta nada, el agua está a 22 grados. Ya lo apagué y lo
prendí desde el breaker. La bomba sí funciona. ¿Cuándo podría venir
alguien? Estamos en San Pedro Garza García.
Jorge"""),
("es", "b115-escuela-natacion-depuradora", "Club Natación Delfines <info@cn-delfines.example>", "Depuradora piscina cubierta", "technical", "high",
"""Buenos días,

Desde el viernes por la noche la depuradora de la piscina cubierta que
nos instalaron en primavera no arranca: el panel se enciende pero la
bomba no hace nada. Sin filtrado ni cloración no podemos abrir, así que
hemos tenido que suspender los cursillos de unos 150 niños y las
sesiones de los mayores del programa municipal, y los padres ya están
pidiendo que les devolvamos las cuotas.

Necesitamos que venga un técnico hoy o mañana como muy tarde.

Javier Sanz
Coordinador, C.N. Delfines (Alcalá de Henares)"""),
("es", "b115-terraza-filtra-vecino-abogado", "Pilar Aranda <pilar.aranda@example.es>", "Reclamación formal - impermeabilización terraza", "technical", "high",
"""Muy señores míos:

En octubre de 2023 su empresa impermeabilizó la terraza de mi ático en
la calle Princesa. Desde entonces el agua ha pasado tres veces al piso
de abajo, cada vez que llueve con fuerza. Sus operarios han venido dos
veces y han "sellado" las juntas, sin resultado. El vecino tiene ya
manchas en el techo del dormitorio y me ha reclamado los daños.

Esta es mi reclamación formal. Si en quince días no me dan fecha para
rehacer la impermeabilización, pondré el asunto en manos de mi abogado,
incluida la reclamación de los daños al vecino.

Pilar Aranda Ruiz"""),
("es", "b115-mampara-se-sale-riel", "Agustina Paz <agustina.paz@example.com.ar>", "mampara", "technical", "",
"""Buenas! La puerta corrediza de la mampara del baño que nos pusieron se
sale del riel de abajo cada dos por tres y hay que volver a calzarla.
Me parece que una de las ruedas está floja. ¿Pueden pasar a ajustarla?
Agus (Rosario)"""),
("es", "b115-gracias-albaniles", "Concha Romero <concha.romero@example.es>", "Gracias", "general", "",
"""Buenas tardes,

Solo quería daros las gracias a Paco y a los dos chavales que nos han
hecho la ampliación de la cocina. Tres semanas de obra y ni un mal
gesto, lo dejaban todo barrido cada tarde y hasta le subían la compra
a mi suegra, que vive con nosotros. Que se lo digáis de mi parte, que
se lo merecen.

Concha"""),
("es", "b115-muchas-gracias-arquitecta", "Mariana Castillo <mariana.castillo@example.com.mx>", "¡Muchas gracias!", "general", "",
"""Arq. Valeria:

Ayer nos entregaron la casa y no podíamos dejar de escribirle. Cada
rincón quedó como lo soñamos, y la luz de la tarde en la sala es
justo lo que nos dijo que pasaría. Gracias por su paciencia con todos
nuestros cambios de última hora.

Un abrazo de toda la familia,
Mariana y Rubén Castillo
Mérida, Yuc."""),
("es", "b115-obreros-groseros-encargado", "Francisco Javier Sáez <fj.saez@example.es>", "Comportamiento de sus operarios", "general", "high",
"""Buenos días:

Llevan ustedes tres semanas haciendo la fachada de nuestro bloque en
Zaragoza. Sus operarios aparcan la furgoneta todos los días en el vado
de mi garaje, y esta mañana, cuando mi madre (83 años) les pidió que la
movieran para que pudiera salir el taxi al médico, uno de ellos le
contestó de muy malas maneras y otro se rió de ella.

No pienso volver a hablar con la cuadrilla. Quiero que me llame el
encargado de la obra o alguien de la dirección de la empresa, hoy
mismo, al 676 555 104.

Francisco Javier Sáez"""),
("es", "b115-horario-showroom-sabado", "Nicolás Acosta <nicolas.acosta@example.com.ar>", "Horario", "general", "",
"""Buen día, el showroom de Palermo abre los sábados? Queremos ir a ver
los portones de madera con mi señora. Hasta qué hora están?
Gracias. Nicolás"""),
("es", "b115-licencia-cambiar-valla", "Amparo Lorente <amparo.lorente@example.es>", "Consulta valla", "general", "",
"""Hola, buenas. Queremos cambiar la valla de la parcela que da a la
calle (ahora es de malla y la queremos de bloque con celosía, de 1,80).
¿Hace falta licencia de obra o basta con una comunicación previa en el
Ayuntamiento de Paterna? ¿Lo tramitáis vosotros?
Gracias, Amparo"""),
("es", "b115-entrega-materiales-porteria", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Entrega de materiales martes", "general", "",
"""Buenas tardes,

Para la entrega del martes de la cerámica y el drywall: el edificio
solo deja entrar materiales por el parqueadero del sótano, de 8 a 12 y
de 2 a 5, y el conductor tiene que dejar la cédula en portería. El
apartamento es el 804. Por favor avisarle al conductor para que no
llegue a la hora del almuerzo.

Andrés Felipe Gómez
Chapinero, Bogotá"""),
("es", "b115-cambio-email-telefono", "Teresa Blanco <teresa.blanco@example.es>", "Cambio de datos de contacto", "general", "",
"""Hola,

Por favor, cambien mi teléfono y correo en la ficha de la obra de la
buhardilla (Teresa Blanco, Burgos):
Teléfono: 611 555 930
Correo: este desde el que les escribo.

Gracias."""),
("es", "b115-derecho-acceso-rgpd", "Óscar Vallejo <oscar.vallejo@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

Al amparo del artículo 15 del RGPD, solicito que me informen de qué
datos personales míos tratan, con qué finalidad, a quién se han
comunicado y durante cuánto tiempo los conservarán. Les pedí un
presupuesto de piscina en 2021 y desde entonces recibo publicidad de
otras empresas del sector.

Atentamente,
Óscar Vallejo Cuesta
DNI 00000000T"""),
("es", "b115-patrocinio-torneo-colonia", "Liga Infantil Col. Moderna <liga.moderna@example.com.mx>", "Patrocinio torneo de fútbol", "general", "",
"""Buenas tardes,

Organizamos el torneo de fútbol infantil de la colonia Moderna, con 18
equipos de niños de 7 a 12 años. Buscamos patrocinadores para los
trofeos y las playeras. Varios papás de la liga han contratado con
ustedes bardas y portones y nos sugirieron escribirles. ¿Les
interesaría participar? Les podemos poner su logo en la lona del campo.

Atte.
Héctor Salinas, tesorero"""),
("es", "b115-se-dejaron-nivel-laser", "Nerea Iglesias <nerea.iglesias@example.es>", "Se os olvidó algo", "general", "",
"""Hola! Al limpiar el garaje he encontrado un nivel láser verde en su
maletín y una caja de brocas, deben de ser de los chicos que hicieron
la puerta. Lo tengo guardado, que pasen a por ello cuando quieran, por
las tardes estoy en casa. Nerea (Urb. Los Pinos 14, Boadilla)"""),
("es", "b115-exposicion-baldosa-suelta", "Ramón Castaño <ramon.castano@example.es>", "Baldosa suelta en su exposición", "general", "high",
"""Buenas tardes:

Ayer estuvimos en su exposición de baños de la avenida de Andalucía.
Nada más entrar, a la izquierda, hay una baldosa del suelo suelta y
partida que bascula al pisarla. Mi padre, que tiene 79 años, tropezó y
se dio contra una de las mamparas de exposición; por suerte se quedó
en un susto y un moratón.

La dependienta nos dijo que "ya lo sabían". Les ruego que lo arreglen
o al menos lo señalicen antes de que alguien se haga daño de verdad.

Ramón Castaño"""),
("es", "b115-obra-3318-cuando-empiezan", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Obra 3318", "general", "",
"""Hola, buenas. Ya transferí el anticipo del cierre perimetral (obra
3318) el lunes. ¿Tienen fecha de inicio? Es para avisarle al vecino,
porque van a tener que entrar por su lado.
Saludos, Ignacio - Chicureo"""),
("es", "b115-jornada-puertas-abiertas", "Elena Sanchís <elena.sanchis@example.es>", "jornada de puertas abiertas", "general", "",
"""hola, he visto en instagram que haceis una jornada de puertas abiertas
en la nave de alboraya con charlas sobre piscinas naturales. hay que
apuntarse antes o se puede ir sin mas? se puede llevar niños?
elena"""),
# ---------------- Polish ----------------
("pl", "b115-zaliczka-dach-pozew", "Krzysztof Wilczek <krzysztof.wilczek@example.pl>", "Zaliczka na wymianę pokrycia dachu", "billing", "high",
"""Szanowni Państwo,

12 marca wpłaciłem przelewem 8 000 zł zaliczki na wymianę pokrycia
dachu w domu w Myślenicach, z terminem rozpoczęcia prac na 6 maja. Do
dziś nikt się nie pojawił. Dwa razy słyszałem przez telefon "w
przyszłym tygodniu", a od trzech tygodni nikt nie odbiera.

Odstępuję od umowy i żądam zwrotu całej zaliczki w terminie 14 dni od
dnia otrzymania tej wiadomości. W przeciwnym razie skieruję sprawę do
sądu, a kopię korespondencji przekażę miejskiemu rzecznikowi
konsumentów.

Krzysztof Wilczek"""),
("pl", "b115-faktura-na-firme-nip", "Agnieszka Sowa <biuro@sowa-projekt.example>", "Faktura za łazienkę", "billing", "",
"""Dzień dobry,

Za remont łazienki w biurze przy ul. Ruskiej we Wrocławiu dostaliśmy
paragon, a potrzebujemy faktury VAT na firmę:

Sowa Projekt sp. z o.o.
ul. Ruska 19/4, 50-079 Wrocław
NIP 000-000-00-00

Kwota bez zmian, 18 450 zł brutto. Dziękuję!

Agnieszka Sowa"""),
("pl", "b115-raty-brama-bez-znakow", "Pawel Kaczmarek <pawel.kaczmarek@example.pl>", "raty", "billing", "",
"""Dzien dobry, czy brame przesuwna z automatem (oferta 14 900 zl) mozna
kupic na raty 0%? Jesli tak to na ile rat i przez jaki bank. I czy
zaliczke tez mozna rozlozyc czy trzeba ja wplacic od razu przelewem?
Pozdrawiam, Pawel z Gniezna"""),
("pl", "b115-serwis-bramy-sprzedany-dom", "Halina Nowicka <halina.nowicka@example.pl>", "Umowa serwisowa", "billing", "",
"""Dzień dobry,

Sprzedaliśmy dom w Otwocku, akt notarialny podpisaliśmy w piątek, a od
15 października przeprowadzamy się do mieszkania w Warszawie. Proszę o
zakończenie umowy na przegląd bramy garażowej i wjazdowej (59 zł
miesięcznie). Nowym właścicielom zostawiłam Państwa wizytówkę, gdyby
chcieli podpisać własną umowę.

Dziękuję za lata dobrej współpracy.
Halina Nowicka"""),
("pl", "b115-blik-dwa-razy-naprawa-furtki", "Kamil Zając <kamil.zajac@example.pl>", "podwojna platnosc", "billing", "",
"""Hej, wczoraj pan od furtki (elektrozaczep, wszystko śmiga) powiedział
żebym zapłacił BLIKiem 250 zł, pierwszy kod wywaliło błąd, więc
wpisałem drugi. Teraz w banku mam dwa razy po 250. Możecie oddać jedną
płatność? Mogę podesłać screena z aplikacji.
Kamil"""),
("pl", "b115-vat-8-zamiast-23-lazienka", "Bożena Krawczyk <bozena.krawczyk@example.pl>", "Stawka VAT na fakturze", "billing", "",
"""Dzień dobry,

Na fakturze FV/112/2024 za remont łazienki w naszym mieszkaniu (lokal
mieszkalny, 54 m2, Łódź) naliczono VAT 23%. Z tego co wiem, przy
remoncie w budownictwie objętym społecznym programem mieszkaniowym
obowiązuje 8%. Czy mogą Państwo to sprawdzić i wystawić korektę?

Z poważaniem,
Bożena Krawczyk"""),
("pl", "b115-architekt-chargeback", "Marek Dudek <marek.dudek@example.pl>", "Projekt domu - zwrot 6 000 zł", "billing", "high",
"""Dzień dobry,

W styczniu zapłaciłem kartą 6 000 zł za projekt adaptacji domu
typowego, który miał być gotowy do 31 marca. Do dziś nie dostałem ani
projektu, ani odpowiedzi na trzy maile z prośbą o zwrot pieniędzy.

Informuję, że dzisiaj złożyłem w banku reklamację transakcji
(chargeback) na całą kwotę. Jeśli zwrócą Państwo pieniądze wcześniej,
proszę o informację, to wycofam reklamację.

Marek Dudek"""),
("pl", "b115-zwrot-plytek-niewykorzystanych", "Iwona Baran <iwona.baran@example.pl>", "Zwrot płytek", "billing", "",
"""Dzień dobry,

Po remoncie łazienki zostały nam 4 paczki płytek ściennych i 2 paczki
podłogowych, wszystkie nieotwierane, z paragonem. Pan Tomek mówił, że
można je oddać. Ile pieniędzy wróci i czy muszę je przywieźć do
hurtowni w Rzeszowie, czy ktoś je odbierze?

Iwona Baran"""),
("pl", "b115-nie-usterka-rabat-brama", "Grzegorz Szymański <g.szymanski@example.pl>", "Brama", "billing", "",
"""Dzień dobry,

Od razu zaznaczam, że nie chodzi o usterkę - brama garażowa działa
świetnie, cicha i szybka, montaż bez zarzutu.

Chodzi o rozliczenie: w ofercie był rabat 10% przy zamówieniu do końca
kwietnia, zamówiliśmy 22 kwietnia, a na fakturze jest pełna kwota
9 800 zł. Proszę o korektę na 8 820 zł.

Pozdrawiam,
Grzegorz Szymański"""),
("pl", "b115-basen-zasypujemy-warzywnik", "Teresa Lis <teresa.lis@example.pl>", "Abonament na obsługę basenu", "billing", "",
"""Dzień dobry Państwu,

Wnuki wyrosły, a my z mężem już nie pływamy, więc wiosną zasypujemy
basen i robimy tam warzywnik. W związku z tym proszę zakończyć nasz
abonament na sezonową obsługę basenu (otwarcie, serwis, zamknięcie na
zimę) i nie pobierać już opłaty 180 zł miesięcznie.

Dziękuję, Teresa Lis
Konstancin"""),
("pl", "b115-odp-oferta-kontener-gruz", "Łukasz Wróbel <lukasz.wrobel@example.pl>", "Odp: Oferta nr 2024/311 - adaptacja poddasza", "billing", "",
"""Dzień dobry Pani Moniko,

Dziękuję za ofertę. Jedno pytanie zanim podpiszemy: czy wywóz gruzu i
kontener są w tej cenie, czy dochodzą osobno? W ofercie nic o tym nie
ma, a sąsiad płacił za to dodatkowo prawie 2 000 zł.

Łukasz Wróbel

W dniu 3.09.2024 o 14:22, Monika Gajewska <oferty@example-poddasza.pl> pisze:
> Szanowny Panie,
>
> w załączeniu przesyłamy ofertę nr 2024/311 na adaptację poddasza
> (ok. 48 m2) wraz z oknami dachowymi: 96 500 zł brutto.
>
> Z poważaniem,
> Monika Gajewska"""),
("pl", "b115-doplata-prace-dodatkowe-wlasciciel", "Danuta Michalak <danuta.michalak@example.pl>", "Dopłata za \"prace dodatkowe\"", "billing", "high",
"""Dzień dobry,

Umowa na ocieplenie i elewację naszego domu opiewała na 42 000 zł. Po
zakończeniu prac kierownik ekipy wręczył nam fakturę na 51 300 zł, z
pozycją "prace dodatkowe" na 9 300 zł. Nikt nas o żadnych dodatkowych
pracach nie informował ani nie pytał o zgodę.

W biurze dwa razy usłyszałam, że "tak wyszło w trakcie". Nie zapłacę
tej różnicy, dopóki nie zadzwoni do mnie właściciel firmy i nie
wyjaśni, za co dokładnie mamy płacić. Tel. 601 555 219.

Danuta Michalak"""),
("pl", "b115-osuszacz-zawieszenie-norwegia", "Rafal Pietrzyk <rafal.pietrzyk@example.pl>", "zawieszenie abonamentu", "billing", "",
"""Dzien dobry,
mamy u Panstwa abonament na osuszacz i pomiary wilgotnosci w piwnicy
(79 zl/mies). Od listopada do marca wyjezdzam do pracy w Norwegii, zona
jedzie ze mna, dom bedzie zamkniety. Czy mozna zawiesic abonament na te
miesiace i wznowic w kwietniu? Nie chcemy rezygnowac.
Rafal Pietrzyk, Sanok"""),
("pl", "b115-dach-przecieka-nie-chce-zwrotu", "Jan Kowalewski <jan.kowalewski@example.pl>", "Przeciek nad łazienką", "technical", "",
"""Dzień dobry,

Nie chcę żadnego zwrotu ani rabatu, chcę tylko, żeby to zostało
porządnie zrobione.

W maju wymieniali Państwo obróbki blacharskie przy kominie. Po
wczorajszej ulewie znowu cieknie na sufit w łazience, dokładnie w tym
samym miejscu co przed naprawą. Podstawiłem miskę. Proszę o termin
wizyty dekarza.

Jan Kowalewski
Bielsko-Biała"""),
("pl", "b115-brama-garazowa-pilot", "Ewa Sikora <ewa.sikora@example.pl>", "pilot", "technical", "",
"""Dzien dobry, brama garazowa przestala reagowac na pilota, na obu
pilotach to samo. Z przycisku w garazu otwiera sie normalnie. Bateria
nowa. Czy trzeba go na nowo zaprogramowac? Ewa"""),
("pl", "b115-furtka-kopie-pradem", "Tadeusz Malinowski <tadeusz.malinowski@example.pl>", "Furtka i brama wjazdowa", "technical", "high",
"""Dzień dobry,

Informuję, że od wczoraj przy dotknięciu metalowej furtki, którą
Państwo montowali z automatem do bramy przesuwnej, czuć wyraźne
kopnięcie prądem, szczególnie po deszczu. Sąsiad mówi, że jego też
"szczypnęło". W skrzynce sterownika przy słupku coś trzeszczy.

Wyłączyłem zasilanie bramy w rozdzielni i otwieramy ręcznie. Proszę o
przyjazd elektryka jak najszybciej, bo listonosz i dzieci sąsiadów
codziennie łapią za tę klamkę.

Tadeusz Malinowski
Kielce, tel. 694 555 830"""),
("pl", "b115-odplyw-liniowy-cofa", "Natalia Wójcik <natalia.wojcik@example.pl>", "Prysznic", "technical", "",
"""Dzień dobry, z odpływu liniowego w nowej łazience woda przestała
schodzić, po minucie prysznica stoi już na płytkach i wylewa się pod
drzwi. Wyczyściłam syfon, nic to nie dało. Remont był skończony w
lipcu. Kiedy może ktoś przyjść?
Natalia, Gdańsk Zaspa"""),
("pl", "b115-dym-kominek-poddasze", "Andrzej Sobczak <andrzej.sobczak@example.pl>", "Poddasze - dym", "technical", "high",
"""Dzień dobry,

Od kiedy skończyli Państwo adaptację poddasza i przebudowę komina,
przy każdym paleniu w kominku w salonie dym cofa się i pojawia się w
nowej sypialni na górze, przy obudowie komina. Wczoraj wieczorem
zadziałała czujka czadu w tej sypialni. Wywietrzyliśmy dom i od tej
pory nie palimy, córki śpią na dole.

Proszę o pilny przyjazd kogoś, kto sprawdzi komin.

Andrzej Sobczak
Nowy Targ"""),
("pl", "b115-hurtownia-brama-segmentowa-tiry", "Hurtownia Budmat <magazyn@budmat.example>", "Brama rampa 2", "technical", "high",
"""Dzień dobry,

Brama segmentowa przy rampie nr 2 stoi zablokowana w połowie od 6:15.
Przez nią idzie cały załadunek. Na placu czekają cztery TIR-y i nasze
dwa dostawczaki, klienci z budów dzwonią co chwilę, gdzie jest towar,
a kierowcy mają swoje okna czasowe. Awaryjne otwieranie łańcuchem nie
działa, coś zablokowało się na górze.

Potrzebujemy serwisanta dzisiaj rano. Kontakt: Zbigniew, 605 555 477.

Zbigniew Kozłowski
Kierownik magazynu, Budmat Lublin"""),
("pl", "b115-wilgoc-wraca-sciana", "Stanisław Jabłoński <s.jablonski@example.pl>", "Izolacja - gwarancja", "technical", "",
"""Szanowni Państwo,

W listopadzie wykonali Państwo iniekcję krystaliczną i tynki
renowacyjne w piwnicy naszego domu w Tarnowie. Od sierpnia na ścianie
od strony ogrodu znowu pojawiają się mokre plamy i wykwity, a tynk
zaczyna się łuszczyć. Prace są objęte 10-letnią gwarancją. Proszę o
wyznaczenie terminu oględzin.

Stanisław Jabłoński"""),
("pl", "b115-panel-klienta-kod-sms", "Oliwia Kubiak <oliwia.kubiak@example.pl>", "nie moge sie zalogowac", "technical", "",
"""Dzien dobry, przy logowaniu do panelu klienta (zdjecia z budowy,
harmonogram) strona prosi o kod SMS, ale SMS nie przychodzi. Numer
w profilu jest dobry, probowalam kilka razy wczoraj i dzis. Przez to
nie widze harmonogramu na przyszly tydzien.
Oliwia"""),
("pl", "b115-okno-dachowe-nie-domyka", "Piotr Zieliński <piotr.zielinski@example.pl>", "Okno dachowe", "technical", "",
"""Dzień dobry, okno dachowe w pokoju na poddaszu nie domyka się od
strony zawiasu, zostaje szpara i przy wietrze gwiżdże i leci zimne
powietrze. Klamka przekręca się normalnie. Kiedy może przyjechać
monter? Piotr, Poznań Naramowice"""),
("pl", "b115-pompa-ciepla-basen-blad", "Jakub Lewandowski <jakub.lewandowski@example.pl>", "Basen - pompa ciepła", "technical", "",
"""Cześć, pompa ciepła od basenu pokazuje błąd "P1" i nie grzeje, woda
spadła do 21 stopni. Resetowałem ją z bezpiecznika, chodzi 10 minut i
znowu P1. Filtracja działa normalnie. Dacie radę przysłać kogoś w tym
tygodniu? Kuba, Józefów"""),
("pl", "b115-pytanie-nowy-pilot-brama", "Zofia Ostrowska <zofia.ostrowska@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry,

Kupiłam w sklepie zapasowego pilota do bramy wjazdowej, tej samej marki
co napęd, który Państwo montowali. Jak go dodać do sterownika? Instrukcja
mówi coś o przycisku "PROG" w skrzynce, ale boję się, że skasuję stare
piloty.

Zofia Ostrowska"""),
("pl", "b115-mama-bez-ogrzewania-remont", "Magdalena Kołodziej <magdalena.kolodziej@example.pl>", "Mama bez ogrzewania po remoncie łazienki", "technical", "high",
"""Dzień dobry,

W piątek Państwa ekipa skończyła remont łazienki u mojej mamy w
Suwałkach. Przy przenoszeniu grzejnika coś musiało się stać z
instalacją, bo od piątku piec chodzi, ale żaden kaloryfer w domu nie
grzeje. W nocy było minus 12.

Mama ma 86 lat i po zawale, mieszka sama. Na razie zawiozłam jej
farelkę do pokoju, ale reszta domu jest lodowata. Proszę o przyjazd
hydraulika dzisiaj.

Magdalena Kołodziej, tel. 512 555 904"""),
("pl", "b115-ogrodzenie-przechyla-rzecznik", "Wiesław Górski <wieslaw.gorski@example.pl>", "Trzecia reklamacja - ogrodzenie", "technical", "high",
"""Szanowni Państwo,

To moja trzecia reklamacja dotycząca ogrodzenia panelowego z podmurówką
zamontowanego przez Państwa w czerwcu. Dwa przęsła od ulicy przechylają
się coraz bardziej w stronę chodnika, a słupek przy furtce rusza się
przy dotknięciu. Obok jest przystanek szkolnego autobusu i dzieci
opierają się o to ogrodzenie.

Dwukrotnie obiecano mi przyjazd ekipy i nikt nie przyjechał. Jeśli w
ciągu 7 dni nie otrzymam konkretnego terminu naprawy, zwracam się do
powiatowego rzecznika konsumentów.

Wiesław Górski"""),
("pl", "b115-odp-rynna-nadal-cieknie", "Marta Duda <marta.duda@example.pl>", "Odp: Zgłoszenie 3390 - rynna", "technical", "",
"""Dzień dobry Panie Rafale,

Niestety, po wizycie serwisu rynna nad tarasem nadal przecieka na
łączeniu przy narożniku, przy deszczu woda leje się ciurkiem na płytki.
Sprawdziłam, czy nie jest zapchana, jest czysta.

Marta Duda

-----Wiadomość oryginalna-----
Od: Rafał Nowak <serwis@example-dekarze.pl>
Wysłano: wtorek, 10 września 2024 09:12
Do: Marta Duda
Temat: Zgłoszenie 3390 - rynna

Pani Marto,
nasz dekarz wymienił uszczelkę na łączeniu rynny i poprawił spadek.
Proszę dać znać, czy problem ustąpił po najbliższym deszczu.
Pozdrawiam,
Rafał Nowak"""),
("pl", "b115-podziekowanie-dekarze", "Jadwiga Piątek <jadwiga.piatek@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam bardzo podziękować ekipie pana Mirka za nowy dach. Panowie
pracowali szybko, sprzątali po sobie codziennie, a jak zobaczyli, że
sama noszę węgiel do piwnicy, to mi go przenieśli bez słowa. W moim
wieku to dużo znaczy. Dach piękny, sąsiadki zazdroszczą.

Z wyrazami szacunku
Jadwiga Piątek, Ostrołęka"""),
("pl", "b115-dziekuje-architektce-bez-znakow", "Michal Jankowski <michal.jankowski@example.pl>", "dziekujemy", "general", "",
"""Pani Kasiu,
wczoraj odebralismy klucze i jestesmy zachwyceni. Salon z tym duzym
oknem na las wyszedl dokladnie tak jak Pani mowila na pierwszym
spotkaniu. Dziekujemy za cierpliwosc do naszych tysiecy zmian i za
pomoc w urzedzie. Polecimy Pania wszystkim znajomym.
Michal i Ola"""),
("pl", "b115-ekipa-piwo-wulgarni-kierownik", "Renata Adamczyk <renata.adamczyk@example.pl>", "Zachowanie pracowników na budowie", "general", "high",
"""Dzień dobry,

Państwa ekipa buduje od miesiąca garaż przy naszym domu w Pruszkowie.
Codziennie po 14 pracownicy siedzą na palecie i piją piwo, zostawiają
puszki w ogrodzie sąsiadki, a wczoraj jeden z nich zwyzywał ją
wulgarnie, kiedy poprosiła, żeby nie zastawiali jej wjazdu. Brygadzista
tylko się śmiał.

Nie zamierzam rozmawiać z brygadzistą. Proszę, żeby skontaktował się ze
mną kierownik robót albo ktoś z zarządu firmy, najpóźniej w piątek.

Renata Adamczyk, tel. 502 555 661"""),
("pl", "b115-godziny-salonu-11-listopada", "Barbara Wojciechowska <barbara.w@example.pl>", "11 listopada", "general", "",
"""Dzień dobry, czy salon łazienek w Katowicach na Chorzowskiej będzie
otwarty 11 listopada albo w sobotę 9-go? Chcemy przyjechać z mężem
wybrać wannę wolnostojącą.
Barbara"""),
("pl", "b115-pozwolenie-ogrodzenie-od-ulicy", "Adam Majewski <adam.majewski@example.pl>", "ogrodzenie od ulicy", "general", "",
"""Dzień dobry,

Planujemy wymienić ogrodzenie od strony ulicy na murowane, około 1,8 m
wysokości, w Białymstoku. Czy potrzebne jest zgłoszenie do starostwa
albo pozwolenie na budowę? I czy Państwo zajmują się tymi formalnościami,
czy musimy sami?

Adam Majewski"""),
("pl", "b115-dostawa-za-brama-domofon", "Sebastian Wieczorek <sebastian.wieczorek@example.pl>", "dostawa materialow czwartek", "general", "",
"""Czesc, w czwartek bedzie dostawa blachodachowki i łat. Nikogo nie bedzie
w domu, brama jest na kod 4471#, prosze wszystko polozyc na kostce za
garazem, nie na trawniku bo swiezo posiany. Kierowca niech nie wjezdza
HDS-em na trawe. Seba, Swarzedz"""),
("pl", "b115-zmiana-adresu-korespondencji", "Elżbieta Kamińska <elzbieta.kaminska@example.pl>", "Zmiana adresu", "general", "",
"""Dzień dobry,

Proszę o zmianę adresu do korespondencji w naszej umowie na budowę
domu (Kamińscy, działka w Dąbrówce): od teraz ul. Lipowa 8/3,
05-200 Wołomin. Telefon i e-mail bez zmian.

Elżbieta Kamińska"""),
("pl", "b115-rodo-zdjecia-domu-facebook", "Tomasz Kalinowski <tomasz.kalinowski@example.pl>", "RODO - zdjęcia mojego domu", "general", "",
"""Dzień dobry,

Na Państwa fanpage'u na Facebooku są zdjęcia naszego domu po
dociepleniu, na których widać numer domu, ulicę i tablicę rejestracyjną
samochodu. Nikt nas nie pytał o zgodę. Proszę o ich usunięcie oraz o
informację, jakie moje dane osobowe Państwo przetwarzają i na jakiej
podstawie.

Tomasz Kalinowski"""),
("pl", "b115-sponsoring-turniej-orlik", "UKS Orlik Wieliczka <uks.orlik@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Dzień dobry,

Jesteśmy klubem piłkarskim dla dzieci z Wieliczki. W czerwcu
organizujemy turniej dla 16 drużyn z rocznika 2014-2016 i szukamy
sponsorów na medale i koszulki. Kilku rodziców robiło u Państwa
ogrodzenia i bramy, stąd pomysł. Czy byliby Państwo zainteresowani?
W zamian logo na banerze i koszulkach.

Z pozdrowieniami,
Wojciech Rak, trener"""),
("pl", "b115-znalezione-klucze-i-poziomica", "Joanna Szewczyk <joanna.szewczyk@example.pl>", "zguba", "general", "",
"""Dzień dobry, po wyjeździe ekipy od poddasza znaleźliśmy na strychu
poziomicę i pęk kluczy z brelokiem "Passat". Pewnie ktoś ich szuka.
Możemy oddać, jesteśmy w domu po 16. Joanna, Chełm, ul. Polna 12"""),
("pl", "b115-studzienka-parking-salon", "Leszek Pawlak <leszek.pawlak@example.pl>", "Parking przed salonem", "general", "high",
"""Dzień dobry,

Byłem wczoraj w Państwa salonie z bramami i ogrodzeniami na Grunwaldzkiej.
Na parkingu dla klientów, tuż przy wejściu, studzienka kanalizacyjna nie
ma pokrywy - jest tylko przykryta kawałkiem sklejki, który się przesuwa.
Moja żona prawie wpadła tam nogą, a z nami był wnuk w wózku.

Ktoś z obsługi powiedział, że "pokrywę ktoś ukradł dwa tygodnie temu".
Proszę to natychmiast zabezpieczyć, zanim ktoś złamie nogę albo wpadnie
tam dziecko.

Leszek Pawlak"""),
("pl", "b115-dzien-dobry-domy-z-lat-70", "Krystyna Maciejewska <krystyna.maciejewska@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, mamy dom kostkę z lat 70. pod Lesznem i myślimy o
zrobieniu pokoi na poddaszu. Czy robią Państwo takie adaptacje w
domach z płaskim dachem, i czy dojeżdżają Państwo w nasze okolice?
Krystyna"""),
("pl", "b115-zamowienie-4471-kiedy-montaz", "Robert Czarnecki <robert.czarnecki@example.pl>", "Zamówienie 4471", "general", "",
"""Dzień dobry,

Zaliczka za bramę garażową i drzwi boczne poszła przelewem w zeszły
wtorek (zamówienie 4471). Czy jest już orientacyjny termin montażu?
Muszę wziąć urlop, żeby ktoś był w domu.

Robert Czarnecki"""),
]
