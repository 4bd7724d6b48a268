# batch169.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Kinds of business drawn on: water and waste at home -- water meter
# readings, sewer blockages, water softener salt delivery, private septic
# systems and treatment plants, leak detection services, bottled water
# coolers and rainwater harvesting.  The failure classes in new situations
# -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, paid plans ended or paused in other words, outages of a
# business told only by their consequences, safety hazards told calmly,
# praise, payment questions -- and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b169-estimated-bill-real-reading", "Gordon Pryce <gordon.pryce@example.co.uk>", "Estimated bill", "billing", "",
"""Hello,

My latest bill (account 4410 2287) is for 412.60 and it says "estimated
reading". Nobody has been to read the meter since March. I went out with a
torch this morning and the actual reading is 01873 m3, which is a good deal
lower than the 02011 you've guessed.

Please redo the bill on the real figure and let me know the new amount
before the direct debit goes out on the 28th.

Regards,
Gordon Pryce
Leominster"""),
("en", "b169-leak-adjustment-toilet-flapper", "Dana Whitfield <dana.whitfield@example.com>", "Question", "billing", "",
"""Hi there,

Our June bill came in at $384.12 when we usually pay around $70. Almost
had a heart attack opening it. Turned out the flapper in the upstairs
toilet had gone and it was running day and night. My husband replaced it
the same weekend (receipt from the hardware store attached).

Do you offer any kind of leak adjustment or credit for a one-off like
this? I read something about it on a neighborhood forum but couldn't find
it on your website.

Thanks,
Dana Whitfield
Tucson, AZ"""),
("en", "b169-cooler-ron-passed", "Margaret Hollis <m.hollis@example.co.uk>", "Water cooler", "billing", "",
"""Dear Sir or Madam,

The water cooler in the back room was really for my husband Ronald, who
could not manage the kettle in his last year. Ron passed away in
February and I do not drink the water myself, I am a tea person. There
are still two full bottles in the garage.

I would be grateful if you could bring the rental to an end and take the
machine and the bottles away. The account is in his name, R. J. Hollis.

Yours faithfully,
Margaret Hollis (Mrs)"""),
("en", "b169-pumpout-no-show-chargeback", "Declan Moran <declan.moran@example.ie>", "Order 20417", "billing", "high",
"""Hi,

I booked and paid 295 euro for a septic tank empty on the 14th, order
20417. Nobody came. I took the day off work to be here and open the
gate. I rang your office twice and was told the driver "couldn't find the
lane" - it's the only house on the Ballinalee road with a green gate and
I gave the Eircode.

I want the 295 back on my card by Friday. If it's not there I'm going
to the bank to dispute the payment, I have the booking confirmation and
my call log.

Declan Moran
Longford"""),
("en", "b169-salt-winter-in-spain", "Pauline Ashworth <pauline.ashworth@example.co.uk>", "Hello", "billing", "",
"""Hello,

We are off to our daughter's in Alicante from mid-January until the end
of March and the house will be empty. There's no sense in the salt coming
every month while nobody is using any water, so could you hold the
deliveries and the monthly payment for those months and start again in
April?

Many thanks,
Pauline and Geoff Ashworth"""),
("en", "b169-jug-deposit-not-credited", "Tyrone Beckett <tbeckett@example.com>", "5 gallon jugs", "billing", "",
"""Returned 6 empty jugs to your driver on the 3rd, he scanned them. The
$7 deposit per jug still hasn't shown up on my account statement, it's
been 3 weeks. That's $42. Can you look into it?

Tyrone"""),
("en", "b169-rainwater-quote-vat", "Alison Carver <alison.carver@example.co.uk>", "Quote for underground tank", "billing", "",
"""Hi,

Thanks for the quote for the 3,000 litre underground rainwater tank
(ref RW-3381), 2,845.00. Before we decide, can you tell me whether that
figure includes VAT, and whether the digging and taking away the spoil
is in it or extra? The last company we spoke to added nearly 900 for the
excavation at the end.

Alison"""),
("en", "b169-surface-water-soakaway-ombudsman", "Raymond Okafor <raymond.okafor@example.co.uk>", "Surface water drainage charge - third request", "billing", "high",
"""Dear Customer Services,

This is the third time I have written about this. Since we moved in in
2019 you have charged us the surface water drainage element on every
bill. Our roof and driveway drain to a soakaway in the back garden - the
survey when we bought the house says so, and I sent you a copy in
January and again in April. Nothing connects to the public sewer apart
from the foul drain.

I am asking for the charge to be removed and refunded back to 2019.
You said in May that it would be "looked at within 20 working days".
It has not been. If I do not have a proper answer by the end of this
month I will take the complaint to the Consumer Council for Water and
then to WATRS.

Yours faithfully,
Raymond Okafor
22 Linden Grove, Kettering"""),
("en", "b169-leak-invoice-to-agent", "Lettings <lettings@harbourview-homes.example>", "Invoice for 8 Quay Street", "billing", "",
"""Hi,

Your leak detection engineer attended 8 Quay Street, Flat 2 on Tuesday
at our tenant's request. The invoice has come out in the tenant's name.
The landlord pays for this through us, so could you reissue it to
Harbourview Homes Ltd, 41 Marine Parade, Brighton BN2 1TL, and include
the flat address on it so it can be matched?

Thanks,
Kerry
Harbourview Homes - Lettings"""),
("en", "b169-re-leak-quote-instalments", "Sunil Mehta <sunil.mehta@example.co.uk>", "Re: Your quote LD-5521 - trace and access", "billing", "",
"""Hi Joanne,

Thanks, that's fine, please book it in. Is it possible to split the
payment into three monthly amounts rather than paying it all on the day?
Money is a bit tight after the ceiling repair.

Sunil

On 12 Sep 2024, at 09:14, Joanne Fells <quotes@example-leakfinders.co.uk> wrote:
> Dear Mr Mehta,
>
> Following your call, the cost of a full trace and access survey at your
> property, including thermal imaging and tracer gas testing, is 540.00
> including VAT. The engineer would need around four hours on site.
>
> Kind regards,
> Joanne Fells"""),
("en", "b169-jar-subscription-upi-twice", "Priya Raghavan <priya.raghavan@example.in>", "Payment deducted two times", "billing", "",
"""Dear Team,

For my monthly 20 litre jar subscription (customer ID BW-77812) the
amount of Rs 1,450 was deducted two times from my account through UPI on
5th October. Both transaction IDs are below. I do not want to cancel the
subscription, the delivery boy is very regular, only kindly return the
extra Rs 1,450.

UPI ref 428711930021
UPI ref 428711930187

Thanks and regards,
Priya Raghavan
Koramangala, Bengaluru"""),
("en", "b169-wrong-salt-block-urgent", "Keith Dunmore <keith.dunmore@example.co.uk>", "URGENT - wrong salt!!!", "billing", "",
"""URGENT. I ordered 8 bags of tablet salt for the softener and your
driver dropped off 8 bags of BLOCK salt, which won't go in my machine.
He wouldn't take them back, said to email. They're sitting in the porch
and I can't get past them.

I want them swapped for the tablets I paid for, or my money back for the
lot. Order 66102.

Keith"""),
("en", "b169-farmhouse-sold-tank-stays", "Helen Ferguson <helen.ferguson@example.co.uk>", "Annual service plan - Hollins Farm", "billing", "",
"""Good afternoon,

We completed on the sale of Hollins Farm last Friday. The treatment
plant stays with the house, of course, but we don't, so the annual
service plan in our name should stop from now on. We've passed your
details on to the new owners (the Pattersons) if they'd like to carry on
with you.

Could you confirm that no further payments will be taken and whether
anything is owed back on the part of the year we've paid for?

Helen and Iain Ferguson"""),
("en", "b169-tank-service-plan-downgrade", "Brett Kowalski <brett.kowalski@example.com.au>", "Renewal", "billing", "",
"""G'day,

Got the renewal notice for the rainwater tank service plan and it's gone
from $189 to $249 a year. Bit steep for a tank clean and a pump check.
Rather than cancel, can I drop down to the basic plan (just the annual
pump check)? What does that cost now?

Cheers,
Brett
Toowoomba QLD"""),
("en", "b169-meter-display-blank-not-bill", "Fiona Gallagher <fiona.gallagher@example.ie>", "Meter", "technical", "",
"""Hi, this isn't about my bill, which is fine. The screen on the smart
water meter in the footpath box has been completely blank for about two
weeks now. I lifted the lid to check my usage and there's nothing on it
at all, not even when I shine a light on the little solar panel. Is it
broken or is that normal for this model?

Fiona
Naas, Co. Kildare"""),
("en", "b169-cafe-drains-sent-people-away", "The Copper Kettle <hello@copperkettle-cafe.example>", "Drains", "technical", "high",
"""Hi,

Water started coming up through the floor drain in our kitchen at about
10 this morning and the customer toilet won't flush, it just rises. We
had to turn off the dishwasher and the sinks, put a sign on the door and
send the lunch crowd away. Today is normally our busiest day and we've
got a birthday party of 25 booked for tomorrow lunchtime.

You cleared the same drain in March (job 40981). Can someone come out
today please?

Nadia Whitlock
The Copper Kettle, 3 Church Street, Ludlow
01584 000 712"""),
("en", "b169-cooler-hot-tap-lock", "Sophie Lindqvist <sophie.lindqvist@example.co.uk>", "Hot tap on the cooler", "technical", "high",
"""Hello,

Just letting you know that the child lock on the red hot-water tap of
our rented cooler has stopped working. The little button no longer
clicks in, so the tap opens with a light push. My three-year-old pressed
it yesterday while I was in the room and I pulled her away in time, but
the water that came out was close to boiling.

For now I have switched the hot side off at the back and turned the
cooler to face the wall. Could you replace the tap or the machine?

Thanks,
Sophie Lindqvist"""),
("en", "b169-rainwater-pump-tingle", "Lachlan Reid <lachlan.reid@example.com.au>", "Tank pump", "technical", "high",
"""Hi,

Not sure how serious this is but thought I'd better mention it. When I
rest my hand on the metal housing of the pump you installed on the
rainwater tank last month I get a mild tingle, only when the ground
around it is wet from the sprinklers. My son felt it too. I've turned
it off at the switch on the wall for now and we're not using the tank.

Can you send someone to have a look?

Lachlan Reid
Ballarat VIC"""),
("en", "b169-softener-not-regenerating", "Owen Pritchard <owen.pritchard@example.co.uk>", "Softener", "technical", "",
"""The salt level in the softener hasn't gone down at all in six weeks
and we've got white marks back on the shower screen and the kettle. The
clock on the front is right and it's showing the normal screen, no
error. Is there a way to make it regenerate manually to test it?

Owen"""),
("en", "b169-portal-reset-loop", "Rohan Kapoor <rohan.kapoor@example.co.uk>", "Can't log in to submit my reading", "technical", "",
"""I'm trying to put my meter reading in before the deadline but the
website won't let me in. I click "forgot password", get the email, set a
new password, and then it tells me the password is incorrect when I use
it straight away. Done it three times now. Tried on my phone and laptop.

Rohan Kapoor"""),
("en", "b169-leak-still-after-repair", "Aoife Brennan <aoife.brennan@example.ie>", "Still losing pressure", "technical", "",
"""Hello,

Your lads found the leak under the utility room floor on the 2nd and
repaired it, and the floor has been put back. But the pressure on the
boiler is still dropping from 1.5 to about 0.5 every two days, same as
before, and the meter is still ticking over when every tap is off. So I
think there's a second leak somewhere or the repair didn't hold.

When can someone come back?

Aoife Brennan"""),
("en", "b169-mum-no-water-after-meter", "Stephen Hale <stephen.hale@example.co.uk>", "My mother has no water", "technical", "high",
"""Hello,

Your contractor changed the water meter outside my mother's bungalow
yesterday morning (14 Orchard Close, Thirsk). Since then she has had no
water at all - not a drop from any tap and the toilet won't refill.
She's 87, lives alone and uses a walking frame, and she can't get down to
the meter pit to look at it herself. I'm two hours away.

A neighbour has brought her some bottled water but she can't wash or
flush. Please can someone go round today. Her number is 01845 000 392,
she's in all day.

Stephen Hale"""),
("en", "b169-treatment-plant-alarm", "Gwen Morgan <gwen.morgan@example.co.uk>", "Beeping box", "technical", "",
"""Hi, the little alarm box for our sewage treatment plant has started
beeping and there's a red light on. Everything seems to be draining fine
in the house. Do I need someone out or is there something I can reset?
It's the unit you serviced in May.

Gwen, Llanidloes"""),
("en", "b169-cooler-leaking-no-refund", "Carla Jimenez <carla.jimenez@example.com>", "bottom load cooler", "technical", "",
"""Hi - the bottom-load cooler we bought from you in August is leaking
from underneath. Every morning there's a puddle on the hardwood floor,
about a cup's worth. The bottle isn't cracked, I checked.

I don't want a refund, we like the cooler, I just want it fixed or
swapped for one that doesn't leak. It's still under the one year
warranty.

Carla Jimenez
Columbus, OH"""),
("en", "b169-purifier-app-filter-error", "Arvind Sharma <arvind.sharma@example.in>", "Filter error showing", "technical", "",
"""Respected Sir/Madam,

The RO purifier installed at my home (service request SR-20938) is
showing "Filter Error E4" in the app for the past four days, though the
technician changed all filters only last month. Water is coming, but the
TDS reading in the app is showing 0 which is not possible.

Please arrange a technician visit at the earliest.

Regards,
Arvind Sharma
Sector 62, Noida"""),
("en", "b169-whole-street-low-pressure", "Ash Grove Residents <ashgroveresidents@example.co.uk>", "Ash Grove - water", "technical", "high",
"""Dear Sir or Madam,

I am writing on behalf of the residents of Ash Grove (42 houses). Since
your crew worked on the main at the end of the road on Monday, every
house in the street has been getting a trickle at best. Upstairs taps
and showers don't run at all, and several combi boilers are cutting out
for lack of pressure, so people have no hot water either. We have a
number of elderly residents and two families with newborns.

We have reported it by phone on Monday, Tuesday and today and each time
been given a new reference (latest W-883120). Please can someone tell us
what is being done and when.

Yours faithfully,
Janet Copley
Secretary, Ash Grove Residents' Association"""),
("en", "b169-fourth-blockage-supervisor", "Vikram Nair <vikram.nair@example.co.uk>", "Blocked drain AGAIN - fourth visit", "technical", "high",
"""This is the fourth time since June that the drain at the side of the
house has blocked and backed up into the yard. Each time your engineer
rods it, says it's clear, and three weeks later we're back where we
started. Nobody has ever put a camera down it even though I've asked
every time.

I'm not booking a fifth visit with the call centre. I want a supervisor
or someone senior to ring me and tell me how this is actually going to
be fixed.

Vikram Nair
07700 900 318"""),
("en", "b169-praise-jetting-crew", "Beryl Thompson <beryl.thompson@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to say thank you to the two young men who came to clear
the drain outside my back door on Wednesday. It was pouring with rain
and they never complained once, put down sheets so they wouldn't mark my
kitchen floor, and even took my bins out as it was collection day.

Please pass on my thanks. You don't often get service like that now.

Beryl Thompson (aged 81)"""),
("en", "b169-salt-delivery-carport", "Nick Armitage <nick.armitage@example.co.uk>", "Salt deliveries", "general", "",
"""Hi, for future salt deliveries please leave the bags in the carport
round the left side of the house, not on the front step. No need to
knock - we've got a nervous dog who goes mad at the door. Thanks, Nick"""),
("en", "b169-depot-saturday-hours", "Rhys Evans <rhys.evans@example.co.uk>", "Bottle returns", "general", "",
"""Is the depot on Ferry Road open on Saturdays? I've got a boot full of
empty bottles from our office to drop off and I can't get there in the
week."""),
("en", "b169-name-change-married", "Emily Carter <emily.carter@example.com>", "Name on account", "general", "",
"""Hello,

I got married in the summer and I'd like to change the name on my
account from Emily Shaw to Emily Carter. Everything else stays the same.
Do you need a copy of the marriage certificate? Account number
70021456.

Thanks,
Emily"""),
("en", "b169-sar-call-recordings", "Anthony Devlin <anthony.devlin@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am making a subject access request for all personal
data you hold about me, including notes on my account and recordings of
the telephone calls I made to your customer service line between 1 July
and 30 September this year.

My account number is 55190 2273 and my address is 9 Stanley Road,
Wigan WN1 2HD.

Yours sincerely,
Anthony Devlin"""),
("en", "b169-driver-swore-neighbour-manager", "Paula Greenwood <paula.greenwood@example.co.uk>", "Your tanker driver", "general", "high",
"""Hello,

At about 8.15 this morning one of your tankers was emptying a cesspit
on our lane. My neighbour, Mr Whitby, who is in his eighties, asked the
driver politely if he could move forward a couple of metres so he could
get his car out for a hospital appointment. The driver swore at him,
told him to "wait like everyone else" and carried on for another twenty
minutes. Mr Whitby missed his appointment. I heard and saw all of it.

I'd like a manager to contact me, and I'd like Mr Whitby to get an
apology. The tanker had your logo on and the registration ended in XKB.

Paula Greenwood
The Old Forge, Mill Lane, Cropredy"""),
("en", "b169-engineer-picked-up-glasses", "Derek Ingram <derek.ingram@example.co.uk>", "Reading glasses", "general", "",
"""Your leak man was here Thursday. After he left I can't find my reading
glasses anywhere. Brown case, they were on the kitchen table next to
his paperwork. Could he have scooped them up with his bits by mistake?
Would be grateful if he'd have a look in his van.

D. Ingram"""),
("en", "b169-school-garden-sponsorship", "Mrs Okonkwo <office@stmarysprimary.example.sch.uk>", "Sponsorship - school garden", "general", "",
"""Dear Sir or Madam,

St Mary's Primary in Hebden Bridge is building a school garden with the
help of our parents' association, and the children would love to collect
rainwater to water it. We wondered whether your company might consider
sponsoring or donating a small water butt or tank, in return for which
we would gladly put your name on the garden sign and in our newsletter.

Kind regards,
Grace Okonkwo
School Business Manager"""),
("en", "b169-water-saving-workshop-renters", "Megan Hughes <megan.hughes@example.co.uk>", "Workshop on Thursday", "general", "",
"""Hi, I saw the poster in the library about the free water-saving
workshop on Thursday evening. Is it open to people who rent? I don't
have my own meter, the landlord pays. And do I need to book?

Megan"""),
("en", "b169-hard-water-postcode", "Sean Whelan <sean.whelan@example.com>", "Question", "general", "",
"""Quick question - we've just moved to LU7 and the kettle's already
furred up after a month. Is this a hard water area and is a softener
worth having, or is it more of a nice-to-have?"""),
("en", "b169-office-wet-floor-sign", "Christine Nolan <christine.nolan@example.co.uk>", "Customer office floor", "general", "high",
"""Hello,

I called in at your customer office on Bridge Street yesterday with my
mother to pay her bill in person. The floor inside the door was soaking
wet where someone had mopped, there was no sign out, and my mother, who
has a hip replacement, very nearly went down. The lady at the counter
said it "happens every morning".

Please get a sign or a mat put out before somebody is hurt.

Christine Nolan"""),
("en", "b169-rainwater-tank-planning", "Ian McBride <ian.mcbride@example.co.uk>", "Planning permission?", "general", "",
"""Hello,

We're thinking about a 1,500 litre above-ground tank at the side of the
house. Do we need planning permission for that, or building regs? We're
in a conservation area if that matters.

Ian McBride"""),
("en", "b169-re-appointment-back-lane", "Gemma Doyle <gemma.doyle@example.co.uk>", "Re: Your appointment on 24 October", "general", "",
"""Hi,

Could the engineer come in the afternoon instead? I'm on a school run
until 9.30. Also, the stopcock is easier to get at from the back lane,
the gate code is 1947.

Gemma

On Fri, 18 Oct 2024, 10:02 Appointments <noreply@example-waterservices.co.uk> wrote:
> Dear Ms Doyle,
>
> This is to confirm your meter exchange appointment on Thursday 24
> October between 8am and 12pm. Please make sure the engineer can reach
> your internal stopcock.
>
> Appointments Team"""),
# ---------------- Greek ----------------
("el", "b169-ektimisi-katanalosis-ydrometro", "Βασίλης Τσακίρης <v.tsakiris@example.gr>", "Λογαριασμός με εκτίμηση", "billing", "",
"""Καλησπέρα σας,

Ο τελευταίος λογαριασμός νερού (αρ. παροχής 30118422) ήρθε 186,40 € και
γράφει «εκτίμηση κατανάλωσης». Κανείς δεν έχει έρθει να πάρει ένδειξη από
τον Μάρτιο. Κατέβηκα σήμερα στο φρεάτιο και η πραγματική ένδειξη είναι
0742 κυβικά, ενώ εσείς έχετε υπολογίσει 0815.

Παρακαλώ να γίνει επανέκδοση με την πραγματική ένδειξη. Επισυνάπτω
φωτογραφία του υδρομέτρου.

Ευχαριστώ,
Βασίλης Τσακίρης
Χαλάνδρι"""),
("el", "b169-gl-vothros-xrewsh-dyo-fores", "Thanasis K. <thanasis.k@example.gr>", "xrewsh", "billing", "",
"""Kalhspera, hr8e to vytio thn Triti kai adeiase to vo8ro, ola kala. Omws
sthn karta mou vlepw 2 xrewseis twn 120 eurw, idia wra. Mia fora hr8ate,
mia fora 8a plhrwsw :) Parakalw epistrofh ths deuterhs.

Thanasis Kouris
Markopoulo"""),
("el", "b169-psyktis-mitera-efyge", "Ελένη Σταματοπούλου <eleni.stamatopoulou@example.gr>", "Ψύκτης νερού - Αγ. Παρασκευή", "billing", "",
"""Καλημέρα σας,

Ο ψύκτης που νοικιάζετε στο σπίτι της μητέρας μου, Αικατερίνης
Σταματοπούλου, στην Αγία Παρασκευή, δεν θα χρειάζεται πλέον. Η μητέρα
μου έφυγε από τη ζωή τον προηγούμενο μήνα και το σπίτι θα κλείσει.

Θα ήθελα να σταματήσει το συμβόλαιο και οι χρεώσεις στην κάρτα, να
έρθετε να πάρετε τον ψύκτη και τις τρεις φιάλες, και να μου πείτε πώς
επιστρέφεται η εγγύηση που είχε πληρώσει.

Με εκτίμηση,
Ελένη Σταματοπούλου
694 000 1187"""),
("el", "b169-anixneusi-diarrois-synigoros", "Δημήτρης Λαμπρόπουλος <d.lampropoulos@example.gr>", "Ανίχνευση διαρροής - ζητώ επιστροφή", "billing", "high",
"""Κύριοι,

Στις 3 του μήνα πληρώσαμε 250 € για ανίχνευση διαρροής με θερμοκάμερα
στο διαμέρισμά μας στο Παγκράτι. Ο τεχνικός σας υπέδειξε σημείο στον
τοίχο της κουζίνας, σπάσαμε με δικό μας υδραυλικό και δεν υπήρχε τίποτα.
Η διαρροή τελικά βρέθηκε από τον υδραυλικό κάτω από το μπάνιο, σε άλλο
δωμάτιο. Πληρώσαμε επιπλέον 180 € για το άδικο σπάσιμο.

Ζητώ την επιστροφή των 250 € και την κάλυψη των 180 €. Εάν δεν λάβω
απάντηση εντός δέκα ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Δημήτρης Λαμπρόπουλος"""),
("el", "b169-gl-alati-pausi-xwrio", "Stella M. <stella.m@example.gr>", "Alati apoklhrynth", "billing", "",
"""Geia sas! Apo Iounio mexri Septemvrio eimaste sto xwrio sth Naxo kai to
spiti sthn Kifisia menei kleisto. Mporoume na stamathsoume tis
paradoseis alatiou kai th mhniaia xrewsh gia tous 4 autous mhnes kai na
ksekinhsoun pali ton Oktwvrio? Den 8elw na kleisw to symvolaio, mono
pausi.

Eyxaristw,
Stella Manoli"""),
("el", "b169-timologio-afm-kafeteria", "Λογιστήριο <logistirio@kafe-limani.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα,

Για τις φιάλες νερού που παραλαμβάνει η καφετέρια μας κάθε εβδομάδα
εκδίδετε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στην επωνυμία
ΛΙΜΑΝΙ ΙΚΕ, ΑΦΜ 801234567, ΔΟΥ Πειραιά, και για τις παραδόσεις του
Σεπτεμβρίου που έχουν ήδη γίνει.

Ευχαριστούμε,
Ρένα - Λογιστήριο"""),
("el", "b169-re-prosfora-sterna-doseis", "Μιχάλης Βαρβαρίγος <m.varvarigos@example.gr>", "Re: Προσφορά ΣΤ-2207 - σύστημα στέρνας", "billing", "",
"""Καλησπέρα κα Αλεξίου,

Ευχαριστώ για την προσφορά, είμαστε σύμφωνοι να προχωρήσουμε. Υπάρχει
δυνατότητα να πληρώσουμε σε άτοκες δόσεις με πιστωτική κάρτα, π.χ. 6
δόσεις; Αν όχι, πόση προκαταβολή χρειάζεστε για να κλειστεί η ημερομηνία;

Μιχάλης

Στις 9/5/2024 11:20 π.μ., η Αλεξίου Κατερίνα <prosfores@example-nerotech.gr> έγραψε:
> Αγαπητέ κύριε Βαρβαρίγο,
>
> Σας αποστέλλουμε την προσφορά για το σύστημα συλλογής όμβριων στη
> στέρνα της οικίας σας στη Σύρο: φίλτρο υδρορροής, αντλία πίεσης και
> σύνδεση με το δίκτυο του κήπου. Σύνολο 2.380 € με ΦΠΑ, τοποθέτηση
> εντός 3 εργάσιμων.
>
> Με εκτίμηση,
> Κατερίνα Αλεξίου"""),
("el", "b169-gl-egguhsh-fiales", "Giorgos P. <giorgos.p@example.gr>", "fiales", "billing", "",
"""Kalhmera, epestrepsa 4 adeies fiales ston odhgo thn perasmenh
Paraskeyh. H eggyhsh htan 8 euro h ka8e mia, dhladh 32 euro, alla sto
logariasmo den fainetai kamia pistwsh. Mporeite na to koita3ete?

Giorgos Pappas"""),
("el", "b169-xreosi-meta-akyrosi-trapeza", "Ιωάννα Ρήγα <ioanna.riga@example.gr>", "Χρεώσεις μετά την ακύρωση", "billing", "high",
"""Κύριοι,

Ακύρωσα το συμβόλαιο του ψύκτη τον Ιούλιο, σας επέστρεψα το μηχάνημα
και έχω το δελτίο παραλαβής υπογεγραμμένο από τον οδηγό σας. Παρόλα
αυτά η κάρτα μου χρεώθηκε 24,90 € τον Αύγουστο, τον Σεπτέμβριο και
τώρα τον Οκτώβριο. Έχω τηλεφωνήσει δύο φορές και μου είπαν ότι «θα
διορθωθεί».

Αν δεν επιστραφούν και τα τρία ποσά μέσα στην εβδομάδα, θα ζητήσω από
την τράπεζά μου να αμφισβητήσει τις χρεώσεις.

Ιωάννα Ρήγα"""),
("el", "b169-metakomisi-apoxeteusi-vothros", "Κώστας Ζαφειρίου <k.zafeiriou@example.gr>", "Συμβόλαιο εκκένωσης", "billing", "",
"""Καλημερα σας. Εχουμε συμβολαιο για εκκενωση βοθρου δυο φορες τον χρονο
στο σπιτι στη Λητη. Μετακομισαμε Σεπτεμβριο σε διαμερισμα στη
Θεσσαλονικη που ειναι στο δικτυο αποχετευσης, οποτε βοθρος δεν υπαρχει
πια για εμας. Θελω να σταματησει το συμβολαιο, η επομενη δοση ειναι τον
Νοεμβριο.

Κωστας Ζαφειριου"""),
("el", "b169-ekptosi-syntaxiouxou", "Παναγιώτης Δούκας <p.doukas@example.gr>", "ΕΚΠΤΩΣΗ", "billing", "",
"""ΚΑΛΗΜΕΡΑ ΣΑΣ. ΕΙΜΑΙ ΣΥΝΤΑΞΙΟΥΧΟΣ 78 ΕΤΩΝ ΚΑΙ ΠΑΙΡΝΩ ΤΟ ΑΛΑΤΙ ΓΙΑ ΤΟΝ
ΑΠΟΣΚΛΗΡΥΝΤΗ ΑΠΟ ΕΣΑΣ ΕΔΩ ΚΑΙ ΠΕΝΤΕ ΧΡΟΝΙΑ. ΑΚΟΥΣΑ ΑΠΟ ΤΟΝ ΓΕΙΤΟΝΑ ΟΤΙ
ΚΑΝΕΤΕ ΕΚΠΤΩΣΗ ΣΕ ΣΥΝΤΑΞΙΟΥΧΟΥΣ. ΙΣΧΥΕΙ; ΤΙ ΧΑΡΤΙΑ ΧΡΕΙΑΖΟΝΤΑΙ;

ΠΑΝΑΓΙΩΤΗΣ ΔΟΥΚΑΣ
ΛΑΡΙΣΑ"""),
("el", "b169-gl-plhrwmh-iris", "Nikos T. <nikos.t@example.gr>", "Erwthsh", "billing", "",
"""Geia, mporw na plhrwsw th ryth3h tou sygkentrwth nerou me IRIS h me
metafora se logariasmo anti gia karta? An nai pou 8a vrw ta stoixeia?
Thx"""),
("el", "b169-afxisi-timis-fialis", "Σοφία Χατζηγεωργίου <sofia.chatz@example.gr>", "Τιμή φιάλης", "billing", "",
"""Γεια σας,

Παρατήρησα ότι η φιάλη των 18,9 λίτρων χρεώθηκε αυτόν τον μήνα 4,20 €
αντί για 3,50 € που πληρώναμε μέχρι τώρα, χωρίς καμία ενημέρωση. Ισχύει
αύξηση ή είναι λάθος; Αν ισχύει, θα ήθελα να ξέρω από πότε.

Σοφία"""),
("el", "b169-ydrometro-gyrizei-kleistes-vryses", "Ανδρέας Μιχαηλίδης <a.michailidis@example.gr>", "Υδρόμετρο", "technical", "",
"""Καλησπέρα,

Δεν πρόκειται για τον λογαριασμό. Το υδρόμετρο στο πεζοδρόμιο γυρίζει
συνεχώς, αργά αλλά σταθερά, ακόμα και όταν όλες οι βρύσες στο σπίτι
είναι κλειστές και ο θερμοσίφωνας δεν γεμίζει. Δεν βλέπω υγρασία πουθενά
μέσα. Μπορεί να στείλετε κάποιον για έλεγχο διαρροής;

Ανδρέας Μιχαηλίδης
Καλαμαριά"""),
("el", "b169-gl-taverna-apofraxi-savvato", "Taverna To Steki <tosteki@example.gr>", "apoxeteush", "technical", "high",
"""Kalhmera, grafw apo thn taverna sto Nafplio. Apo to prwi oi toualetes
pelatwn den travane kai h sxara sto patwma ths kouzinas vgazei nera.
Kleisame thn kouzina, den mporoume na plynoume tipota, kai exoume 2
trapezia gia vaftisia 40 atomwn stis 2 to mesimeri. Esteilame hdh tous
prwtous pelates pisw.

Perasate kai ton Maio gia to idio. Parakalw steilte kapoion shmera.

Vangelis Dimou
697 000 2231"""),
("el", "b169-psyktis-spitha-mirodia", "Ρούλα Αντωνίου <roula.antoniou@example.gr>", "Ψύκτης γραφείου", "technical", "high",
"""Καλημέρα σας,

Σήμερα το πρωί, όταν ο συνάδελφος πάτησε το κουμπί για ζεστό νερό, ακούσαμε
ένα «τακ» από το πίσω μέρος του ψύκτη και είδαμε μια μικρή σπίθα κοντά στο
καλώδιο. Υπάρχει μια ελαφριά μυρωδιά καμένου πλαστικού. Βγάλαμε τον ψύκτη
από την πρίζα και δεν τον ξαναχρησιμοποιήσαμε.

Μπορείτε να έρθετε να τον ελέγξετε ή να τον αντικαταστήσετε;

Ρούλα Αντωνίου
Λογιστικό Γραφείο Αντωνίου, Πάτρα"""),
("el", "b169-kapaki-vothrou-ragismeno", "Γιάννης Σπυρόπουλος <g.spyropoulos@example.gr>", "Καπάκι", "technical", "high",
"""Καλησπέρα. Το τσιμεντένιο καπάκι του στεγανού βόθρου που κατασκευάσατε
πέρσι στην αυλή μας στο Κρυονέρι έχει ραγίσει στη μέση και κουνιέται όταν
πατάς πάνω. Από κάτω είναι δυόμισι μέτρα βάθος. Τα εγγόνια μου παίζουν
στην αυλή τα Σαββατοκύριακα. Προς το παρόν έχω βάλει από πάνω μια
παλέτα και δύο γλάστρες, αλλά θέλω να έρθει κάποιος να το αλλάξει.

Γιάννης Σπυρόπουλος"""),
("el", "b169-gl-antlia-sternas-tinos", "Maria V. <maria.v@example.gr>", "antlia", "technical", "",
"""Kalhmera sas, h antlia ths sternas sto spiti mas sthn Tino den pairnei
mprosta. Akougetai ena vouitto otan anoigw th vrysh alla nero den
vgainei. H sterna einai mish, to elegksa. Ti na kanw? H egkatastash
egine apo esas to 2022.

Maria Vidali"""),
("el", "b169-efarmogi-endeixi-sfalma", "Χρηστος Ιωαννου <christos.ioannou@example.gr>", "Εφαρμογη", "technical", "",
"""Γεια σας, προσπαθω να δηλωσω την ενδειξη του υδρομετρου απο την
εφαρμογη και μολις πατησω «Υποβολη» βγαζει «Σφαλμα 500» και με πεταει
στην αρχη. Το δοκιμασα σε κινητο και σε υπολογιστη. Η προθεσμια ληγει την
Παρασκευη.

Χρηστος"""),
("el", "b169-aposkliryntis-den-travaei-alati", "Αλέξανδρος Νικολαΐδης <alex.nikolaidis@example.gr>", "Αποσκληρυντής", "technical", "",
"""Καλημέρα,

Ο αποσκληρυντής στο σπίτι δεν φαίνεται να καταναλώνει αλάτι εδώ και
δύο μήνες, η στάθμη μένει ίδια, και τα άλατα στα πλακάκια του μπάνιου
επέστρεψαν. Η οθόνη δείχνει κανονικά την ώρα. Υπάρχει τρόπος να κάνω
χειροκίνητη αναγέννηση για να δω αν δουλεύει;

Αλέξανδρος"""),
("el", "b169-gl-diarroh-meta-episkeuh", "Kostas L. <kostas.l@example.gr>", "Pali diarroh", "technical", "",
"""Geia sas. Prin 10 meres o texnikos sas vrhke th diarroh kato apo to
plakaki sto mpalkoni kai thn episkeuase. Shmera o metrhths gyrizei pali
me kleistes vryses kai o geitonas apo katw leei oti to tavani tou exei
pali ygrasia. Pote mporei na ksanaer8ei kapoios?

Kostas Lazaridis
Neos Kosmos"""),
("el", "b169-polykatoikia-xoris-nero-ydrometra", "Διαχείριση Πολυκατοικίας <diaxeirisi.kerkyras14@example.gr>", "Κερκύρας 14 - χωρίς νερό", "technical", "high",
"""Κύριοι,

Χθες το μεσημέρι το συνεργείο σας άλλαξε τα υδρόμετρα της πολυκατοικίας
στην οδό Κερκύρας 14, Κυψέλη. Από τότε και τα 24 διαμερίσματα δεν έχουν
καθόλου νερό στους ορόφους πάνω από τον δεύτερο, και στους κάτω τρέχει
ελάχιστο. Στην πολυκατοικία μένουν αρκετοί ηλικιωμένοι και μια κυρία
κατάκοιτη.

Έχουμε τηλεφωνήσει τρεις φορές, αριθμός αναφοράς 55-90217. Παρακαλούμε
να έρθει κάποιος σήμερα.

Για τη διαχείριση,
Λευτέρης Κωνσταντίνου
693 000 5510"""),
("el", "b169-trith-fora-apofraxi-proistamenos", "Όλγα Παπαδάκη <olga.papadaki@example.gr>", "Τρίτη φορά για το ίδιο πρόβλημα", "technical", "high",
"""Καλησπέρα,

Τρίτη φορά μέσα σε δύο μήνες έρχεται τεχνικός σας για την αποχέτευση της
κουζίνας. Κάθε φορά ξεβουλώνει με το σπιράλ, λέει «τώρα είναι εντάξει»,
και σε δέκα μέρες τα νερά γυρίζουν πάλι στον νεροχύτη. Έχω ζητήσει
επανειλημμένα να γίνει έλεγχος με κάμερα και δεν έγινε ποτέ.

Δεν θέλω να κλείσω τέταρτο ραντεβού με το τηλεφωνικό κέντρο. Ζητώ να με
καλέσει ο προϊστάμενος του τεχνικού τμήματος.

Όλγα Παπαδάκη
Ηράκλειο, 698 000 3347"""),
("el", "b169-gl-psyktis-den-kryonei", "Dimitra S. <dimitra.s@example.gr>", "psykths", "technical", "",
"""Kalhspera, o psykths pou agorasa apo esas ton Iounio den kryonei pia,
to nero vgainei sth 8ermokrasia dwmatiou. To zesto douleuei kanonika.
Den 8elw na mou epistrepsete ta xrhmata, mou aresei o psykths, 8elw
apla na ftiaxtei. Einai entos eggyhshs.

Dimitra Sarri"""),
("el", "b169-filtro-vroxinou-kitrino-nero", "Θοδωρής Μαυρίδης <thodoris.mavridis@example.gr>", "Σύστημα βρόχινου νερού", "technical", "",
"""Καλημέρα,

Από τις πρώτες βροχές του φθινοπώρου το νερό που βγαίνει από το
σύστημα συλλογής βρόχινου (για το καζανάκι και το πλυντήριο) είναι
κιτρινωπό και το φίλτρο βουλώνει κάθε δύο-τρεις μέρες. Πέρσι δεν
είχαμε τέτοιο θέμα. Μήπως χρειάζεται άλλου τύπου φίλτρο ή καθαρισμό η
δεξαμενή;

Θοδωρής Μαυρίδης, Βόλος"""),
("el", "b169-myrodia-apo-sifoni-mpanio", "Κατερινα Βλαχου <katerina.vlachou@example.gr>", "Μυρωδια", "technical", "",
"""Καλησπερα. Απο τοτε που ηρθατε και ξεβουλωσατε τον κεντρικο αγωγο, το
σιφωνι στο μπανιο βγαζει μια ασχημη μυρωδια αποχετευσης, κυριως το βραδυ.
Πριν δεν το ειχαμε. Μηπως κατι δεν μπηκε σωστα στη θεση του;

Κατερινα"""),
("el", "b169-gl-metrhths-8olos", "Fotis A. <fotis.a@example.gr>", "metrhths", "technical", "",
"""To freatio tou ydrometrou gemise nera me tis vroxes kai to tzamaki tou
metrhth exei 8olwsei apo mesa, den fainetai tipota. Ena mhna twra. Pws
na sas dwsw endeixh? Mhpws prepei na allaxtei?

Fotis Anagnostou, Agrinio"""),
("el", "b169-eyxaristo-texniko-giorgo", "Ευαγγελία Μπούρα <evaggelia.boura@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον τεχνικό σας τον κ. Γιώργο, που ήρθε την Κυριακή
το βράδυ για τη βουλωμένη αποχέτευση. Ήταν ευγενέστατος, εξήγησε με
υπομονή στον άντρα μου τι έφταιγε, και άφησε το μπάνιο πιο καθαρό απ' ό,τι
το βρήκε.

Να τον έχετε καλά.

Ευαγγελία Μπούρα, Περιστέρι"""),
("el", "b169-gl-odhgies-paradoshs-3os", "Anna Papadopoulou <anna.papadopoulou@example.gr>", "Paradosi", "general", "",
"""Geia sas, gia tis paradoseis twn fialwn: menoume 3o orofo xwris
asanser. To koudouni grafei "PAPADOPOULOU - KARRAS". An den apantame,
mporeite na tis afhsete sto isogeio, sthn apo8hkh dipla sthn eisodo,
einai anoixth ws tis 3.

Eyxaristw!"""),
("el", "b169-orario-15-avgoustou", "Νίκος Γεωργίου <nikos.georgiou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, το κατάστημά σας στη Λάρισα θα είναι ανοιχτό στις 14 και 16
Αυγούστου; Θέλω να περάσω να πάρω φίλτρα."""),
("el", "b169-allagi-stoixeion-epikoinonias", "Μαρίνα Κυριακοπούλου <marina.kyriak@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα,

Παρακαλώ να ενημερωθούν τα στοιχεία επικοινωνίας μου στον λογαριασμό
αρ. 4420177: νέο κινητό 697 000 8821 και νέο email
marina.kyriak@example.gr. Το παλιό κινητό δεν το έχω πλέον.

Ευχαριστώ,
Μαρίνα Κυριακοπούλου"""),
("el", "b169-gl-diagrafh-dedomenwn-arxh", "Lefteris M. <lefteris.m@example.gr>", "Prosopika dedomena", "general", "high",
"""Kalhmera. Ton Iounio zhthsa grapta na diagrapsete ta proswpika mou
dedomena, afou den eimai pia pelaths sas (sygkentrwths nerou, elh3e to
2023). Akomh mou erxontai SMS kai emails me prosfores, to teleutaio
xthes. Exoun perasei 4 mhnes xwris apanthsh.

An den parw epivevaiwsh diagrafhs mesa se 15 meres 8a kanw katagelia
sthn Arxh Prostasias Dedomenwn.

Lefteris Mavros"""),
("el", "b169-odigos-agenis-ypefthynos", "Σταυρούλα Δημητρίου <stavroula.dimitriou@example.gr>", "Συμπεριφορά οδηγού", "general", "high",
"""Κύριοι,

Σήμερα το πρωί ο οδηγός σας που φέρνει τις φιάλες στη γειτονιά μας στο
Μαρούσι μίλησε με απαράδεκτο τρόπο στον 80χρονο πατέρα μου, επειδή άργησε
λίγο να ανοίξει την πόρτα. Του φώναξε, τον είπε «ξεκούτη» μπροστά σε
γείτονες και πέταξε τη φιάλη στο κατώφλι.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος της εταιρείας, όχι το
τηλεφωνικό κέντρο, και να ζητηθεί συγγνώμη από τον πατέρα μου.

Σταυρούλα Δημητρίου
690 000 4471"""),
("el", "b169-xexasmeno-daxtylidi", "Ρένα Θεοδωρίδου <rena.theodoridou@example.gr>", "Δαχτυλίδι", "general", "",
"""Γεια σας, χθες ήρθε ο τεχνικός σας για τον αποσκληρυντή. Είχα βγάλει
τη βέρα μου και την είχα αφήσει στον πάγκο δίπλα στον νεροχύτη όπου
δούλευε, και από τότε δεν τη βρίσκω. Μήπως την βρήκε κάπου ανάμεσα στα
εργαλεία του; Είναι χρυσή με χαραγμένο «Θ&Ρ 2001».

Ρένα Θεοδωρίδου"""),
("el", "b169-xorigia-politistikos-syllogos", "Πολιτιστικός Σύλλογος Αγίου Νικολάου <syllogos.agnikolaou@example.gr>", "Χορηγία πανηγυριού", "general", "",
"""Αξιότιμοι κύριοι,

Ο Πολιτιστικός Σύλλογος του χωριού μας διοργανώνει όπως κάθε χρόνο το
πανηγύρι της 15ης Αυγούστου, με περίπου 800 επισκέπτες. Θα σας
ενδιέφερε να είστε χορηγός, π.χ. με ψύκτες και φιάλες νερού για τους
εθελοντές και τα χορευτικά; Σε αντάλλαγμα θα αναφέρουμε την εταιρεία
σας στην αφίσα και από τα μεγάφωνα.

Με τιμή,
Για το ΔΣ,
Αθανάσιος Ρούσσος"""),
("el", "b169-gl-ekdhlwsh-hmera-nerou-sxoleio", "Eirini K. <eirini.k@example.gr>", "Ekdhlwsh 22 Martiou", "general", "",
"""Kalhspera sas, eimai daskala sto 5o Dhmotiko Xaniwn. Eida oti gia thn
Pagkosmia Hmera Nerou kanete episkepseis sxoleiwn me parousiash gia th
syllogh vroxinou nerou. Mporoume na kleisoume mia gia thn ST taxh (22
paidia); Poies hmeromhnies exete diatheseis?

Eirini Kalogeraki"""),
("el", "b169-adeia-gia-sterna", "Σπύρος Μανωλάκης <spyros.manolakis@example.gr>", "Ερώτηση για στέρνα", "general", "",
"""Καλησπέρα,

Σκεφτόμαστε να φτιάξουμε υπόγεια στέρνα για βρόχινο νερό στο οικόπεδο
στην Άνδρο. Χρειάζεται κάποια άδεια από την πολεοδομία ή αρκεί να τη
δηλώσουμε κάπου; Έχετε κάποια ενημέρωση για το τι ισχύει στα νησιά;

Σπύρος"""),
("el", "b169-spasmeno-skalopati-katastima", "Ευθυμία Κοντού <efthymia.kontou@example.gr>", "Σκαλοπάτι στο κατάστημά σας", "general", "high",
"""Καλημέρα σας,

Θέλω να σας ενημερώσω ότι το δεύτερο σκαλοπάτι στην είσοδο του
καταστήματός σας στην οδό Ερμού στο Βόλο έχει σπάσει στην άκρη και
λείπει ένα κομμάτι μάρμαρο. Ο πατέρας μου σκόνταψε εκεί χθες. Ευτυχώς
δεν χτύπησε σοβαρά, μόνο το γόνατο, αλλά κάποιος άλλος μπορεί να μην
είναι τόσο τυχερός.

Καλό θα ήταν να το φτιάξετε ή τουλάχιστον να το σημαδέψετε.

Ευθυμία Κοντού"""),
("el", "b169-gl-erwthsh-sklhro-nero", "Manolis X. <manolis.x@example.gr>", "Erwthsh", "general", "",
"""Kalhmera, molis metakomisame sto Hrakleio kai o vrasthras gemise
asprh krousta se ena mhna. Einai sklhro to nero edw? Xreiazetai
aposklhrynths h den aksizei?"""),
("el", "b169-re-rantevou-allagi-ora", "Αργυρώ Πετροπούλου <argyro.petropoulou@example.gr>", "Re: Επιβεβαίωση ραντεβού 17/10", "general", "",
"""Καλημέρα,

Θα μπορούσε ο τεχνικός να έρθει μετά τις 12; Το πρωί είμαι στη δουλειά.
Επίσης το φρεάτιο του υδρομέτρου είναι στο πίσω μέρος, από την πόρτα
του κήπου στην οδό Αρκαδίου.

Αργυρώ

Στις Δευ 14 Οκτ 2024 στις 10:05, ο/η Ραντεβού <noreply@example-ydro.gr> έγραψε:
> Αγαπητή κυρία Πετροπούλου,
>
> Σας επιβεβαιώνουμε το ραντεβού για αντικατάσταση υδρομέτρου την Πέμπτη
> 17/10, 08:00-12:00. Παρακαλούμε να είναι προσβάσιμο το φρεάτιο.
>
> Τμήμα Ραντεβού"""),
# ---------------- Spanish ----------------
("es", "b169-lectura-estimada-factura-alta", "Encarna Morales <encarna.morales@example.es>", "Factura estimada", "billing", "",
"""Buenos días:

La última factura del agua (contrato 2024-118832) viene por 238,40 € y
pone "lectura estimada". Nadie ha pasado a leer el contador desde
febrero. He bajado hoy al cuarto de contadores y la lectura real es
00512 m3, bastante menos de lo que me han estimado.

Les adjunto la foto del contador. Les ruego que rehagan la factura con
la lectura real antes de pasarla por el banco.

Un saludo,
Encarnación Morales
Albacete"""),
("es", "b169-garrafones-deposito-mudanza-mty", "Luis Alberto Treviño <luis.trevino@example.com.mx>", "Baja del servicio", "billing", "",
"""Buenas tardes,

Nos cambiamos a Monterrey a fin de mes, así que ya no vamos a necesitar
el servicio de garrafones aquí en Saltillo. ¿Pueden dar de baja el
servicio a partir del día 30 y decirme cómo me regresan el depósito de
los 3 garrafones? Fueron $150 pesos cada uno.

Saludos,
Luis Alberto Treviño
Cliente 88201"""),
("es", "b169-cobro-doble-mercadopago-pozo", "Mariela Sosa <mariela.sosa@example.com.ar>", "Cobro duplicado", "billing", "",
"""Hola, buen día. El jueves vino el camión a desagotar el pozo ciego y
pagué por Mercado Pago, $85.000. En el resumen me figuran dos pagos
iguales con un minuto de diferencia. Les mando captura. ¿Me pueden
devolver uno?

Gracias!
Mariela
Pilar, Bs. As."""),
("es", "b169-desatasco-abusivo-omic", "Jorge Castellanos <jorge.castellanos@example.es>", "Reclamación factura desatasco", "billing", "high",
"""Muy señores míos:

El sábado llamé a su servicio de desatascos urgentes por un atasco en el
fregadero. El operario estuvo en mi casa veinte minutos, usó una
máquina pequeña y me cobró 480 € en el momento, diciendo que era "tarifa
de fin de semana". En su web pone desplazamiento 60 € más 45 € la hora.
No me dieron presupuesto previo ni factura desglosada.

Solicito la devolución de la diferencia y la factura detallada. Si en
diez días no recibo respuesta presentaré una reclamación en la OMIC de
mi ayuntamiento con la hoja de reclamaciones.

Atentamente,
Jorge Castellanos Ruiz
DNI 00000000T
Getafe"""),
("es", "b169-sal-pausa-casa-del-pueblo", "Rosario Benítez <rosario.benitez@example.es>", "Hola", "billing", "",
"""Hola:

Nos vamos a la casa del pueblo en Soria desde junio hasta mediados de
septiembre y el piso de Valencia se queda cerrado. No tiene sentido que
nos traigan la sal del descalcificador esos meses. ¿Se puede parar el
envío y la cuota y volver a empezar en octubre? No queremos darnos de
baja.

Muchas gracias,
Rosario"""),
("es", "b169-cotizacion-deteccion-fugas-bogota", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Cotización", "billing", "",
"""Buenas tardes, quisiera saber cuánto cuesta el servicio de detección
de fugas con geófono para un apartamento de 70 m2 en Chapinero, Bogotá.
El recibo del acueducto nos llegó el doble. ¿El precio incluye la
reparación o eso se cobra aparte? ¿Aceptan pago con tarjeta?

Mil gracias,
Andrés Felipe Rojas"""),
("es", "b169-re-presupuesto-deposito-pluviales-plazos", "Xavier Puig <xavier.puig@example.es>", "Re: Presupuesto P-4471 depósito de pluviales", "billing", "",
"""Hola Montse,

Nos parece bien, adelante. ¿Sería posible pagarlo en tres plazos en
lugar de todo al finalizar la obra? Si es así, indícame cómo y cuándo
sería cada pago.

Gracias,
Xavier

El 3 de abril de 2024, a las 12:40, Montse Ferrer <presupuestos@example-aiguapluvial.es> escribió:
> Estimado Sr. Puig:
>
> Le adjuntamos el presupuesto P-4471 para la instalación de un depósito
> enterrado de 5.000 litros para aguas pluviales en su vivienda de
> Sant Cugat, con bomba y filtro, por un total de 4.260,00 € IVA incluido.
>
> Un saludo,
> Montse Ferrer"""),
("es", "b169-factura-cfdi-rfc", "Contabilidad Dental Sonrisa <contabilidad@dentalsonrisa.example.mx>", "Factura", "billing", "",
"""Buen día,

Necesitamos la factura (CFDI 4.0) de los garrafones de septiembre a
nombre de Clínica Dental Sonrisa S.C., RFC CDS150312AB4, régimen 601,
uso de CFDI G03. Les dejo el correo para enviarla.

Gracias.
Lupita Hernández
Contabilidad"""),
("es", "b169-peluqueria-canina-cerrada-dispensador", "Nuria Galán <nuria.galan@example.es>", "Dispensador del local", "billing", "",
"""Buenas,

Teníamos alquilado un dispensador de agua con ustedes para la
peluquería canina de la calle Almendro. Hemos echado el cierre este mes,
nos jubilamos, así que el dispensador ya no pinta nada allí. ¿Cómo lo
hacemos para terminar el contrato y que vengan a llevárselo? Las llaves
las tiene mi hija hasta el día 20.

Un saludo,
Nuria Galán"""),
("es", "b169-contracargo-mantencion-fosa-chile", "Patricio Muñoz <patricio.munoz@example.cl>", "Mantención no realizada", "billing", "high",
"""Estimados:

El 2 de septiembre pagué $189.000 con tarjeta por la mantención anual de
la fosa séptica de mi parcela en Pirque. Me agendaron para el 10 y
nadie llegó, tampoco me avisaron. Desde entonces he llamado cuatro
veces y siempre me dicen que me van a llamar de vuelta.

Si no me devuelven el dinero o hacen la mantención esta semana, voy a
pedir el contracargo al banco y hacer el reclamo en el Sernac.

Patricio Muñoz
+56 9 0000 4412"""),
("es", "b169-cambio-sal-granulada-pastillas", "Alberto Navas <alberto.navas@example.es>", "Pedido 73309", "billing", "",
"""Hola, en el pedido 73309 pedí 6 sacos de sal en pastillas para el
descalcificador y me han traído sal en grano, que el fabricante dice que
no se use en mi modelo. Los sacos están cerrados. ¿Me los podéis cambiar
por los de pastillas? Si no, que me devolváis el dinero.

Alberto"""),
("es", "b169-aumento-abono-limpieza-tanque", "Graciela Ferreyra <graciela.ferreyra@example.com.ar>", "Aumento", "billing", "",
"""Buenas tardes,

Me llegó el aviso de que el abono de limpieza del tanque de agua pasa de
$18.000 a $29.500 por mes. Entiendo la inflación, pero así no me da. En
vez de darlo de baja, ¿puedo pasarme a la limpieza anual sola, sin el
abono mensual? ¿Cuánto sale?

Graciela Ferreyra
Córdoba capital"""),
("es", "b169-penalizacion-permanencia-dispensador", "Sergio Lozano <sergio.lozano@example.es>", "PENALIZACIÓN", "billing", "",
"""Me parece una VERGÜENZA. Llamé para dar de baja el dispensador de la
oficina y me dicen que tengo que pagar 150 € de penalización por
permanencia. Nadie me habló de permanencia cuando lo contraté y no lo
veo en ninguna parte del contrato que tengo firmado.

Enséñenme dónde pone eso o quiten la penalización, por favor.

Sergio Lozano
Asesoría Lozano, Murcia"""),
("es", "b169-contador-no-avanza-no-factura", "Isabel Quintero <isabel.quintero@example.es>", "contador", "technical", "",
"""Hola, no escribo por la factura, que está bien. Es que el contador
nuevo que me pusieron en julio no se mueve: abro el grifo de la bañera
a tope y los números se quedan igual y la ruedita no gira. Supongo que
está averiado. ¿Vienen a mirarlo?

Isabel Quintero
Jerez de la Frontera"""),
("es", "b169-restaurante-arqueta-rebosa", "Restaurante La Parra <reservas@laparra-restaurante.example>", "Arqueta", "technical", "high",
"""Buenos días,

Desde las once la arqueta del patio está rebosando y el agua sucia entra
por el sumidero de la cocina. Hemos tenido que apagar el lavavajillas,
cerrar la terraza y llamar a las reservas de mediodía para anularlas,
unas 60 personas. Esta noche tenemos una cena de empresa.

Ustedes nos hicieron la limpieza de la red en abril (orden 21877). Por
favor, manden a alguien hoy.

Paco Jiménez
Restaurante La Parra, Plaza Mayor 4, Cuenca
969 000 115"""),
("es", "b169-dispensador-chispas-cable", "Verónica Aguilar <veronica.aguilar@example.com.mx>", "dispensador", "technical", "high",
"""Hola buenas noches. Ayer al conectar el dispensador de agua que nos
rentaron salieron unas chispitas del enchufe y ahora la clavija está
medio negra. Lo desconecté y ya no lo volví a usar. No sé si es el
cable del aparato o qué, pero preferí no arriesgarme porque tengo niños
chicos. ¿Pueden venir a revisarlo o cambiarlo?

Verónica Aguilar
Col. Del Valle, CDMX"""),
("es", "b169-olor-gas-depuradora-sotano", "Miguel Ángel Ortega <miguelangel.ortega@example.es>", "Depuradora", "technical", "high",
"""Buenas tardes:

Desde hace tres días hay un olor fuerte a huevo podrido en el sótano,
justo donde entra la tubería de la depuradora que nos instalaron en
primavera. Esta mañana mi mujer bajó a tender y subió con dolor de
cabeza y algo mareada. Hemos dejado la puerta del sótano cerrada y la
ventana abierta y no bajamos.

¿Pueden mandar a alguien a revisar la instalación?

Miguel Ángel Ortega
Villanueva de la Cañada"""),
("es", "b169-bomba-tanque-lluvia-no-arranca", "Facundo Ibarra <facundo.ibarra@example.com.ar>", "bomba", "technical", "",
"""Hola que tal, la bomba del tanque de agua de lluvia no arranca. Se
escucha el relé que hace clic pero el motor no gira. El tanque está
lleno. La instalaron ustedes el año pasado, ¿la garantía la cubre?

Facundo"""),
("es", "b169-app-lecturas-no-entra", "Pilar Santamaria <pilar.santamaria@example.es>", "No puedo entrar en la app", "technical", "",
"""Buenas, llevo dos dias intentando meter la lectura del contador en la
app y cuando pongo el usuario y la contraseña me sale "credenciales no
validas". He cambiado la contraseña y sigue igual. En la web tampoco me
deja. Que hago?

Pilar"""),
("es", "b169-descalcificador-error-e3", "Ramón Villalba <ramon.villalba@example.es>", "Descalcificador pitando", "technical", "",
"""El descalcificador pita cada poco y en la pantalla pone E3. He mirado
el manual y dice "contactar con el servicio técnico". Tiene sal de sobra.
Es un modelo de los que instalan ustedes, de hace dos años.

Ramón Villalba, Castellón"""),
("es", "b169-garrafon-sabe-plastico", "Karla Domínguez <karla.dominguez@example.com.mx>", "Agua con sabor raro", "technical", "",
"""Buen día, los dos garrafones que nos dejaron el lunes tienen un sabor
muy fuerte a plástico, como a manguera. Los de antes no sabían así. El
sello estaba bien. ¿Puede ser un lote malo? Les puedo guardar uno sin
abrir para que lo revisen.

Karla"""),
("es", "b169-fuga-sigue-tras-reparacion", "Lourdes Esteban <lourdes.esteban@example.es>", "Sigue la fuga", "technical", "",
"""Buenos días,

El jueves su técnico localizó la fuga debajo del plato de ducha y la
reparó. Pero el contador sigue girando con todo cerrado y la mancha de
humedad en el techo del vecino de abajo no se seca, al contrario. Creo
que la reparación no ha quedado bien o hay otra fuga.

¿Cuándo pueden volver?

Lourdes Esteban
Zaragoza"""),
("es", "b169-conjunto-sin-agua-bomba", "Administración Conjunto Los Arrayanes <administracion.arrayanes@example.com.co>", "Conjunto Los Arrayanes - sin agua", "technical", "high",
"""Buenos días,

Les escribo desde la administración del Conjunto Residencial Los
Arrayanes, en Envigado. Desde anoche la bomba de presión que ustedes
instalaron y mantienen dejó de funcionar y los 120 apartamentos de las
torres 2 y 3 están sin agua. Hay adultos mayores y niños, y la gente
está bajando con baldes al tanque.

Ya llamamos a la línea de emergencias, radicado 554012, pero no nos dan
hora. Necesitamos un técnico hoy.

Diana Marcela Ospina
Administradora"""),
("es", "b169-abuela-sin-agua-ola-de-calor", "Carmen Rubio <carmen.rubio@example.es>", "Mi abuela sin agua", "technical", "high",
"""Buenas tardes,

Ayer por la mañana cambiaron el contador de agua de mi abuela en Córdoba
(calle Sol 12, bajo) y desde entonces no le sale agua por ningún grifo.
Tiene 91 años, vive sola y con el calor que está haciendo, 43 grados hoy,
no puede ni beber del grifo ni ducharse ni tirar de la cisterna. Yo vivo
en Sevilla y no puedo ir hasta el sábado.

Por favor, que alguien vaya hoy mismo. Su teléfono es 957 000 318.

Carmen Rubio"""),
("es", "b169-dispensador-gotea-no-quiero-devolucion", "Tomás Herrero <tomas.herrero@example.es>", "Dispensador gotea", "technical", "",
"""Hola,

El dispensador que os compré en mayo gotea por la bandeja de abajo, se
me llena cada dos días y rebosa. No quiero que me devolváis el dinero,
el aparato me gusta, solo quiero que lo arregléis o me lo cambiéis. Está
en garantía.

Tomás"""),
("es", "b169-portal-lecturas-pagina-en-blanco", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Portal", "technical", "",
"""Hola, cuando entro al portal de clientes para ver mi consumo me
aparece la página en blanco después de iniciar sesión. Con Chrome y con
Firefox igual. Desde el celular sí funciona. ¿Es algo de mi computador?

Rodrigo"""),
("es", "b169-bomba-fosa-tercera-vez-supervisor", "Inmaculada Prieto <inma.prieto@example.es>", "Tercera avería de la bomba - quiero hablar con un responsable", "technical", "high",
"""Buenas tardes:

Es la tercera vez desde marzo que falla la bomba de la fosa séptica que
nos instalaron. Cada vez viene un técnico distinto, cambia algo, dice
que ya está, y a las pocas semanas vuelve a saltar la alarma y el baño
de abajo deja de tragar.

No quiero que me manden otro técnico sin más. Quiero que me llame un
supervisor o el responsable del servicio técnico y me explique qué
piensan hacer para solucionarlo de una vez.

Inmaculada Prieto
Navaluenga (Ávila)
650 000 287"""),
("es", "b169-gracias-fontanero-sabado", "Amparo Gil <amparo.gil@example.es>", "Felicitación", "general", "",
"""Buenos días,

Quería dar las gracias al fontanero que vino el sábado por la tarde,
Raúl creo que se llamaba. Se le veía cansado, pero fue amabilísimo con
mi madre, que se pone muy nerviosa con gente en casa, y le explicó todo
con mucha paciencia. Además lo dejó todo limpio.

Un saludo y enhorabuena por tener gente así.

Amparo Gil"""),
("es", "b169-entrega-garrafones-portero", "Daniela Cervantes <daniela.cervantes@example.com.mx>", "Entregas", "general", "",
"""Hola! Para las entregas de los garrafones, entre semana no hay nadie
en casa antes de las 3. Pueden dejarlos con Don Chuy, el portero del
edificio, él ya sabe. Depto 402. Gracias!!"""),
("es", "b169-horario-oficina-agosto", "Joaquín Marín <joaquin.marin@example.es>", "Horario", "general", "",
"""¿La oficina de atención al cliente de la calle Colón abre en agosto?
¿Con qué horario?"""),
("es", "b169-cambio-mail-telefono-rosario", "Hernán Acosta <hernan.acosta@example.com.ar>", "Cambio de datos", "general", "",
"""Buenas, quiero actualizar mis datos de contacto. Mi mail nuevo es
hernan.acosta@example.com.ar y el celular 341 000 5567. El número de
cliente es 22019. El domicilio sigue siendo el mismo.

Saludos,
Hernán Acosta
Rosario"""),
("es", "b169-acceso-datos-grabaciones", "Beatriz Calvo <beatriz.calvo@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito el acceso a todos los datos
personales que tienen sobre mí, incluidas las grabaciones de las
llamadas que hice a su servicio de atención al cliente en septiembre.

Adjunto copia de mi DNI. Número de cliente 7711045.

Atentamente,
Beatriz Calvo Serrano"""),
("es", "b169-repartidor-insulto-encargado", "Montserrat Vidal <montserrat.vidal@example.es>", "Queja sobre su repartidor", "general", "high",
"""Buenos días,

Esta mañana su repartidor de garrafas ha aparcado la furgoneta delante
del vado de mi padre, que tiene 84 años y tenía que ir al médico. Cuando
mi padre le pidió que la moviera, le insultó, le llamó "viejo pesado" y
le dijo que esperara. Había testigos.

Quiero que se ponga en contacto conmigo el encargado o el responsable de
la zona, y que mi padre reciba una disculpa.

Montserrat Vidal
Sabadell"""),
("es", "b169-tecnico-se-dejo-linterna", "Gerardo Paz <gerardo.paz@example.com.mx>", "Se les olvidó algo", "general", "",
"""Buenas tardes, su técnico que vino ayer a revisar la cisterna se dejó
una linterna amarilla y un juego de llaves en la azotea. Aquí los tengo
guardados para cuando pasen por ellos.

Gerardo Paz"""),
("es", "b169-patrocinio-carrera-popular", "Club Atletismo Río Tormes <club@atletismoriotormes.example>", "Patrocinio carrera popular", "general", "",
"""Buenos días:

El Club de Atletismo Río Tormes organiza el 12 de octubre la VIII
Carrera Popular de Alba de Tormes, con unos 900 corredores. Nos gustaría
saber si su empresa estaría interesada en colaborar como patrocinador,
por ejemplo con dispensadores y agua para los avituallamientos, a cambio
de presencia en dorsales, photocall y redes sociales.

Quedamos a su disposición.

Un saludo,
Marcos Sánchez
Presidente"""),
("es", "b169-charla-cosecha-agua-lluvia", "Silvina Roldán <silvina.roldan@example.com.ar>", "Charla", "general", "",
"""Hola, vi en Instagram que dan una charla gratuita sobre cosecha de
agua de lluvia en Mendoza el sábado 14. ¿Hay que inscribirse? ¿Pueden ir
chicos? Tengo dos de 10 y 12 que están haciendo un trabajo para la
escuela sobre eso.

Silvina"""),
("es", "b169-pregunta-agua-dura-zona", "Óscar Peña <oscar.pena@example.es>", "Pregunta", "general", "",
"""Hola, acabamos de mudarnos a Almería y la mampara de la ducha queda
blanca a los dos días. ¿El agua aquí es muy dura? ¿Compensa poner un
descalcificador o con un filtro basta?"""),
("es", "b169-baldosa-suelta-oficina", "Elena Márquez <elena.marquez@example.es>", "Baldosa suelta en su oficina", "general", "high",
"""Buenas tardes,

Quería avisarles de que en la entrada de su oficina de atención al
cliente de la avenida de la Constitución hay una baldosa suelta y
levantada justo delante de la puerta. Esta mañana una señora mayor que
iba delante de mí tropezó y cayó de rodillas. La ayudamos a levantarse
y parecía estar bien, pero se llevó un buen susto.

Convendría arreglarlo o al menos señalizarlo antes de que alguien se
haga daño de verdad.

Elena Márquez"""),
("es", "b169-permiso-captacion-pluvial-cdmx", "Alejandro Ruiz <alejandro.ruiz@example.com.mx>", "Duda sobre captación de lluvia", "general", "",
"""Buenas tardes,

Quiero poner un sistema de captación pluvial en mi casa en Tlalpan.
¿Se necesita algún permiso de la alcaldía o registro? Y el agua de
lluvia ya filtrada, ¿se puede usar para la lavadora y el baño sin
problema?

Saludos,
Alejandro Ruiz"""),
("es", "b169-re-cita-cambio-hora-contador", "Marta Iglesias <marta.iglesias@example.es>", "Re: Confirmación de cita - cambio de contador", "general", "",
"""Hola,

¿Podría venir el técnico por la tarde en vez de por la mañana? Trabajo
hasta las dos. Además el cuarto de contadores está en el garaje, la
llave la tiene el presidente de la comunidad, en el 1ºB.

Gracias,
Marta

El vie, 4 oct 2024 a las 9:15, Citas <noreply@example-aguas.es> escribió:
> Estimada Sra. Iglesias:
>
> Le confirmamos la cita para el cambio de contador el martes 8 de
> octubre, de 8:00 a 13:00. Por favor, asegúrese de que el técnico pueda
> acceder al contador.
>
> Departamento de Citas"""),
# ---------------- Polish ----------------
("pl", "b169-prognoza-wodomierz-faktura", "Krzysztof Wróblewski <k.wroblewski@example.pl>", "Faktura z prognozy", "billing", "",
"""Dzień dobry,

Ostatnia faktura za wodę (nr klienta 40-118273) opiewa na 612,30 zł i
jest wystawiona na podstawie prognozy. Od kwietnia nikt nie był u nas
spisać licznika. Dziś sam sprawdziłem wodomierz - stan to 00341 m3,
czyli sporo mniej, niż Państwo przyjęli.

W załączniku zdjęcie wodomierza. Proszę o korektę faktury według
rzeczywistego odczytu, zanim minie termin płatności.

Z poważaniem,
Krzysztof Wróblewski
Skierniewice"""),
("pl", "b169-szambo-podwojne-obciazenie", "Tomek Zielinski <tomek.zielinski@example.pl>", "podwojna platnosc", "billing", "",
"""Dzien dobry, w srode byl u nas wóz asenizacyjny, wywoz szamba, wszystko
ok. Ale z karty zeszlo mi 2 razy po 280 zl, ta sama godzina. Prosze o
zwrot jednej platnosci. Adres: Kolonia Zabki 7.

Tomek Zielinski"""),
("pl", "b169-dystrybutor-tata-odszedl", "Joanna Michalak <joanna.michalak@example.pl>", "Dystrybutor wody - ul. Lipowa 5", "billing", "",
"""Dzień dobry,

Dystrybutor wody, który Państwo wynajmują w mieszkaniu mojego taty przy
ul. Lipowej 5 w Bydgoszczy, nie będzie już potrzebny. Tata odszedł w
zeszłym miesiącu, mieszkanie opróżniamy do końca listopada.

Proszę o zakończenie umowy (jest na nazwisko Zdzisław Michalak), odbiór
urządzenia i dwóch pełnych butli oraz informację, jak odzyskać kaucję.
Jestem w mieszkaniu we wtorki i czwartki po 16.

Pozdrawiam,
Joanna Michalak
tel. 600 000 448"""),
("pl", "b169-wykrywanie-wycieku-rzecznik", "Marek Szymański <marek.szymanski@example.pl>", "Reklamacja usługi wykrywania wycieku", "billing", "high",
"""Szanowni Państwo,

12 września zapłaciłem 900 zł za lokalizację wycieku w instalacji
podpodłogowej w moim mieszkaniu w Lublinie. Państwa technik wskazał
miejsce w przedpokoju, hydraulik rozkuł tam posadzkę i nic nie znalazł.
Wyciek był ostatecznie w łazience, trzy metry dalej. Za niepotrzebne
kucie i odtworzenie posadzki zapłaciłem kolejne 1 400 zł.

Żądam zwrotu 900 zł i pokrycia kosztów naprawy posadzki. Jeśli w ciągu
14 dni nie otrzymam odpowiedzi, sprawę przekażę miejskiemu rzecznikowi
konsumentów.

Marek Szymański"""),
("pl", "b169-sol-wstrzymanie-irlandia", "Barbara Kaczmarek <barbara.kaczmarek@example.pl>", "Witam", "billing", "",
"""Witam serdecznie,

Od grudnia do maja wyjeżdżamy z mężem do córki do Irlandii, dom będzie
pusty. Czy mogą Państwo wstrzymać dostawy soli do zmiękczacza i
comiesięczną opłatę na te pół roku? Nie chcemy rezygnować, tylko zrobić
przerwę. Od czerwca wszystko po staremu.

Barbara Kaczmarek"""),
("pl", "b169-faktura-nip-warsztat", "Auto-Serwis Nowicki <biuro@autoserwis-nowicki.example>", "Faktura na firmę", "billing", "",
"""Dzień dobry, proszę o wystawianie faktur za wodę w butlach na firmę:
Auto-Serwis Nowicki, ul. Przemysłowa 12, 62-800 Kalisz, NIP 618-000-12-34.
Również za październik, bo dostaliśmy paragon.

Pozdrawiam, Ewa Nowicka"""),
("pl", "b169-re-oferta-zbiornik-raty", "Paweł Dudek <pawel.dudek@example.pl>", "Re: Oferta nr 2024/317 - zbiornik na deszczówkę", "billing", "",
"""Dzień dobry Pani Agnieszko,

Dziękuję, decydujemy się. Czy jest możliwość rozłożenia płatności na
raty, np. 10 rat 0%? Jeśli nie, to ile wynosi zaliczka, żeby
zarezerwować termin montażu?

Pozdrawiam
Paweł Dudek

W dniu 2.04.2024 o 13:05, Agnieszka Kowal <oferty@example-deszczowka.pl> pisze:
> Szanowny Panie,
>
> W załączeniu oferta na montaż podziemnego zbiornika na wodę deszczową
> 5000 l z pompą i filtrem koszowym na działce w Wieliczce. Wartość
> zamówienia: 11 450 zł brutto, montaż w ciągu 3 tygodni od zamówienia.
>
> Z poważaniem,
> Agnieszka Kowal"""),
("pl", "b169-kaucja-za-butle", "Grzegorz Lis <grzegorz.lis@example.pl>", "kaucja", "billing", "",
"""Oddałem kierowcy 5 pustych butli 2 tygodnie temu, kaucja 30 zł za
sztukę, razem 150 zł. Na koncie klienta dalej nic nie widzę. Kiedy to
wróci?

G. Lis"""),
("pl", "b169-serwis-oczyszczalni-chargeback", "Adam Pawlak <adam.pawlak@example.pl>", "Serwis oczyszczalni - nikt nie przyjechał", "billing", "high",
"""Dzień dobry,

We wrześniu zapłaciłem kartą 650 zł za roczny serwis przydomowej
oczyszczalni ścieków (zamówienie 50912). Termin był na 3 października.
Nikt nie przyjechał, nikt nie zadzwonił. Dzwoniłem do Państwa trzy razy
i za każdym razem słyszę, że "ktoś oddzwoni".

Jeśli do piątku serwis się nie odbędzie albo pieniądze nie wrócą, składam
w banku reklamację transakcji i wnioskuję o chargeback. Potwierdzenie
płatności i zamówienia mam.

Adam Pawlak
Stare Babice"""),
("pl", "b169-dzialka-sprzedana-szambo", "Halina Górecka <halina.gorecka@example.pl>", "Umowa na wywóz", "billing", "",
"""Dzien dobry,

Mamy z Panstwem umowe na regularny wywoz nieczystosci z szamba na
dzialce w Zalesiu. Dzialke sprzedalismy w zeszlym tygodniu razem z
domkiem i szambem, wiec nas to juz nie dotyczy. Prosze o rozwiazanie
umowy od 1 listopada. Nowi wlasciciele moga sie sami z Panstwem
skontaktowac.

Halina Gorecka"""),
("pl", "b169-emeryt-znizka-sol", "Stanisław Kowalewski <s.kowalewski@example.pl>", "Zniżka", "billing", "",
"""Szanowni Państwo,

Jestem emerytem, mam 79 lat, i od kilku lat kupuję u Państwa sól w
tabletkach do zmiękczacza. Sąsiad mówi, że emeryci dostają u Państwa
rabat. Czy to prawda? Co trzeba przedstawić, legitymację emeryta?

Z wyrazami szacunku
Stanisław Kowalewski
Rzeszów"""),
("pl", "b169-blik-platnosc-abonament", "Kasia W. <kasia.w@example.pl>", "Pytanie", "billing", "",
"""Hej, czy abonament za dystrybutor mogę płacić BLIKIEM zamiast kartą?
Karta mi wygasa i nie chcę jej podpinać na nowo."""),
("pl", "b169-podwyzka-w-trakcie-umowy", "Rafał Zając <rafal.zajac@example.pl>", "Podwyżka", "billing", "",
"""Dzień dobry,

Umowę na dzierżawę dystrybutora podpisałem w marcu na 24 miesiące po
49 zł miesięcznie. Od października pobieracie 59 zł. W umowie nie ma
nic o zmianie ceny w trakcie okresu. Proszę o wyjaśnienie i zwrot
nadpłaty za październik.

Rafał Zając"""),
("pl", "b169-nakladka-radiowa-to-nie-rachunek", "Iwona Baran <iwona.baran@example.pl>", "Wodomierz", "technical", "",
"""Dzień dobry, nie piszę w sprawie rachunku, ten się zgadza. Chodzi o
to, że w aplikacji od trzech tygodni przy moim wodomierzu jest "brak
danych z nakładki radiowej". Dioda na nakładce nie miga. Czy trzeba ją
wymienić albo zresetować?

Iwona Baran, Gdańsk-Oliwa"""),
("pl", "b169-bar-mleczny-cofka", "Bar Mleczny Pod Arkadami <bar.podarkadami@example.pl>", "kanalizacja", "technical", "high",
"""Dzień dobry,

Od rana z kratki w podłodze na zapleczu wybija woda ze ściekami, a w
toalecie dla gości poziom podchodzi pod deskę. Musieliśmy wyłączyć
zmywarkę i zlewy, zamknąć drzwi i odesłać ludzi, którzy przyszli na
obiad. Mamy też catering na 80 osób na jutro rano i nie mamy jak
gotować.

Czyściliście nam przykanalik w maju (zlecenie 33710). Bardzo prosimy o
przyjazd dzisiaj.

Bożena Kamińska
Bar Mleczny Pod Arkadami, Łódź
tel. 42 000 19 77"""),
("pl", "b169-dystrybutor-iskrzy-wtyczka", "Monika Jasińska <monika.jasinska@example.pl>", "Dystrybutor", "technical", "high",
"""Dzień dobry,

Wczoraj wieczorem z tyłu dystrybutora, przy kablu, coś trzasnęło i
przez chwilę iskrzyło. Wtyczka jest teraz lekko nadtopiona, czuć było
spaleniznę. Odłączyłam go od prądu i stoi nieużywany. Mam w domu małe
dzieci, więc wolę nie ryzykować.

Czy mogą Państwo przyjechać go sprawdzić albo wymienić?

Monika Jasińska
Poznań, os. Rusa"""),
("pl", "b169-oczyszczalnia-sterownik-goracy", "Jan Sikorski <jan.sikorski@example.pl>", "Sterownik oczyszczalni", "technical", "high",
"""Dzien dobry,

Skrzynka ze sterownikiem i dmuchawa przydomowej oczyszczalni, ktora
Panstwo montowali u nas w 2022, jest dzis bardzo goraca, obudowa az
parzy, i czuc swad palonej izolacji. Wylaczylem zasilanie bezpiecznikiem
w domu. Oczyszczalnia stoi pare metrow od drewnianej szopy.

Prosze o przyjazd serwisu.

Jan Sikorski
Nadarzyn, tel. 600 000 913"""),
("pl", "b169-pompa-deszczowka-nie-zasysa", "Łukasz Wojciechowski <lukasz.wojciechowski@example.pl>", "Pompa", "technical", "",
"""Pompa w zbiorniku na deszczówkę chodzi, słychać ją, ale woda do węża
nie leci. Zbiornik pełny po ostatnich deszczach. Filtr koszowy
czyściłem w sobotę. Co jeszcze mogę sprawdzić zanim zgłoszę serwis?

Łukasz"""),
("pl", "b169-aplikacja-odczyt-reset-hasla", "Dorota Malinowska <dorota.malinowska@example.pl>", "Nie moge sie zalogowac", "technical", "",
"""Dzien dobry, chce podac odczyt wodomierza przez e-BOK ale nie pamietam
hasla. Klikam "nie pamietam hasla" i mail z linkiem w ogole nie
przychodzi, sprawdzalam tez spam. Juz czwarty dzien. Termin podania
odczytu mija w piatek.

Dorota Malinowska"""),
("pl", "b169-zmiekczacz-nie-zmiekcza", "Piotr Krawczyk <piotr.krawczyk@example.pl>", "Zmiękczacz", "technical", "",
"""Dzień dobry,

Zmiękczacz zamontowany przez Państwa w ubiegłym roku przestał chyba
działać. Test paskowy pokazuje twardość taką samą przed i za
urządzeniem, a kamień znowu osadza się na armaturze. Sól w zbiorniku
ubywa normalnie. Wyświetlacz nie pokazuje żadnego błędu.

Piotr Krawczyk
Kraków-Bronowice"""),
("pl", "b169-wyciek-dalej-po-naprawie", "Agata Sobczak <agata.sobczak@example.pl>", "Dalej cieknie", "technical", "",
"""Dzien dobry. W zeszly wtorek Panstwa technik znalazl wyciek pod wanna i
go naprawil. Dzisiaj sasiadka z dolu znowu ma mokra plame na suficie w
lazience, a wodomierz kreci sie przy zakreconych kranach. Czyli albo
naprawa nie trzyma, albo jest drugi wyciek. Kiedy mozecie przyjechac?

Agata Sobczak
Wroclaw, Krzyki"""),
("pl", "b169-blok-bez-wody-wymiana-wodomierzy", "Spółdzielnia Mieszkaniowa Zorza <administracja@sm-zorza.example.pl>", "ul. Słoneczna 8 - brak wody", "technical", "high",
"""Szanowni Państwo,

Wczoraj Państwa ekipa wymieniała wodomierz główny w budynku przy ul.
Słonecznej 8 w Olsztynie. Od tego czasu w całym bloku (60 mieszkań) na
piętrach od trzeciego w górę nie ma wody, a niżej ledwo cieknie. Wśród
mieszkańców jest wiele osób starszych i rodzin z małymi dziećmi.

Zgłaszaliśmy to telefonicznie dwa razy, numer zgłoszenia 7719/24. Prosimy
o pilny przyjazd ekipy jeszcze dziś.

Z poważaniem,
Teresa Wilk
Administrator osiedla"""),
("pl", "b169-babcia-bez-wody-i-ogrzewania", "Michał Czarnecki <michal.czarnecki@example.pl>", "Babcia bez wody i ogrzewania", "technical", "high",
"""Dzień dobry,

Wczoraj po południu Państwa monter wymieniał wodomierz u mojej babci w
Suwałkach (ul. Kościuszki 40/2). Przy odkręcaniu pękło coś przy zaworze,
monter zakręcił główny zawór i powiedział, że "ktoś przyjdzie". Nikt nie
przyszedł. Babcia ma 89 lat, mieszka sama, nie ma wody, a piec gazowy
bez wody nie grzeje - w nocy było minus osiem i w mieszkaniu jest
14 stopni.

Bardzo proszę o przyjazd dzisiaj. Telefon do babci: 87 000 21 14.

Michał Czarnecki"""),
("pl", "b169-dystrybutor-nie-chlodzi-bez-zwrotu", "Sylwia Kubiak <sylwia.kubiak@example.pl>", "Nie chłodzi", "technical", "",
"""Dzień dobry, dystrybutor kupiony u Państwa w czerwcu przestał chłodzić
wodę - z niebieskiego kranu leci taka jak z pokoju. Gorąca działa.
Nie chcę zwrotu pieniędzy, chcę tylko, żeby działał. Jest na
gwarancji, paragon mam.

Sylwia Kubiak"""),
("pl", "b169-oczyszczalnia-alarm-czerwona-dioda", "Wiesław Mazur <wieslaw.mazur@example.pl>", "Alarm", "technical", "",
"""Na sterowniku oczyszczalni świeci się czerwona dioda i co jakiś czas
piszczy. W domu wszystko spływa normalnie. Czy to coś poważnego? Da się
to zresetować samemu, czy trzeba serwisu?

W. Mazur, Pcim"""),
("pl", "b169-zapach-z-kratki-po-udroznieniu", "Natalia Grabowska <natalia.grabowska@example.pl>", "Zapach", "technical", "",
"""Dzień dobry, od kiedy Państwo udrażniali pion, z kratki ściekowej w
pralni czuć nieprzyjemny zapach kanalizacji, głównie wieczorem.
Wcześniej tego nie było. Czy mogło coś zostać źle założone?

Natalia"""),
("pl", "b169-trzecia-wizyta-przelozony", "Robert Olszewski <robert.olszewski@example.pl>", "Trzecia wizyta - proszę o kontakt przełożonego", "technical", "high",
"""Dzień dobry,

To już trzecia wizyta Państwa serwisanta w sprawie zapchanej
kanalizacji w kuchni od sierpnia. Za każdym razem przepycha spiralą,
mówi "już jest dobrze", a po dwóch tygodniach woda znowu cofa się do
zlewu. O inspekcję kamerą proszę od pierwszej wizyty - bez skutku.

Nie umówię czwartej wizyty przez infolinię. Proszę, żeby skontaktował
się ze mną przełożony albo kierownik działu serwisu i powiedział, jak
zamierzacie to rozwiązać na stałe.

Robert Olszewski
Gliwice, tel. 500 000 672"""),
("pl", "b169-podziekowanie-ekipa-kanalizacja", "Zofia Wiśniewska <zofia.wisniewska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam bardzo podziękować panom, którzy w sobotę rano przyjechali do
mnie udrożnić kanalizację. Padał deszcz, a oni byli uprzejmi,
cierpliwi, wszystko mi wytłumaczyli i posprzątali po sobie. Mam 82 lata
i dawno nie spotkałam tak życzliwych fachowców.

Z wyrazami szacunku
Zofia Wiśniewska"""),
("pl", "b169-dostawa-domofon-nie-dziala", "Bartek Nowak <bartek.nowak@example.pl>", "dostawy", "general", "",
"""Czesc, przy dostawach butli prosze nie dzwonic domofonem, bo nie
dziala od miesiaca. Kierowca niech zadzwoni na komorke 512 000 309 i
zejde na dol. Mieszkanie 14, klatka B. Dzieki!"""),
("pl", "b169-godziny-otwarcia-wigilia", "Teresa Walczak <teresa.walczak@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której czynne jest Państwa biuro obsługi klienta w
Tarnowie w Wigilię i w sobotę przed świętami?"""),
("pl", "b169-zmiana-nazwiska-adresu-korespondencji", "Magdalena Pietrzak <magdalena.pietrzak@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

Po ślubie zmieniłam nazwisko z Jankowska na Pietrzak. Proszę o zmianę
danych na koncie klienta nr 5510-2291 oraz adresu do korespondencji na
ul. Ogrodowa 3/7, 87-100 Toruń. Czy potrzebują Państwo skanu aktu
małżeństwa?

Magdalena Pietrzak"""),
("pl", "b169-rodo-kopia-danych", "Wojciech Kozłowski <wojciech.kozlowski@example.pl>", "Wniosek RODO", "general", "",
"""Dzien dobry,

Na podstawie art. 15 RODO prosze o przeslanie kopii wszystkich moich
danych osobowych przetwarzanych przez Panstwa firme, wraz z
informacja, komu byly udostepniane. Numer klienta 889014.

Wojciech Kozlowski"""),
("pl", "b169-kierowca-wyzwiska-kierownik", "Ewelina Adamczyk <ewelina.adamczyk@example.pl>", "Skarga na kierowcę", "general", "high",
"""Dzień dobry,

Dziś ok. 9:30 Państwa kierowca wozu asenizacyjnego zastawił wyjazd z
posesji mojej mamy w Mińsku Mazowieckim. Gdy mama (76 lat) poprosiła go,
żeby przestawił auto, bo jedzie do lekarza, zaczął na nią krzyczeć i
wyzywać. Sąsiedzi wszystko słyszeli. Mama wróciła do domu roztrzęsiona.

Proszę o kontakt kierownika, nie infolinii, i o przeprosiny dla mamy.

Ewelina Adamczyk
tel. 501 000 226"""),
("pl", "b169-zgubiona-obraczka-po-wizycie", "Krystyna Lewandowska <krystyna.lewandowska@example.pl>", "Obrączka", "general", "",
"""Dzień dobry, w czwartek był u mnie Państwa serwisant od zmiękczacza.
Zdjęłam obrączkę i położyłam na parapecie w kotłowni, gdzie pracował, i
od tamtej pory nie mogę jej znaleźć. Może przez przypadek trafiła do
jego skrzynki z narzędziami? Złota, w środku grawer "J.K. 1985".

Krystyna Lewandowska"""),
("pl", "b169-sponsoring-festyn-osp", "OSP Kamionka <osp.kamionka@example.pl>", "Festyn - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Kamionce organizuje 24 sierpnia festyn
rodzinny, na który co roku przychodzi kilkaset osób. Czy byliby
Państwo zainteresowani wsparciem, np. wodą w butlach i dystrybutorami
dla gości i druhów? W zamian umieścimy logo firmy na plakatach i
podziękujemy ze sceny.

Z poważaniem
dh Henryk Baran
Prezes OSP"""),
("pl", "b169-dzien-otwarty-oczyszczalni", "Aleksandra Kołodziej <aleksandra.kolodziej@example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry, czy na dzień otwarty z pokazem przydomowych oczyszczalni
w sobotę trzeba się zapisać? Chciałabym przyjść z mężem, budujemy dom
pod Opolem i jeszcze nie wiemy, co wybrać."""),
("pl", "b169-pytanie-twarda-woda-krakow", "Damian Wójcik <damian.wojcik@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, przeprowadzilismy sie do Krakowa na Ruczaj i czajnik po
miesiacu jest caly w kamieniu. Czy woda tutaj jest az tak twarda? Jest
sens montowac zmiekczacz czy wystarczy dzbanek z filtrem?"""),
("pl", "b169-oblodzone-schody-bok", "Leszek Rutkowski <leszek.rutkowski@example.pl>", "Schody przed biurem", "general", "high",
"""Dzień dobry,

Byłem dziś rano w Państwa biurze obsługi klienta przy ul. Dworcowej.
Schody przed wejściem są całe oblodzone, nikt ich nie posypał, a
poręcz z jednej strony jest wyrwana. Przede mną starsza pani się
poślizgnęła i ledwo złapała się drzwi.

Proszę to szybko ogarnąć, zanim ktoś złamie rękę albo biodro.

Leszek Rutkowski"""),
("pl", "b169-zgloszenie-zbiornik-deszczowka", "Kamil Jaworski <kamil.jaworski@example.pl>", "Czy trzeba zgłoszenia?", "general", "",
"""Dzień dobry,

Planujemy zakopać zbiornik na deszczówkę 3000 l na działce w Gnieźnie.
Czy potrzebne jest zgłoszenie do starostwa albo pozwolenie? I czy
deszczówkę można podłączyć do spłukiwania toalet?

Kamil Jaworski"""),
("pl", "b169-re-termin-wizyty-popoludnie", "Justyna Majewska <justyna.majewska@example.pl>", "Re: Potwierdzenie terminu wizyty", "general", "",
"""Dzień dobry,

Czy serwisant mógłby przyjechać po 15:00 zamiast rano? Pracuję do
14:30. Studzienka z wodomierzem jest za domem, wejście od ul. Polnej
przez furtkę.

Justyna Majewska

Dnia 7.10.2024 o 10:12 Terminy <noreply@example-wodociagi.pl> napisał(a):
> Szanowna Pani,
>
> Potwierdzamy termin wizyty serwisanta w celu wymiany wodomierza:
> czwartek 10.10.2024, godz. 8:00-12:00. Prosimy o zapewnienie dostępu
> do studzienki wodomierzowej.
>
> Dział Obsługi Klienta"""),
]
