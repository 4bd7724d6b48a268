# batch45.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Kinds of business drawn on:
# later life and home energy -- retirement villages, stairlifts, walk-in
# baths and home adaptations, meal delivery for older people, solar panel
# cleaning, home battery storage, smart meters, heating oil, firewood and
# pellet delivery.  Covers the failure classes in new situations --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, harmless alarming words, praise -- and everyday
# mail of all three queues.  Same tuple format as batch13.py-batch16.py.
M += [
# ---------------- English ----------------
("en", "b45-en-stairlift-mum-gone-to-nursing-home", "Carol Henshaw <carol.henshaw@example.co.uk>", "Mum's stairlift", "billing", "",
"""Hello,

My mother, Mrs Joan Henshaw, has been renting one of your stairlifts at
22 Fernlea Road, Stockport since 2021. She moved into a nursing home
last week and won't be going back to the house, so she won't be needing
it any more.

Could you tell me what I need to do so the monthly payments stop, and
whether there is a charge for taking it out? The house is empty during
the week but I can meet your fitters there any Saturday.

Many thanks,
Carol Henshaw (daughter)"""),
("en", "b45-en-oil-price-on-phone-not-invoice", "Gareth Pryce <gareth.pryce@example.co.uk>", "Invoice HO-55817", "billing", "",
"""Hi there,

When I rang to order on the 3rd, the lady on the phone quoted me 68.9p a
litre for 900 litres of kerosene and I said yes on that basis. The
invoice that came with the delivery has it at 74.2p a litre, which is
about 48 pounds more.

I appreciate prices move, but the price was agreed when I ordered.
Could you correct the invoice please, and I'll pay it straight away.

Gareth Pryce
Llanfyllin"""),
("en", "b45-en-dad-in-hospital-hold-dinners", "Siobhan Kelly <siobhan.kelly@example.ie>", "Dad's dinners", "billing", "",
"""Hi, my dad Tom Kelly (Ballincollig) gets your hot dinners Monday to
Friday. He's gone into the Bons for his hip and will probably be in for
a fortnight. Can you hold off the dinners till he's home and not take
the money for them in the meantime? I'll let you know the day he's
discharged.

Thanks a million,
Siobhan"""),
("en", "b45-en-pellets-skip-summer-months", "Declan Moran <declan.moran@example.ie>", "Standing order for pellets", "billing", "",
"""Hello,

We're on your monthly pellet delivery plan (two pallets, 289 EUR a
month). The stove is basically off from June to the end of August, so
there's no point in you sending pellets or us paying for them. Can we
skip those three months and start again in September without losing
the plan price?

Declan Moran
Kilkenny"""),
("en", "b45-en-panel-clean-taken-twice", "Naomi Fletcher <naomi.fletcher@example.co.uk>", "Paid twice?", "billing", "",
"""Your lads cleaned the solar panels on Tuesday (lovely job) and I paid
the 85 pounds by card on the driver's machine. The first try said
declined so he tried again and it went through. Now my banking app shows
two payments of 85.00 to you. Can you put one back please."""),
("en", "b45-en-walk-in-bath-vat-relief", "Raymond Fisk <r.fisk@example.co.uk>", "VAT on my bath", "billing", "",
"""Dear Sirs,

I am disabled (MS) and when your adviser visited I signed the VAT relief
declaration for the walk-in bath and the grab rails. Your final invoice
number 22-1043 for 6,480.00 has VAT added at 20%.

I understand that with the declaration the bath should be zero rated.
Would you kindly re-issue the invoice and refund the difference?

Yours faithfully,
Raymond Fisk"""),
("en", "b45-en-battery-fine-need-itemised-invoice", "Brent Caldwell <brent.caldwell@example.com>", "Powerwall install paperwork", "billing", "",
"""Hi team,

To be clear up front, the battery is working great and I have zero
complaints about the install crew. This is purely paperwork.

My tax guy says I need an itemized invoice for the battery install to
claim the federal clean energy credit, with equipment and labor broken
out separately. The one I got just says "Home Battery System - installed
- $14,850.00". Can you send an itemized version?

Thanks,
Brent Caldwell
Boise, ID"""),
("en", "b45-en-not-the-meter-its-the-direct-debit", "Lesley Barnes <lesley.barnes@example.co.uk>", "Smart meter", "billing", "",
"""Before anyone sends an engineer out again - the smart meter is fine,
the readings on the little screen match what's on my account.

What I don't understand is why my direct debit has gone up from 92 to
148 a month. I'm 1,100 in credit with you according to my last
statement! I'd like it put back to 92 please, or the credit refunded.

Lesley Barnes"""),
("en", "b45-en-re-bulk-bag-logs-wet", "Owen Thacker <owen.thacker@example.co.uk>", "Re: Your log delivery - order 7719", "billing", "",
"""Hi,

I did exactly that - checked them with a moisture meter like your email
says. Middle of a split log reads 32-35%. These are not kiln dried, they
hiss and smoke in the stove. I'd like you to collect the bag and refund
the 165, or swap it for a properly dry bag, whichever is easier.

Owen

On Mon, 13 Nov at 09:12, Woodstack Fuels <orders@woodstack.example> wrote:
> Thank you for your order of 1 x bulk bag kiln dried ash logs (165.00).
> Our logs are dried to below 20% moisture. If you have any doubt, split
> a log and test the fresh face with a moisture meter.
>
> Woodstack Fuels"""),
("en", "b45-en-hello-father-died-service-charge", "Malcolm Ure <malcolm.ure@example.co.uk>", "Hello", "billing", "",
"""Hello,

My father, Mr Alistair Ure, of 14 Birch Court in your Larchfield village,
died on 2 March. I'm his executor. The monthly service charge (412.50)
has still been taken from his account in April and May.

I'd be grateful if you could stop the charge and tell me what is owed
either way up to the date the flat is cleared. His solicitors are
Graham & Rae in Perth if you need them.

Malcolm Ure"""),
("en", "b45-en-parents-meal-plan-pay-upi", "Arvind Kulkarni <arvind.kulkarni@example.in>", "Payment for parents tiffin plan", "billing", "",
"""Dear Sir/Madam,

I have booked your senior tiffin plan (low salt, soft diet) for my
parents in Kothrud, Pune, at Rs 5,400 per month. I am working in
Bengaluru. Kindly let me know if I can pay by UPI from my own account
instead of card, and whether there is any discount if I pay for 3
months together in advance.

Also please send the GST invoice in my name.

Thanks and regards,
Arvind Kulkarni"""),
("en", "b45-en-stairlift-deposit-cooling-off-solicitor", "Patricia Lomas <pat.lomas@example.co.uk>", "Deposit of 950 pounds - final request", "billing", "high",
"""Dear Sir or Madam,

On 4 September your salesman visited my home and took a deposit of
950.00 for a curved stairlift. I telephoned on 8 September, well within
the 14-day cancellation period he told me about, to cancel. I have the
call on my phone log.

Since then I have written twice and been told the deposit is "non
refundable as the rail has been surveyed". That is not what I signed.

If the 950.00 is not back in my account within 14 days, I will instruct
my solicitor and take the matter to the small claims court without
further notice.

Patricia Lomas"""),
("en", "b45-en-oil-1000-paid-500-delivered-dispute", "Shaun Doherty <shaun.doherty@example.co.uk>", "1000 litres???", "billing", "high",
"""I paid online for 1000 litres. Your driver put 500 in because that's
all the tank would take (I told your office the tank was half full when
I ordered, they said no problem they'd refund the rest). The ticket he
left says 500 litres. I've been charged for 1000 and nobody has answered
my two emails in 10 days.

If I don't have the difference back by Friday I'm raising a dispute with
my credit card company. Not messing about with this any more.

Shaun Doherty, Coleraine"""),
("en", "b45-en-bathroom-adaptation-deposit-someone-senior", "Rhonda Stewart <rhonda.stewart@example.com.au>", "Job 8842 - wet room", "billing", "high",
"""To whoever is in charge,

We paid a $4,200 deposit in February for the wet room conversion for my
husband, who had a stroke last year. The start date has been moved four
times and now your scheduler says "maybe September". We have given up
and booked a local builder, so we want the deposit back.

Your customer service line keeps telling me a refund "needs approval".
I want to speak to a senior manager who can approve it. Please have
someone senior ring me on 0412 000 317 this week.

Rhonda Stewart
Geelong VIC"""),
("en", "b45-en-stairlift-beeps-at-top", "Bernard Quigley <bernard.quigley@example.co.uk>", "Beeping", "technical", "",
"""Good afternoon,

The stairlift has started giving a long beep every few minutes and it
won't move from the top of the stairs. The key is turned on and the
seat is swivelled back properly. The little display shows E4.

No great rush, my wife is the one who uses it and she is at her
sister's in Harrogate until Sunday, but I'd like it sorted before she's
back.

Bernard Quigley"""),
("en", "b45-en-question-in-home-display-offline", "Tanya Booth <tanya.booth@example.co.uk>", "Question", "technical", "",
"""hi quick question, the little smart meter screen in the kitchen just
says "no connection" and shows dashes for the last week. I've turned it
off and on at the wall. the meters are in the cupboard by the front door
which is about 6 metres away, it was fine before. any ideas?"""),
("en", "b45-en-battery-charging-from-grid", "Luis Ortega <luis.ortega@example.com>", "Battery charging from the grid at night", "technical", "",
"""Hello,

Our home battery has been charging from the grid between 1am and 4am
every night since the last firmware update, even though the app is set
to "Self-Powered" and "grid charging" is switched off. Then in the
afternoon it's full and the solar goes straight out to the grid. On our
rate plan that's exactly backwards.

System serial ends 4471. Phoenix, AZ.

Luis"""),
("en", "b45-en-walk-in-bath-slow-drain", "Edna Marsh <edna.marsh@example.co.uk>", "My bath", "technical", "",
"""Dear Sir,

The walk-in bath you fitted in January takes over a quarter of an hour
to empty, and I can't open the door until it has. I sit there getting
cold. When it was new it emptied in about three minutes. I have not put
anything down it apart from bubble bath.

Could an engineer please come and look at it. I am in most days except
Wednesday which is my lunch club.

Mrs E. Marsh
(telephone 01473 000 612)"""),
("en", "b45-en-meals-app-reset-email-never-comes", "Kieran Walsh <kieran.walsh@example.ie>", "Can't get into the app", "technical", "",
"""I manage my aunt's meal orders through your app and it's logged me out.
When I press "forgot password" it says an email has been sent, but
nothing comes - not in spam either, I've tried four times since
yesterday. Same email address your invoices come to, so it's the right
one. Can you reset it from your end?"""),
("en", "b45-en-tank-monitor-says-empty", "Philippa Hurst <philippa.hurst@example.co.uk>", "Tank sensor", "technical", "",
"""Hello,

I don't need a delivery - you filled the tank three weeks ago and I've
dipped it, it's about three-quarters full. But the wireless tank monitor
you fitted reads 0% and keeps sending me "low oil" alerts by text at
6am. I've changed the batteries in the sender on the tank lid.

Philippa Hurst"""),
("en", "b45-en-one-string-dead-since-cleaning", "Ciara Byrne <ciara.byrne@example.ie>", "Since the cleaning", "technical", "",
"""Hi,

Ye cleaned our panels last Thursday. Since then the inverter app shows
string 2 producing nothing at all - string 1 is grand, string 2 is a
flat line at zero even in full sun. The inverter screen has an "Isolation
fault" code on it. Before the cleaning both strings were near enough the
same.

Not looking to blame anyone, just want it working. Could someone come
out and check?

Ciara Byrne
Naas"""),
("en", "b45-en-village-door-entry-no-sound", "Maureen Pike <maureen.pike@example.co.uk>", "Intercom flat 9", "technical", "",
"""The door entry phone in my flat (9 Willow House) rings but when I pick
it up I can't hear the person at the main door and they can't hear me.
The button to let them in still works so I've been buzzing people in
without knowing who they are, which I don't like doing. Could the
maintenance man take a look?

Maureen Pike"""),
("en", "b45-en-battery-garage-hot-clicking", "Simon Ashworth <simon.ashworth@example.co.uk>", "Battery in the garage", "technical", "high",
"""Hello,

Just reporting something, not panicking. The home battery unit in our
garage has been clicking every few seconds since this morning, and the
casing is hot on the right-hand side, too hot to keep a hand on. There is
a faint smell like hot electrics near it. The app shows it at 61C.

I've switched it off at the isolator as per the manual, opened the
garage door and moved the car out. The kids' bikes are stored in there
too so I've kept them out. What should I do next and when can someone
look at it?

Simon Ashworth
07700 900 388"""),
("en", "b45-en-stairlift-stopped-halfway-mum-on-it", "Julie Brennan <julie.brennan@example.co.uk>", "PLEASE RING ME", "technical", "high",
"""My mum is 91 and she is sitting on the stairlift halfway up the
stairs. It stopped dead and won't go up or down, the light on the arm is
flashing red. I can't get her off safely on my own, she can't stand on
the stairs. I've rung your emergency number twice and it goes to a
recording.

14 Gorse Lane, Thornbury BS35. My mobile 07700 900 551.

Julie Brennan"""),
("en", "b45-en-day-centre-no-lunches-thursday", "Meadowbank Day Centre <manager@meadowbank-daycentre.example>", "Thursday lunches", "technical", "high",
"""Hello,

We order hot lunches for our members through your trade portal every
week. Since yesterday afternoon every order we try to submit ends with
"Something went wrong - reference 500" and nothing appears in our order
history. Three of us have tried on different computers.

The cut-off for Thursday is 2pm today. If it doesn't go through, 46
members - many of whom this is their only hot meal of the day - get
nothing on Thursday, and we have no other way to feed them on site.

Please phone Angela on 01632 960 204.

Angela Morris
Centre Manager"""),
("en", "b45-en-pull-cord-nobody-answered", "Dennis Harlow <dennis.harlow@example.co.uk>", "Alarm cord", "technical", "high",
"""Dear Larchfield office,

On Sunday my wife felt faint in the bathroom and pulled the red
emergency cord. Nothing happened - no voice came through the speaker
and nobody came. I pulled the cord in the bedroom too. Same. In the end
I phoned our son. She is fine now.

This morning I tested both cords again and the speaker box in the hall
is completely dead, no light on it either. We are both in our eighties
and rely on it. Please have it repaired as soon as possible, and perhaps
check the other flats in Rowan House.

Dennis Harlow, Flat 3 Rowan House"""),
("en", "b45-en-grab-rail-came-out-of-wall", "Hemant Joshi <hemant.joshi@example.co.uk>", "Toilet grab rail", "technical", "high",
"""Hello,

The grab rail your fitter put up beside my father's toilet two weeks
ago came away from the wall this morning when he leaned on it to stand
up. Two of the plugs pulled straight out of the plasterboard. He fell
against the basin - bruised but thankfully nothing broken.

The second rail by the shower is fixed the same way, so we've told him
not to use it. Please can you send someone to fix both properly into
the studwork, soon, as he can't manage without them.

Hemant Joshi"""),
("en", "b45-en-village-can-dog-visit", "Gillian Scott <gillian.scott@example.co.uk>", "Bella", "general", "",
"""Hello, I'm moving into Hawthorn Court in your Ashby village next month.
My daughter has a very well behaved spaniel called Bella. Is she allowed
to bring her when she visits, and is she allowed in the communal lounge
and the gardens? I don't have a pet myself.

Kind regards, Gillian"""),
("en", "b45-en-oil-tanker-lane-instructions", "Robert Ainsley <rob.ainsley@example.co.uk>", "Delivery Weds", "general", "",
"""Morning,

Couple of notes for the driver on Wednesday please:

- don't try to come down the lane past the church in the tanker, the
  bridge is 7.5t. Come in from the Oxley road end.
- the tank is behind the garage, the hose will reach over the wall if
  he parks by the gate.
- the tank lid padlock key is under the green pot by the back door.

We'll both be at work. Cheers,
Rob Ainsley, Holly Cottage"""),
("en", "b45-en-driver-found-mum-thank-you", "Lorraine Daly <lorraine.daly@example.co.uk>", "Thank you to Kev", "general", "",
"""I just wanted to say the most enormous thank you to your driver Kev,
who delivers my mum's meals in Bootle.

Last Tuesday she didn't answer the door. Instead of leaving the meal on
the step he looked through the window, saw her on the floor and rang
999, then stayed with her till the ambulance came. She'd been there
since the night before. She's home now and doing well, and the doctors
said it could have been a lot worse.

Please make sure he knows how grateful we are, and his manager too.

Lorraine Daly"""),
("en", "b45-en-panel-crew-praise-perth", "Graeme Watts <graeme.watts@example.com.au>", "Top job", "general", "",
"""G'day, just a quick note to say the two blokes who did our panels in
Mandurah yesterday were absolute legends. Turned up on time, put covers
down over the garden beds, and even cleared the gutter while they were
up there. Panels are killing it today - best output we've had since
summer. Cheers, Graeme"""),
("en", "b45-en-moving-to-bungalow-new-details", "Ken Whitlock <ken.whitlock@example.co.uk>", "Change of address", "general", "",
"""Dear Sirs,

Please note that from 1 July my wife and I will be living at:

2 Meadow View
Long Sutton
PE12 9XX

Our new telephone number will be 01406 000 772. The mobile number stays
the same. Please update your records for our account, customer number
A-30917.

Kenneth Whitlock"""),
("en", "b45-en-smart-meter-what-data-you-hold", "Harriet Coles <harriet.coles@example.co.uk>", "Half-hourly data", "general", "",
"""Hello,

I've just had a smart meter installed and I'd like to understand what
you do with the readings. Specifically:

1. Are you collecting half-hourly readings, daily or monthly?
2. Who do you share them with?
3. Can I opt out of half-hourly collection?

And could you also send me a copy of all personal data you hold about
me, under my right of access.

Thank you,
Harriet Coles"""),
("en", "b45-en-soft-food-menu-question", "Brid Fallon <brid.fallon@example.ie>", "Menu", "general", "",
"""Hello, do you do meals for people who need their food minced or pureed?
My mother had a swallow assessment and the speech therapist says level 5
minced and moist. Would your kitchen do that, and can you also mark
which ones are diabetic friendly? She's in Athlone.

Brid"""),
("en", "b45-en-hearing-aid-left-on-minibus", "Norman Beale <norman.beale@example.co.uk>", "Lost", "general", "",
"""Dear Office,

I went on the village minibus trip to Bourton-on-the-Water on Thursday
and I think I left my hearing aid (right ear, beige, in a small black
case) on the coach, probably in the seat pocket near the back. Has it
been handed in?

Norman Beale, 21 Cedar Walk"""),
("en", "b45-en-urgent-logs-saturday-stack", "Fiona Grant <fiona.grant@example.co.uk>", "URGENT!!! order 40872", "general", "",
"""Hiya, URGENT as I'm going away Friday - can my logs (order 40872) come
Saturday morning instead of Monday? If nobody's in could the driver tip
them by the shed at the side and not on the front drive, my son will
stack them. Thanks!! Fi"""),
("en", "b45-en-village-care-on-site-question", "Rohit Sharma <rohit.sharma@example.in>", "Enquiry about Greenacres village", "general", "",
"""Dear Sir/Madam,

My parents (80 and 77) are living in Leicester and I am in Hyderabad.
We are considering your Greenacres retirement village for them. Kindly
clarify the following:

1. Is there a nurse or carer on site at night?
2. If one of them later needs more care, can they stay in the same
   apartment?
3. Can my wife and I stay with them when we visit from India for 3-4
   weeks?

Thanks in advance,
Rohit Sharma"""),
("en", "b45-en-bowls-club-sponsorship", "Eric Tanner <secretary@haddonbowls.example>", "Sponsorship", "general", "",
"""Dear Sir/Madam,

Haddon Bowls Club is holding its annual open triples tournament on 17
August. Many of our members live in your village down the road. Would
you consider sponsoring the event? For 150 you'd have your banner by
the green and your name on the programme.

Yours,
Eric Tanner, Hon. Secretary"""),
("en", "b45-en-village-loose-slab-lounge", "Audrey Finch <audrey.finch@example.co.uk>", "Path outside the lounge", "general", "high",
"""Dear Sir/Madam,

I wanted to let you know that one of the paving slabs on the path
between Beech House and the residents' lounge has lifted at one edge by
about two inches. Mr Patel from number 6 caught his foot on it on
Friday evening and went over, he has a nasty cut on his forehead. It's
very hard to see in the dark because the lamp there has been out for a
while.

Most of us on that path use sticks or frames. Could it be fixed, or at
least coned off, before someone else goes over?

Audrey Finch, 4 Beech House"""),
("en", "b45-en-site-manager-shouted-at-dad", "Martin Okafor <martin.okafor@example.co.uk>", "Conduct of your site manager at Fairfield", "general", "high",
"""Dear Sir/Madam,

On Monday I visited my father, Mr Samuel Okafor, at Fairfield. While I
was there the site manager came to his door about his mobility scooter
being parked in the corridor. He shouted at my father, called him
"a nuisance" in front of his neighbours, and told him he'd "get him
moved out". My father is 86 and was shaking afterwards.

I am not prepared to deal with the site manager about this. I want the
matter escalated to your regional director, and I'd like a written
response from them.

Martin Okafor"""),
# ---------------- Greek ----------------
("el", "b45-el-gl-pellet-timh-sakiou", "Stathis Karras <stathis.karras@example.gr>", "pellet", "billing", "",
"""Kalhspera,
phra 2 paletes pellet (130 sakia twn 15 kilwn) pou mou eipate sto
thlefwno 4,20 to sakki. Sto deltio apostolhs grafei 4,60 to sakki, dld
52 euro parapanw. Pleirwnw me ton odhgo h me metrhta sthn apothikh,
alla thelw na mou diorthwsete thn timh prwta.
Stathhs, Kozani"""),
("el", "b45-el-petrelaio-doseis-pistotiki", "Αγγελική Μαυρίδου <angeliki.mavridou@example.gr>", "Πετρέλαιο θέρμανσης", "billing", "",
"""Καλημέρα σας,

Θα ήθελα να παραγγείλω 1.000 λίτρα πετρέλαιο θέρμανσης για το σπίτι στη
Βέροια. Μπορώ να πληρώσω με πιστωτική κάρτα σε άτοκες δόσεις, και αν
ναι σε πόσες; Αλλιώς δέχεστε πληρωμή μισά τώρα και μισά τον Ιανουάριο;

Ευχαριστώ,
Αγγελική Μαυρίδου"""),
("el", "b45-el-kyria-papadaki-geumata-teleiose", "Μιχάλης Παπαδάκης <michalis.papadakis@example.gr>", "Κυρία Ελένη Παπαδάκη", "billing", "",
"""Καλησπέρα σας,

Σας γράφω για τη μητέρα μου, Ελένη Παπαδάκη, που έπαιρνε τα μεσημεριανά
σας γεύματα στο Ηράκλειο. Η μητέρα μου έφυγε από τη ζωή την Κυριακή,
οπότε δεν θα χρειαστούν πια τα γεύματα.

Είχα πληρώσει ολόκληρο τον μήνα στις αρχές Μαρτίου (180€). Θα ήθελα να
μου πείτε αν επιστρέφεται το ποσό για τις υπόλοιπες μέρες και σε ποιον
λογαριασμό.

Σας ευχαριστώ για τη φροντίδα όλο αυτό το διάστημα.
Μιχάλης Παπαδάκης"""),
("el", "b45-el-residence-afksisi-mhniaiou", "Θεόδωρος Λιάπης <theodoros.liapis@example.gr>", "Μηνιαία συνδρομή από 1/7", "billing", "",
"""Αξιότιμοι κύριοι,

Λάβαμε την επιστολή σας ότι από 1η Ιουλίου η μηνιαία συνδρομή του
διαμερίσματός μας στη Residence Πεύκα αυξάνεται από 1.850€ σε 1.998€,
δηλαδή 8%. Το συμβόλαιό μας γράφει ότι οι αναπροσαρμογές γίνονται
σύμφωνα με τον πληθωρισμό, που φέτος ήταν πολύ χαμηλότερος.

Παρακαλώ εξηγήστε μας πώς υπολογίστηκε η αύξηση.

Με εκτίμηση,
Θεόδωρος και Μαρία Λιάπη"""),
("el", "b45-el-gl-timologio-katharismou-panel", "Vasw Tsolaki <vaso.tsolaki@example.gr>", "timologio", "billing", "",
"""Kalhmera sas, ekanate katharismo sta fwtovoltaika ths epixeirhshs
mas (stegh apothikhs, Kalamaria) thn Trith, kai o texnikos mou edwse
apodeiksh lianikhs. Xreiazomai TIMOLOGIO sta stoixeia ths etaireias:
TSOLAKH OE, AFM 099999999, DOY Kalamarias. Mporeite na to akyrwsete kai
na to ekdwsete swsta?
Eyxaristw, Vasw"""),
("el", "b45-el-anavatorio-pagwma-xeimwna", "Ρένα Κουτσούκη <rena.koutsouki@example.gr>", "Συμβόλαιο συντήρησης - πατέρας μου", "billing", "",
"""Καλημέρα,

Ο πατέρας μου έχει το αναβατόριο σκάλας σας στο σπίτι του στο χωριό
(Άγιος Γερμανός Πρεσπών) με συμβόλαιο συντήρησης 35€ τον μήνα. Από
Νοέμβριο ως Απρίλιο θα μένει μαζί μας στη Θεσσαλονίκη και το σπίτι θα
είναι κλειστό. Γίνεται να "παγώσει" το συμβόλαιο για αυτούς τους μήνες
και να συνεχίσει την άνοιξη;

Ρένα"""),
("el", "b45-el-gl-kausoxyla-ligotera-kila", "Apostolis Gkikas <a.gkikas@example.gr>", "ksyla", "billing", "",
"""Geia sas, parhggeila 2 tonous ksyla velanidias (360e) kai to fortigo
ta adeiase sthn auleh. Epeidh mou fanhkan liga ta pername apo thn
zygaria tou geitona pou exei farma - vgikan 1.640 kila. Den katalavainw
pws. Thelw pisw ta lefta gia ta 360 kila pou leipoun h na mou ferete ta
ypoloipa. Apostolhs, Trikala"""),
("el", "b45-el-oxi-vlavi-nyxterino-timologio", "Νεφέλη Αντωνίου <nefeli.antoniou@example.gr>", "Έξυπνος μετρητής", "billing", "",
"""Γεια σας,

Ο έξυπνος μετρητής που μου τοποθετήσατε δουλεύει κανονικά, δεν έχω
κανένα πρόβλημα μαζί του, μην στείλετε τεχνικό.

Επειδή βάζω πλυντήρια και θερμοσίφωνα το βράδυ, θέλω να με περάσετε σε
τιμολόγιο με χαμηλότερη νυχτερινή χρέωση. Τι κοστίζει η κιλοβατώρα τη
νύχτα και τη μέρα, και υπάρχει χρέωση για την αλλαγή;

Νεφέλη"""),
("el", "b45-el-epidotisi-mpataria-prokatavoli", "Σπυρος Δελλης <spyros.dellis@example.gr>", "Προκαταβολη μπαταριας", "billing", "",
"""Καλησπερα,

Πριν δυο μηνες σας εδωσα προκαταβολη 1.500€ για την μπαταρια αποθηκευσης
γιατι δεν ειχε εγκριθει ακομα η επιδοτηση. Μου ειχατε πει οτι μολις
εγκριθει θα μου επιστρεψετε την προκαταβολη και θα πληρωθειτε απευθειας
απο το προγραμμα. Η εγκριση βγηκε στις 12 του μηνα, σας στελνω την
αποφαση. Ποτε να περιμενω τα χρηματα πισω;

Σπυρος Δελλης
Λαρισα"""),
("el", "b45-el-re-prosfora-mpaniera-doseis", "Ευτυχία Ζαχαρίου <eftychia.zachariou@example.gr>", "Re: Προσφορά μπανιέρας με πόρτα Π-2291", "billing", "",
"""Καλησπέρα κε Νικολάου,

Η μητέρα μου είδε την μπανιέρα στον εκθεσιακό σας χώρο και της άρεσε
πολύ, θέλουμε να προχωρήσουμε. Γίνεται να πληρώσουμε σε τρεις δόσεις
(υπογραφή, παράδοση, ολοκλήρωση εγκατάστασης) αντί για 50% προκαταβολή;

Ευτυχία Ζαχαρίου

Στις Πέμ, 6 Ιουν 2024 στις 12:40 μ.μ., ο/η Γιώργος Νικολάου <sales@example-mpanio.gr> έγραψε:
> Αγαπητή κυρία Ζαχαρίου,
>
> Σας επισυνάπτουμε την προσφορά Π-2291 για μπανιέρα με πόρτα 120x70 με
> αντιολισθητικό δάπεδο και καθισματάκι, συνολικά 4.950,00€ με την
> αφαίρεση της παλιάς και την τοποθέτηση. Απαιτείται προκαταβολή 50%.
>
> Με εκτίμηση,
> Γιώργος Νικολάου"""),
("el", "b45-el-gl-kwdikos-syntaxiouxou-10", "Lena Mpoura <lena.mpoura@example.gr>", "ekptwsh", "billing", "",
"""geia sas, sto site leei 10% ekptwsh gia syntaksiouxous me ton kwdiko
PENSION10 sth syndromh geumatwn. ton evala gia ton papou mou alla sto
teliko poso den afairethike tipota (plhrwsa 168e anti 151,20). mporeite
na mou epistrepsete th diafora? eyxaristw polu"""),
("el", "b45-el-gl-petrelaio-dyo-xrewseis-trapeza", "Panos Zervas <panos.zervas@example.gr>", "DIPLH XREWSH!!!", "billing", "high",
"""Kalhmera. Sas plhrwsa me karta 600 litra petrelaio sto thlefwno
stis 14/11 kai thn epomenh mera h karta xrewthike ksana ta idia, 2 x
696e. Mia paradosh hr8e. Exw steilei 3 email kai exw parei 4 fores
thlefwno, kaneis den mou apanta.

An mexri thn Paraskeuh den epistrafoun ta 696e 8a kanw amfisvhthsh
sthn trapeza kai 8a tous pw na ta pairnoun pisw apo sas.
Panos Zervas"""),
("el", "b45-el-anavatorio-prokatavoli-synigoros", "Χρυσούλα Μπέη <chrysoula.bei@example.gr>", "Επιστροφή προκαταβολής 1.200€", "billing", "high",
"""Κύριοι,

Στις 10 Σεπτεμβρίου ο πωλητής σας μέτρησε τη σκάλα μας και πλήρωσα
προκαταβολή 1.200€ για αναβατόριο σκάλας για τον σύζυγό μου. Δύο
εβδομάδες μετά ο σύζυγός μου εισήχθη σε μονάδα φροντίδας και σας
ενημέρωσα αμέσως γραπτώς ότι ακυρώνουμε. Το αναβατόριο δεν είχε καν
παραγγελθεί από τον κατασκευαστή, όπως μου είπε ο ίδιος ο πωλητής.

Σήμερα μου λέτε ότι κρατάτε ολόκληρο το ποσό. Αν δεν επιστραφεί η
προκαταβολή μέσα σε 15 ημέρες, θα απευθυνθώ στον Συνήγορο του
Καταναλωτή και στον δικηγόρο μου.

Χρυσούλα Μπέη"""),
("el", "b45-el-residence-eggyisi-diefthyntis", "ΑΝΤΩΝΗΣ ΚΑΡΑΛΗΣ <antonis.karalis@example.gr>", "ΕΓΓΥΗΣΗ ΔΙΑΜΕΡΙΣΜΑΤΟΣ", "billing", "high",
"""ΚΑΛΗΣΠΕΡΑ,

Η ΘΕΙΑ ΜΟΥ ΚΑΙΤΗ ΚΑΡΑΛΗ ΠΟΥ ΕΜΕΝΕ ΣΤΟ ΔΙΑΜΕΡΙΣΜΑ 12 ΑΠΕΒΙΩΣΕ ΤΟΝ ΙΑΝΟΥΑΡΙΟ.
ΠΑΡΑΔΩΣΑΜΕ ΤΑ ΚΛΕΙΔΙΑ ΣΤΙΣ 31/1 ΚΑΙ ΑΚΟΜΑ ΠΕΡΙΜΕΝΟΥΜΕ ΤΗΝ ΕΓΓΥΗΣΗ ΤΩΝ
3.700 ΕΥΡΩ. ΤΡΕΙΣ ΜΗΝΕΣ ΜΑΣ ΛΕΤΕ "ΤΗΝ ΕΒΔΟΜΑΔΑ ΠΟΥ ΕΡΧΕΤΑΙ".

ΔΕΝ ΘΕΛΩ ΝΑ ΞΑΝΑΜΙΛΗΣΩ ΜΕ ΤΗ ΡΕΣΕΨΙΟΝ. ΖΗΤΩ ΝΑ ΜΕ ΠΑΡΕΙ ΤΗΛΕΦΩΝΟ Ο
ΔΙΕΥΘΥΝΤΗΣ ΤΗΣ ΕΤΑΙΡΕΙΑΣ ΣΤΟ 6977 000 215.

ΑΝΤΩΝΗΣ ΚΑΡΑΛΗΣ"""),
("el", "b45-el-gl-mpataria-offline-app", "Kostas Ntinas <kostas.ntinas@example.gr>", "app", "technical", "",
"""Kalhspera, edw kai 4 meres h mpataria den fainetai sto app, leei
"offline" kai teleutaia enhmerwsh 9/5. To router einai 2 metra makria
kai ola ta alla douleuoun kanonika sto wifi. H mpataria ap oti vlepw
fortizei kanonika (prasino lampaki). Apla den vlepw tipota sto kinhto.
Ti na kanw? Kwstas"""),
("el", "b45-el-anavatorio-tilexeiristirio", "Ειρήνη Σαββίδου <eirini.savvidou@example.gr>", "Τηλεχειριστήριο", "technical", "",
"""Καλημέρα σας,

Το αναβατόριο σκάλας δουλεύει κανονικά όταν κάθεσαι πάνω και πατάς το
χειριστήριο στο μπράτσο. Όμως το μικρό τηλεχειριστήριο στον τοίχο του
πάνω ορόφου δεν το καλεί, ούτε αυτό του κάτω. Άλλαξα μπαταρίες και στα
δύο. Έτσι αν η μητέρα μου κατέβει, δεν μπορεί να φέρει την καρέκλα
κάτω αν την αφήσει κάποιος πάνω.

Ειρήνη Σαββίδου"""),
("el", "b45-el-othoni-metriti-kenh", "Γιωργος Φραγκος <g.fragkos@example.gr>", "Οθονη μετρητη", "technical", "",
"""Γεια σας, η μικρη οθονη που μου δωσατε με τον εξυπνο μετρητη δειχνει
μονο παυλες εδω και μια εβδομαδα. Την εβγαλα απο την πριζα και την
ξαναεβαλα, τιποτα. Ο μετρητης στο κουτι εχει αναμμενο το λαμπακι.
Ευχαριστω"""),
("el", "b45-el-mpaniera-ydromasaz-den-doulevei", "Σταυρούλα Πετρίδη <stavroula.petridi@example.gr>", "Υδρομασάζ", "technical", "",
"""Καλησπέρα,

Να πω από την αρχή ότι δεν ζητάω αλλαγή ούτε χρήματα πίσω, η μπανιέρα
με την πόρτα μας έχει λύσει τα χέρια και ο πατέρας μου κάνει πια
μπάνιο μόνος του.

Απλώς το υδρομασάζ δεν ξεκινάει. Πατάμε το κουμπί, ανάβει το μπλε φως,
ακούγεται ένα "κλικ" και τίποτα. Το νερό είναι πάνω από τα ακροφύσια.
Μπορεί να περάσει ένας τεχνικός;

Σταυρούλα"""),
("el", "b45-el-gl-site-kyriakh-paraggelia", "Dimitra Rousou <dimitra.rousou@example.gr>", "paraggelia gia Kyriakh", "technical", "",
"""Kalhmera, prospathw na valw paraggelia gia th giagia gia thn Kyriakh
(kotopoulo lemonato + fakes) kai otan pataw "oloklhrwsh" vgazei
"H hmeromhnia den einai diathesimh" gia OLES tis hmeromhnies, oxi mono
thn Kyriakh. Dokimasa kai apo to kinhto kai apo laptop. Xthes douleve.
Dhmhtra"""),
("el", "b45-el-rompot-katharismou-stamatise", "Μάρκος Ηλιόπουλος <markos.iliopoulos@example.gr>", "Ρομπότ καθαρισμού πάνελ", "technical", "",
"""Καλημέρα,

Το ρομπότ καθαρισμού που εγκαταστήσατε στα πάνελ του αγροτεμαχίου μας
στο Κιλκίς σταματάει στη μέση της δεύτερης σειράς κάθε πρωί και μένει
εκεί. Στην εφαρμογή γράφει "Σφάλμα 17 - εμπόδιο". Έχω ανέβει και δεν
υπάρχει τίποτα στη ράγα, ούτε φύλλα ούτε πουλιά.

Μάρκος Ηλιόπουλος"""),
("el", "b45-el-pyli-pelaton-kwdikos", "Ιφιγένεια Λάμπρου <ifigeneia.lamprou@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπέρα, προσπαθώ να μπω στη σελίδα πελατών σας για να δω τις
παραδόσεις πετρελαίου του πατέρα μου. Όταν βάζω τον κωδικό μού γράφει
"ο λογαριασμός κλειδώθηκε για λόγους ασφαλείας", και όταν πατάω
"ξέχασα τον κωδικό" μου λέει ότι το email δεν υπάρχει, ενώ είναι το
ίδιο που παίρνω τα τιμολόγια. Μπορείτε να το ξεκλειδώσετε;

Ιφιγένεια"""),
("el", "b45-el-gl-platforma-rampas-thoryvos", "Nikos Vlaxos <nikos.vlachos@example.gr>", "platforma", "technical", "",
"""Geia sas. H anypswtikh platforma pou mas valate sthn eisodo ths
polykatoikias gia to amaksidio ths mhteras mou exei arxisei na kanei enan
dynato 8oryvo san tsirisma otan anevainei kai stamataei ligo prin ftasei
panw, prepei na ksanapathseis to koumpi. Katevainei kanonika.
Nikos"""),
("el", "b45-el-mpataria-kapnos-apothiki", "Ανδρέας Κωνσταντίνου <andreas.konstantinou@example.gr>", "Μπαταρία στην αποθήκη", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνω ψύχραιμα, γιατί το έχουμε υπό έλεγχο, αλλά θέλω να το
δει κάποιος σήμερα. Το πρωί βγήκε λίγος λευκός καπνός από τις γρίλιες
της μπαταρίας αποθήκευσης στην αποθήκη μας και μύριζε κάτι σαν
διαλυτικό. Έκλεισα τον διακόπτη όπως λέει το εγχειρίδιο και ο καπνός
σταμάτησε μετά από λίγα λεπτά. Η θερμοκρασία στο πλάι είναι ακόμα
ζεστή. Την αποθήκη την έχω ανοιχτή και δεν μπαίνει κανείς.

Διεύθυνση: Αρκαδίου 18, Χαλάνδρι. Τηλ. 6944 000 731.

Ανδρέας Κωνσταντίνου"""),
("el", "b45-el-gl-metrhths-spi8es", "Maria Theodorou <maria.theodorou@example.gr>", "metrhths reumatos", "technical", "high",
"""Kalhspera, o kainourgios "eksypnos" metrhths pou mas valate thn
Deutera sto kouti ths eisodou kanei ena trizimo kai apopse eida
spi8es apo to kato meros otan anapse o fournos ths koyzinas.
Myrizei kammeno plastiko sto klimakostasio. Katevasa ton geniko
diakopth kai eimaste xwris reuma. Sto spiti menei kai h pethera mou
pou einai 90. Steilte kapoion.
Maria, Kallithea"""),
("el", "b45-el-somba-pellet-mhtera-florina", "Παναγιώτης Τσιάρας <panagiotis.tsiaras@example.gr>", "Σόμπα pellet - μητέρα μου στη Φλώρινα", "technical", "high",
"""Καλημέρα σας,

Η σόμπα pellet που τοποθετήσατε πέρσι στο σπίτι της μητέρας μου στη
Φλώρινα δεν ανάβει από χθες το απόγευμα. Στην οθόνη γράφει "Er 12 -
αποτυχία έναυσης", έχει πέλετ στη χοάνη και καθαρίσαμε το καλάθι.

Η μητέρα μου είναι 87 χρονών, μένει μόνη και η σόμπα είναι η μόνη
θέρμανση του σπιτιού. Το βράδυ η θερμοκρασία έπεσε στους -9 και σήμερα
το πρωί στο σαλόνι είχε 11 βαθμούς. Της πήγε ο γείτονας ένα αερόθερμο
αλλά δεν φτάνει. Χρειαζόμαστε τεχνικό σήμερα.

Παναγιώτης Τσιάρας, 6972 000 481"""),
("el", "b45-el-xenodoxeio-naxos-xoris-revma", "Ξενοδοχείο Αιγαίο Φως <info@aigaio-fos.example>", "Σύστημα μπαταριών", "technical", "high",
"""Καλημέρα,

Από τις 11 χθες το βράδυ το σύστημα μπαταριών που εγκαταστήσατε τον
Μάρτιο δεν δίνει τίποτα στο κτίριο όταν πέφτει το δίκτυο. Το δίκτυο στο
νησί κόβεται κάθε απόγευμα αυτή την εβδομάδα. Χθες για τρεις ώρες τα
14 δωμάτια έμειναν χωρίς κλιματισμό και φως, δύο ζευγάρια έφυγαν
σήμερα το πρωί, και τα ψυγεία της κουζίνας ζεστάθηκαν οπότε πετάξαμε
ό,τι είχαμε για το πρωινό. Ο inverter γράφει "Battery comm fault".

Παρακαλώ επικοινωνήστε με τον Στέλιο στο 22850 00 413 το συντομότερο.

Στέλιος Μαργαρίτης
Ξενοδοχείο Αιγαίο Φως, Νάξος"""),
("el", "b45-el-kapi-anavatorio-xalasmeno", "ΚΑΠΗ Δήμου Αμπελοκήπων <kapi@example-dimos.gr>", "Αναβατόριο σκάλας ΚΑΠΗ", "technical", "high",
"""Καλημέρα σας,

Το αναβατόριο σκάλας που μας τοποθετήσατε στο ΚΑΠΗ έχει σταματήσει να
λειτουργεί από την Παρασκευή. Η καρέκλα μένει στο ισόγειο και στην
οθόνη γράφει "E07". Στον πρώτο όροφο είναι το ιατρείο, η φυσικοθεραπεία
και η αίθουσα δραστηριοτήτων. Πάνω από 30 μέλη μας με κινητικά
προβλήματα δεν μπορούν να ανέβουν και αναβάλαμε όλα τα ραντεβού της
εβδομάδας με τον γιατρό.

Παρακαλούμε για άμεση επίσκεψη τεχνικού.

Σοφία Ρήγα, Κοινωνική Λειτουργός"""),
("el", "b45-el-gl-apothiki-savvato-wres", "Lefteris D. <lefteris.d@example.gr>", "Savvato", "general", "",
"""kalhmera, h apothikh pellet sto Lagkada einai anoixth to Savvato? kai
ws ti wra? na perasw me to trailer na parw mona mou. eyxaristw"""),
("el", "b45-el-petrelaio-odigies-avli", "Αλέξανδρος Ρίζος <alexandros.rizos@example.gr>", "Παράδοση Τετάρτη", "general", "",
"""Καλησπέρα,

Για την παράδοση της Τετάρτης στο σπίτι μας στην Κηφισιά (Αγ. Θεράποντος
7):

- Η δεξαμενή είναι στο υπόγειο, η τάπα πλήρωσης είναι στο πεζοδρόμιο
  δίπλα στη γκαραζόπορτα, με μεταλλικό καπάκι.
- Δεν θα είμαστε σπίτι, αλλά η κυρία Λίτσα στο ισόγειο έχει κλειδί για
  το καπάκι. Χτυπήστε της το κουδούνι.
- Παρκάρετε στη γωνία, ο δρόμος είναι μονόδρομος και στενός.

Ευχαριστώ,
Αλέξανδρος Ρίζος"""),
("el", "b45-el-efxaristo-mageires-pateras", "Κωνσταντινος Βλαχος <konst.vlachos@example.gr>", "Ευχαριστω", "general", "",
"""Καλησπερα σας,

Ειμαι 84 χρονων και απο τον Σεπτεμβριο που εφυγε η γυναικα μου παιρνω
το φαγητο απο σας. Ηθελα να πω ενα μεγαλο ευχαριστω στις μαγειρισσες,
το φαγητο ειναι σαν σπιτικο, τα γεμιστα την Τεταρτη ηταν σαν της
συγχωρεμενης. Και ο Βαγγελης που το φερνει παντα ρωταει αν ειμαι καλα
και μου ανεβαζει τα γραμματα απο το κουτι.

Να ειστε καλα ολοι.
Κωνσταντινος Βλαχος"""),
("el", "b45-el-residence-pasxa-episkeptes", "Δέσποινα Καλογεροπούλου <despoina.kalog@example.gr>", "Κυριακή του Πάσχα", "general", "",
"""Καλημέρα σας,

Η μητέρα μου μένει στο διαμέρισμα 7 της Residence Πεύκα. Την Κυριακή
του Πάσχα θα θέλαμε να έρθουμε με τα παιδιά (είμαστε 6 άτομα) να φάμε
μαζί της στο κοινό εστιατόριο. Γίνεται; Μέχρι τι ώρα επιτρέπονται οι
επισκέψεις εκείνη τη μέρα, και υπάρχει χώρος να παρκάρουμε;

Δέσποινα"""),
("el", "b45-el-gl-giagia-gyalia-ekdromh", "Xristina Pappa <christina.pappa@example.gr>", "gyalia", "general", "",
"""Geia sas, h giagia mou (Anna Pappa, diamerisma 22) phge sthn ekdromh sto
Nafplio thn Kyriakh me to poulmanaki ths residence kai afhse ta gyalia
ths mesa, se mia kafe 8hkh. Ta vrhke kaneis? Den vlepei na diavasei
xwris auta, exei ta palia alla den einai to idio.
Xristina"""),
("el", "b45-el-allagi-tilefonou-diefthynsis", "Ευάγγελος Σταματόπουλος <v.stamatopoulos@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα σας,

Παρακαλώ ενημερώστε τα στοιχεία μου στον πελατολόγιό σας (πελάτης
αρ. 44718):

Νέο κινητό: 6988 000 137
Νέα διεύθυνση αλληλογραφίας: Ζαΐμη 21, 26222 Πάτρα

Η παράδοση των καυσόξυλων θα γίνεται στο ίδιο σπίτι στα Καλάβρυτα όπως
πριν, αλλάζει μόνο η αλληλογραφία.

Ευχαριστώ,
Ευάγγελος Σταματόπουλος"""),
("el", "b45-el-gdpr-diagrafi-stoixeion", "Ολυμπία Χριστοφόρου <olympia.christoforou@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Πριν από δύο χρόνια ζήτησα από την εταιρεία σας προσφορά για
φωτοβολταϊκά, την οποία δεν αποδέχτηκα. Από τότε λαμβάνω τηλέφωνα από
πωλητές σας κάθε λίγους μήνες.

Σύμφωνα με τον ΓΚΠΔ, ζητώ να διαγράψετε όλα τα προσωπικά μου δεδομένα
από τα αρχεία σας και να μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Ολυμπία Χριστοφόρου"""),
("el", "b45-el-anavatorio-gia-elikoeidi-skala", "Λάζαρος Γεωργιάδης <lazaros.georgiadis@example.gr>", "Ελικοειδής σκάλα", "general", "",
"""Καλημέρα,

Έχουμε στο σπίτι μια στενή ελικοειδή σκάλα (πλάτος περίπου 75 εκ.) από
το σαλόνι στο πάνω πάτωμα. Φτιάχνετε αναβατόρια για τέτοιες σκάλες;
Και όταν είναι διπλωμένη η καρέκλα, μένει χώρος να ανεβαίνει κανείς με
τα πόδια δίπλα;

Λάζαρος Γεωργιάδης"""),
("el", "b45-el-residence-vradia-rempetiko", "Φρόσω Αλεξίου <froso.alexiou@example.gr>", "Βραδιά ρεμπέτικου 21/9", "general", "",
"""Καλησπέρα, είδα στην ανακοίνωση στην είσοδο για τη βραδιά ρεμπέτικου
στις 21 Σεπτεμβρίου στον κήπο. Μπορούμε να φέρουμε και φίλους που δεν
μένουν στη Residence; Θα ήθελα να καλέσω την αδελφή μου και τον άντρα
της. Χρειάζεται να δηλώσουμε από πριν;

Φρόσω, διαμέρισμα 15"""),
("el", "b45-el-gl-synergeio-panel-fwtia", "Takis Manolas <takis.manolas@example.gr>", "bravo sta paidia", "general", "",
"""Kalhspera, mpravo sta paidia pou hr8an thn Trith na ka8arisoun ta
fwtovoltaika sth stegh sto Porto Rafti. Hrthan sthn wra tous, den
afhsan oute mia stagona nero sthn tarasa kai htan poly eugeneis me th
mhtera mou. Ta panel twra einai fwtia, to inverter vgazei 20% parapanw
apo prin! 8a sas ksanafwnaksoume ton xeimwna.
Takhs"""),
("el", "b45-el-xorigia-giorti-kastanou", "Πολιτιστικός Σύλλογος Αρναίας <syllogos.arnaias@example.gr>", "Γιορτή Κάστανου - χορηγία", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος Αρναίας διοργανώνει και φέτος τη Γιορτή
Κάστανου στην πλατεία του χωριού στις 26 Οκτωβρίου. Θα θέλαμε να σας
ζητήσουμε να γίνετε χορηγός με καυσόξυλα για τις φωτιές όπου ψήνονται
τα κάστανα (περίπου ένας τόνος). Το όνομά σας θα αναφέρεται στην αφίσα
και από τα μεγάφωνα.

Με εκτίμηση,
Το Δ.Σ."""),
("el", "b45-el-residence-trapezaria-spasmeno-tzami", "Μαίρη Ιωάννου <mairi.ioannou@example.gr>", "Τραπεζαρία", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι η γυάλινη πόρτα ανάμεσα στο σαλόνι και στην
τραπεζαρία της Residence έχει ραγίσει από πάνω ως κάτω από το Σάββατο,
και σήμερα το πρωί έπεσε ένα κομμάτι στο πάτωμα την ώρα που περνούσαν
κάτοικοι με περπατούρες. Το σκούπισε μια κοπέλα από την κουζίνα αλλά η
πόρτα είναι ακόμα έτσι και όλοι περνάμε από εκεί τρεις φορές τη μέρα
για το φαγητό.

Μαίρη Ιωάννου, διαμέρισμα 3"""),
("el", "b45-el-gl-odhgos-vrisies-proistamenos", "Eleni Karagianni <eleni.karagianni@example.gr>", "o odhgos sas", "general", "high",
"""Kalhmera.
Xthes o odhgos pou efere to petrelaio sth mhtera mou (Marousi,
Kifisias 112) ths fwnaze giati argise na tou anoiksei thn porta ths
aulhs. H mhtera mou einai 82 kai perpataei me mpastouni. Ths eipe
"ama den mporeis na zeis monh sou, mhn pairneis petrelaio" kai efyge
vrizontas. Hrthe o geitonas na dei ti ginetai.

Den 8elw na to syzhthsw me ton dispatcher. 8elw na me parei
thlefwno o proistamenos h o idiokthths ths etaireias. 6945 000 860.
Eleni Karagianni"""),
# ---------------- Spanish ----------------
("es", "b45-es-salvaescaleras-padre-a-valladolid", "Inmaculada Cabrera <inma.cabrera@example.es>", "Salvaescaleras de mi padre", "billing", "",
"""Buenos días:

Mi padre, Fermín Cabrera, tiene alquilado con ustedes un salvaescaleras
en su casa de la calle Olmos 14, en Palencia. Desde este mes se ha ido
a vivir con mi hermana a Valladolid y ya no va a volver a la casa, así
que no lo va a usar más.

¿Qué tenemos que hacer para dar por terminado el alquiler y que dejen
de pasar el recibo? ¿Cobran algo por desmontarlo?

Un saludo,
Inmaculada Cabrera"""),
("es", "b45-es-pedido-gasoleo-precio-litro", "Anselmo Rubio <anselmo.rubio@example.es>", "Pedido 30117", "billing", "",
"""Hola,

El lunes pedí por teléfono 1.000 litros de gasóleo C y me dijeron 0,98
€/litro. En el albarán que me dejó el conductor pone 1,06 €/litro, o
sea 80 euros más. Yo acepté el precio que me dieron al pedir. Les
agradecería que me corrigieran la factura antes de pasar el cargo.

Anselmo Rubio
Aranda de Duero"""),
("es", "b45-es-mx-limpieza-reprogramada-cobrada", "Rodrigo Garza <rodrigo.garza@example.com.mx>", "Cobro de limpieza", "billing", "",
"""Buenas tardes,

Tenía agendada la limpieza de paneles para el sábado 8 en mi casa en
San Pedro Garza García. Ustedes me la reprogramaron por lluvia para el
día 15, lo cual está bien, pero ya me cobraron los $1,450 MXN a la
tarjeta el día 8 y el día 15 me los volvieron a cobrar. Tengo dos
cargos. ¿Me pueden regresar uno, por favor?

Saludos,
Rodrigo Garza"""),
("es", "b45-es-ar-lena-cuotas-mercadopago", "Graciela Ferreyra <graciela.ferreyra@example.com.ar>", "Consulta por la leña", "billing", "",
"""Hola, buenas! Quería encargar 3 toneladas de leña de lenga para el
invierno acá en Dina Huapi. Vi que la tonelada está a $185.000. ¿Se
puede pagar en cuotas con tarjeta o con Mercado Pago? ¿Y si pago todo
por transferencia tienen algún descuento? Gracias!!
Graciela"""),
("es", "b45-es-comidas-agosto-pueblo", "Remedios Alonso <remedios.alonso@example.es>", "Comidas de agosto", "billing", "",
"""Buenas,

Mi marido y yo nos vamos al pueblo de mi hermana en Teruel todo agosto,
como cada año, asi que ese mes no nos traigan las comidas. No queremos
darnos de baja, en septiembre volvemos y seguimos igual. Por favor que
no nos pasen el recibo de agosto.

Remedios Alonso
Zaragoza"""),
("es", "b45-es-cl-pellet-factura-rut", "Felipe Contreras <felipe.contreras@example.cl>", "Factura pellets", "billing", "",
"""Estimados,

Compré 40 sacos de pellet el martes en la bodega de Temuco y me dieron
boleta. Lo necesito con factura a nombre de mi empresa, Contreras y
Soto Ltda., RUT 76.000.000-0, giro servicios contables. ¿Pueden anular
la boleta y emitir factura? El total fueron $198.000.

Saludos cordiales,
Felipe Contreras"""),
("es", "b45-es-bateria-va-bien-compensacion", "Xavier Puigdemont <xavier.puig@example.es>", "Compensación de excedentes", "billing", "",
"""Hola,

Primero: la batería va de maravilla, no es una avería ni quiero que
venga ningún técnico.

Mi pregunta es de la factura. Desde que tengo la batería y la tarifa
solar con ustedes, en las dos últimas facturas no aparece la línea de
"compensación de excedentes" que antes me descontaba unos 25 € al mes.
¿Se ha quitado por tener batería o es un error?

Gràcies,
Xavier"""),
("es", "b45-es-co-mama-se-nos-fue-suscripcion", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "Suscripción almuerzos doña Teresa", "billing", "",
"""Buenas tardes,

Les escribo para contarles que mi mamá, doña Teresa Ospina, se nos fue
el domingo. Ella recibía los almuerzos de ustedes en Chapinero de lunes
a sábado. Le agradezco mucho a todo el equipo, ella los quería mucho.

Por favor cancelen la suscripción. Había pagado el mes completo
($620.000) el primero; quisiera saber si me pueden devolver lo de los
días que quedan.

Con cariño,
Luz Marina Ospina"""),
("es", "b45-es-re-presupuesto-banera-proforma", "Begoña Etxeberria <begona.etxe@example.es>", "RE: Presupuesto bañera con puerta", "billing", "",
"""Hola Jon:

Muchas gracias. Para solicitar la ayuda de la Diputación para adaptar el
baño de mi madre me piden una factura proforma con el NIF de ella, el
desglose de materiales y mano de obra y el IVA reducido del 10% (tiene
reconocida la discapacidad). ¿Me la podéis preparar así?

Begoña

-----Mensaje original-----
De: Jon Arrieta <presupuestos@example-banos.es>
Enviado el: martes, 4 de junio de 2024 10:15
Para: Begoña Etxeberria
Asunto: Presupuesto bañera con puerta

Buenos días Begoña, te adjunto el presupuesto para la bañera con puerta
y asiento, con retirada de la antigua y alicatado: 5.340 € + IVA.
Un saludo, Jon"""),
("es", "b45-es-hola-alquiler-contador-mio", "Ramón Iglesias <ramon.iglesias@example.es>", "Hola", "billing", "",
"""Hola

En el verano de 2022 cambié el contador por uno inteligente comprado
por mí, lo tienen ustedes registrado. Pero en todas las facturas sigo
viendo "alquiler equipos de medida 0,81 €/mes". Si el contador es mío
no deberían cobrar eso. Pido que lo quiten y me devuelvan lo cobrado
desde entonces.

Ramón Iglesias"""),
("es", "b45-es-mx-cuota-mantenimiento-oxxo", "Guadalupe Treviño <lupita.trevino@example.com.mx>", "Pago de cuota", "billing", "",
"""Buenas tardes, vivo en la villa de retiro Los Nogales en Querétaro.
Mi banco cerró la cuenta de donde se domiciliaba la cuota de
mantenimiento ($7,800 mensuales). Mientras abro otra, ¿puedo pagar en
OXXO o con depósito en ventanilla? ¿Qué referencia pongo?
Gracias, Lupita Treviño, casa 31"""),
("es", "b45-es-residencia-cobra-tras-fallecimiento-omic", "Fernando Zamora <fernando.zamora@example.es>", "Cobros indebidos - D.ª Pilar Zamora", "billing", "high",
"""Señores:

Mi madre, D.ª Pilar Zamora Rey, residente en su apartamento 2B del
complejo para mayores Las Acacias, falleció el 18 de enero. Se lo
comunicamos por escrito al día siguiente y entregamos las llaves el 31.

Desde entonces han seguido cargando la mensualidad de 1.640 € en
febrero y marzo en la cuenta de la herencia, y la fianza de 3.280 €
sigue sin devolverse. Nadie contesta a nuestros correos.

Si en un plazo de diez días no se devuelven los dos recibos y la fianza,
presentaré reclamación en la OMIC y el asunto pasará a nuestro abogado.

Fernando Zamora"""),
("es", "b45-es-ar-pellet-no-llego-desconozco", "Martín Sosa <martin.sosa@example.com.ar>", "Pedido pagado y nunca entregado", "billing", "high",
"""Buenas.

El 2 de mayo pagué por adelantado 2 toneladas de pellet ($890.000) con
la Visa. Me dijeron que llegaba en 10 días. Estamos a 20 de junio, no
llegó nada y cada vez que llamo me dicen "esta semana". Ya no lo
quiero, me compré en otro lado porque hace frío.

Quiero la plata devuelta. Si no tengo respuesta en 48 horas desconozco
el pago con la tarjeta y que lo resuelva el banco.

Martín Sosa
Esquel, Chubut"""),
("es", "b45-es-cuota-mantenimiento-subida-responsable", "Carmen Villalobos <carmen.villalobos@example.es>", "Quiero hablar con un responsable", "billing", "high",
"""Buenas tardes:

Tengo contratado el mantenimiento del salvaescaleras de mi marido desde
2019 por 29 €/mes. Este mes me han cobrado 49 € sin ningún aviso ni
carta. He llamado tres veces y la chica del teléfono me dice que "es la
tarifa nueva" y que ella no puede hacer nada.

No voy a seguir hablando con la centralita. Quiero que me llame un
responsable de la empresa que pueda explicarme por qué y devolverme la
diferencia. Mi teléfono es 600 000 418.

Carmen Villalobos
Córdoba"""),
("es", "b45-es-salvaescaleras-pita-e3", "Jesús Bermejo <jesus.bermejo@example.es>", "Pitido", "technical", "",
"""Buenas,

Desde ayer el salvaescaleras pita cada vez que se enciende y no baja,
se queda arriba. En la pantallita sale "E3". El asiento está bien
girado y el reposapiés bajado. Mi mujer ahora no lo necesita porque
está en casa de nuestra hija unos días, pero vuelve el lunes.

¿Pueden mandar a alguien esta semana?

Jesús Bermejo"""),
("es", "b45-es-mx-app-medidor-sin-datos", "Alejandra Méndez <ale.mendez@example.com.mx>", "App del medidor", "technical", "",
"""Hola, desde que les cambiaron el medidor a uno inteligente la app me
muestra el consumo en ceros desde hace 12 días. El medidor sí tiene la
lucecita parpadeando. Ya desinstalé y volví a instalar la app y cerré
sesión. Mi número de servicio es 4471-0923. Gracias!"""),
("es", "b45-es-bateria-no-carga-tarde", "Pedro Nieto <pedro.nieto@example.es>", "bateria", "technical", "",
"""hola, la bateria que me instalaron en marzo ha dejado de cargarse con
las placas. por la mañana se queda en el 10% y a las 5 de la tarde
sigue igual, y las placas estan produciendo 3 kW segun la app y todo
se va a la red. antes se llenaba a mediodia. no he tocado nada de la
configuracion. gracias, Pedro (Murcia)"""),
("es", "b45-es-ar-app-viejo-se-cierra", "Nicolás Benedetti <nico.benedetti@example.com.ar>", "La app se cierra", "technical", "",
"""Hola gente, le hago los pedidos de viandas a mi viejo desde la app y
desde ayer cuando toco "Menú de la semana" la app se cierra sola. Tengo
un Motorola con Android 13, ya la borré y la instalé de nuevo. En la
compu anda, pero estoy trabajando afuera toda la semana y solo tengo el
celu. Me dan una mano?
Nico"""),
("es", "b45-es-cl-banera-puerta-filtra", "Verónica Pizarro <veronica.pizarro@example.cl>", "Tina con puerta", "technical", "",
"""Buenas tardes,

No quiero devolver la tina, a mi mamá le ha cambiado la vida. El
problema es que la puerta filtra agua por la parte de abajo cuando la
tina está llena, se forma una poza en el piso del baño. La goma de la
puerta se ve bien. La instalaron hace dos meses en Viña del Mar.

¿Pueden mandar un técnico a revisarla?

Verónica Pizarro"""),
("es", "b45-es-termostato-caldera-pellet-wifi", "Lucía Aranda <lucia.aranda@example.es>", "termostato wifi", "technical", "",
"""Buenas tardes,

El termostato wifi de la caldera de pellets que nos instalasteis en
octubre se ha desconectado y no vuelve a conectarse. La app dice
"dispositivo no disponible" y el termostato muestra un icono de nube
tachada. El router es el mismo, la contraseña no ha cambiado. La
caldera funciona en manual.

Lucía Aranda, Ponferrada"""),
("es", "b45-es-co-monitoreo-paneles-contrasena", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "No puedo entrar al monitoreo", "technical", "",
"""Buen día,

Cambié la contraseña del portal de monitoreo de los paneles solares la
semana pasada y desde entonces me dice "usuario o contraseña
incorrectos", aunque la escribo bien. Le di a "recuperar contraseña" y
el correo nunca me llega. Usuario: andres.rojas. Casa en Chía.

Muchas gracias,
Andrés Felipe Rojas"""),
("es", "b45-es-asiento-giratorio-banera-no-gira", "Amparo Segura <amparo.segura@example.es>", "El asiento", "technical", "",
"""Buenos dias, el asiento giratorio de la bañera que nos pusieron para
mi suegro ya no gira, se ha quedado duro mirando hacia la pared y no hay
forma de moverlo aunque se apriete la palanca. Antes giraba suavecito.
Amparo"""),
("es", "b45-es-bateria-olor-quemado-garaje", "Enrique Salvador <enrique.salvador@example.es>", "Batería en el garaje", "technical", "high",
"""Buenas tardes:

Les escribo con calma, pero quiero que lo vea alguien hoy. Esta mañana,
al bajar al garaje, olía a plástico quemado junto a la batería, y el
lateral del armario estaba muy caliente al tacto. La app marca 58 °C y
un aviso de "temperatura de celda alta".

He apagado el interruptor de la batería como dice el manual, he abierto
la puerta del garaje y he sacado el coche. No he vuelto a bajar.

Dirección: calle Jara 9, Tres Cantos. Móvil 611 000 204.

Enrique Salvador"""),
("es", "b45-es-mx-medidor-chispas-centro-carga", "Gerardo Valdez <gerardo.valdez@example.com.mx>", "Medidor nuevo", "technical", "high",
"""Buenas noches, el medidor que instalaron ayer en la barda de la casa
hace un zumbido y hoy en la noche salieron chispas de la base cuando se
prendió el minisplit. Huele a quemado. Bajé la pastilla general y
estamos sin luz. Tengo a mi papá con oxígeno y su concentrador es
eléctrico, ahorita está con el tanque de respaldo. Necesito que venga
alguien YA. Gerardo Valdez, Hermosillo, cel. 662 000 0183"""),
("es", "b45-es-caldera-gasoleo-abuelo-soria", "Marta Lafuente <marta.lafuente@example.es>", "Caldera de mi abuelo - no arranca", "technical", "high",
"""Buenos días:

Ayer su técnico hizo la revisión anual de la caldera de gasóleo de mi
abuelo en Almazán (Soria). Desde que se fue, la caldera no arranca: se
enciende la luz roja de bloqueo y al rearmar hace un ruido y se vuelve a
bloquear. Hay gasóleo en el depósito.

Mi abuelo tiene 89 años y vive solo. Esta noche han estado a -6 y esta
mañana la casa estaba a 12 grados. Le he dejado un radiador eléctrico
pequeño pero no da para toda la casa. Necesitamos que vuelvan hoy.

Marta Lafuente, 690 000 771"""),
("es", "b45-es-ar-residencia-llamadores-mudos", "Residencia Los Aromos <direccion@residencialosaromos.example>", "Llamadores", "technical", "high",
"""Buenos días,

Desde anoche el sistema de llamadores de enfermería que nos instalaron
no suena en el office. Los residentes aprietan el timbre de la cama o
del baño, la luz de la habitación se prende, pero en la central no
aparece nada ni suena. Tenemos 38 residentes, varios postrados.

Pusimos a una enfermera extra a recorrer los pasillos toda la noche,
pero no podemos sostener eso. Por favor manden un técnico hoy mismo.

Lic. Silvina Acosta
Directora - Residencia Los Aromos, Córdoba"""),
("es", "b45-es-comidas-ayuntamiento-rutas", "Servicio de Comidas a Domicilio <comidas@example-ayto.es>", "Hoy", "technical", "high",
"""Buenos días:

Los repartidores han llegado a las 8 y las tablets no les muestran
ninguna ruta: la aplicación abre y se queda en "sincronizando". Tenemos
las 212 bandejas de hoy preparadas en la cocina central y no sabemos a
qué domicilio va cada una sin las rutas. La mayoría de usuarios son
personas mayores que solo tienen esta comida caliente en el día.

Llevamos una hora intentando reiniciar las tablets. Llámennos al 976
000 312, preguntar por Raúl.

Raúl Gimeno
Coordinador del servicio"""),
("es", "b45-es-horario-almacen-pellet-sabado", "Toni Ferrer <toni.ferrer@example.es>", "Horario", "general", "",
"""Hola, el almacén de pellet de Manresa abre los sábados por la mañana?
Quiero pasar a recoger unos sacos con la furgoneta. Gracias"""),
("es", "b45-es-mx-comida-abuela-portero", "Daniela Cortés <daniela.cortes@example.com.mx>", "Entregas de mi abuela", "general", "",
"""Hola! Mi abuela Consuelo recibe su comida diario en el edificio de
Av. Coyoacán 1120, depto 504. Ella ya no baja a la puerta, así que por
favor que el repartidor deje la comida con el portero, don Chucho, que
ya está enterado y se la sube. Si no está él, que le marquen a la
vecina del 503. Mil gracias!!
Daniela"""),
("es", "b45-es-ar-gracias-instaladores", "Héctor Malvestiti <hector.malvestiti@example.com.ar>", "Felicitaciones", "general", "",
"""Buenas tardes,

Quería felicitar a los muchachos que vinieron el jueves a instalar la
silla salvaescaleras en casa de mi mamá en Rosario. Unos genios, che.
Trabajaron prolijo, le explicaron todo tres veces con una paciencia
bárbara, y antes de irse se quedaron a ver que ella subiera y bajara
sola. Mi vieja está feliz, ya fue a ver la tele arriba dos veces.

Saludos,
Héctor"""),
("es", "b45-es-residencia-gato-mudanza", "Maria Jose Pastor <mjose.pastor@example.es>", "Pregunta mascotas", "general", "",
"""Buenas tardes,

Voy a mudarme en septiembre a uno de los apartamentos de Villa Serena en
Benidorm. Tengo una gata de 9 años, muy tranquila, que siempre ha vivido
dentro de casa. Se admiten gatos en los apartamentos? Hay alguna
norma especial?

Gracias,
Maria Jose Pastor"""),
("es", "b45-es-cl-baston-olvidado-excursion", "Olga Fuentealba <olga.fuentealba@example.cl>", "Bastón", "general", "",
"""Buenas tardes, el domingo fuimos en el bus de la residencia a la
excursión a Isla Negra y mi papá, Hernán Fuentealba (departamento 18),
dejó olvidado su bastón en el bus. Es de madera oscura con el mango de
plata, era de mi abuelo, por eso le tiene cariño. ¿Lo habrán
encontrado?
Olga"""),
("es", "b45-es-cambio-telefono-contacto", "Josefa Martín <josefa.martin@example.es>", "Cambio de datos", "general", "",
"""Buenas,

Les escribo para cambiar los datos de contacto del servicio de mi padre,
Pascual Martín (cliente 22915). El teléfono de contacto para
emergencias ya no es el de mi hermano, que se ha ido a vivir a Alemania.
Pongan el mío: 655 000 319, Josefa Martín, hija.

Muchas gracias"""),
("es", "b45-es-co-habeas-data", "Camilo Arango <camilo.arango@example.com.co>", "Solicitud de información - datos personales", "general", "",
"""Señores:

En ejercicio de mi derecho de habeas data, les solicito que me informen
qué datos personales míos tienen en sus bases de datos, con qué
finalidad los usan y con qué terceros los han compartido. Hace un año
pedí una cotización para un salvaescaleras y desde entonces me llaman
otras empresas ofreciéndome productos para adultos mayores.

Atentamente,
Camilo Arango
C.C. 79.000.000"""),
("es", "b45-es-menus-celiaco-halal", "Youssef El Amrani <youssef.elamrani@example.es>", "Menús especiales", "general", "",
"""Hola, buenos días. Mi padre vive en Terrassa y el médico nos ha
aconsejado la comida a domicilio. Es celíaco y además no come cerdo, por
religión. ¿Tienen menús sin gluten que tampoco lleven cerdo? ¿Y se
puede elegir el menú cada semana o es fijo?

Gracias, Youssef"""),
("es", "b45-es-charla-ahorro-energetico", "Encarna Molina <encarna.molina@example.es>", "Charla del jueves", "general", "",
"""Hola, he visto el cartel en el hogar del jubilado de la charla sobre
cómo ahorrar en la factura de la luz con placas y baterías, este jueves
a las 18:00. ¿Hay que apuntarse antes? ¿Puedo ir con mi vecina, que no
es socia?

Encarna"""),
("es", "b45-es-mx-camion-lena-hora", "Rogelio Ibarra <rogelio.ibarra@example.com.mx>", "Pedido 5521", "general", "",
"""Qué tal, me confirman a qué hora más o menos llega el camión con la
leña el viernes? Mi esposa ya está que arde porque tiene que salir a
sus terapias a las 12 y no queremos que lleguen y no haya nadie. Si
puede ser temprano mejor. Gracias, Rogelio, Valle de Bravo"""),
("es", "b45-es-fiestas-barrio-donacion", "Asociación Vecinal San Lorenzo <avv.sanlorenzo@example.es>", "Fiestas del barrio", "general", "",
"""Buenas tardes:

Desde la Asociación Vecinal San Lorenzo organizamos, como cada año, la
comida de mayores de las fiestas del barrio el 10 de agosto. Somos unas
150 personas. Muchos de nuestros mayores son usuarios de su servicio de
comidas. ¿Estarían dispuestos a colaborar con los postres o a
patrocinar la comida? Pondríamos su logo en los carteles.

Un saludo,
Pepa Lorente, presidenta"""),
("es", "b45-es-comedor-suelo-mojado-caida", "Rosario Benavente <rosario.benavente@example.es>", "Comedor de Las Acacias", "general", "high",
"""Buenas tardes:

Quiero avisarles de que en el comedor del complejo fregan el suelo justo
a la hora de la comida, sin poner ningún cartel, y el suelo de gres se
queda como una pista de patinaje. Hoy se ha caído la señora Remedios
del 4C con el andador y se ha dado un golpe en la cadera; se la ha
llevado la ambulancia. No es la primera vez que alguien resbala.

Por favor, que frieguen a otra hora o que pongan carteles y alfombrillas,
antes de que haya una desgracia mayor.

Rosario Benavente, apartamento 1A"""),
("es", "b45-es-ar-cuidadora-maltrato-gerente", "Silvia Giménez <silvia.gimenez@example.com.ar>", "Trato a mi mamá", "general", "high",
"""Buenas tardes,

El sábado fui a visitar a mi mamá, Elsa Giménez, habitación 12, y
escuché a una de las cuidadoras del turno tarde gritarle porque había
tardado en terminar el almuerzo. Le dijo "vieja pesada, así no te
aguanta nadie". Mi mamá tiene 90 años y se puso a llorar.

No quiero hablarlo con la encargada de piso. Quiero que me llame el
gerente general o el dueño de la residencia y me diga qué van a hacer.
Mi celular es 11 0000-4417.

Silvia Giménez"""),
# ---------------- Polish ----------------
("pl", "b45-pl-krzeselko-mama-w-dps", "Beata Wróblewska <beata.wroblewska@example.pl>", "Krzesełko schodowe mamy", "billing", "",
"""Dzień dobry,

moja mama, Stefania Wróblewska, wynajmuje od Państwa krzesełko schodowe
w domu przy ul. Sosnowej 8 w Radomiu. Od zeszłego tygodnia mama mieszka
w domu pomocy społecznej i już nie wróci do domu, więc krzesełko nie
będzie jej potrzebne.

Co trzeba zrobić, żeby zakończyć najem i żeby nie pobierano już opłat?
Czy demontaż jest płatny? Mogę być w domu w każdą sobotę.

Pozdrawiam,
Beata Wróblewska (córka)"""),
("pl", "b45-pl-zamowienie-olej-cena-litra", "Zdzisław Kurek <zdzislaw.kurek@example.pl>", "Zamówienie 4417", "billing", "",
"""Dzień dobry,

przy zamówieniu telefonicznym 2 października pani podała mi cenę 4,89 zł
za litr oleju opałowego, 1500 litrów. Na fakturze, którą zostawił
kierowca, jest 5,12 zł za litr, czyli prawie 345 zł więcej. Zgodziłem
się na cenę z zamówienia. Proszę o korektę faktury, wtedy od razu
zapłacę.

Zdzisław Kurek
Sokółka"""),
("pl", "b45-pl-tata-sanatorium-wstrzymac", "Krzysztof Bielecki <k.bielecki@example.pl>", "Obiady taty", "billing", "",
"""Dzien dobry, moj tata Henryk Bielecki (Torun, ul. Grudziadzka) dostaje
od Panstwa obiady od poniedzialku do piatku. Od 3 do 24 czerwca bedzie
w sanatorium w Ciechocinku, wiec prosze w tym czasie nic nie wozic i
nie naliczac oplat. Od 25 czerwca wszystko po staremu.
Dziekuje, Krzysztof"""),
("pl", "b45-pl-pellet-nie-reklamacja-faktura", "Agata Szulc <agata.szulc@example.pl>", "Pellet - faktura", "billing", "",
"""Dzień dobry,

to nie jest reklamacja, pellet jest bardzo dobry, pali się czysto.

Chodzi o dokument: przy odbiorze 1,5 tony dostałam paragon, a
potrzebuję faktury VAT na firmę (pracownia krawiecka, ogrzewamy nim
lokal). Dane: Szulc Pracownia Krawiecka Agata Szulc, NIP 000-000-00-00,
ul. Kościuszki 4, 37-300 Leżajsk. Czy mogą Państwo wystawić fakturę do
paragonu?

Agata Szulc"""),
("pl", "b45-pl-mycie-paneli-rabat-sasiedzi", "Mirosław Pawlak <miroslaw.pawlak@example.pl>", "Mycie paneli - kilka domów", "billing", "",
"""Dzień dobry,

mam 30 paneli na dachu (ok. 12 kWp). Ile kosztuje u Państwa mycie? Pytam
też w imieniu czterech sąsiadów z tej samej ulicy w Skawinie, każdy ma
podobną instalację. Czy jak zamówimy razem na jeden dzień, to będzie
jakiś rabat?

Mirosław Pawlak"""),
("pl", "b45-pl-brzoza-a-przywiezli-sosne", "Łukasz Domański <lukasz.domanski@example.pl>", "Drewno kominkowe", "billing", "",
"""Dzień dobry,

zamówiłem i zapłaciłem 4 mp brzozy sezonowanej (1160 zł). Dzisiaj
przywieźli, a jak zacząłem układać, to przynajmniej połowa to sosna -
żywica, kora, widać od razu. Sosna jest u Was tańsza o 70 zł za metr.

Albo wymienicie na brzozę, albo proszę o zwrot różnicy. Mogę podesłać
zdjęcia.

Łukasz Domański, Nowy Targ"""),
("pl", "b45-pl-licznik-ok-prognoza-zawyzona", "Elżbieta Nowicka <elzbieta.nowicka@example.pl>", "Rachunek prognozowany", "billing", "",
"""Dzień dobry,

od razu zaznaczę, że licznik działa dobrze - w aplikacji widzę
codzienne odczyty, nie trzeba przysyłać technika.

Problem jest z rachunkiem: od kiedy mam licznik zdalnego odczytu,
dalej dostaję faktury prognozowane, i to wysokie - 420 zł za dwa
miesiące, a według odczytów zużyłam prąd za około 250 zł. Proszę
przejść na rozliczenie według rzeczywistych odczytów i zwrócić
nadpłatę.

Elżbieta Nowicka"""),
("pl", "b45-pl-magazyn-moj-prad-faktura", "Rafał Jasiński <rafal.jasinski@example.pl>", "Faktura do wniosku", "billing", "",
"""Dzień dobry,

składam wniosek o dotację na magazyn energii, który Państwo zamontowali
w maju. Wniosek został odrzucony do poprawy, bo na fakturze nie ma
osobno pozycji "magazyn energii" i osobno montażu - jest tylko jedna
pozycja "system magazynowania energii z montażem 28 400,00 zł brutto".
Czy mogą Państwo wystawić korektę z rozbiciem na pozycje?

Z poważaniem,
Rafał Jasiński"""),
("pl", "b45-pl-odp-rozliczenie-roczne-nadplata", "Teresa Górecka <teresa.gorecka@example.pl>", "Odp: Rozliczenie roczne opłat - mieszkanie 14", "billing", "",
"""Dzień dobry,

dziękuję za rozliczenie. Wolałabym, żeby nadpłatę 612,40 zł zwrócić na
konto, a nie zaliczać na kolejne miesiące - w tym roku mam wydatki na
leczenie. Numer konta taki sam jak do poleceń zapłaty. Czy to możliwe?

Teresa Górecka

-----Wiadomość oryginalna-----
Od: Administracja Osiedla Złote Lata <administracja@zlotelata.example>
Wysłano: piątek, 7 czerwca 2024 11:02
Do: Teresa Górecka
Temat: Rozliczenie roczne opłat - mieszkanie 14

Szanowna Pani,
w załączeniu rozliczenie roczne opłat za 2023 r. Wynika z niego
nadpłata w kwocie 612,40 zł, którą zaliczymy na poczet opłat w
kolejnych miesiącach.
Administracja"""),
("pl", "b45-pl-dzien-dobry-wanna-raty", "Janina Kowalska <janina.kowalska@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

oglądałam u Was w salonie w Kielcach wannę z drzwiczkami, ta za
9 800 zł. Jestem emerytką i nie mam całej kwoty od razu. Czy można
zapłacić w ratach, najlepiej 0%, i czy potrzebne jest zaświadczenie z
ZUS? Proszę o odpowiedź listownie albo telefon, 41 000 23 17.

Janina Kowalska"""),
("pl", "b45-pl-catering-przeprowadzka-do-corki", "Halina Zielinska <halina.zielinska@example.pl>", "rezygnacja", "billing", "",
"""Dzien dobry
Od 1 lipca przeprowadzam sie do corki do Gdanska, a Panstwo tam nie
dowoza, wiec koncze z obiadami. Prosze nie pobierac juz oplat od lipca.
Dziekuje bardzo za wszystkie obiady, byly smaczne.
Halina Zielinska, Elblag"""),
("pl", "b45-pl-olej-2000-dostalam-1500-chargeback", "Grażyna Maciejewska <grazyna.maciejewska@example.pl>", "Reklamacja płatności", "billing", "high",
"""Dzień dobry,

zapłaciłam kartą za 2000 litrów oleju opałowego. Kierowca wlał 1500,
bo więcej nie weszło do zbiornika, i na kwicie jest 1500 litrów. Miałam
dostać zwrot za 500 litrów (2 445 zł). Minęły trzy tygodnie, dwa maile
bez odpowiedzi, a w biurze mówią, że "księgowość się tym zajmie".

Jeżeli do piątku pieniądze nie wrócą na konto, składam w banku
reklamację transakcji kartą (chargeback) i niech bank to odzyska.

Grażyna Maciejewska"""),
("pl", "b45-pl-zaliczka-wanna-rzecznik", "Bogdan Czarnecki <bogdan.czarnecki@example.pl>", "Odstąpienie od umowy - zaliczka 4 000 zł", "billing", "high",
"""Szanowni Państwo,

10 kwietnia Państwa przedstawiciel podpisał ze mną w moim domu umowę na
wannę z drzwiczkami i pobrał zaliczkę 4 000 zł. 16 kwietnia, w
ustawowym terminie 14 dni, złożyłem pisemne oświadczenie o
odstąpieniu od umowy (mam potwierdzenie nadania listu poleconego).

Do dziś zaliczka nie została zwrócona, a telefonicznie słyszę, że
"wanna była już zamówiona". Informuję, że jeżeli zwrot nie nastąpi w
ciągu 7 dni, sprawa trafi do miejskiego rzecznika konsumentów i do
UOKiK.

Bogdan Czarnecki"""),
("pl", "b45-pl-kaucja-po-mamie-prezes", "Andrzej Sobczak <andrzej.sobczak@example.pl>", "Kaucja - mieszkanie 22", "billing", "high",
"""Dzień dobry,

moja mama, Irena Sobczak, mieszkała w Państwa osiedlu seniora w
mieszkaniu 22. Zmarła w lutym, mieszkanie oddaliśmy 28 lutego, czyste i
bez uszkodzeń, jest protokół. Kaucja 6 000 zł do dziś nie wróciła, a
administracja od trzech miesięcy odpowiada, że "czeka na decyzję".

Nie będę już rozmawiał z administracją. Proszę, żeby skontaktował się
ze mną prezes spółki albo ktoś z zarządu: 600 000 512.

Andrzej Sobczak"""),
("pl", "b45-pl-winda-schodowa-pika-blad", "Wiesław Kaczor <wieslaw.kaczor@example.pl>", "Pikanie", "technical", "",
"""Dzień dobry,

winda schodowa od wczoraj pika przy każdym włączeniu i nie rusza z
dołu. Na wyświetlaczu jest "F2". Siedzisko obrócone do jazdy, pas
zapięty, kluczyk włączony. Żona na razie nie potrzebuje, jest u syna do
niedzieli, ale chcę, żeby to było zrobione, zanim wróci.

Wiesław Kaczor, Pabianice"""),
("pl", "b45-pl-aplikacja-licznika-zera", "Marek Wilczek <marek.wilczek@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, od okolo tygodnia aplikacja do licznika pokazuje same
zera, kazdy dzien 0,00 kWh. Licznik w skrzynce mruga normalnie.
Wylogowalem sie, przeinstalowalem, nic. Numer PPE 590000000000123456.
Pozdrawiam"""),
("pl", "b45-pl-magazyn-nie-oddaje-wieczorem", "Oskar Laskowski <oskar.laskowski@example.pl>", "Magazyn energii nie oddaje energii wieczorem", "technical", "",
"""Dzień dobry,

magazyn w dzień ładuje się do 100%, ale wieczorem nie oddaje energii do
domu - od 18 do 23 cały prąd idzie z sieci, a magazyn dalej stoi na
100% i rano jest pełny. Tryb w aplikacji: "autokonsumpcja". Tak jest
od aktualizacji oprogramowania w zeszły czwartek, wcześniej działało
idealnie.

Oskar Laskowski, Wieliczka"""),
("pl", "b45-pl-kod-sms-nie-przychodzi", "Kamila Jaworska <kamila.jaworska@example.pl>", "Logowanie", "technical", "",
"""Hej, zamawiam obiady dla babci przez Waszą aplikację i od wczoraj przy
logowaniu trzeba wpisać kod z SMS, a SMS nie przychodzi. Próbowałam 6
razy, numer ten sam co zawsze (+48 600 000 877). Zamówienie na przyszły
tydzień trzeba złożyć do czwartku, a nie mogę wejść.
Kamila"""),
("pl", "b45-pl-drzwi-wanny-nie-domykaja", "Stanisława Kubacka <stanislawa.kubacka@example.pl>", "Wanna", "technical", "",
"""Szanowni Państwo,

drzwiczki w wannie, którą Państwo zamontowali w marcu, od kilku dni nie
chcą się domknąć. Klamka nie wskakuje do końca i przy napuszczaniu wody
trochę cieknie na podłogę. Nic nie uderzyło w drzwi, używam wanny tylko
ja.

Bardzo proszę o przyjazd serwisanta. Jestem w domu codziennie poza
wtorkiem rano.

Stanisława Kubacka
tel. 32 000 41 58"""),
("pl", "b45-pl-czujnik-zbiornika-zawsze-100", "Roman Adamczyk <roman.adamczyk@example.pl>", "Czujnik poziomu", "technical", "",
"""Dzien dobry, nie zamawiam oleju, zbiornik jest prawie pusty i to jest
wlasnie problem - czujnik poziomu, ktory Panstwo montowali, od miesiaca
pokazuje w aplikacji caly czas 100%. Zmierzylem miarka - zostalo moze
300 litrow. Przez to nie dostaje powiadomien. Bateria w nadajniku
nowa.
Roman Adamczyk"""),
("pl", "b45-pl-otwieracz-drzwi-pilot", "Paweł Sadowski <pawel.sadowski@example.pl>", "Otwieracz drzwi", "technical", "",
"""Dzień dobry,

automatyczny otwieracz drzwi wejściowych, który zamontowali Państwo
tacie (porusza się na wózku), przestał reagować na pilota. Przycisk na
ścianie w środku działa, ale z zewnątrz tata nie jest w stanie wejść
bez pomocy sąsiada. Bateria w pilocie wymieniona, dioda świeci.

Paweł Sadowski"""),
("pl", "b45-pl-kociol-pellet-gasnie-noca", "Dorota Michalak <dorota.michalak@example.pl>", "Kocioł gaśnie", "technical", "",
"""Dzień dobry,

kocioł na pellet, który montowaliście w październiku, od kilku dni gaśnie
w nocy. Rano na wyświetlaczu "brak płomienia", w palenisku trochę
niedopalonego pelletu, podajnik stoi. Po ręcznym rozpaleniu chodzi do
wieczora. Mamy jeszcze kominek i ciepło na razie jest, ale proszę o
wizytę serwisu.

Dorota Michalak, Olsztynek"""),
("pl", "b45-pl-magazyn-spuchniety-syczy", "Tomasz Lewandowski <tomasz.lewandowski@example.pl>", "Magazyn energii w garażu", "technical", "high",
"""Dzień dobry,

piszę spokojnie, ale proszę o pilną wizytę. Obudowa magazynu energii w
garażu wybrzuszyła się z boku, a ze środka słychać ciche syczenie.
Obudowa jest ciepła, w garażu czuć słodkawy, chemiczny zapach.

Wyłączyłem magazyn rozłącznikiem zgodnie z instrukcją, otworzyłem
bramę garażu i wyprowadziłem samochód. Dzieci nie wchodzą do garażu.
Co robić dalej?

Tomasz Lewandowski
ul. Brzozowa 3, Łomianki
tel. 600 000 693"""),
("pl", "b45-pl-licznik-iskrzy-spalenizna", "Jolanta Kwiatkowska <jolanta.kwiatkowska@example.pl>", "licznik", "technical", "high",
"""Dzien dobry, nowy licznik ktory monter zalozyl w piatek w skrzynce na
klatce schodowej trzeszczy, a dzisiaj przy wlaczeniu czajnika cos w nim
blysnelo i czuc spalony plastik. Wylaczylam bezpieczniki i siedzimy bez
pradu. Skrzynka jest na korytarzu, sasiedzi chodza obok, a w bloku
mieszkaja glownie starsi ludzie. Prosze kogos przyslac.
Jolanta Kwiatkowska, Bytom, ul. Miarki 12"""),
("pl", "b45-pl-mama-utknela-na-pietrze", "Ewa Kozłowska <ewa.kozlowska@example.pl>", "PROSZĘ O PILNY KONTAKT", "technical", "high",
"""Dzień dobry,

winda schodowa mamy zatrzymała się wczoraj wieczorem na górze i nie
da się jej przywołać ani uruchomić. Mama ma 93 lata, chodzi o balkoniku
i bez windy nie zejdzie po schodach. Na piętrze jest tylko sypialnia,
łazienka i kuchnia są na dole. Została na noc na górze, sąsiadka
zaniosła jej wiadro i jedzenie.

Numer awaryjny nie odbiera. Proszę o technika dzisiaj: Gniezno, ul.
Lipowa 17, tel. 607 000 249.

Ewa Kozłowska"""),
("pl", "b45-pl-dom-opieki-kociol-pellet-zima", "Dom Opieki Złota Jesień <biuro@zlotajesien.example>", "Kocioł - zgłoszenie", "technical", "high",
"""Dzień dobry,

od 4 rano stoi kocioł na pellet, który Państwo serwisują - na sterowniku
"Awaria podajnika E-21", reset nie pomaga. Nie ma ogrzewania ani ciepłej
wody w całym budynku. Mamy 41 podopiecznych, większość leżących, na
zewnątrz jest -7, w pokojach już 16 stopni. Rozwozimy grzejniki olejowe,
ale nie starczy dla wszystkich, a pielęgniarki nie mogą myć pacjentów.

Proszę o natychmiastowy przyjazd serwisu. Kontakt: Marta Wójcik,
kierownik, 89 000 14 20.

Dom Opieki Złota Jesień, Mrągowo"""),
("pl", "b45-pl-sklep-kasy-chlodnie-stoja", "Sklep Spożywczy U Basi <sklep.ubasi@example.pl>", "od rana", "technical", "high",
"""Dzień dobry,

od 6 rano w sklepie nie ma prądu, choć u sąsiadów jest. Falownik
magazynu energii, który nam montowaliście, pokazuje "Grid fault" i nie
przepuszcza prądu z sieci. Kasy nie działają, terminal nie działa,
sprzedajemy tylko za gotówkę na kartce, a w chłodniach jest już 9
stopni - nabiał i wędliny za kilka godzin będą do wyrzucenia.

Proszę o pilny telefon: Barbara Nowak 602 000 381.

Sklep U Basi, Brzesko"""),
("pl", "b45-pl-sklad-opalu-sobota", "Jacek Wilk <jacek.wilk@example.pl>", "sobota", "general", "",
"""Dzien dobry, czy sklad opalu w Strykowie jest otwarty w sobote i do
ktorej? Chce podjechac z przyczepka po kilka workow pelletu.
Jacek"""),
("pl", "b45-pl-drewno-od-strony-lasu", "Marianna Sikorska <marianna.sikorska@example.pl>", "Dostawa w piątek", "general", "",
"""Dzień dobry,

do piątkowej dostawy drewna (Zakopane, Gubałówka 41):

- proszę nie wjeżdżać od ulicy, tam jest stromo i ciasno, tylko od
  strony lasu, drogą szutrową za kapliczką;
- drewno zrzucić przy drewnianej bramie, nie na trawnik;
- brama jest otwarta, nas nie będzie do wieczora.

Dziękuję,
Marianna Sikorska"""),
("pl", "b45-pl-podziekowanie-pani-kierowca", "Zofia Rutkowska <zofia.rutkowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

mam 86 lat i od zimy dostaję Państwa obiady. Chciałam bardzo podziękować
pani Agnieszce, która je przywozi. Zawsze ma czas zapytać, jak się
czuję, w zeszłym tygodniu zauważyła, że nie mam już leków, i sama
zadzwoniła do mojej córki. Takiej osoby ze świecą szukać.

Proszę przekazać jej kierownikowi, że to złoto nie pracownik.

Zofia Rutkowska"""),
("pl", "b45-pl-wigilia-z-wnukami", "Ryszard Baran <ryszard.baran@example.pl>", "Wigilia na osiedlu", "general", "",
"""Dzień dobry,

w ogłoszeniu jest informacja o wspólnej wigilii w świetlicy 23 grudnia.
Czy mogę przyjść z córką i dwojgiem wnuków (7 i 10 lat)? Do kiedy trzeba
się zapisać?

Ryszard Baran, mieszkanie 5"""),
("pl", "b45-pl-okulary-na-wycieczce", "Leokadia Pietrzak <leokadia.pietrzak@example.pl>", "zguba", "general", "",
"""Dzień dobry, w czwartek na wycieczce do Kazimierza zostawiłam w
autokarze okulary w brązowym etui, chyba w siedzeniu na środku, po
lewej. Czy ktoś je znalazł? Leokadia Pietrzak, mieszkanie 31."""),
("pl", "b45-pl-zmiana-adresu-korespondencji", "Henryka Mazurek <henryka.mazurek@example.pl>", "Zmiana adresu do korespondencji", "general", "",
"""Dzień dobry,

proszę o zmianę adresu do korespondencji dla umowy na dostawy oleju
opałowego (klient nr 18223). Nowy adres: ul. Akacjowa 2/6, 15-000
Białystok. Dostawy nadal do domu w Supraślu, bez zmian.

Henryka Mazurek"""),
("pl", "b45-pl-rodo-telefony-marketing", "Adam Głowacki <adam.glowacki@example.pl>", "RODO - sprzeciw", "general", "",
"""Dzień dobry,

na podstawie RODO wnoszę sprzeciw wobec przetwarzania moich danych w
celach marketingowych i proszę o usunięcie mojego numeru 601 000 742 z
list, z których dzwonią Państwa konsultanci w sprawie fotowoltaiki.
Dzwonią po trzy razy w tygodniu. Proszę też o informację, skąd mają
Państwo mój numer.

Adam Głowacki"""),
("pl", "b45-pl-winda-na-schody-zewnetrzne", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Schody na zewnątrz", "general", "",
"""Dzień dobry, do domu teściów prowadzą betonowe schody zewnętrzne, 9
stopni, bez dachu. Czy robicie windy schodowe na schody zewnętrzne,
odporne na deszcz i mróz? I czy da się ją zamontować przy schodach z
balustradą tylko z jednej strony?

Grzegorz"""),
("pl", "b45-pl-dzien-otwarty-mieszkanie-pokazowe", "Irena Dudek <irena.dudek@example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry,

przeczytałam w gazecie, że 14 września robicie dzień otwarty na
osiedlu seniora w Konstancinie. Czy będzie można obejrzeć mieszkanie
pokazowe, i czy trzeba się wcześniej zapisać? Przyjechałabym z synem.

Irena Dudek"""),
("pl", "b45-pl-kgw-dozynki-sponsoring", "KGW Wólka <kgw.wolka@example.pl>", "Dożynki gminne - prośba", "general", "",
"""Szanowni Państwo,

Koło Gospodyń Wiejskich z Wólki organizuje 7 września dożynki gminne.
Zwracamy się z prośbą o wsparcie - może być w formie nagród do loterii
(np. bon na opał) albo sponsoringu sceny. W zamian umieścimy logo firmy
na banerze i podziękujemy ze sceny.

Z poważaniem,
Alicja Woźniak, przewodnicząca KGW"""),
("pl", "b45-pl-wiadomosc-dla-pana-mirka", "Waldemar Kozak <waldemar.kozak@example.pl>", "Wiadomosc dla pana Mirka", "general", "",
"""Dzien dobry, prosze przekazac panu Mirkowi i jego koledze, ktorzy myli
u nas panele w Pszczynie, ze odwalili kawal dobrej roboty. Panele
teraz wymiataja, falownik bije rekordy, a do tego panowie posprzatali po
sobie lepiej niz my po sobie. Pozdrawiamy, Kozakowie"""),
("pl", "b45-pl-oblodzony-chodnik-osiedle", "Jadwiga Sowa <jadwiga.sowa@example.pl>", "Chodnik przy bloku C", "general", "high",
"""Dzień dobry,

chcę zgłosić, że chodnik między blokiem C a świetlicą od trzech dni jest
oblodzony i nikt go nie posypuje ani nie odśnieża. Wczoraj pani Helena
z mieszkania 12 przewróciła się z kulami i ma złamany nadgarstek. Dziś
rano prawie upadł pan Józef. Większość z nas chodzi o laskach albo z
balkonikami, a innej drogi do świetlicy i do furtki nie ma.

Proszę o posypanie i pilnowanie tego na co dzień, zanim ktoś złamie
biodro.

Jadwiga Sowa, blok C, mieszkanie 3"""),
("pl", "b45-pl-dostawca-obiadow-nakrzyczal-kierownik", "Monika Borkowska <monika.borkowska@example.pl>", "Zachowanie dostawcy obiadów", "general", "high",
"""Dzień dobry,

w poniedziałek dostawca obiadów nakrzyczał na moją mamę (83 lata,
ul. Polna 6, Płock), bo za długo schodziła do furtki. Rzucił torbę z
obiadem na ziemię i powiedział, że "następnym razem nie będzie czekał
na babcię". Mama się popłakała i boi się teraz otwierać drzwi.

Nie chcę tego wyjaśniać z dyspozytorką. Proszę, żeby zadzwonił do mnie
kierownik albo właściciel firmy: 605 000 128.

Monika Borkowska"""),
]
