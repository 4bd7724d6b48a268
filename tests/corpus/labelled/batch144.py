# batch144.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Property, part 3:
# letting agents, block management companies, estate agents' viewings,
# tenancy deposit schemes, property maintenance contractors, concierge
# services and residents' parking permits.  40 mails per language, written
# separately for each language (not translations of each other): escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans and services ended or paused in other words, outages of a
# business told by their consequences, safety hazards told calmly, premises
# hazards that are not a product fault, praise, payment questions, Greeklish,
# and everyday mail of all three queues.  Same tuple format as batch13.py.
M += [
# ---------------- English ----------------
("en", "b144-rent-taken-twice", "Hannah Okafor <hannah.okafor@example.co.uk>", "Rent", "billing", "",
"""Hi,

My rent for Flat 3, 22 Cavendish Road came out twice this month - £1,150
on the 1st and another £1,150 on the 2nd. I think it's because I set up
the standing order like you asked AND the old direct debit is still
running. I'm now overdrawn. Can you send the second payment back as soon
as possible and cancel the direct debit on your side?

Thanks
Hannah Okafor"""),
("en", "b144-deposit-carpet-small-claims", "Martin Gallagher <martin.gallagher@example.co.uk>", "Deposit deductions - 41 Marlow Court", "billing", "high",
"""Dear Sir/Madam,

I moved out of 41 Marlow Court on 30 April after four years. Your
check-out report proposes deducting £640 from my £1,500 deposit for
"replacement of lounge carpet". That carpet was already worn when I moved
in (see page 6 of the inventory, photos 14-16) and was at least nine
years old. Fair wear and tear cannot be charged to a tenant.

I do not accept the deduction. I have today opened a dispute with the
deposit protection scheme, and if it is not resolved there I will issue a
claim in the small claims court for the balance plus costs.

Please release the undisputed £860 now, as you are required to.

Regards,
Martin Gallagher"""),
("en", "b144-holding-deposit-chargeback", "Priya Nair <priya.nair@example.com>", "Holding deposit - 9 Orchard Close", "billing", "high",
"""Hi,

I paid a £250 holding deposit on my credit card on the 3rd for 9 Orchard
Close. On the 11th your colleague rang to say the landlord had "decided to
sell instead". Fine, but that was two weeks ago and I've had nothing back
despite three emails.

If the £250 isn't back on my card by Friday I'm raising a chargeback with
my card provider. I've screenshotted all the emails.

Priya Nair"""),
("en", "b144-balancing-charge-spread", "Dorothy Pym <dorothy.pym@example.org.uk>", "Question", "billing", "",
"""Good afternoon,

I have just received the year-end balancing charge for my flat at
Riverside Wharf (flat 17) - £1,862.40, due in 28 days. That is rather a
lot in one go straight after Christmas. Is it possible to spread it over
three or four months? I am happy to set up a direct debit.

Kind regards,
Dorothy Pym (Mrs)"""),
("en", "b144-fiesta-scrapped-second-permit", "Gary Whitfield <gaz.whitfield@example.co.uk>", "Second permit", "billing", "",
"""Hiya, the old Fiesta finally failed its MOT and has gone to the
scrapyard, so we're down to one car. We won't need the second residents'
permit for Zone C any more (reg was KX09 TFE). Is there anything back
for the months left on it? It was paid up to next March.
Cheers, Gaz"""),
("en", "b144-dad-concierge-plus-stop", "Aine Brennan <aine.brennan@example.ie>", "Dad's account - Apt 54 Grand Canal Quay", "billing", "",
"""Hello,

I'm writing on behalf of my father, Seán Brennan, Apartment 54. Dad
passed away on the 2nd of March. He had the concierge "Plus" package with
you at €45 a month, which I believe is paid by direct debit from his Bank
of Ireland account. The apartment will be sold, so please stop it from
this month. I can send a copy of the death certificate if you need it.

Thank you for being so good to him - the lads at the desk were always
very kind.

Áine Brennan"""),
("en", "b144-eofy-statement-accountant", "Craig Lennox <craig.lennox@example.com.au>", "EOFY statement", "billing", "",
"""Hi team,

My accountant needs the end of financial year statement for 12/48 Beach
Rd, Coogee - rent received, your management fees, and the invoices for
the hot water system and the smoke alarm compliance check. Last year it
arrived automatically in July but nothing yet. Could you email it
through?

Cheers,
Craig Lennox"""),
("en", "b144-re-deposit-150-short", "Tom Harland <tom.harland@example.co.uk>", "Re: Your deposit return - 6 Fenwick Street", "billing", "",
"""Hi Kirsty,

Thanks, the money's arrived, but it's £1,250, not £1,400. You said on
the phone on Tuesday that you'd waive the £150 cleaning charge because
the oven was already like that when we moved in. Can you check and send
the rest?

Tom

-----Original Message-----
From: Kirsty Dunn <lettings@northgate-homes.example>
Sent: 14 May 10:02
Subject: Your deposit return - 6 Fenwick Street

Dear Tom,

Your deposit has now been released and should reach your account within
3-5 working days.

Kind regards,
Kirsty Dunn
Northgate Homes"""),
("en", "b144-fully-managed-to-tenant-find", "Richard Lyle <r.lyle@example.co.uk>", "Flat 2, 14 Abbey Mews", "billing", "",
"""Dear Mr Rowntree,

After a good deal of thought I have decided to look after my flat in
Abbey Mews myself. I have retired, I live ten minutes away, and frankly I
would rather spend the 12% on the roof. I should still like you to find
tenants when the flat falls empty, so please could you move me from the
fully managed service to your tenant-find only service from the end of
this quarter, and confirm what the fee will be.

Yours sincerely,
Richard Lyle"""),
("en", "b144-late-fee-portal-supervisor", "Jessica Moreno <jess.moreno@example.com>", "Late fee - Unit 4B", "billing", "high",
"""To whom it may concern,

I paid June rent ($1,875) through your resident portal on June 1 at
8:40 am and I have the confirmation number (RP-228194). Today I see a $75
late fee on my ledger because the payment "posted" on the 4th. That's
your processing time, not mine.

I've already called the leasing office twice and was told there's
nothing they can do. I want this escalated to the property manager or
whoever supervises the leasing office. Please remove the fee.

Jessica Moreno
Unit 4B, The Willows at Cedar Park"""),
("en", "b144-gutters-quote-120-invoice-180", "Paul Hargreaves <p.hargreaves@example.net>", "Invoice 30772", "billing", "",
"""Hello, your man cleared the gutters at 7 Linden Grove on Thursday.
Quote said £120 all in. Invoice says £180 - £120 plus £60 "access
equipment". Nobody mentioned extra for a ladder. Please correct it and
I'll pay the £120 today.
P. Hargreaves"""),
("en", "b144-society-maintenance-upi", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Maintenance payment not reflecting - Flat B-1104", "billing", "",
"""Dear Sir/Madam,

I have paid the annual maintenance advance of Rs. 18,000 for flat B-1104,
Palm Meadows Phase 2, through UPI on 5th April (UTR no. 409517283341).
Amount is debited from my HDFC account. But in the society app it is
still showing Rs. 18,000 as outstanding and now I am getting reminder SMS
with late charges of Rs. 500.

Kindly update the payment in your records and waive the late charges.
Please also send the receipt for my records.

Thanks and regards,
Venkatesh Iyer
B-1104"""),
("en", "b144-daisy-pet-rent-off", "Mark Jensen <mark.jensen@example.com>", "Pet rent", "billing", "",
"""Hi there, our old girl Daisy crossed the rainbow bridge last month (she
was 14, a good long life for a lab). So there's no longer a pet in unit
212 and we'd like the $35/month pet rent taken off starting with the next
bill. Do you need anything from us for that?

Thanks,
Mark & Lori Jensen"""),
("en", "b144-mum-boiler-snow", "Carol Fowler <carol.fowler@example.co.uk>", "No heating - Mum's flat, 5 Beech Court", "technical", "high",
"""Hello,

My mother, Mrs Edna Fowler, is 86 and lives alone at 5 Beech Court,
Harrogate. Her boiler stopped working on Friday evening - no heating, no
hot water. It has been below zero every night and there is more snow
forecast. I rang your out-of-hours line on Saturday and was told an
engineer would come "within 48 hours". Nobody has come and nobody has
rung.

She is sitting in her coat with a fan heater I took round. She has a
heart condition. Please can someone get out to her today.

Carol Fowler (daughter)
07700 900412"""),
("en", "b144-landing-faint-gas", "Owen Pritchard <owen.pritchard@example.co.uk>", "Landing", "technical", "high",
"""Morning,

Just to let you know, there's been a faint smell of gas on the second
floor landing at Kingsley House since about 7 this morning, strongest
near the meter cupboard. It isn't very strong and it might be nothing,
but I thought I should mention it. I'm at work until 6.

Regards,
Owen Pritchard, Flat 9"""),
("en", "b144-portal-not-rent-login", "Liam Docherty <liam.docherty@example.com>", "My account", "technical", "",
"""Hi, this is NOT about my rent, the rent is paid, before anyone asks.
It's the tenant portal. I've reset my password three times and every
time it says "incorrect email or password" when I try to log in with the
new one. I need to get in to report a repair. Using Chrome on a laptop
and also tried on my phone.

Liam Docherty"""),
("en", "b144-re-entryphone-not-completed", "Nadia Haddad <nadia.haddad@example.co.uk>", "Re: Repair request 5521 - completed", "technical", "",
"""This isn't completed. The engineer came on Monday, spent ten minutes in
the bin store and left. The entry phone in flat 12 still doesn't ring
when someone presses our button on the panel outside. Third parcel gone
back to the depot this week.

Nadia Haddad, Flat 12

> From: repairs@beaconsfield-blocks.example
> Your repair request 5521 (Flat 12 - entry phone not ringing) has
> been marked as completed. If you are not satisfied with the work,
> please reply to this email."""),
("en", "b144-car-park-fob-new-battery", "Sophie Grant <sophie.grant@example.co.uk>", "Fob for car park", "technical", "",
"""Hello, I changed the battery in my car park fob (CR2032 like the leaflet
says) and since then the barrier at Wharfside won't lift for it at all.
The light on the fob flashes when I press it. My partner's fob works
fine. Does it need re-pairing? I'm having to park on the street.
Sophie Grant, apt 31"""),
("en", "b144-kitchen-ceiling-drip", "Jamie Rourke <jamie.rourke@example.com>", "Water coming through the ceiling", "technical", "",
"""hi theres water dripping through the kitchen ceiling from the flat
above, about a cup an hour into a bucket. brown stain the size of a
dinner plate. knocked upstairs but they're away. its nowhere near any
lights or sockets. can you send someone please. 27 Haldane Street flat 1
Jamie"""),
("en", "b144-cafe-shutter-saturday", "Ellie Marsh <ellie@thelittlegrind.example>", "Unit 2, Portland Square", "technical", "high",
"""Hi,

It's 7:45 and we're still stood on the pavement. The roller shutter on
our unit won't go up - the key switch does nothing, no hum, nothing.
We've a fridge full of milk and pastries inside, three staff on the
clock, and the breakfast queue has already given up and gone to the
place across the road. Saturday is our busiest morning.

The shutter belongs to the building (your contractor serviced it in
March). Can someone come NOW please.

Ellie Marsh
The Little Grind, Unit 2"""),
("en", "b144-bathroom-fan-black-spots", "Ciara Quinlan <ciara.quinlan@example.ie>", "Bathroom fan", "technical", "",
"""Hi there, the fan in the bathroom in no. 8 Glenview Park stopped working
about a fortnight ago, it doesn't come on with the light anymore. We're
getting black spots on the ceiling already with the showers. Could ye
send someone out to look at it? Any morning next week suits.
Thanks a million,
Ciara"""),
("en", "b144-dishwasher-no-rent-reduction", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Dishwasher (again)", "technical", "",
"""Hi,

Third email about the dishwasher at 15 Carlton Road. It fills, makes a
grinding noise, and stops with the E24 error. Water left in the bottom.

To be clear, I'm not asking for money off the rent or anything like
that, I just want it repaired. Someone just needs to come and look at it.

Rebecca Hollis"""),
("en", "b144-socket-crack-scorch", "Graham Ellwood <graham.ellwood@example.co.uk>", "Socket in kitchen", "technical", "high",
"""Hello,

Small thing to report at 3 Willow Row. Last night when I plugged the
kettle into the double socket by the fridge there was a loud crack and a
blue flash, and there's now a brown scorch mark on the faceplate. I've
switched it off and unplugged everything, and I'm using the other socket
for now. Could an electrician have a look when convenient?

Many thanks,
Graham Ellwood"""),
("en", "b144-lift-six-days-service-charge", "Patrick O'Neill <patrick.oneill@example.co.uk>", "Service charge", "technical", "high",
"""We pay over £2,400 a year each in service charge at Clifton Heights and
the lift has now been out of order for SIX DAYS. Nine floors. Mrs Adeyemi
on the 8th floor uses a wheelchair and hasn't been out of her flat since
last Tuesday, and there are families carrying buggies and shopping up
the stairs. The notice on the lift door just says "awaiting parts".

When is it going to be fixed? The residents want a date today.

Patrick O'Neill
Chair, Clifton Heights Residents' Association"""),
("en", "b144-showing-app-crash-hello", "Tyler Brooks <tyler.brooks@example.com>", "Hello", "technical", "",
"""Hi, every time I try to book a showing through your app it crashes as
soon as I pick a time slot. iPhone 13, latest iOS, app updated yesterday,
and I've deleted and reinstalled it. I'm trying to see the 2-bed on Maple
Ave this weekend. Is there another way to book?

Thanks, Tyler"""),
("en", "b144-split-system-warm-air", "Bec Hollingworth <bec.hollingworth@example.com.au>", "Aircon at 4/17 Kent St", "technical", "",
"""G'day, the split system in the living room at 4/17 Kent St only blows
room temperature air on cool now, and it makes a clicking sound every few
minutes. Remote batteries are new. It's meant to be 34 tomorrow so would
be good to get someone round this week if possible.
Cheers, Bec"""),
("en", "b144-window-handle-came-off", "Edith Carrow <e.carrow@example.org.uk>", "Bedroom window", "technical", "",
"""Dear Sirs,

The handle on the bedroom window at 11 Dunmore Terrace has come off in my
hand and the window is stuck half open. I have wedged it with a towel but
it is rather cold at night. I would be grateful if a joiner could call.
I am in most days.

Yours faithfully,
Miss E. Carrow"""),
("en", "b144-urgent-saturday-viewing", "Kayleigh Mercer <kayleigh.m@example.co.uk>", "URGENT!!", "general", "",
"""hi do you do viewings on a saturday?? only day i can do. looking at the
1 bed on Sefton Park Rd. thx
Kayleigh"""),
("en", "b144-negotiator-remark-branch-manager", "Tomasz Wisniewski <t.wisniewski@example.co.uk>", "Viewing on Thursday - complaint", "general", "high",
"""Dear Sir or Madam,

On Thursday afternoon my wife and I viewed the house at 18 Kestrel Way
with your negotiator, a young man called Josh. He arrived 25 minutes late,
spent most of the viewing on his phone, and when my wife asked about the
school catchment he laughed and said "you'll want to sort your English
out before you worry about schools". My wife has lived in this country
for twenty years.

I am not prepared to deal with him again. I want the branch manager to
telephone me this week on 07700 900733.

Dr Tomasz Wiśniewski"""),
("en", "b144-concierge-hold-golf-clubs", "Jonathan Reeve <jonathan.reeve@example.com>", "Parcels", "general", "",
"""Hi, I'm in flat 7.02 and I'm away from the 10th to the 24th. Could the
concierge hold anything that comes for me rather than sending it back?
There's a set of golf clubs coming by courier, it's a big box. My
neighbour Helen in 7.03 can take it in if the store room's short of
space - she's happy to.
Ta, Jonathan"""),
("en", "b144-car-keys-headingley-desk", "Amir Rahman <amir.rahman@example.co.uk>", "Left my keys", "general", "",
"""Hello, I think I left my car keys on the desk at your Headingley office
when I signed the tenancy this afternoon - black Ford key with a red
Leeds Rhinos keyring. Could someone have a look? I can pop in tomorrow.
Amir Rahman"""),
("en", "b144-new-mobile-gate-approvals", "Sunita Rao <sunita.rao@example.in>", "Change of mobile number and email", "general", "",
"""Dear Team,

Kindly update my contact details in your records for flat C-302, Green
Valley Residency:

New mobile: +91 98450 12345
New email: sunita.rao@example.in

The old number is no longer in use. Please also make sure the security
gate has the new number for visitor approvals.

Regards,
Sunita Rao"""),
("en", "b144-sar-tenancy-records", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including notes made by staff, call recordings,
emails and any references you gave or received, relating to my tenancy
at 40 Holloway Lane (2019-2023).

Please confirm receipt. I understand you have one month to respond.

Yours faithfully,
Fiona McAllister"""),
("en", "b144-thanks-darren-sunday-night", "Joanna Kowalczyk <jo.kowalczyk@example.co.uk>", "Thank you", "general", "",
"""Just wanted to say a big thank you to Darren who came to fix the leaking
pipe under our sink on Sunday night. He was there within the hour,
cleaned up after himself and was lovely with the kids, who followed him
round asking questions the whole time. Please pass it on to whoever his
boss is!
The Kowalczyk family, 9 Poplar Drive"""),
("en", "b144-courtyard-bottle-swings", "Lauren Betts <lauren.betts@example.co.uk>", "Courtyard", "general", "high",
"""Hi, there's a smashed bottle in the children's play area in the
courtyard at Mercer Court, lots of small pieces of glass in the bark
under the swings. I've put the bench across the gate for now but the kids
will be out after school. Could the caretaker come and clear it?
Lauren Betts, no. 14"""),
("en", "b144-pta-fun-run-sponsor", "Orla Hennessy <orla.hennessy@example.ie>", "Fun run", "general", "",
"""Hi,

I'm on the PTA at St Brigid's Primary in Swords. We're holding a 5k fun
run on 8 June to raise money for a new sensory room and we're looking for
local businesses to sponsor it - €250 gets your logo on the runners'
T-shirts and the finish banner. Given how many of our families rent and
buy through your Swords branch, we thought you might be interested!

Let me know and I'll send on more details.

Orla Hennessy
St Brigid's PTA"""),
("en", "b144-re-viewing-second-look", "Charlotte Dawes <charlotte.dawes@example.co.uk>", "Re: Viewing confirmation - 14 Elm Road", "general", "",
"""Hi Sam, we loved it. Did the vendor get our offer? You said you'd ring
on Monday but we've not heard anything. Could we also come back for a
second look on Saturday with my dad?

Charlotte

On 12 Mar 2024, at 16:20, Sam Whitaker <sam.whitaker@hartwell-estates.example> wrote:

> Hi Charlotte,
>
> This is to confirm your viewing at 14 Elm Road on Saturday 16 March
> at 11:00. Please let me know if you need to rearrange.
>
> Sam"""),
("en", "b144-in-laws-visitor-bays", "Rahul Mehta <rahul.mehta@example.in>", "Visitor parking", "general", "",
"""Hello, my in-laws are coming from Pune for two weeks and will bring
their car. Can they park in the visitor bays overnight or is some pass
needed from the security desk? Flat A-708.
Rahul Mehta"""),
("en", "b144-fremantle-friday-close", "Dean Kovac <dean.kovac@example.com.au>", "Fri", "general", "",
"""What time does the Fremantle office close on Fridays? Need to drop off
keys."""),
("en", "b144-flat-six-music-lease", "Margaret Doyle <margaret.doyle@example.co.uk>", "Flat above", "general", "",
"""I'm sorry to bother you again, but the tenants in flat 6 above me are
still playing music until 2 or 3 am most weekends. I've spoken to them
politely twice. I have to be up for early shifts at the hospital. Is
there anything in their lease about noise, and could you write to them?

Margaret Doyle, Flat 3, 21 Clarendon Road"""),
# ---------------- Greek ----------------
("el", "b144-enoikio-dyo-fores-pagia", "Κατερίνα Παπαδάκη <k.papadaki@example.gr>", "Ενοίκιο Μαρτίου", "billing", "",
"""Καλησπέρα σας,

Σήμερα είδα στον λογαριασμό μου ότι το ενοίκιο του Μαρτίου (650€) έχει
χρεωθεί δύο φορές, μία στις 3/3 και μία στις 5/3, και οι δύο με την πάγια
εντολή προς το γραφείο σας. Το διαμέρισμα είναι στην Καλλιδρομίου 41,
3ος όροφος.

Παρακαλώ να μου επιστρέψετε το δεύτερο ποσό. Επισυνάπτω το αντίγραφο
κίνησης από την τράπεζα.

Ευχαριστώ,
Κατερίνα Παπαδάκη"""),
("el", "b144-eggyisi-diatagi-pliromis", "Αλέξανδρος Τσολάκης <al.tsolakis@example.gr>", "Εγγύηση διαμερίσματος Αγ. Δημητρίου 112", "billing", "high",
"""Κύριοι,

Παρέδωσα το διαμέρισμα στην οδό Αγίου Δημητρίου 112, Θεσσαλονίκη, στις
31 Ιανουαρίου, με τα κλειδιά και υπογεγραμμένο πρωτόκολλο παράδοσης
χωρίς καμία παρατήρηση. Η εγγύηση των 1.100€ (δύο ενοίκια) έπρεπε να
μου έχει επιστραφεί. Έχουν περάσει δύο μήνες, έχω τηλεφωνήσει τέσσερις
φορές και κάθε φορά μου λένε ότι «ο ιδιοκτήτης θα το δει».

Σας ενημερώνω ότι αν η εγγύηση δεν κατατεθεί στον λογαριασμό μου μέσα
σε δέκα ημέρες, ο δικηγόρος μου θα καταθέσει αίτηση για διαταγή
πληρωμής εναντίον του ιδιοκτήτη και του γραφείου σας.

Με εκτίμηση,
Αλέξανδρος Τσολάκης
6944 123 456"""),
("el", "b144-gl-koinoxrista-148-ektaktes", "Giorgos Lamprou <glamprou@example.gr>", "koinoxrista", "billing", "",
"""Kalhmera. Ta koinoxrista tou Noemvriou gia to diamerisma 5 (Ypsilantou
18, Patra) irthan 148 eyrw. Panta einai 60-70. Mpika sthn efarmogh kai
den katalavainw ti einai h grammh "ektaktes dapanes 81e". Mporeite na
mou eksigisete? An einai la8os na diorthw8ei prin plhrwsw.
Eyxaristw
Giwrgos Lamprou"""),
("el", "b144-koinoxrista-karta-iris", "Ρούλα Μαυρογιάννη <roula.mavrogianni@example.gr>", "Πληρωμη κοινοχρηστων", "billing", "",
"""Καλησπερα,
μενω στην πολυκατοικια της Αναγνωσταρα 9 στη Νεα Σμυρνη. Μεχρι τωρα
πληρωνα τα κοινοχρηστα με καταθεση στην τραπεζα αλλα θα ηθελα να τα
πληρωνω με καρτα η με IRIS απο το κινητο. Γινεται; Αν ναι πως;
Ευχαριστω πολυ
Ρουλα Μαυρογιαννη"""),
("el", "b144-polisi-diamerismatos-telos-diaxeirisis", "Μανόλης Χατζάκης <m.chatzakis@example.gr>", "Διαμέρισμα Ηρακλείου", "billing", "",
"""Αγαπητή κυρία Σπυριδάκη,

Σας ενημερώνω ότι υπογράψαμε χθες το συμβόλαιο πώλησης του διαμερίσματος
στην οδό Δικαιοσύνης 27 στο Ηράκλειο. Ο νέος ιδιοκτήτης θα μείνει ο
ίδιος εκεί, οπότε δεν θα χρειαζόμαστε πλέον τη διαχείριση της μίσθωσης
(το 8% επί του ενοικίου). Παρακαλώ να σταματήσει η αμοιβή σας από τον
Μάιο και να μου στείλετε την τελική εκκαθάριση.

Σας ευχαριστούμε για τα εννέα χρόνια συνεργασίας.

Μανόλης Χατζάκης"""),
("el", "b144-gl-naxos-pagoma-xeimwna", "Eleni Kontou <eleni.kontou@example.gr>", "Naxos", "billing", "",
"""Geia sas! To spiti sth Naxo (Agios Prokopios) to kleinoume apo 1
Noemvriou mexri to Pasxa, den 8a to noikiazoume to xeimwna. Ginetai na
pagwsoume to paketo diaxeirishs (ta 90e to mhna gia katharismo kai
check-in) kai na to ksekinhsoume pali ton Aprilio? H prepei na to
akyrwsoume kai na to ksanakanoume meta?
Filika,
Eleni Kontou"""),
("el", "b144-amoivi-mesiti-miso-enoikio", "Βασίλης Ντόκος <vasilis.ntokos@example.gr>", "Αμοιβή μεσίτη", "billing", "",
"""Καλημέρα,

Νοίκιασα μέσω του γραφείου σας το δυάρι στην Καλαμαριά με ενοίκιο 480€.
Στο τηλέφωνο η κα Ρήγα μου είπε ότι η αμοιβή για τον ενοικιαστή είναι
μισό ενοίκιο. Στο παραστατικό που μου στείλατε όμως γράφει 480€ συν ΦΠΑ
24%, δηλαδή 595,20€.

Μπορείτε να το κοιτάξετε; Θα πληρώσω κανονικά αυτό που συμφωνήσαμε.

Βασίλης Ντόκος"""),
("el", "b144-gl-kaparo-400-chargeback", "Dimitris Zografos <dzografos@example.gr>", "kaparo 400e", "billing", "high",
"""Kalhspera. Stis 12/9 plhrwsa me karta 400 eyrw kaparo gia to
diamerisma sthn Ippokratous, ston Kostanti apo to grafeio sas, gia na to
krathsete mexri na ypografoume. Mia vdomada meta mou leei oti to
noikiase se allon giati "hr8e prwtos me ta xartia". Ta lefta akoma den
ta exw dei.

An den mpoun pisw mexri thn Paraskeyh 8a kanw amfisvhthsh xrewshs sthn
trapeza (chargeback) kai 8a ta parw apo ekei.

Dimitris Zografos"""),
("el", "b144-re-apodeixi-timologio-oe", "Νίκος Καλογερόπουλος <nkalog@kalogeropoulos-oe.example>", "Re: Απόδειξη πληρωμής ενοικίου Απριλίου", "billing", "",
"""Καλημέρα κα Λαμπράκη,

Ευχαριστώ για την απόδειξη, αλλά τη χρειάζομαι στο όνομα της εταιρείας,
γιατί το γραφείο στο ισόγειο το μισθώνει η επιχείρηση:
ΚΑΛΟΓΕΡΟΠΟΥΛΟΣ & ΣΙΑ Ο.Ε., ΑΦΜ 099999999, ΔΟΥ Πατρών.
Μπορείτε να την επανεκδώσετε;

Νίκος Καλογερόπουλος

-------- Αρχικό μήνυμα --------
Από: Λογιστήριο <logistirio@akinita-achaias.example>
Θέμα: Απόδειξη πληρωμής ενοικίου Απριλίου

Αγαπητέ κ. Καλογερόπουλε,
σας επισυνάπτουμε την απόδειξη για το ενοίκιο Απριλίου (750€).
Με εκτίμηση,
Λογιστήριο"""),
("el", "b144-petrelaio-aftonomi-thermansi", "Στέλλα Αντωνίου <stella.antoniou@example.gr>", "ΧΡΕΩΣΗ ΘΕΡΜΑΝΣΗΣ", "billing", "",
"""ΚΑΛΗΣΠΕΡΑ. ΓΙΑ ΤΡΙΤΗ ΦΟΡΑ ΣΑΣ ΓΡΑΦΩ. Το διαμέρισμά μου (Α2, Μεσογείων
220) έχει ΑΥΤΟΝΟΜΗ θέρμανση με αντλία θερμότητας από το 2021 και έχω
κλείσει και σφραγίσει τα σώματα της κεντρικής. Και πάλι στα κοινόχρηστα
Δεκεμβρίου με χρεώνετε 96€ για πετρέλαιο θέρμανσης!!! Θέλω να
διορθωθεί και να μου συμψηφιστεί στον επόμενο μήνα. Σας έχω στείλει και
τη βεβαίωση του μηχανικού.
Στέλλα Αντωνίου"""),
("el", "b144-gl-8esi-parking-podilato", "Christos Vlachos <xvlachos@example.gr>", "8esh parking", "billing", "",
"""Kalhmera sas, noikiazw th 8esh 14 sto ypogeio garaz ths polykatoikias
(80e to mhna). Poulhsa to amaksi, pleon phgainw pantou me to podhlato
kai to metro :) Opote apo ton epomeno mhna den th xreiazomai. Ti prepei
na kanw gia na stamathsei h xrewsh? To thlexeiristhrio to afhnw ston
8yrwro?
Xristos"""),
("el", "b144-ydravlikos-150-ypefthynos", "Ιωάννα Μπέη <ioanna.bei@example.gr>", "Τιμολόγιο υδραυλικού - θέλω να μιλήσω με τον υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Την Τρίτη ήρθε ο υδραυλικός σας για διαρροή στο καζανάκι στο διαμέρισμα
που νοικιάζω στη Γλυφάδα (Λαζαράκη 33). Έμεινε 20 λεπτά, άλλαξε ένα
φλοτέρ και μου άφησε τιμολόγιο 150€. Στο τηλέφωνο μου είχατε πει «γύρω
στα 50-60€ με το ανταλλακτικό».

Η υπάλληλος στο τηλεφωνικό κέντρο μου είπε ότι «έτσι είναι η τιμή» και
μου το έκλεισε. Θέλω να με καλέσει ο υπεύθυνος της εταιρείας, όχι ξανά
το τηλεφωνικό κέντρο, για να δούμε τη χρέωση.

Ιωάννα Μπέη
6977 001 234"""),
("el", "b144-examino-prokatavoli-ekptosi", "Πέτρος Γαλανόπουλος <petros.gal@example.gr>", "Ερωτηση", "billing", "",
"""Γεια σας, ειμαι φοιτητης και νοικιαζω το στουντιο στην Εγνατια 85 απο
το γραφειο σας. Οι γονεις μου θελουν να πληρωσουν μαζι το ενοικιο για
ολο το εξαμηνο (6 x 320). Κανετε καποια εκπτωση αν πληρωθει
προκαταβολικα; Και σε ποιο λογαριασμο να γινει η καταθεση;
Ευχαριστω
Πετρος"""),
("el", "b144-kozani-kaystiras-mitera", "Γιώργος Καραγιάννης <g.karagiannis@example.gr>", "Δεν λειτουργεί η κεντρική θέρμανση - Κοζάνη", "technical", "high",
"""Καλημέρα σας,

Γράφω για τη μητέρα μου, Ευανθία Καραγιάννη, 87 ετών, που μένει μόνη της
στον 4ο όροφο της πολυκατοικίας στην οδό Ρήγα Φεραίου 12 στην Κοζάνη.
Από την Κυριακή το βράδυ ο καυστήρας της κεντρικής θέρμανσης δεν ανάβει
και όλη η πολυκατοικία είναι χωρίς θέρμανση. Έξω κάνει -6 τη νύχτα. Ο
τεχνικός που στείλατε τη Δευτέρα είπε ότι «θέλει ανταλλακτικό» και δεν
ξαναφάνηκε.

Η μητέρα μου έχει χρόνια αναπνευστικά προβλήματα και ο γιατρός της λέει
ότι δεν πρέπει να μένει στο κρύο. Σας παρακαλώ να έρθει κάποιος σήμερα.

Γιώργος Καραγιάννης
6945 678 901"""),
("el", "b144-gl-skala-myrizei-gkazi", "Aggeliki Dimitriou <aggeliki.dim@example.gr>", "skala", "technical", "high",
"""Kalhmera, mia enhmerwsh mono: apo to prwi myrizei ligo gkazi sth skala
ths polykatoikias (Pindou 5, Xalandri), konta ston 2o orofo opou einai
oi metrhtes. Den einai poly ento8h, mporei na einai kai tipota, alla
eipa na sas to pw. Egw leipw sth douleia mexri tis 7.
Filika
Aggelikh Dhmhtriou, diam. 6"""),
("el", "b144-asanser-porta-trizei", "Σοφία Λιάπη <sofia.liapi@example.gr>", "Ασανσέρ", "technical", "",
"""Καλησπέρα. Η πόρτα του ασανσέρ στην πολυκατοικία της Αλεξάνδρας 64
κάνει έναν δυνατό θόρυβο σαν τρίξιμο όταν κλείνει, εδώ και μια
εβδομάδα. Κατά τα άλλα δουλεύει κανονικά. Μπορεί να το δει ο συντηρητής
στην επόμενη επίσκεψη;
Ευχαριστώ, Σοφία (3ος)"""),
("el", "b144-thyrotilefono-den-anoigei-exoporta", "Θανάσης Ρούσσος <th.roussos@example.gr>", "Θυροτηλεφωνο διαμ. Β3", "technical", "",
"""Καλημερα,
απο την Παρασκευη το θυροτηλεφωνο στο διαμερισμα Β3 χτυπαει κανονικα
αλλα οταν πατω το κουμπι για να ανοιξει η εξωπορτα δεν ανοιγει. Ο
κουριερ χθες εφυγε με το δεμα. Οι γειτονες λενε οτι σε αυτους δουλευει.
Μπορει να ερθει ηλεκτρολογος;
Θανασης Ρουσσος
Κολοκοτρωνη 15, Πειραιας"""),
("el", "b144-gl-oxi-gia-ta-lefta-app", "Kostas Balafas <kbalafas@example.gr>", "oxi gia ta lefta", "technical", "",
"""Kalhspera, den grafw gia to poso twn koinoxristwn, auto to plhrwsa.
To problhma einai oti h efarmogh sas sto kinhto kleinei monh ths molis
pathsw "eisodos". Android, Samsung A52, thn egatesthsa ksana. 8elw na
katevasw to ekkatharistiko gia ton logisth mou kai den mporw.
Kwstas Mpalafas"""),
("el", "b144-mouxla-ypnodomatio-xanthi", "Μαρίνα Τσακίρη <marina.tsakiri@example.gr>", "Υγρασία στο υπνοδωμάτιο", "technical", "",
"""Καλημέρα,

Στο διαμέρισμα που νοικιάζω στην Ξάνθη (Βασ. Κωνσταντίνου 40, 1ος) έχει
εμφανιστεί μαύρη μούχλα στη γωνία του υπνοδωματίου, πίσω από την
ντουλάπα, και ο σοβάς έχει αρχίσει να φουσκώνει. Αερίζω κάθε μέρα.
Νομίζω ότι μπαίνει νερό από τη ζαρντινιέρα του από πάνω. Μπορεί να
έρθει κάποιος να το δει;

Ευχαριστώ,
Μαρίνα Τσακίρη"""),
("el", "b144-gl-thermosifwnas-spithes", "Lefteris Nikolaou <lefteris.nik@example.gr>", "thermosifwnas", "technical", "high",
"""Geia sas. Ston 8ermosifwna tou mpaniou (diamerisma pou noikiazw apo to
grafeio sas, Aristotelous 60) nomizw oti kati den paei kala: xtes to
vrady pou ton anoiksa akousa ena "tsak" apo to kapaki kato kai eida
spi8es, kai meta myrise ligo kammeno plastiko. Ton ekleisa apo ton
pinaka kai ekana krywno mpanio :) Mporei na perasei kapoios hlektrologos?
Lefteris"""),
("el", "b144-fournos-isogeio-xoris-revma", "Παναγιώτης Σαββίδης <info@prozymi-artopoieio.example>", "Κατάστημα ισογείου - Ιπποκράτους 150", "technical", "high",
"""Καλημέρα,

Είμαστε ο φούρνος στο ισόγειο της πολυκατοικίας. Από τις 4:30 το πρωί
έχει πέσει ο γενικός διακόπτης στον πίνακα του κτιρίου που διαχειρίζεστε
και δεν ανεβαίνει. Τα ζυμάρια έχουν μείνει στα ταψιά, οι φούρνοι σβηστοί,
οι βιτρίνες-ψυγεία ζεσταίνονται, και στις 7 διώξαμε τους πρώτους
πελάτες και το κυλικείο του σχολείου που παίρνει κουλούρια. Οι ένοικοι
επάνω έχουν κανονικά ρεύμα, μόνο εμείς είμαστε πίσω από τον κοινό
πίνακα.

Χρειαζόμαστε ηλεκτρολόγο τώρα.

Παναγιώτης Σαββίδης
Αρτοποιείο «Το Προζύμι»"""),
("el", "b144-gl-klimatistiko-trexei-nero", "Marianna Kosta <marianna.kosta@example.gr>", "klimatistiko", "technical", "",
"""Kalhspera, sto diamerisma sto Peristeri (Thivon 200, 2os) to
klimatistiko tou salonioy trexei nero apo mesa, apo to kato meros ths
eswterikhs monadas, kai exei vreksei to parketo. To exw kleisei. Mporei
na erthei texnikos auth th vdomada?
Eyxaristw, Marianna"""),
("el", "b144-rolo-imantas-volos", "Χαρά Ζαφειρίου <chara.zafeiriou@example.gr>", "Ρολό κουζίνας", "technical", "",
"""Γεια σας,
στο ρολό της μπαλκονόπορτας στην κουζίνα κόπηκε ο ιμάντας και έχει
μείνει κατεβασμένο. Δεν μπορώ να βγω στο μπαλκόνι να απλώσω.
Δημοκρατίας 14, Βόλος, 2ος όροφος. Ευχαριστώ.
Χαρά Ζαφειρίου"""),
("el", "b144-rantevou-episkepsis-sms", "Φώτης Αλεξίου <fotis.alexiou@example.gr>", "Κωδικός SMS", "technical", "",
"""Καλησπέρα,
προσπαθώ να κλείσω ραντεβού για να δω το τριάρι στο Μαρούσι από την
ιστοσελίδα σας. Στο τελευταίο βήμα ζητάει κωδικό επιβεβαίωσης με SMS,
αλλά το SMS δεν έρχεται ποτέ. Το δοκίμασα τέσσερις φορές από χθες, με
δύο διαφορετικά κινητά. Υπάρχει κάποιο πρόβλημα;
Φώτης Αλεξίου"""),
("el", "b144-gl-garaz-porta-14-amaxia", "Manos Chatzis <manos.chatzis@example.gr>", "GARAZ", "technical", "high",
"""Kalhmera, h porta tou garaz sthn polykatoikia Kifisias 180 den anoigei
apo tis 6 to prwi, oute me ta thlexeiristhria oute me to kleidi. Einai
mesa 14 amaksia, oloi prepei na fygoume gia douleia, enas geitonas einai
nosileyths kai exei vardia sto nosokomeio stis 7. Den anoigei oute me
to xeri. Steilte texniko amesws!!
Manos Xatzhs, 5os"""),
("el", "b144-diarroi-tavani-oxi-ekptosi", "Ηλίας Μητσόπουλος <ilias.mitsopoulos@example.gr>", "Διαρροή στο μπάνιο", "technical", "",
"""Καλημέρα,

Από τον επάνω όροφο τρέχει νερό στο ταβάνι του μπάνιου μου, στάζει
δίπλα στη λεκάνη. Ο γείτονας λέει ότι δεν είναι από το δικό του σπίτι.
Το γράφω για να ξεκαθαρίσω από την αρχή: δεν ζητάω έκπτωση στο ενοίκιο
ούτε αποζημίωση, θέλω μόνο να έρθει ένας υδραυλικός να βρει από πού
τρέχει.

Ηλίας Μητσόπουλος
Σόλωνος 102, Αθήνα"""),
("el", "b144-gl-kleidaria-plaka-offline", "Nikolas Vrettos <nvrettos@example.gr>", "kleidaria", "technical", "",
"""Geia, h hlektronikh kleidaria sto studio pou mas diaxeirizeste sthn
Plaka den dexetai tous kwdikous apo to app apo xtes. Oi episkeptes
mpainoun me to kleidi pou afhsame ston 8yrwro. Sto app leei "offline".
Mhpws 8elei mpataries? Mporei na perasei kapoios?
Nikolas"""),
("el", "b144-gl-savvato-marousi-grafeio", "Stavros Lykos <stavros.lykos@example.gr>", "Savvato", "general", "",
"""Kalhmera, to grafeio sto Marousi einai anoixto to Savvato? Kai ti wra
kleinei?"""),
("el", "b144-mesitis-ironia-diefthyntis", "Σπύρος Αναστασίου <spyros.anastasiou@example.gr>", "Συμπεριφορά υπαλλήλου σας", "general", "high",
"""Κύριοι,

Την Πέμπτη είχαμε ραντεβού με τον συνεργάτη σας κ. Μιχαλόπουλο για να
δούμε το διαμέρισμα στην Κυψέλη. Ήρθε μισή ώρα αργότερα χωρίς να
ειδοποιήσει, και όταν η σύζυγός μου ρώτησε αν επιτρέπεται σκύλος
απάντησε ειρωνικά «με τέτοιο μπάτζετ κοιτάτε και για κατοικίδια;»
μπροστά στα παιδιά μας.

Δεν θέλουμε να έχουμε άλλη επαφή μαζί του. Ζητώ να με καλέσει ο
διευθυντής του καταστήματος μέσα στην εβδομάδα.

Σπύρος Αναστασίου
6932 456 789"""),
("el", "b144-efxaristo-ilektrologo-stelio", "Δέσποινα Ραφτοπούλου <despina.raft@example.gr>", "Ευχαριστώ!", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον ηλεκτρολόγο σας, τον κύριο Στέλιο, που ήρθε το
Σάββατο το μεσημέρι στο σπίτι μας στο Χαλάνδρι. Ήταν εξαιρετικά
ευγενικός με τον πατέρα μου, του εξήγησε υπομονετικά τι έφτιαξε και
άφησε τα πάντα καθαρά. Σπάνια βλέπει κανείς τέτοιο επαγγελματία.

Να είστε καλά,
Δέσποινα Ραφτοπούλου"""),
("el", "b144-gl-gyalia-tsimiski", "Evi Karra <evi.karra@example.gr>", "gyalia", "general", "",
"""Kalhspera, nomizw oti ksexasa ta gyalia mou (kafe skeleto se mple
8hkh) sto grafeio sas sthn Tsimiskh otan ypografame to symvolaio shmera
to prwi. Ta vrhkate? 8a perasw ayrio.
Evi Karra"""),
("el", "b144-allagi-kinitou-email", "Μαρία Θεοδώρου <m.theodorou@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα,

Παρακαλώ ενημερώστε τα στοιχεία μου ως ενοικιάστριας του διαμερίσματος
Γ4, Πατησίων 301:

Νέο κινητό: 6951 234 567
Νέο email: m.theodorou@example.gr

Το παλιό σταθερό έχει καταργηθεί.

Ευχαριστώ,
Μαρία Θεοδώρου"""),
("el", "b144-gkpd-arthro-15", "Κωνσταντίνος Λιάκος <k.liakos@example.gr>", "Αιτημα προσβασης σε προσωπικα δεδομενα", "general", "",
"""Αξιοτιμοι κυριοι,

Συμφωνα με το αρθρο 15 του Γενικου Κανονισμου Προστασιας Δεδομενων
(ΓΚΠΔ) ζητω αντιγραφο ολων των προσωπικων δεδομενων μου που τηρειτε:
στοιχεια ταυτοτητας, εκκαθαριστικα, σημειωματα υπαλληλων, καταγεγραμμενες
κλησεις και οσα στοιχεια διαβιβασατε σε τριτους (π.χ. ιδιοκτητες).

Παρακαλω επιβεβαιωστε τη ληψη του αιτηματος.

Με εκτιμηση,
Κωνσταντινος Λιακος"""),
("el", "b144-paidiki-xara-gyalia-voula", "Ελένη Μπούρα <eleni.boura@example.gr>", "Παιδική χαρά συγκροτήματος", "general", "high",
"""Καλησπέρα,

Στον κοινόχρηστο κήπο του συγκροτήματος στη Βούλα, στην παιδική χαρά
δίπλα στις κούνιες, υπάρχουν σπασμένα γυαλιά από μπουκάλια, μάλλον από
χθες βράδυ. Μάζεψα όσα μπόρεσα αλλά στην άμμο έχει πολλά μικρά
κομμάτια. Τα παιδιά κατεβαίνουν συνήθως μετά τις 5. Μπορεί να έρθει
κάποιος να καθαρίσει;

Ελένη Μπούρα, κτίριο Β"""),
("el", "b144-gl-xorigia-tournoua-3x3", "Vaso Papazoglou <vaso.papazoglou@example.gr>", "xorhgia tournoua", "general", "",
"""Geia sas, eimaste o syllogos goneon tou 3ou Dhmotikou Kalamarias kai
kanoume tournoua mpasket 3x3 ston aulo sth 14h Iouniou. Psaxnoume
topikes epixeirhseis gia xorhgies (apo 100 ews 300e, to logo sas mpainei
sta mplouzakia kai sthn afisa). Afou exete grafeio sth geitonia
skeftikame na sas rwthsoume. 8a sas endiefere?
Me ektimhsh,
Vaso Papazoglou"""),
("el", "b144-re-rantevou-komninon-metafora", "Άννα Γκιουζέλη <anna.gkiouzeli@example.gr>", "Re: Ραντεβού επίσκεψης - Καλαμαριά, Κομνηνών 23", "general", "",
"""Καλησπέρα κ. Δούκα,

Δυστυχώς την Τετάρτη στις 6 δεν θα τα καταφέρω, μου προέκυψε βάρδια.
Γίνεται να το μεταφέρουμε για Πέμπτη απόγευμα ή Σάββατο πρωί;

Ευχαριστώ,
Άννα Γκιουζέλη

Στις Δευ, 8 Απρ στις 11:40, ο/η Γιάννης Δούκας <g.doukas@spiti-thess.example> έγραψε:
> Καλημέρα κα Γκιουζέλη,
> σας επιβεβαιώνω το ραντεβού για επίσκεψη στο διαμέρισμα της
> Κομνηνών 23 την Τετάρτη 10/4 στις 18:00.
> Γιάννης Δούκας"""),
("el", "b144-demata-thyroros-taxidi", "Μιχάλης Σταυρίδης <michalis.stavridis@example.gr>", "Δεματα", "general", "",
"""Καλημερα,
λειπω ταξιδι μεχρι τις 20 του μηνα. Αν ερθουν δεματα για μενα (διαμ.
Δ2, Βασ. Σοφιας 90) μπορει ο θυρωρος να τα κραταει; Ενα ειναι ογκωδες,
καρεκλα γραφειου. Αν δεν υπαρχει χωρος, να τα παρει η κα Ρενα απο το
Δ1, το εχουμε συνεννοηθει.
Ευχαριστω
Μιχαλης"""),
("el", "b144-epeigon-dikaiologitika-mplokaki", "Ραφαήλ Κόκκινος <rafail.kokkinos@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""Καλημέρα, ενδιαφέρομαι για το δυάρι στου Ζωγράφου που έχετε στην
αγγελία. Τι δικαιολογητικά χρειάζομαι για να το νοικιάσω; Εκκαθαριστικό,
βεβαίωση εργοδότη; Δουλεύω με μπλοκάκι, είναι πρόβλημα;
Ραφαήλ Κόκκινος"""),
("el", "b144-kapnisma-klimakostasio-moro", "Ζωή Ζαχαρίου <zoi.zachariou@example.gr>", "Κάπνισμα στη σκάλα", "general", "",
"""Καλησπέρα. Ο ένοικος του 2ου ορόφου καπνίζει κάθε βράδυ στο
κλιμακοστάσιο και ο καπνός ανεβαίνει σε όλη τη σκάλα και μπαίνει στο
σπίτι μας κάτω από την πόρτα. Έχουμε μωρό. Του το έχουμε πει ευγενικά.
Μπορεί η διαχείριση να βάλει μια ανακοίνωση ή να του στείλει επιστολή;
Οικογένεια Ζαχαρίου, 3ος, Λεωφ. Αλεξάνδρας 120"""),
("el", "b144-gl-diaxeirisi-patra-psila-alonia", "Sakis Andreopoulos <sakis.andreopoulos@example.gr>", "Geia sas", "general", "",
"""Kalhmera, eimaste 12 idiokthtes se mia polykatoikia sta Psila Alwnia
sthn Patra kai o diaxeirisths mas stamataei apo ton Iounio. Analamvanete
diaxeirish polykatoikiwn kai sthn Patra h mono sthn A8hna? Poios 8a
mporouse na mas enhmerwsei?
Sakis Andreopoulos"""),
# ---------------- Spanish ----------------
("es", "b144-recibo-alquiler-dos-veces", "Laura Giménez <laura.gimenez@example.es>", "Recibo de marzo", "billing", "",
"""Buenos días:

Este mes me habéis pasado dos veces el recibo del alquiler del piso de la
calle Conde de Altea 22, en Valencia: 950 € el día 1 y otros 950 € el
día 3. Os adjunto captura del banco. ¿Me podéis devolver el segundo cargo
cuanto antes? Me ha dejado la cuenta en números rojos.

Gracias,
Laura Giménez"""),
("es", "b144-fianza-pintura-junta-arbitral", "Ignacio Lasheras <ignacio.lasheras@example.es>", "Devolución de fianza - c/ Sagasta 14, 3º B", "billing", "high",
"""Muy señores míos:

El 28 de febrero entregué las llaves del piso de la calle Sagasta 14,
3º B (Zaragoza), tras cinco años de contrato. Ahora me comunican que de la
fianza de 1.300 € me retienen 780 € por «pintura completa de la
vivienda». Pintar después de cinco años de uso es desgaste normal y no
corresponde al inquilino, como ustedes bien saben.

Si en el plazo de diez días no recibo la fianza íntegra, presentaré una
reclamación ante la Junta Arbitral de Consumo y, si hace falta, acudiré
al juzgado con mi abogada.

Atentamente,
Ignacio Lasheras Pueyo"""),
("es", "b144-expensa-extraordinaria-doble", "Marcela Iturralde <marcela.iturralde@example.com.ar>", "expensas", "billing", "",
"""Hola, buen dia. Me cobraron dos veces la expensa extraordinaria de la
impermeabilizacion de la terraza, $85.000 en la liquidacion de marzo y
otra vez en abril. Es el depto 7C de Av. Cordoba 3450. Ya la pague en
marzo por transferencia, les mando el comprobante. Me la pueden sacar de
la proxima liquidacion?
Gracias
Marcela Iturralde"""),
("es", "b144-deposito-narvarte-profeco", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Depósito en garantía - departamento en la Narvarte", "billing", "high",
"""Buenas tardes,

Entregué el departamento de Pitágoras 1020, col. Narvarte, el 15 de
enero, con el acta de entrega firmada por su asesor sin observaciones. A
la fecha no me han devuelto el depósito de $14,500 MXN, y cada vez que
llamo me dicen que "el propietario lo está revisando".

Ya pasaron más de 30 días. Si no recibo el depósito esta semana voy a
presentar una queja formal ante PROFECO y a buscar asesoría legal.

Saludos,
Rodrigo Salinas Mejía
55 1234 5678"""),
("es", "b144-derrama-fachada-fraccionar", "Remedios Ortega <remedios.ortega@example.es>", "Consulta", "billing", "",
"""Buenas tardes:

Soy la propietaria del 2º izquierda de la comunidad de Avenida de la
Constitución 8, en Sevilla. Me ha llegado la derrama para la
rehabilitación de la fachada, 2.460 € a pagar antes del 30 de junio. Soy
pensionista y no me viene bien pagarlo de una vez. ¿Sería posible
fraccionarlo en varios meses, aunque sea con recibos por el banco?

Un saludo,
Remedios Ortega"""),
("es", "b144-plaza-garaje-marido-vista", "Begoña Urrutia <begona.urrutia@example.es>", "Plaza de garaje nº 23", "billing", "",
"""Hola, buenas. Tenemos alquilada la plaza 23 del garaje de la calle
Ercilla (70 € al mes). Mi marido ya no puede conducir por la vista y
hemos vendido el coche a un sobrino, así que ya no la necesitamos. ¿Qué
tenemos que hacer para darla de baja? ¿El mando lo llevamos a la oficina
o se lo dejamos al portero?
Gracias, Begoña Urrutia"""),
("es", "b144-pronto-pago-cuota-administracion", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Descuento por pronto pago", "billing", "",
"""Buenas tardes señores de la administración,

Pagué la cuota de administración de abril del apartamento 502, torre 3,
conjunto Reservas del Parque, el día 3 por PSE ($412.000). Según el
reglamento, pagando antes del día 10 hay un descuento del 10%, pero en
el estado de cuenta de mayo me aparece un saldo pendiente de $41.200
como si no se hubiera aplicado. Les agradezco revisar y corregir.

Cordialmente,
Andrés Felipe Cárdenas"""),
("es", "b144-re-recibo-mantenimiento-cfdi", "Héctor Olvera <hector.olvera@example.com.mx>", "Re: Recibo de mantenimiento - abril", "billing", "",
"""Hola Lupita, gracias por el recibo, pero necesito factura (CFDI)
porque el depa lo tengo como oficina. Mis datos:
RFC: OLV840312AB1
Razón social: Consultoría Olvera SC
Uso CFDI: G03
Me la mandas a este correo porfa.
Saludos, Héctor Olvera

El mar, 2 abr 2024 a las 10:15, Administración Torre Altavista <admin@torre-altavista.example> escribió:
> Buen día, le compartimos el recibo de pago de la cuota de
> mantenimiento de abril por $3,800.00 del depto 1204.
> Atentamente, Guadalupe Reyes"""),
("es", "b144-aseo-semanal-intercambio-lyon", "Catalina Fuentes <catalina.fuentes@example.cl>", "Servicio de aseo", "billing", "",
"""Hola, tengo contratado con ustedes el plan de aseo semanal del depto
1802 en Providencia ($95.000 mensuales). Me voy seis meses de
intercambio a Lyon desde agosto y el departamento va a quedar vacío. ¿Se
puede congelar el plan mientras no estoy y retomarlo en febrero, sin
perder la tarifa que tengo?
Muchas gracias,
Catalina Fuentes"""),
("es", "b144-honorarios-inquilino-retrocede-cargo", "Jordi Puigvert <jordi.puigvert@example.cat>", "Honorarios cobrados al inquilino", "billing", "high",
"""Hola,

Al firmar el contrato del piso de la calle Bailén en Barcelona me
cobrasteis 1.089 € de «honorarios de gestión» con tarjeta. Con la Ley de
Vivienda, los gastos de gestión inmobiliaria los paga el propietario, no
el inquilino. He pedido la devolución por escrito dos veces y no me
habéis contestado.

Os aviso de que hoy he pedido a mi banco que retroceda el cargo de la
tarjeta. Si preferís devolverlo vosotros antes, aquí tenéis mi IBAN.

Jordi Puigvert"""),
("es", "b144-mama-fallecio-administracion-cordoba", "Gabriela Ferreyra <gabi.ferreyra@example.com.ar>", "Administracion del depto de mama", "billing", "",
"""Buenas tardes, les escribo porque mi mamá, Norma Beatriz Ferreyra,
falleció el mes pasado. Ustedes administraban el alquiler de su
departamento en calle Obispo Trejo 480, Córdoba, con la comisión del 5%
mensual. Con mis hermanos decidimos no renovarle al inquilino y vender,
así que les pido que den por terminada la administración a fin de mes y
me pasen la liquidación final.
Muchas gracias por todos estos años.
Gabriela Ferreyra"""),
("es", "b144-fontanero-210-gerente", "Sergio Manzano <sergio.manzano@example.es>", "Factura del fontanero - quiero hablar con un responsable", "billing", "high",
"""Buenas,

El martes vino su fontanero al piso que tengo alquilado en Madrid (calle
Toledo 96) por un atasco en el fregadero. Por teléfono me dijeron que la
salida eran 40 € y que en total no pasaría de 90 €. La factura es de
210 €: 40 de salida, 120 de «mano de obra urgente» y 50 de material.
Estuvo media hora.

La chica que atiende el teléfono dice que ella no puede hacer nada.
Quiero que me llame un responsable o el gerente de la empresa, no otra
vez la centralita.

Sergio Manzano
600 123 456"""),
("es", "b144-renta-anual-meses-sin-intereses", "Fernanda Quiroz <fer.quiroz@example.com.mx>", "Pago de renta con tarjeta", "billing", "",
"""Buenas tardes, quería preguntar si aceptan el pago de la renta anual
por adelantado con tarjeta de crédito y si manejan meses sin intereses.
Es para el depa de la colonia Providencia en Guadalajara que vamos a
firmar la próxima semana. Gracias.
Fernanda Quiroz"""),
("es", "b144-calefaccion-burgos-padre-90", "Pilar Martín <pilar.martin.arnaiz@example.es>", "Sin calefacción - mi padre tiene 90 años", "technical", "high",
"""Buenos días:

Les escribo por mi padre, Eusebio Martín, de 90 años, que vive solo en
el 4º B de la calle Vitoria 140, en Burgos. Desde el sábado no funciona
la calefacción central del edificio. Estamos a -4 por las noches y en el
piso ayer había 12 grados. El administrador nos dijo que avisaría a la
empresa de mantenimiento y no ha venido nadie.

Mi padre tiene EPOC y está con mantas y una estufita que le he llevado
yo. Por favor, necesito que alguien venga hoy.

Pilar Martín Arnaiz
654 321 987"""),
("es", "b144-olorcito-gas-palier", "Martín Aguirre <martin.aguirre@example.com.ar>", "Palier 5 piso", "technical", "high",
"""Hola, solo para avisar: desde temprano hay un olorcito a gas en el
palier del 5 piso de Gurruchaga 1850, cerca de la puerta del 5B. No es
muy fuerte, capaz no es nada, pero me parecio mejor avisarles. Yo
trabajo hasta las 18.
Saludos
Martin Aguirre, 5A"""),
("es", "b144-portal-inquilino-bloqueado", "Alba Romero <alba.romero@example.es>", "Mi usuario", "technical", "",
"""Hola, no es por el pago del alquiler, que ya esta pagado. El problema
es el portal del inquilino: al entrar me dice "usuario bloqueado por
demasiados intentos" y el enlace para recuperar la contraseña no me
llega al correo (he mirado en spam). Necesito entrar para subir las
fotos de la averia del termo.
Alba Romero"""),
("es", "b144-control-porton-condominio", "Arturo Villaseñor <arturo.villasenor@example.com.mx>", "Control del portón", "technical", "",
"""Buenas noches, desde el lunes mi control ya no abre el portón eléctrico
del condominio. Le cambié la pila y nada. El de mi esposa sí funciona.
El guardia de la caseta me dice que lo tengo que pedir a la
administración. ¿Lo pueden reprogramar? Casa 17.
Arturo Villaseñor"""),
("es", "b144-ascensor-torre2-caminador", "Juan Camilo Restrepo <jc.restrepo@example.com.co>", "Ascensor torre 2", "technical", "high",
"""Señores administración,

El ascensor de la torre 2 lleva parado desde el jueves. Son 15 pisos. En
el edificio viven varios adultos mayores, entre ellos doña Rosalba del
1203, que usa caminador y no ha podido bajar ni a su cita médica. Los
que trabajamos subimos y bajamos escaleras con el mercado y los niños.

Necesitamos saber hoy mismo cuándo viene el técnico.

Juan Camilo Restrepo
Apto 904, Torre 2"""),
("es", "b144-moho-dormitorio-bajante", "Nerea Villalobos <nerea.villalobos@example.es>", "Moho en el dormitorio", "technical", "",
"""Hola, en el dormitorio pequeño del piso (calle Santa Engracia 61, 1º D)
ha salido moho negro en la esquina entre el techo y la pared, y la
pintura se está levantando. Ventilo todos los días. Creo que viene de la
bajante del patio. ¿Podéis mandar a alguien a mirarlo?
Gracias,
Nerea Villalobos"""),
("es", "b144-persiana-bar-cerveza-esperando", "Chema Sáenz <chema@bar-latahona.example>", "Local bajo - Calle Laurel", "technical", "high",
"""Buenos días,

Son las 8 y todavía no hemos podido abrir. La persiana metálica del
local no sube: le das a la llave, el motor hace un ruido y se para a
medio palmo. Tenemos la cámara llena de género, el repartidor de la
cerveza esperando en la puerta con el camión, y a las 9 empiezan a
llegar los desayunos de la obra de enfrente.

La persiana es del edificio y la mantiene su empresa. Por favor, que
venga alguien ya.

Chema Sáenz
Bar La Tahona, calle Laurel 12, Logroño"""),
("es", "b144-calefont-chispazo-nunoa", "Francisca Lagos <francisca.lagos@example.cl>", "Calefont", "technical", "high",
"""Hola, les cuento que anoche el calefont del depto (Av. Italia 1440,
depto 31, Ñuñoa) hizo un chispazo al encenderlo y al rato sentí olor a
quemado. Cerré la llave del gas y no lo he vuelto a prender, me estoy
bañando donde mi hermana. ¿Pueden mandar un técnico cuando puedan?
Saludos,
Francisca Lagos"""),
("es", "b144-telefonillo-no-suena", "Dani Ferrer <dani.ferrer@example.es>", "Telefonillo", "technical", "",
"""Buenas, el telefonillo del 3A no suena desde hace una semana. Desde la
calle se oye el pitido pero arriba nada. Ya me he quedado sin dos
paquetes. Calle del Pez 19, Madrid.
Dani"""),
("es", "b144-sin-agua-depa-302", "Mariana Aceves <mariana.aceves@example.com.mx>", "Sin agua en el depa 302", "technical", "",
"""Buenas tardes, desde ayer en la tarde no sale agua en el depa 302, ni
en la regadera ni en la cocina. Los vecinos del 301 y del 303 sí tienen.
El encargado dice que puede ser la válvula de mi toma. ¿Me pueden mandar
al plomero? Estoy en casa todo el día.
Gracias
Mariana Aceves"""),
("es", "b144-termotanque-no-quiero-descuento", "Lucía Benedetti <lucia.benedetti@example.com.ar>", "Termotanque", "technical", "",
"""Hola. Hace diez días que el termotanque del depto no calienta, el
piloto se apaga a los dos minutos. Les aviso desde ya que no quiero que
me descuenten nada del alquiler ni pido compensación, solamente que
venga un gasista a arreglarlo, porque nos estamos bañando con agua
calentada en la pava.
Lucía Benedetti
Av. Pellegrini 1120, Rosario"""),
("es", "b144-app-visitas-se-cierra-hola", "Pablo Navarro <pablo.navarro@example.es>", "Hola", "technical", "",
"""Hola, cada vez que intento reservar una visita desde vuestra app, en
cuanto elijo el día se cierra sola. Tengo un Xiaomi con Android 13 y la
app actualizada. Quería ver el piso de Ruzafa este sábado. ¿Hay otra
forma de reservar?
Un saludo,
Pablo"""),
("es", "b144-ventana-salon-manilla-oviedo", "Carmen Álvarez-Cienfuegos <carmen.alvarez@example.es>", "Ventana del salón", "technical", "",
"""Estimados señores:

La ventana del salón de la vivienda que me alquilan en la calle Colón 5,
en Oviedo, no cierra bien desde que se rompió la manilla. Entra mucho
frío y ruido de la calle. De momento he puesto cinta americana. Les
agradecería que enviaran a un carpintero. Estoy en casa por las mañanas.

Atentamente,
Carmen Álvarez-Cienfuegos"""),
("es", "b144-visitas-sabado-tallers", "Marta Soler <marta.soler@example.es>", "Visitas", "general", "",
"""Buenas, ¿hacéis visitas los sábados por la mañana? Entre semana
trabajo hasta las 8. Me interesa el estudio de la calle Tallers.
Gracias!
Marta"""),
("es", "b144-encargado-grito-administrador", "Valeria Sosa <valeria.sosa@example.com.ar>", "Trato del encargado", "general", "high",
"""Señores de la administración:

Quiero dejar constancia de lo que pasó ayer con el encargado del
edificio de Billinghurst 2200, el señor Ramón. Le pedí con toda
educación que me avisara cuando llegara un paquete, y delante de otros
vecinos me gritó que "no es mi sirviente" y que "los de los
departamentos chicos se creen dueños". No es la primera vez que trata
así a los inquilinos.

No quiero que esto se arregle con una disculpa del propio Ramón. Pido
hablar con el administrador a cargo del consorcio o con un superior
suyo.

Valeria Sosa, 3D"""),
("es", "b144-gracias-don-beto-plomero", "Rocío Guzmán <rocio.guzman@example.com.mx>", "Gracias", "general", "",
"""Buenas tardes, solo quería agradecerle a don Beto, el plomero que
mandaron el sábado. Llegó puntual, nos explicó todo, dejó todo limpio y
hasta le enseñó a mi hijo a cerrar la llave de paso. Ojalá todos fueran
así. Gracias a ustedes también por mandarlo tan rápido.
Familia Guzmán Ortiz"""),
("es", "b144-gafas-oficina-gran-via", "Irene Cuesta <irene.cuesta@example.es>", "Gafas", "general", "",
"""Hola, esta mañana firmé el contrato en vuestra oficina de la Gran Vía de
Salamanca y creo que me dejé allí unas gafas de sol en una funda marrón.
¿Las habéis visto? Puedo pasar mañana.
Irene Cuesta"""),
("es", "b144-urgente-cambio-correo-vina", "Juan Pablo Muñoz <jp.munoz@example.cl>", "URGENTE", "general", "",
"""Hola, por favor cambien mi correo y teléfono en sus registros, el
antiguo ya no lo uso:
Correo nuevo: jp.munoz@example.cl
Teléfono: +56 9 8765 4321
Depto 507, edificio Los Aromos, Viña del Mar.
Gracias
Juan Pablo Muñoz"""),
("es", "b144-rgpd-antigua-inquilina", "Beatriz Sanz <beatriz.sanz@example.es>", "Ejercicio del derecho de acceso (RGPD)", "general", "",
"""Estimados señores:

En virtud del artículo 15 del Reglamento General de Protección de Datos,
solicito una copia de todos los datos personales que conservan sobre mí
como antigua inquilina de la vivienda de la calle Mayor 33, 2º (Alcalá
de Henares), incluidas notas internas, grabaciones de llamadas y datos
facilitados a terceros (propietario, aseguradora de impagos).

Ruego acusen recibo de esta solicitud.

Atentamente,
Beatriz Sanz Escribano"""),
("es", "b144-vidrios-parque-infantil-conjunto", "Natalia Ospina <natalia.ospina@example.com.co>", "Parque infantil del conjunto", "general", "high",
"""Buenas tardes, les aviso que en el parque infantil del conjunto, en la
parte de los columpios, hay vidrios de una botella rota regados por la
arena. Recogí los pedazos grandes pero quedan muchos pequeñitos. Los
niños bajan como a las 4 cuando salen del colegio. ¿Pueden mandar a
alguien de aseo a recogerlos?
Natalia Ospina, apto 201 torre 1"""),
("es", "b144-patrocinio-alevin-moncada", "Vicent Ferrando <vicent.ferrando@example.es>", "Patrocinio equipo alevín", "general", "",
"""Hola,

Soy el coordinador del equipo alevín del CD Huracán de Moncada. Buscamos
patrocinadores para las equipaciones de la próxima temporada: por 300 €
vuestro logo iría en la espalda de las camisetas y en la lona del campo.
Como tenéis oficina en el pueblo y muchos padres os conocen, hemos
pensado en vosotros.

Si os interesa os mando un dossier.

Vicent Ferrando"""),
("es", "b144-re-visita-alcala-documentacion", "Sara Molina <sara.molina@example.es>", "Re: Confirmación de visita - c/ Alcalá 210, 5º A", "general", "",
"""Hola Raquel, muchas gracias por la visita de ayer, nos gustó mucho el
piso. ¿Qué documentación tenemos que mandar para que el propietario nos
valore? Los dos somos funcionarios, por si sirve de algo.

Sara y Álex

El 14/05/2024, a las 9:32, Raquel Benítez <rbenitez@inmo-ventas.example> escribió:
> Buenos días, Sara:
> Le confirmo la visita al piso de la calle Alcalá 210, 5º A, el
> miércoles 15 a las 19:00. Nos vemos en el portal.
> Un saludo, Raquel"""),
("es", "b144-paquetes-porteria-bici", "Tomás Pereyra <tomas.pereyra@example.com.ar>", "Paquetes", "general", "",
"""Hola! Me voy de viaje hasta el 28. Si llegan paquetes a mi nombre
(depto 9B) pueden dejarlos en la porteria con el encargado? Uno es una
bici en caja, es grande. Si no hay lugar se los pueden dar a mi vecina
Clara del 9A que ya esta avisada.
Gracias!
Tomas"""),
("es", "b144-horario-polanco-semana-santa", "Ximena Robles <ximena.robles@example.com.mx>", "Horario", "general", "",
"""¿Qué horario tienen en la oficina de Polanco en Semana Santa?"""),
("es", "b144-podenco-admite-mascotas", "Ainhoa Etxeberria <ainhoa.etxeberria@example.es>", "Perro", "general", "",
"""Buenas tardes, me interesa el piso de dos habitaciones de la calle San
Vicente, en Valencia. Tengo un perro mediano (un podenco de 15 kg, muy
tranquilo). ¿El propietario admite mascotas?
Gracias,
Ainhoa"""),
("es", "b144-ruido-apto-803-convivencia", "Diana Moreno <diana.moreno@example.com.co>", "Ruido apto 803", "general", "",
"""Buenas noches. Quiero poner una queja por el ruido del apartamento
803: fiestas casi todos los viernes y sábados hasta las 3 de la mañana,
con música a todo volumen. Ya hablé con ellos y con el portero. Tengo un
bebé de meses. ¿La administración puede aplicar el manual de
convivencia?
Diana Moreno, apto 703"""),
("es", "b144-no-es-queja-malaga-teatinos", "Francisco Jiménez <fran.jimenez@example.es>", "No es una queja", "general", "",
"""Hola, no es una queja ni nada, solo una pregunta: ¿gestionáis
alquileres también en Málaga o solo en Granada? Tengo un piso en
Teatinos que quiero alquilar a partir de septiembre.
Un saludo,
Francisco Jiménez"""),
# ---------------- Polish ----------------
("pl", "b144-czynsz-pobrany-dwa-razy", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Czynsz za marzec", "billing", "",
"""Dzień dobry,

w tym miesiącu czynsz za mieszkanie przy ul. Kazimierza Wielkiego 12/4
we Wrocławiu został pobrany z mojego konta dwa razy – 2 800 zł 1 marca
i ponownie 2 800 zł 4 marca, za każdym razem jako polecenie zapłaty na
rzecz Państwa biura. W załączniku wyciąg. Proszę o zwrot drugiej kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b144-kaucja-panele-rzecznik-sad", "Marek Bielecki <marek.bielecki@example.pl>", "Kaucja – ul. Grunwaldzka 88/15", "billing", "high",
"""Szanowni Państwo,

31 stycznia oddałem mieszkanie przy ul. Grunwaldzkiej 88/15 w Gdańsku,
protokół zdawczo-odbiorczy podpisał Państwa pracownik bez uwag. Teraz
dostaję informację, że z kaucji 4 000 zł potrącacie 1 900 zł za
„odświeżenie mieszkania i wymianę paneli”. Panele miały ponad dziesięć
lat, a malowanie po trzech latach najmu to normalne zużycie.

Jeżeli pełna kwota kaucji nie wróci na moje konto w ciągu 14 dni,
skieruję sprawę do miejskiego rzecznika konsumentów, a następnie złożę
pozew do sądu.

Z poważaniem
Marek Bielecki"""),
("pl", "b144-wywoz-smieci-92-156", "Halina Szymczak <halina.szymczak@example.pl>", "Oplaty", "billing", "",
"""Dzien dobry, dostalam nowe naliczenie oplat na 2024 i oplata za wywoz
smieci wzrosla z 92 zl na 156 zl miesiecznie dla mieszkania 14 przy ul.
Pilsudskiego 30. Nic sie u nas nie zmienilo, dalej mieszkamy we dwoje.
Skad taka roznica? Prosze o wyjasnienie zanim zaplace.
Pozdrawiam
Halina Szymczak"""),
("pl", "b144-oplata-rezerwacyjna-chargeback", "Paweł Jankowski <pawel.jankowski@example.pl>", "Opłata rezerwacyjna 1 000 zł", "billing", "high",
"""Dzień dobry,

5 września zapłaciłem kartą 1 000 zł opłaty rezerwacyjnej za mieszkanie
przy ul. Dąbrowskiego w Poznaniu. Tydzień później pani Karolina z
Państwa biura poinformowała mnie, że właściciel wynajął je komuś innemu.
Od tego czasu wysłałem trzy maile z prośbą o zwrot i nie dostałem żadnej
odpowiedzi.

Jeżeli pieniądze nie wrócą do piątku, składam w banku reklamację
transakcji kartowej (chargeback).

Paweł Jankowski"""),
("pl", "b144-miejsce-garaz-sprzedalem-auto", "Kuba Lis <kuba.lis@example.pl>", "miejsce w garazu", "billing", "",
"""Dzien dobry, wynajmuje miejsce postojowe nr 47 w hali garazowej (250
zl/mies.). Sprzedalem auto, teraz jezdze tramwajem i rowerem, wiec od
przyszlego miesiaca nie bede go potrzebowal. Co trzeba zrobic zeby
przestac placic? Pilota oddac w recepcji?
Kuba Lis"""),
("pl", "b144-pakiet-comfort-norwegia", "Monika Zalewska <monika.zalewska@example.pl>", "Pakiet usług", "billing", "",
"""Dzień dobry,

mam wykupiony u Państwa pakiet „Comfort” w apartamentowcu przy
Grzybowskiej (sprzątanie co tydzień, odbiór prania, 690 zł miesięcznie).
Od maja wyjeżdżam na kontrakt do Norwegii na pół roku i mieszkanie
będzie stało puste. Czy mogę zawiesić pakiet na ten czas i wrócić do
niego w listopadzie na tych samych warunkach?

Pozdrawiam serdecznie
Monika Zalewska"""),
("pl", "b144-pilne-faktura-nip-prowizja", "Grzegorz Tomczak <g.tomczak@biuro-tomczak.example>", "PILNE", "billing", "",
"""Dzień dobry, potrzebuję faktury VAT na firmę za prowizję za znalezienie
lokalu biurowego przy ul. Piotrkowskiej (umowa z 12.04). Dane:
Biuro Rachunkowe Tomczak Sp. z o.o.
ul. Zielona 8, 90-601 Łódź
NIP 123-456-32-18
Potwierdzenie przelewu mam, ale księgowa potrzebuje faktury do końca
miesiąca.
Grzegorz Tomczak"""),
("pl", "b144-re-rozliczenie-mediow-nadplata", "Ewa Kaczmarczyk <ewa.kaczmarczyk@example.pl>", "Re: Rozliczenie mediów za 2023 – lokal 22", "billing", "",
"""Dzień dobry,

dziękuję za rozliczenie. Skoro wyszła nadpłata 420 zł, to czy mogą
Państwo zwrócić ją na konto, zamiast zaliczać na poczet przyszłych
opłat? Numer konta bez zmian.

Pozdrawiam
Ewa Kaczmarczyk

> W dniu 10.02.2024 o 12:05, Administracja Osiedla Zielone Wzgórze <administracja@zielone-wzgorze.example> napisał(a):
> Szanowni Państwo,
> w załączeniu przesyłamy rozliczenie zużycia wody i ciepła za rok 2023
> dla lokalu 22. Nadpłata zostanie zaliczona na poczet przyszłych
> opłat.
> Z poważaniem, Administracja"""),
("pl", "b144-prowizja-50-a-100-procent", "Natalia Kowal <natalia.kowal@example.pl>", "Prowizja", "billing", "",
"""Dzień dobry, przy oglądaniu mieszkania na Mokotowie pan Łukasz mówił,
że prowizja dla najemcy to 50% czynszu. Na fakturze jest 100% czynszu
plus VAT, czyli 4 305 zł zamiast 1 750 zł. Proszę o korektę.
Natalia Kowal"""),
("pl", "b144-tata-zmarl-zarzadzanie-najmem", "Tomasz Nowicki <tomasz.nowicki@example.pl>", "Mieszkanie taty – ul. Lipowa", "billing", "",
"""Szanowni Państwo,

z przykrością informuję, że mój tata, Zbigniew Nowicki, zmarł w lutym.
Od kilku lat zarządzali Państwo wynajmem jego mieszkania przy ul.
Lipowej 7/3 w Lublinie (8% od czynszu). Mieszkanie przejmuje moja
siostra, która zamieszka w nim sama, dlatego prosimy o zakończenie
umowy o zarządzanie z końcem kwietnia i przesłanie końcowego
rozliczenia.

Dziękuję za dotychczasową opiekę nad mieszkaniem.

Tomasz Nowicki"""),
("pl", "b144-fundusz-remontowy-blik", "Jadwiga Pawlak <jadwiga.pawlak@example.pl>", "Pytanie o płatność", "billing", "",
"""Dzień dobry, czy zaliczki na fundusz remontowy i czynsz administracyjny
można płacić BLIK-iem albo kartą przez Państwa stronę? Do tej pory
robiłam zwykły przelew co miesiąc i ciągle o nim zapominam. Lokal 5,
ul. Wojska Polskiego 19, Olsztyn.
Dziękuję
Jadwiga Pawlak"""),
("pl", "b144-hydraulik-650-kierownik", "Karolina Mazur <karolina.mazur@example.pl>", "Faktura za hydraulika – żądam rozmowy z kierownikiem", "billing", "high",
"""Dzień dobry,

we wtorek Państwa hydraulik przyszedł do wynajmowanego przeze mnie
mieszkania w Krakowie (ul. Długa 41) z powodu cieknącego syfonu. Przez
telefon usłyszałam, że koszt to około 200 zł. Na fakturze jest 650 zł,
w tym 300 zł „dopłaty za pilny przyjazd”, o której nikt mi nie
wspomniał. Pan był u mnie 25 minut.

Konsultantka na infolinii powiedziała, że „nic nie może zrobić”. Żądam,
żeby skontaktował się ze mną kierownik albo ktoś z zarządu firmy.

Karolina Mazur
600 700 800"""),
("pl", "b144-karnet-basen-kolano", "Leszek Dąbrowski <leszek.dabrowski@example.pl>", "Basen w budynku", "billing", "",
"""Dzień dobry,

mam karnet na basen i siłownię w naszym apartamentowcu (150 zł
miesięcznie, pobierane razem z opłatami za lokal 3.08). W marcu
przeszedłem operację kolana i ortopeda zakazał mi pływania co najmniej
do jesieni. Czy można wstrzymać karnet od kwietnia i uruchomić go
ponownie we wrześniu?

Pozdrawiam
Leszek Dąbrowski"""),
("pl", "b144-babcia-zimne-kaloryfery", "Michał Kubiak <michal.kubiak@example.pl>", "Brak ogrzewania – ul. Reymonta 5/12", "technical", "high",
"""Dzień dobry,

piszę w imieniu mojej babci, pani Stanisławy Kubiak (89 lat), która
mieszka sama przy ul. Reymonta 5/12 w Białymstoku. Od soboty w całym
pionie kaloryfery są zimne. W nocy jest -12 stopni, u babci w pokoju
było rano 13. Zgłaszaliśmy to administracji w sobotę i w poniedziałek,
obiecano hydraulika i nikt nie przyszedł.

Babcia choruje na serce i nie może siedzieć w zimnie. Bardzo proszę,
żeby ktoś przyszedł dzisiaj.

Michał Kubiak
501 234 567"""),
("pl", "b144-piwnica-lekko-czuc-gaz", "Beata Sowa <beata.sowa@example.pl>", "Piwnica", "technical", "high",
"""Dzień dobry, tylko informuję: od rana w piwnicy w klatce B na ul.
Ogrodowej 14 czuć lekko gaz, najbardziej przy skrzynce z licznikami.
Może to nic takiego, ale wolałam dać znać. Jestem w pracy do 17.
Pozdrawiam
Beata Sowa, m. 7"""),
("pl", "b144-portal-mieszkanca-petla-logowania", "Rafał Wójcik <rafal.wojcik@example.pl>", "konto w portalu", "technical", "",
"""Dzien dobry, od razu mowie ze nie chodzi o platnosci, wszystko
zaplacone. Chodzi o portal mieszkanca: po wpisaniu loginu i hasla strona
wraca do ekranu logowania i tak w kolko. Resetowalem haslo dwa razy.
Probowalem na Chrome i Firefox. Musze zglosic usterke w kuchni a nie
moge sie dostac.
Rafal Wojcik"""),
("pl", "b144-re-domofon-zgloszenie-zamkniete", "Anna Górecka <anna.gorecka@example.pl>", "Re: Zgłoszenie 3187 – zamknięte", "technical", "",
"""Zgłoszenie nie jest załatwione. Serwisant był w czwartek, coś wymienił
na dole w panelu i poszedł, a domofon w mieszkaniu 21 dalej nie dzwoni.
Kurier wczoraj znowu zostawił awizo.

Anna Górecka, m. 21

> Od: serwis@admin-osiedla.example
> Informujemy, że zgłoszenie nr 3187 (m. 21 – domofon nie dzwoni)
> zostało zamknięte. Jeśli usterka nadal występuje, prosimy
> odpowiedzieć na tę wiadomość."""),
("pl", "b144-winda-jedenascie-pieter", "Krystyna Olszewska <krystyna.olszewska@example.pl>", "Winda – ul. Narutowicza 40", "technical", "high",
"""Szanowni Państwo,

winda w bloku przy ul. Narutowicza 40 w Łodzi stoi od piątku. To
jedenaście pięter. Na 9. piętrze mieszka pan Henryk po amputacji nogi,
który od piątku nie wyszedł z domu, a na 10. mama z bliźniakami w
wózku. Na drzwiach windy wisi kartka „awaria”, nic więcej.

Proszę o informację jeszcze dziś, kiedy winda zostanie naprawiona.

W imieniu mieszkańców
Krystyna Olszewska, m. 54"""),
("pl", "b144-pilot-brama-po-baterii", "Łukasz Baran <lukasz.baran@example.pl>", "Pilot do bramy", "technical", "",
"""Dzień dobry, po wymianie baterii w pilocie brama wjazdowa na osiedle
przestała na niego reagować. Dioda w pilocie się świeci. Drugi pilot w
domu działa normalnie. Czy trzeba go ponownie zaprogramować? Na razie
parkuję na ulicy.
Łukasz Baran, bud. C m. 12"""),
("pl", "b144-salon-fryzjerski-bez-pradu", "Iwona Makowska <salon@nozyczki-fryzjer.example>", "Lokal usługowy nr 2 – parter", "technical", "high",
"""Dzień dobry,

od 9:15 nie mamy prądu w lokalu na parterze (salon fryzjerski
„Nożyczki”). Dwie klientki siedzą z farbą na głowie, której nie możemy
spłukać ciepłą wodą, suszarki stoją, terminal płatniczy nie działa, a od
10 odwołujemy kolejne wizyty. Reszta budynku ma prąd, tylko nasz lokal
nie – elektryk mówi, że to zabezpieczenie w rozdzielni budynku, do
której klucz ma administracja.

Prosimy o przyjazd kogoś z kluczem.

Iwona Makowska"""),
("pl", "b144-kaloryfer-cieknie-rzeszow", "Dorota Pająk <dorota.pajak@example.pl>", "Kaloryfer", "technical", "",
"""Dzień dobry, kaloryfer w sypialni cieknie przy zaworze, podstawiłam
miskę i przez noc nazbierało się z pół litra. ul. Kwiatowa 3/8,
Rzeszów. Kiedy może przyjść hydraulik?
Dorota"""),
("pl", "b144-gniazdko-strzelilo-iskra", "Adam Cieślak <adam.cieslak@example.pl>", "Gniazdko w kuchni", "technical", "high",
"""Dzień dobry,

zgłaszam usterkę w mieszkaniu przy ul. Mickiewicza 22/5. Wczoraj przy
włączaniu czajnika gniazdko nad blatem strzeliło, poszła iskra i na
obudowie jest teraz ciemny, nadpalony ślad. Wyłączyłem bezpiecznik w
tym obwodzie i korzystam z przedłużacza z pokoju. Proszę o elektryka w
dogodnym terminie.

Pozdrawiam
Adam Cieślak"""),
("pl", "b144-okno-balkonowe-kielce", "Wiesław Kubacki <w.kubacki@example.pl>", "okno balkonowe", "technical", "",
"""Dzien dobry, okno balkonowe w salonie nie domyka sie, klamka przekreca
sie tylko do polowy i wieje. Mieszkanie 3, ul. Sienkiewicza 11, Kielce.
Prosze o przyslanie kogos.
Wiesiek Kubacki"""),
("pl", "b144-pralka-e21-nie-chce-obnizki", "Sylwia Zając <sylwia.zajac@example.pl>", "Pralka", "technical", "",
"""Dzień dobry,

trzeci raz piszę w sprawie pralki w mieszkaniu przy Alei Róż 4. Nie
odwirowuje, wyświetla błąd E21 i zostawia wodę w bębnie.

Żeby było jasne: nie chcę obniżki czynszu ani żadnego zwrotu, chcę
tylko, żeby ktoś przyszedł i ją naprawił.

Sylwia Zając"""),
("pl", "b144-prezentacja-kod-sms-zablocie", "Paulina Grabowska <paulina.grabowska@example.pl>", "Rezerwacja prezentacji", "technical", "",
"""Dzień dobry, próbuję zapisać się przez Państwa aplikację na prezentację
mieszkania na Zabłociu, ale kod SMS do potwierdzenia nie przychodzi.
Próbowałam kilka razy od wczoraj, na dwóch numerach. Czy jest jakiś
problem?
Paulina Grabowska"""),
("pl", "b144-grzyb-wentylacja-nie-ciagnie", "Bartosz Krawczyk <bartosz.krawczyk@example.pl>", "Grzyb w łazience", "technical", "",
"""Dzień dobry, w łazience w mieszkaniu przy ul. Staszica 9/2 na suficie
pojawił się czarny grzyb, mimo że wietrzę codziennie. Kratka
wentylacyjna chyba nie ciągnie, przyłożona kartka od razu spada. Czy
ktoś może sprawdzić wentylację?
Bartosz Krawczyk"""),
("pl", "b144-terma-nie-grzeje-gliwice", "Sebastian Nowak <seba.nowak@example.pl>", "terma", "technical", "",
"""Witam, terma elektryczna w lazience nie grzeje wody od 2 dni, lampka
sie nie zapala. Bezpiecznik sprawdzony. Mieszkanie na wynajem przy ul.
Kosciuszki 60/9, Gliwice. Kiedy moze ktos przyjechac?
Pozdrawiam, Seba Nowak"""),
("pl", "b144-ursynow-soboty", "Igor Czarnecki <igor.czarnecki@example.pl>", "Sobota", "general", "",
"""Czy biuro na Ursynowie jest czynne w soboty? Do której?"""),
("pl", "b144-agent-praga-przelozony", "Renata Jabłońska <renata.jablonska@example.pl>", "Skarga na agenta", "general", "high",
"""Szanowni Państwo,

w czwartek oglądaliśmy z mężem mieszkanie przy ul. Fieldorfa w
Warszawie z Państwa agentem, panem Dawidem. Spóźnił się 40 minut bez
uprzedzenia, przez całą prezentację rozmawiał przez telefon, a gdy
zapytałam o możliwość negocjacji, powiedział przy innych oglądających,
że „jak kogoś nie stać, to niech szuka na Pradze”.

Nie życzę sobie dalszego kontaktu z tym panem. Proszę, żeby zadzwonił do
mnie jego przełożony lub kierownik biura – 600 111 222.

Renata Jabłońska"""),
("pl", "b144-podziekowanie-pan-zdzislaw", "Teresa Maj <teresa.maj@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałabym bardzo podziękować panu Zdzisławowi, konserwatorowi z
naszego osiedla. W niedzielę wieczorem pękł mi wężyk pod zlewem, a on
przyszedł w ciągu pół godziny, wszystko naprawił i jeszcze pomógł mi
zebrać wodę z podłogi. Taki człowiek to skarb.

Serdecznie pozdrawiam
Teresa Maj, Osiedle Słoneczne bl. 4"""),
("pl", "b144-klucze-brelok-recepcja", "Kasia Górska <kasia.gorska@example.pl>", "klucze", "general", "",
"""Dzien dobry, czy ktos nie oddal w recepcji kluczy z brelokiem w
ksztalcie zoltej kaczki? Zgubilam je wczoraj wieczorem gdzies miedzy
garazem a klatka A. Sa na nich klucze od piwnicy i od skrzynki
pocztowej.
Kasia, m. 2.11"""),
("pl", "b144-zmiana-nazwiska-po-slubie", "Magdalena Kamińska <m.kaminska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

informuję, że po ślubie zmieniłam nazwisko z Lewandowska na Kamińska.
Proszę o aktualizację danych najemcy dla mieszkania przy ul. Wita
Stwosza 15/6. Nowy adres e-mail: m.kaminska@example.pl, numer telefonu
bez zmian. Jeśli potrzebny jest odpis aktu małżeństwa, prześlę skan.

Pozdrawiam
Magdalena Kamińska"""),
("pl", "b144-rodo-art-15-legnicka", "Jerzy Wasilewski <jerzy.wasilewski@example.pl>", "Żądanie dostępu do danych (RODO)", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich moich
danych osobowych przetwarzanych przez Państwa firmę w związku z najmem
mieszkania przy ul. Legnickiej 51/10 w latach 2020–2023, w tym notatek
pracowników, nagrań rozmów oraz informacji o podmiotach, którym dane
zostały udostępnione.

Proszę o potwierdzenie otrzymania wniosku.

Z poważaniem
Jerzy Wasilewski"""),
("pl", "b144-plac-zabaw-rozbita-butelka", "Marta Leśniak <marta.lesniak@example.pl>", "Plac zabaw", "general", "high",
"""Dzień dobry, na placu zabaw między blokami 6 i 8 (przy huśtawkach)
jest rozbita butelka, w piasku dużo drobnego szkła. Większe kawałki
pozbierałam, ale reszty się nie da. Dzieci wychodzą po szkole koło 14.
Czy ktoś z administracji może to posprzątać?
Marta Leśniak, bl. 6"""),
("pl", "b144-festyn-piatkowo-sponsor", "Aleksandra Pietrzak <aleksandra.pietrzak@example.pl>", "Festyn osiedlowy – sponsor", "general", "",
"""Dzień dobry,

Rada Osiedla Piątkowo organizuje 8 czerwca festyn rodzinny z okazji
Dnia Dziecka. Szukamy lokalnych sponsorów – za 500 zł logo Państwa
biura znalazłoby się na plakatach i na banerze przy scenie, a przy
ufundowaniu nagród do konkursów możemy też przygotować dla Państwa
stoisko. Czy byliby Państwo zainteresowani?

Z pozdrowieniami
Aleksandra Pietrzak
Rada Osiedla Piątkowo"""),
("pl", "b144-re-prezentacja-dluga-rodzice", "Piotr Sadowski <piotr.sadowski@example.pl>", "Re: Potwierdzenie prezentacji – ul. Długa 12/4", "general", "",
"""Dzień dobry Pani Justyno,

dziękujemy za wczorajszą prezentację, mieszkanie bardzo nam się
spodobało. Czy moglibyśmy obejrzeć je jeszcze raz w sobotę, tym razem z
moimi rodzicami? I czy właściciel zgodzi się na zameldowanie?

Pozdrawiam
Piotr Sadowski

W dniu 18.04.2024 o 09:41, Justyna Michalak <j.michalak@domy-gdansk.example> pisze:
> Dzień dobry,
> potwierdzam prezentację mieszkania przy ul. Długiej 12/4 w środę
> 24.04 o godz. 17:30. Spotykamy się przed klatką.
> Justyna Michalak"""),
("pl", "b144-recepcja-paczki-fotel", "Wojciech Sikora <wojciech.sikora@example.pl>", "Paczki", "general", "",
"""Dzień dobry, od 3 do 17 lipca będę za granicą. Czy recepcja może
przyjmować moje paczki (apartament 5.14)? Jedna będzie duża, to fotel.
Jeżeli nie będzie miejsca, proszę oddać ją sąsiadce z 5.15, pani Ani,
jest uprzedzona.
Dziękuję
Wojciech Sikora"""),
("pl", "b144-ruska-komorka-rower", "Julia Rogalska <julia.rogalska@example.pl>", "Mieszkanie na Ruskiej", "general", "",
"""Dzień dobry, czy mieszkanie przy ul. Ruskiej, które jest na Państwa
stronie, jest dostępne od 1 września? I czy do mieszkania należy
komórka lokatorska albo miejsce w rowerowni? Mam dwa rowery.
Pozdrawiam
Julia"""),
("pl", "b144-pytanie-wspolnota-orlowo", "Leszek Kwiatkowski <leszek.kwiatkowski@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, czy zarzadzaja Panstwo tez wspolnotami w Gdyni? Nasza
wspolnota (24 lokale, Orlowo) szuka nowego zarzadcy od lipca. Z kim
moge porozmawiac?
Pozdrawiam
Leszek Kwiatkowski"""),
("pl", "b144-pies-sasiadow-wyje", "Grażyna Wilk <grazyna.wilk@example.pl>", "Sąsiedzi z m. 12", "general", "",
"""Dzień dobry, muszę się poskarżyć na sąsiadów z mieszkania 12. Kiedy
wychodzą do pracy, zostawiają psa samego i on szczeka i wyje od 8 do
16, codziennie. Pracuję zdalnie za ścianą i nie da się prowadzić
rozmów. Rozmawiałam z nimi, obiecali coś zrobić i nic. Czy
administracja może wysłać im pismo?
Grażyna Wilk, m. 11"""),
]
