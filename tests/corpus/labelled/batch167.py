# batch167.py -- labelled mails,
# held out of the tree until the rules it measures are final.
# Not to be tuned or trained on.  Kinds of business:
# food service -- school meals and their payment apps, hospital catering,
# office vending, canteen apps, meal prepayment cards, catering equipment
# hire and event caterers.  Covers escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing or something else, replies quoting an earlier mail, meal plans
# ended or paused in other words, outages told by their consequences,
# safety hazards told calmly, hazards in premises, praise, payment
# questions, and everyday mail of all three queues, in en, el, es, pl.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b167-half-term-lunches-twice", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "LunchPot payment", "billing", "",
"""Hi there,

I booked Oliver's lunches for the week after half term through the
LunchPot site on Sunday night (13.50, five days at 2.70) and my bank
shows the payment twice. The site only shows one booking. Could you
refund the second one please?

Thanks
Rachel Dunmore
(Oliver Dunmore, Year 4, Hollybank Primary)"""),
("en", "b167-moved-galway-lunch-dd", "Niamh Brennan <niamh.brennan@example.ie>", "Aoife - 5th class", "billing", "",
"""Hi,
Just to let you know we've moved down to Galway over the summer so Aoife
won't be back in St Brigid's in September. No point the hot lunches
carrying on for her - can you make sure the direct debit of EUR 38 a month
doesn't go out on the 1st? I'd rather not have to chase it back.
Thanks a million,
Niamh"""),
("en", "b167-husband-passed-hot-dinners", "Margaret Healy <m.healy47@example.co.uk>", "Mr T Healy, 14 Orchard Close", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my husband, Thomas Healy, who has had your hot
dinners delivered on weekdays for the past two years. Tom passed away
peacefully on the 3rd of this month, so he will not be needing them any
longer.

The money is taken from his bank account each Friday. Please could you
see that nothing more is taken, and let me know if there is anything
owing either way.

Your drivers were always very kind to him, particularly Derek, and he
looked forward to the knock on the door.

Yours faithfully,
Margaret Healy"""),
("en", "b167-chafing-deposit-small-claims", "Darren Oakes <darren@oakesevents.example>", "Deposit - hire ref H-40771", "billing", "high",
"""Hello,

We hired 12 chafing dishes, 2 hot cupboards and a bain-marie from you for
a wedding on 8 June (ref H-40771). Everything went back on the 10th,
clean and complete - your driver signed the return sheet and I have a
copy.

The 350 pound damage deposit was supposed to be back within 10 working
days. It's now been six weeks. I have emailed three times and phoned
twice and been told "it's with accounts" every time.

If the full 350 isn't in our account by Friday 26th I will file a claim
through the small claims court (Money Claim Online) without further
notice. I'd rather not, but I've run out of patience.

Darren Oakes
Oakes Events Ltd"""),
("en", "b167-wedding-caterer-double-booked-owner", "Jessica Alvarez <jess.alvarez@example.com>", "Our wedding - Oct 12", "billing", "high",
"""Hi,

I'm writing (again) about the catering for our wedding on October 12.
When your events coordinator Kyle told us in July that you'd
double-booked the date and couldn't do our event, he said the $2,400
deposit would be refunded in full "within 5-7 business days." That was
seven weeks ago.

Since then I've been passed between Kyle, "accounts" and a voicemail box
that's full. I'm done going around in circles. I want to speak to the
owner or a general manager - not another coordinator - this week, and I
want a date for the refund in writing.

Jessica Alvarez
(805) 555-0143"""),
("en", "b167-vending-rental-after-collection", "Accounts <accounts@pennant-surveyors.example>", "Invoice VN-18830", "billing", "high",
"""Good afternoon,

Our vending agreement (two machines, Pennant House, Leeds) ended on 31
March. Your engineer collected both machines on 4 April - we have the
signed collection note.

Despite this we have been invoiced GBP 96.00 + VAT rental for April, May
and June, and the money has been taken by continuous card authority each
month. That is GBP 345.60 for machines that are sitting in your
warehouse.

Please refund the 345.60 and cancel the card authority. If this is not
resolved within 14 days we will raise a dispute with our card provider
for all three payments.

Regards,
Sunita Patel
Office Manager, Pennant Surveyors LLP"""),
("en", "b167-hospital-invoice-po-gstin", "Purchase Dept <purchase@shantivan-hospital.example.in>", "Invoice no. CAT/2291 - revision required", "billing", "",
"""Dear Sir/Madam,

This is regarding your invoice no. CAT/2291 dated 02.08 for patient and
staff meal services for the month of July amounting to Rs. 4,86,300.

Kindly note the same cannot be processed by our accounts section as the
PO number (SH/PO/24-25/0418) is not mentioned and the GSTIN of the
hospital is wrong (last characters should be 1Z5). Request you to kindly
revise and resend the invoice at the earliest so that payment can be
released in this cycle.

Thanks & Regards,
R. Venkatesh
Purchase Department
Shantivan Multispeciality Hospital, Pune"""),
("en", "b167-free-meals-still-charged", "Kerry Bates <kerrybates@example.co.uk>", "Question", "billing", "",
"""hi, my son Jayden got approved for free school meals from the council
from 1st March, the school office has the letter, but i'm still getting
charged 2.60 a day on the app and its come out of my balance every day
since. can you stop it and put back whats been taken? its about 31 pound
now.
Kerry"""),
("en", "b167-re-canape-quote-charity", "Tom Whitlock <tom.whitlock@example.com.au>", "Re: Quote Q-2291 - canape reception", "billing", "",
"""Hi Mel,

Thanks for this. Numbers have firmed up at 80, not 60. Is it still $38 a
head at 80 or does it come down a bit? And is there any discount for
registered charities? We're the Fremantle Sea Rescue auxiliary so it's a
fundraiser.

Cheers,
Tom

-----Original Message-----
From: Mel Ong <events@saltandvine.example>
Sent: Tuesday, 3 September 2024 2:41 PM
To: Tom Whitlock
Subject: Quote Q-2291 - canape reception

Hi Tom,

As discussed, please find our quote for a two-hour canape reception for
60 guests on Saturday 19 October: 8 canape varieties, 2 wait staff,
AUD 38.00 per head + GST. A 30% deposit secures the date.

Kind regards,
Mel"""),
("en", "b167-hold-dads-meal-boxes", "Angela Price <angela.price@example.co.uk>", "Dad's meals", "billing", "",
"""Hello, my father (Mr Raymond Price, customer no. 55102) is going into
the Royal Berkshire next Tuesday for his knee replacement and will be
stopping with us for a couple of weeks after that. Could his frozen meal
boxes be held from the 14th until he's home, probably around the 4th of
next month? We don't want to cancel, he loves the fish pie. And please
don't charge him for the weeks he's not getting them.
Thanks, Angela"""),
("en", "b167-not-app-vat-receipts", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Receipts from the app", "billing", "",
"""Hi - just to be clear this isn't a problem with the app, it works fine.

I need proper VAT receipts for what I've bought in the staff restaurant
at the Swansea site since April so I can claim it back on expenses (I'm
on a client-recharged project). The app only shows lines like "4.85 -
Hot counter". Can you send me VAT receipts with your VAT number on them?

Gareth"""),
("en", "b167-college-plan-fewer-meals", "Tyler Brooks <tbrooks27@example.edu>", "meal plan", "billing", "",
"""hey, I'm a sophomore on the 19 meals/week plan but I'm moving off
campus in January and honestly I skip breakfast every day anyway. Can I
switch to the 10 meal block for spring semester, and does the
difference ($1,120 I think?) go back on my student account or get
refunded to my card?
thx
Tyler Brooks, ID 4471902"""),
("en", "b167-staff-card-coffee-refund-fixed", "Paul Kavanagh <paul.kavanagh@example.ie>", "Machine on 3rd floor", "billing", "",
"""Not reporting a fault - facilities tell me the coffee machine on the 3rd
floor was sorted on Wednesday. But on Tuesday it took EUR 2.40 off my
staff card twice and gave me nothing either time. Can I get the 4.80
back onto the card? Card no. ends 0932.
Paul"""),
("en", "b167-tuckshop-app-login-loop", "Bec Lawson <bec.lawson@example.com.au>", "Can't get into app", "technical", "",
"""Hi, since the update on the weekend the Tuckshop app just keeps sending
me back to the login screen after I put my password in. No error
message, it just loops. I've deleted and reinstalled it twice. iPhone
12. I need to get the kids' lunches ordered for Thursday.
Bec"""),
("en", "b167-not-billing-menu-blank", "Owen Pritchard <owen.pritchard@example.co.uk>", "Pre-ordering", "technical", "",
"""This is not about billing - there's money on the account and nothing's
been charged wrong.

The problem is that since Monday the menu page is just blank when I try
to pre-order Ella's lunches. The dates show along the top but there are
no meals under any of them. Same on my phone and on the laptop, cleared
the cache, tried Firefox as well.

Owen Pritchard"""),
("en", "b167-canteengo-reset-mail", "Ananya Krishnan <ananya.k@example.in>", "Password reset not coming", "technical", "",
"""Hello Team,

I am trying to reset password for the CanteenGo app since yesterday but
the reset mail is not coming. Checked spam folder also. My registered
mail id is this one only. Because of this I am unable to book lunch
coupons at office.

Please do the needful.

Regards,
Ananya"""),
("en", "b167-dinner-card-not-recognised", "Lisa Grant <lisa.grant@example.co.uk>", "Dinner card", "technical", "",
"""Hi, Mia's dinner card stopped working at the till this week - it just
beeps and says "card not recognised". There's 18 pound on it according
to the app so it's not the balance. She's had to borrow off her friends
two days running. Can you check the card or send her a new one?
Lisa Grant (Mia Grant, Year 9, Castlebrook High)"""),
("en", "b167-urgent-bar-fridge-warm", "Kylie Donovan <kylie.d@example.com.au>", "URGENT!!! FRIDGE", "technical", "",
"""The bar fridge we hired for Saturday (order 88213) was dropped off this
morning and it's been on for 6 hours and it's only down to 14 degrees.
Drinks are warm. Is there a switch or something I'm missing?? Party's
tomorrow arvo."""),
("en", "b167-hired-urn-tingle", "Declan Moriarty <declan.moriarty@example.ie>", "Hired urn", "technical", "high",
"""Hello,

We have two of your 20-litre water urns on hire for the parish hall this
week (booking 3307). One of them gives a small electric shock when you
touch the metal tap while it's switched on - I felt it myself and so did
one of the ladies on the tea rota. The other urn is fine.

I've unplugged it and put a note on it so nobody uses it. Could you
arrange to collect it and, if possible, drop out a replacement before
Sunday?

Many thanks,
Declan Moriarty"""),
("en", "b167-break-room-machine-burnt-smell", "Facilities <facilities@brightline-logistics.example>", "Snack machine, 2nd floor break room", "technical", "high",
"""Hi,

Letting you know that the combo snack/drink machine in our 2nd floor
break room (asset tag VM-2208) started giving off a burnt plastic smell
this afternoon. The side panel near the bottom is hot to the touch and
there's a faint buzzing from the back. We've pulled the plug and taped a
sign on it.

Can you get a tech out to look at it? We'd like it checked before anyone
plugs it back in.

Thanks,
Marcus Reed
Facilities, Brightline Logistics"""),
("en", "b167-hospital-machines-cashless-offline", "Claire Hughes <claire.hughes@ashford-general.example.nhs.uk>", "Ward 7 / A&E machines", "technical", "high",
"""Hi,

I'm the night sister on Ward 7. From about 9pm on Friday until Sunday
lunchtime none of your food and drink machines in the hospital would
take a card - the screens said "cashless offline", and they don't take
coins any more. The restaurant is shut overnight and there is nothing
else on site.

That meant nurses, porters and doctors on 12-hour nights had no food or
hot drink all weekend, and relatives sitting with patients in A&E were
asking us where they could get a bottle of water. One of my healthcare
assistants nearly fainted at 4am.

It was working again on Sunday afternoon, but it can't happen again.
Please can someone tell us what went wrong and what you're doing about
it.

Claire Hughes
Senior Sister, Ward 7"""),
("en", "b167-dining-hall-no-match", "Bursar <bursar@kingsmead-academy.example>", "Lunch today", "technical", "high",
"""Good afternoon,

At 12.10 today the tills in our dining hall stopped finding any pupil
accounts - every fingerprint and every card came back "no match". We had
around 400 students in the queue and 35 minutes for lunch. The kitchen
ended up writing names on paper and handing food out, and about 60
students gave up and went without. Year 11 have mock exams this
afternoon.

Tomorrow's lunch is less than 24 hours away and we have no idea whether
it will happen again. I need someone to ring me this afternoon.

Janet Ellery
School Business Manager, Kingsmead Academy"""),
("en", "b167-bedside-menu-screen-frozen", "Sanjay Mehta <sanjay.mehta@example.co.uk>", "Meal ordering screen bed 14", "technical", "",
"""Hello, my mother is a patient on Cedar Ward (bed 14) at St Luke's. The
screen on the arm by her bed that she's supposed to order her meals
from has been frozen on the breakfast page since yesterday morning. The
nurses have been ordering for her on paper so she's eating fine, but
she'd like to choose for herself. Could someone have a look?
Sanjay Mehta"""),
("en", "b167-re-low-balance-alerts", "Dana Whitfield <dana.whitfield@example.com>", "Re: Ticket #4471 - low balance alerts", "technical", "",
"""Still not getting them. Balance went down to $1.20 yesterday and no
email, no text. My son found out when the cashier told him. Alerts are
switched on and the email address is right, I checked.

On Mon, Sep 9, 2024 at 10:02 AM, MealPal Support <support@mealpal.example> wrote:
> Hi Dana,
> Thanks for your patience. Our team has fixed an issue that stopped low
> balance alerts from being sent for some accounts. You should receive
> alerts as normal from now on. Please let us know if you have any
> further problems.
> Best,
> Jordan, MealPal Support"""),
("en", "b167-hired-combi-e34", "Lorenzo Bianchi <lorenzo@bellavista-catering.example>", "Combi oven hire - error E34", "technical", "",
"""Morning,

The 10-grid combi oven we hired from you on Monday (hire ref H-41902)
keeps throwing error E34 in steam mode and the cabinet won't get above
80C on combi. Dry heat seems OK. We've descaled it and checked the water
feed is on.

We've got a 150-cover dinner on Thursday so need to know if it's
something we can sort ourselves or if you'd swap it.

Lorenzo
Bella Vista Catering"""),
("en", "b167-qr-wont-scan", "Hannah Kim <hannah.kim@example.com>", "hi", "technical", "",
"""the QR code on the order screen at the Main St cafe won't scan on my
phone, camera just says "no usable data found". total disaster, I'm
dying for a coffee lol"""),
("en", "b167-thanks-soup-brown-bread", "Bridget Fahy <bridget.fahy@example.ie>", "A thank you", "general", "",
"""Dear Catering Manager,

I was a patient in St Columba's for nine days last month after a fall
and I want to say a word of thanks for the food. I have been in
hospital before and never ate a thing, but the brown bread and the soup
were as good as my own, and the girl who came round with the menus -
Grace, I think - always had a minute for a chat. When I couldn't manage
the meat she brought me an omelette without my asking.

Please pass on my thanks to all in the kitchen.

Yours sincerely,
Bridget Fahy (Mrs)"""),
("en", "b167-unicorn-bottle-dining-hall", "Hollie Jennings <hollie.jennings@example.co.uk>", "Lost bottle", "general", "",
"""Hi, my daughter left her water bottle in the dining hall at Greenfield
Juniors on Tuesday - it's a purple one with a unicorn on it and her name
on a sticker (Poppy J). Do the kitchen staff keep lost property or does
it go to the school office?"""),
("en", "b167-boxed-lunch-loading-dock", "Laura Chen <laura.chen@northpoint-biotech.example>", "Order 30418 - Thursday", "general", "",
"""Hi,

For Thursday's lunch delivery (order 30418, 45 boxed lunches) please
don't come to the main entrance - security won't let vans stop there.
Use the loading dock on the east side of Building B, off Harbor Drive,
and ask for me or Raj at the dock desk. Please be there by 11:30 as the
session starts at 12.

Thanks!
Laura Chen
Executive Assistant, Northpoint Biotech"""),
("en", "b167-canteen-account-new-email", "Craig Mitchell <craig.mitchell@example.com.au>", "Update details", "general", "",
"""G'day, I've got a new email address - can you please change my canteen
account (Craig Mitchell, Rosehill Primary, kids Ava & Lachie) from
craig.m@oldmail.example to this one. Mobile's the same.
Cheers, Craig"""),
("en", "b167-sar-meals-fingerprint", "Eleanor Shaw <eleanor.shaw@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data you
hold about me and about my son (Harry Shaw, Year 7, Westfield School),
including the records of meals purchased, any photographs or biometric
(fingerprint) data held for the cashless system, and details of anyone
this data has been shared with.

Please confirm receipt of this request. I understand you have one month
to respond.

Yours faithfully,
Eleanor Shaw
22 Mayfield Road, Stockport SK4 3PL"""),
("en", "b167-halal-school-menu", "Farhan Siddiqui <farhan.siddiqui@example.co.uk>", "Halal", "general", "",
"""Assalamu alaikum / hello,

My son is starting at Oakwood Primary in September. Is the chicken and
meat on the school menu halal, and if not is there a vegetarian option
every day? Also is gelatine used in the desserts?

Thanks,
Farhan"""),
("en", "b167-fun-day-sponsor-naas", "Siobhan Quinn <siobhan.quinn@example.ie>", "Summer fun day", "general", "",
"""Hi there,

I'm on the parents' association at Scoil Mhuire in Naas. We're running a
summer fun day on 22 June to raise money for a sensory room, and since
you do the school lunches I thought I'd ask - would you be interested in
sponsoring it, or maybe running a food stall on the day? We'd put your
logo on the posters and on the banner at the gate.

Thanks,
Siobhan Quinn"""),
("en", "b167-cashier-mocked-father-manager", "Robert Klein <rklein@example.com>", "Incident at your cafeteria - I want a manager to call me", "general", "high",
"""On Wednesday around 12:15 at the Lakeview Medical Center cafeteria, your
cashier (dark hair, name tag said Tina) mocked my father, who is 81 and
hard of hearing, in front of the whole line because he was slow
counting his change. She rolled her eyes, repeated everything in a loud
sarcastic voice and then said to the next person "some people shouldn't
be let out." My father left without his lunch.

I'm not looking for a free meal. I want a manager, or whoever is above
the cafeteria supervisor, to call me by Friday and tell me what is
being done about it.

Robert Klein
(312) 555-0187"""),
("en", "b167-depot-canteen-leak-slip", "Mark Dolan <mark.dolan@example.co.uk>", "Canteen floor", "general", "high",
"""Hi,

Just a heads up about the staff canteen at the Corby depot. There's been
a leak from the ceiling above the tray return for about a week - someone
put a bucket under it but it overflows and the floor there is wet most
of the day. One of the drivers went down hard on it on Monday and hurt
his wrist. There's no wet floor sign, and the lights at that end are out
too, so you can't see the water.

Can somebody sort it before someone cracks their head open.

Mark Dolan
Shift Supervisor"""),
("en", "b167-decking-board-cafe-ramp", "Jenny Alcott <jenny.alcott@example.com.au>", "Your Glenferrie Rd cafe", "general", "high",
"""Hi, not sure who looks after this. The decking in your outdoor seating
area has a broken board sticking up right next to the ramp. I caught my
foot on it this morning with a coffee in my hand, luckily didn't go
over. There are lots of older people and prams coming through there.
Might want to get it fixed or blocked off quick smart.
Jenny"""),
("en", "b167-urgent-bank-holiday-restaurant", "Steph Walker <steph.walker@example.co.uk>", "URGENT - bank holiday", "general", "",
"""URGENT please - is the staff restaurant at the Milton Park site open on
bank holiday Monday?? Half my team are in and they need to know whether
to bring a packed lunch."""),
("en", "b167-wedding-tasting-sonoma", "Mia Patel <mia.patel@example.com>", "Tasting", "general", "",
"""Hi! My fiance and I are looking at caterers for our wedding next June
(around 120 guests, Sonoma). Do you do tastings, and is it a group
tasting night or private? Would love to try the family-style menu. Also,
do you work at Ledson Barn or only at certain venues?
Thanks so much,
Mia"""),
("en", "b167-brownies-lethal-thanks", "Shaz Ryan <shaz.ryan@example.com.au>", "Friday", "general", "",
"""Just wanted to say your team absolutely killed it at our end of year do
on Friday. The brownies were lethal - people were literally fighting
over the last tray. Big thanks to Kel and the boys for setting up in the
rain. We'll be back next year for sure.
Shaz & the crew at Ryan Plumbing"""),
("en", "b167-dosa-counter-rude-no-refund", "Meera Iyer <meera.iyer@example.in>", "Feedback about counter staff", "general", "",
"""Hi,

I don't want a refund or any compensation, please don't process
anything. I only want to bring to your notice that the staff at the
South Indian counter in the Tower B cafeteria (Whitefield campus) are
quite rude in the mornings. Yesterday when I asked if the dosa could be
made without ghee, the person said "then go home and make it" and
laughed with his colleague. This is not the first time.

Kindly look into it.

Meera Iyer"""),
# ---------------- Greek ----------------
("el", "b167-diplh-xreosi-fortisis-kartas", "Σταυρούλα Κωνσταντινίδου <s.konstantinidou@example.gr>", "Φόρτιση κάρτας", "billing", "",
"""Καλησπέρα σας,

Την Κυριακή φόρτισα την κάρτα γευμάτων της κόρης μου (Μυρτώ
Κωνσταντινίδου, Β' Γυμνασίου) με 50€ μέσω της πλατφόρμας σας. Στην κάρτα
μπήκαν μόνο μία φορά τα 50€, αλλά η τράπεζα μου τα έχει χρεώσει δύο
φορές. Σας επισυνάπτω το αντίγραφο κίνησης. Μπορείτε να μου επιστρέψετε
τη δεύτερη χρέωση;

Ευχαριστώ,
Σταυρούλα Κωνσταντινίδου"""),
("el", "b167-gl-vaftisi-ypoloipo-karta", "Manolis Drakakis <manolis.drak@example.gr>", "vaftisi 12/10", "billing", "",
"""Kalhspera sas,
gia th vaftish tou mikrou stis 12/10 sto ktima "Elaiwnas" exoume dwsei
hdh 500e prokatavolh. To ypoloipo (1.350e an 8ymamai swsta) mporoume na
to plhrwsoume me karta thn hmera ths ekdhlwshs h prepei na ginei
katathesh prin? Kai an ginei me karta exei epivarynsh?
Eyxaristw,
Manolhs Drakakhs"""),
("el", "b167-mitera-se-monada-telos-geymaton", "Αθανασιος Πετρου <a.petrou@example.gr>", "Κα Ελενη Πετρου - κατ οικον γευματα", "billing", "",
"""Καλημερα σας,

Η μητερα μου Ελενη Πετρου, που παιρνει τα μαγειρεμενα φαγητα σας στο
σπιτι (Αγ. Δημητριου 18, Καλαμαρια), απο την επομενη εβδομαδα θα μενει
μονιμα σε μοναδα φροντιδας ηλικιωμενων, οποτε δεν θα τα χρειαζεται πια.
Η τελευταια παραδοση ας ειναι την Παρασκευη. Η πληρωμη γινεται με παγια
εντολη απο τον λογαριασμο της - παρακαλω να σταματησει απο τον επομενο
μηνα και να μου πειτε αν οφειλουμε κατι.

Ευχαριστω για ολα, ηταν πολυ ευχαριστημενη.
Θανασης Πετρου (γιος)"""),
("el", "b167-gl-erasmus-pagwma-paketou", "Dimitra Sotiriou <dimitra.sot@example.gr>", "erwthsh gia to paketo", "billing", "",
"""Geia sas! Eimai sthn estia "Panepistimioupoli Residence" sthn Patra kai
exw to mhniaio paketo fagitou (2 geumata thn hmera, 180e/mhna). Fevgw
Erasmus sth Lisavona apo Fevrouario mexri Iounio. Mporw na to "pagwsw"
to paketo gia aytous tous mhnes kai na to ksanaksekinhsw ton Septemvrio
xwris na xasw thn timh pou exw twra? Den thelw na to akyrwsw teleiws.
Dhmhtra"""),
("el", "b167-timologio-afm-kafes-grafeiou", "Λογιστήριο <logistirio@kyriakidis-techniki.example>", "Παραστατικά Ιουλίου", "billing", "",
"""Καλημέρα,

Για τις κάψουλες και τη μίσθωση της μηχανής καφέ στα γραφεία μας (Λεωφ.
Κηφισίας 112) τον Ιούλιο λάβαμε απόδειξη λιανικής αντί για τιμολόγιο.
Χρειαζόμαστε τιμολόγιο στην επωνυμία της εταιρείας:

ΚΥΡΙΑΚΙΔΗΣ ΤΕΧΝΙΚΗ Α.Ε., ΑΦΜ 099123456, ΔΟΥ ΦΑΕ Αθηνών

Παρακαλώ να ακυρωθεί η απόδειξη και να εκδοθεί τιμολόγιο, και στο εξής
να εκδίδετε πάντα τιμολόγιο.

Με εκτίμηση,
Βάσω Λιάκου
Λογιστήριο"""),
("el", "b167-akyrosi-dexiosis-prokatavoli-synigoros", "Κατερίνα Μαυρίδου <katerina.mavridou@example.gr>", "Κράτηση 2207 - προκαταβολή", "billing", "high",
"""Κύριοι,

Στις 3 Μαρτίου ακυρώσαμε γραπτώς το catering για τη δεξίωση του γάμου
μας (κράτηση 2207, 14 Σεπτεμβρίου, 150 άτομα), δηλαδή πάνω από έξι μήνες
πριν. Σύμφωνα με τους όρους που υπογράψαμε, ακύρωση νωρίτερα από 90
ημέρες σημαίνει επιστροφή της προκαταβολής μείον 10% έξοδα. Θα έπρεπε
λοιπόν να πάρουμε πίσω 1.080€ από τα 1.200€.

Έχουν περάσει δύο μήνες και μας λέτε ότι «η προκαταβολή δεν
επιστρέφεται». Αυτό δεν ισχύει και το έχω υπογεγραμμένο.

Αν μέχρι τις 30 του μήνα δεν γίνει η επιστροφή, θα απευθυνθώ στον
Συνήγορο του Καταναλωτή και ο δικηγόρος μας θα σας στείλει εξώδικο.

Κατερίνα Μαυρίδου"""),
("el", "b167-spasmena-potiria-ypefthynos-apothikis", "Γιώργος Αναστασίου <g.anastasiou@example.gr>", "Χρέωση 186€ για «σπασμένα» ποτήρια", "billing", "high",
"""Καλησπέρα,

Νοικιάσαμε από εσάς 200 ποτήρια κρασιού και 20 κανάτες για τα 50ά
γενέθλια της γυναίκας μου. Τα επιστρέψαμε πλυμένα στα κιβώτιά τους και
ο οδηγός σας τα μέτρησε μπροστά μου - δεν έλειπε τίποτα και δεν ήταν
τίποτα σπασμένο. Σήμερα βλέπω ότι από την εγγύηση μου κρατήσατε 186€ για
«θραύση 62 ποτηριών».

Έχω μιλήσει δύο φορές με το τηλεφωνικό κέντρο και μου λένε ότι «έτσι
καταγράφηκε στην αποθήκη». Δεν δέχομαι άλλη απάντηση από υπάλληλο. Θέλω
να με πάρει τηλέφωνο ο υπεύθυνος της αποθήκης ή ο διευθυντής σας, και
θέλω τα 186€ πίσω.

Γιώργος Αναστασίου
697 000 1234"""),
("el", "b167-gl-vending-3-xrewseis-trapeza", "Stelios Kar. <stelios.kar@example.gr>", "XREWSEIS", "billing", "high",
"""Kalhmera. Xthes sto mhxanhma ston 4o orofo sto ktirio ths douleias mou
(Marousi) plhrwsa me to app sas ena kafe 2,80 kai mou xrewse 3 fores,
8,40 synolo. Sto app fainetai mono mia agora. Egrapsa sth forma
epikoinwnias prin 5 meres kai kanenas den apanthse.

An mexri thn Paraskeyh den epistrafoun ta 5,60 8a kanw amfisvhthsh twn
xrewsewn sthn trapeza kai 8a svhsw kai thn karta apo to app. Den einai
ta lefta, einai oti den apantate.
Stelios"""),
("el", "b167-gl-ekptwsh-deytero-paidi", "Vicky Anagnostou <vicky.anag@example.gr>", "Erwthsh", "billing", "",
"""Kalhspera, fetos 8a trwne sto estiatorio tou sxoleiou kai ta dyo mou
paidia (A' kai D' dhmotikou). To mhniaio programma einai 95e to paidi.
Yparxei kapoia ekptwsh gia to deytero paidi h gia polyteknous? Kai
mporw na plhrwnw ana trimhno anti gia ka8e mhna?
Eyxaristw, Vikh"""),
("el", "b167-re-prosfora-synedriou-fpa", "Νίκος Βλάχος <n.vlachos@hellenic-cardio.example>", "Re: Προσφορά catering - Συνέδριο Καρδιολογίας", "billing", "",
"""Καλημέρα κα Ζαφειρίου,

Ευχαριστώ για την προσφορά. Δύο διευκρινίσεις πριν την προωθήσω στο ΔΣ:
1. Οι τιμές ανά άτομο περιλαμβάνουν ΦΠΑ ή όχι; Δεν το γράφει πουθενά.
2. Αν τελικά οι σύνεδροι είναι 260 αντί για 300, χρεωνόμαστε για 300 ή
για όσους έρθουν;

Νίκος Βλάχος
Γραμματεία Οργανωτικής Επιτροπής

-----Αρχικό μήνυμα-----
Από: Ελένη Ζαφειρίου <events@gefsis-catering.example>
Ημ/νία: Τρίτη, 10 Σεπτεμβρίου 2024 13:05
Θέμα: Προσφορά catering - Συνέδριο Καρδιολογίας

Κύριε Βλάχο,
Σας αποστέλλουμε την προσφορά μας για το συνέδριο (Θεσσαλονίκη, 7-9
Νοεμβρίου, 300 σύνεδροι):
- Διαλείμματα καφέ (2 ημερησίως): 9,50€/άτομο/ημέρα
- Ελαφρύ γεύμα όρθιο: 24,00€/άτομο/ημέρα
Προκαταβολή 40% με την επιβεβαίωση.
Με εκτίμηση,
Ελένη Ζαφειρίου"""),
("el", "b167-oxi-texniko-timi-menou-anevike", "Ιφιγένεια Ράλλη <ifigeneia.ralli@example.gr>", "Εφαρμογή κυλικείου", "billing", "",
"""Καλησπέρα. Δεν είναι τεχνικό το θέμα, η εφαρμογή δουλεύει κανονικά.
Θέλω να ρωτήσω γιατί το ημερήσιο μενού του γιου μου ανέβηκε από 4,20€
σε 4,80€ από τη Δευτέρα χωρίς καμία ενημέρωση. Ισχύει για όλους ή είναι
λάθος; Στον τιμοκατάλογο της αρχής της χρονιάς έγραφε 4,20 για όλο το
σχολικό έτος.
Ιφιγένεια Ράλλη"""),
("el", "b167-gl-ypoloipo-kartas-apofoitisi", "Kostas Lymperis <k.lymperis@example.gr>", "karta", "billing", "",
"""geia, o gios mou teleiwse to lykeio fetos kai den 8a ksanaxrhsimopoihsei
thn karta tou kylikeiou. exei meinei ypoloipo 23,60e. mporeite na ta
epistrepsete ston logariasmo apo ton opoio thn fortiza? sas stelnw IBAN
an xreiastei.
Kwstas Lymperhs"""),
("el", "b167-kliniki-geymata-synodou", "Αλεξάνδρα Μπούρα <alexandra.boura@example.gr>", "Λογαριασμός εξόδου - θάλαμος 312", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου νοσηλεύτηκε στην κλινική σας από 2 έως 6 Οκτωβρίου
(θάλαμος 312). Στον τελικό λογαριασμό υπάρχει χρέωση «γεύματα συνοδού 4
x 14€ = 56€». Έμεινα μαζί του τις νύχτες, αλλά δεν παρήγγειλα ούτε έφαγα
κανένα γεύμα από την κλινική - έφερνα φαγητό από το σπίτι. Μπορείτε να
αφαιρέσετε τη χρέωση;

Με εκτίμηση,
Αλεξάνδρα Μπούρα"""),
("el", "b167-meiwsi-mixanimaton-tilergasia", "Δημήτρης Ζαχαρίου <d.zachariou@delta-logistiki.example>", "Σύμβαση 5521", "billing", "",
"""Καλημέρα,

Από τον Ιανουάριο το μεγαλύτερο μέρος του προσωπικού μας δουλεύει από
το σπίτι τρεις μέρες την εβδομάδα, και τα τρία μηχανήματα (σνακ, καφές,
νερό) στον 2ο όροφο είναι πλέον υπερβολικά. Θα θέλαμε να κρατήσουμε
μόνο του καφέ και να μειωθεί αντίστοιχα το μηνιαίο μίσθωμα (σήμερα 210€
+ ΦΠΑ). Πώς προχωράμε και από πότε θα ισχύει η νέα τιμή;

Δημήτρης Ζαχαρίου
Διοικητικές Υπηρεσίες"""),
("el", "b167-gl-app-kylikeiou-kleinei", "Nefeli Christou <nefeli.xr@example.gr>", "to app", "technical", "",
"""Geia sas, apo xthes pou ekana enhmerwsh to app tou kylikeiou kleinei
monh ths molis paw na mpw sto "Paraggelies". Android, Xiaomi. To
egkatesthsa ksana, tipota. Prepei na kleisw to fagito tou mikrou gia
aurio kai den mporw.
Nefelh"""),
("el", "b167-oxi-xreosi-den-syndeomai", "Παναγιώτης Γκίκας <p.gkikas@example.gr>", "Σύνδεση στον λογαριασμό", "technical", "",
"""Καλησπέρα,

Δεν έχω θέμα με χρεώσεις ή πληρωμές, εκεί όλα είναι εντάξει. Το
πρόβλημα είναι ότι από την Παρασκευή δεν μπορώ να συνδεθώ στο site για
τις παραγγελίες γευμάτων του γραφείου. Βάζω email και κωδικό και μου
βγάζει «Λανθασμένα στοιχεία». Έκανα επαναφορά κωδικού δύο φορές και με
τον νέο κωδικό βγάζει το ίδιο μήνυμα.

Παναγιώτης Γκίκας"""),
("el", "b167-karta-den-diavazetai-tameio", "Μαρία Σιδηροπούλου <maria.sidir@example.gr>", "Η κάρτα του Άρη", "technical", "",
"""Καλημέρα, η προπληρωμένη κάρτα του γιου μου (Άρης Σιδηρόπουλος, Γ'
Δημοτικού) δεν διαβάζεται στο ταμείο της τραπεζαρίας από τη Δευτέρα. Η
κυρία στο ταμείο λέει ότι βγάζει «μη έγκυρη κάρτα». Στην εφαρμογή
φαίνεται κανονικά με υπόλοιπο 31€. Μήπως χάλασε το τσιπάκι; Τι κάνουμε;
Μαρία"""),
("el", "b167-friteza-spinthires-fis", "Χρήστος Παπαδάκης <christos@kritikes-gefseis.example>", "Ενοικίαση 6612 - φριτέζα", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το απόγευμα, στην προετοιμασία για την εκδήλωση της Κυριακής,
συνδέσαμε τη διπλή ηλεκτρική φριτέζα που νοικιάσαμε από εσάς (ενοικίαση
6612). Μετά από περίπου δέκα λεπτά ακούσαμε ένα τσιτσίρισμα από το φις
και είδαμε σπίθες στην πρίζα. Το φις έχει μαυρίσει στη μία πλευρά και
μυρίζει καμένο.

Την αποσυνδέσαμε από τον γενικό και δεν την ξαναχρησιμοποιήσαμε. Το
κύκλωμα της κουζίνας μας το έλεγξε ηλεκτρολόγος και είναι εντάξει.
Παρακαλούμε να έρθει κάποιος να την πάρει, και αν γίνεται να μας φέρετε
άλλη μέχρι το Σάββατο.

Χρήστος Παπαδάκης
Κρητικές Γεύσεις - Catering"""),
("el", "b167-gl-mhxanh-kafe-kapnos", "Alexis Tsoukalas <a.tsoukalas@example.gr>", "mhxanhma kafe 3os", "technical", "high",
"""Kalhmera, apo to mhxanhma kafe ston 3o orofo (grafeia Syggrou 220)
vgainei ligos kapnos apo to pisw meros otan zestainei nero kai myrizei
san kammeno kalwdio. To vgalame apo thn priza kai valame xarti "EKTOS
LEITOURGIAS". Steilte kapoion na to dei prin to ksanasyndesoume,
yparxoun kai alla 80 atoma ston orofo.
Alexhs"""),
("el", "b167-systima-diaiton-nosokomeio", "Τμήμα Διατροφής <diatrofi@nosokomeio-agpavlos.example>", "Σύστημα παραγγελιών γευμάτων", "technical", "high",
"""Σας ενημερώνουμε ότι από τις 6:30 το πρωί το σύστημα παραγγελίας
γευμάτων δεν εμφανίζει τις δίαιτες των ασθενών. Οι λίστες που βγαίνουν
στην κουζίνα δείχνουν όλους τους ασθενείς με «κανονικό γεύμα» - και τους
διαβητικούς, και τους νεφροπαθείς, και όσους είναι σε υδρική δίαιτα μετά
από χειρουργείο.

Το πρωινό μοιράστηκε με χειρόγραφες λίστες που έφτιαξαν οι νοσηλευτές
πτέρυγα-πτέρυγα, με μεγάλη καθυστέρηση. Για το μεσημεριανό έχουμε 410
ασθενείς και δεν μπορούμε να το ξανακάνουμε με το χέρι.

Χρειαζόμαστε άμεσα τεχνικό, τηλεφωνικά ή επί τόπου.

Ευαγγελία Κουτσού
Προϊσταμένη Τμήματος Διατροφής
Γενικό Νοσοκομείο Αγίου Παύλου"""),
("el", "b167-paraggelies-den-ftanoun-kouzina", "Ρένα Χατζηγεωργίου <rena.ch@orizon-software.example>", "Σημερινό μεσημεριανό", "technical", "high",
"""Καλησπέρα,

Η εταιρεία μας (120 άτομα) παραγγέλνει καθημερινά μεσημεριανό από την
πλατφόρμα σας. Σήμερα όλοι έκαναν κανονικά παραγγελία ως τις 10:30 και
πήραν email επιβεβαίωσης, αλλά στις 13:00 δεν ήρθε τίποτα. Όταν πήραμε
τηλέφωνο, η κουζίνα σας είπε ότι δεν είχε λάβει καμία παραγγελία από
εμάς - ούτε από άλλες δύο εταιρείες του κτιρίου.

Ο κόσμος έμεινε νηστικός ή κατέβηκε στα γύρω μαγαζιά, ενώ είχαμε
εκπαίδευση πελατών όλη μέρα. Αύριο έχουμε πάλι. Πρέπει να ξέρουμε μέχρι
το απόγευμα αν το πρόβλημα λύθηκε, αλλιώς θα κανονίσουμε αλλού.

Ρένα Χατζηγεωργίου
Office Manager"""),
("el", "b167-gl-8ermo8alamos-den-zestainei", "Lefteris Manousakis <lefteris.m@example.gr>", "8ermo8alamos", "technical", "",
"""Kalhspera. O 8ermo8alamos pou nikiasame (paraggelia 6690) den zestainei
panw apo 40 vathmous, eno o 8ermostaths einai sta 90. Ta lampakia
anavoun kanonika. Mhpws 8elei kati na path8ei? Exoume gamo to Savvato
kai ton xreiazomaste.
Lefteris"""),
("el", "b167-re-tablet-thalamou-kollaei", "Σοφία Ηλιοπούλου <sofia.iliopoulou@example.gr>", "Re: Αίτημα 3318 - tablet παραγγελίας γευμάτων", "technical", "",
"""Καλησπέρα σας,
Δυστυχώς το tablet στο δωμάτιο 208 κολλάει ξανά, όπως και πριν την
«επανεκκίνηση» που κάνατε. Η μητέρα μου πατάει «Μεσημεριανό» και η
οθόνη μένει λευκή. Σήμερα της έφεραν πάλι ό,τι περίσσευε.
Σοφία Ηλιοπούλου

> Αγαπητή κα Ηλιοπούλου,
> Κάναμε απομακρυσμένη επανεκκίνηση στη συσκευή του δωματίου 208. Η
> λειτουργία παραγγελίας γευμάτων θα πρέπει πλέον να λειτουργεί κανονικά.
> Με εκτίμηση,
> Τμήμα Υποστήριξης"""),
("el", "b167-plyntirio-piaton-den-adeiazei", "Γιαννης Μελετιου <g.meletiou@example.gr>", "πλυντηριο πιατων ενοικιαση 6702", "technical", "",
"""Καλημερα. Το πλυντηριο πιατων καμπανας που μας φερατε χθες για το
πανηγυρι δεν αδειαζει το νερο στο τελος του κυκλου, μενει γεματο και τα
πιατα βγαινουν με λιπη. Ελεγξαμε τη σωληνα αποχετευσης, δεν ειναι
στραβωμενη. Μπορει να ερθει καποιος να το δει σημερα η αυριο; Το
χρειαζομαστε μεχρι την Κυριακη.
Γιαννης"""),
("el", "b167-forma-paraggelias-imerominia", "Αγγελική Τσιρίγου <angeliki.tsirigou@example.gr>", "Φόρμα παραγγελίας", "technical", "",
"""Καλησπέρα, προσπαθώ να κάνω παραγγελία για μπουφέ σε εταιρική
εκδήλωση μέσω της φόρμας στο site σας, αλλά το ημερολόγιο δεν με αφήνει
να επιλέξω καμία ημερομηνία μετά τις 30 Νοεμβρίου - είναι όλες γκρι. Η
εκδήλωση είναι 12 Δεκεμβρίου. Δοκίμασα από Chrome και από το κινητό.
Υπάρχει κάποιο πρόβλημα;
Αγγελική"""),
("el", "b167-gl-app-deixnei-den-efage", "Rania Papanikolaou <rania.pap@example.gr>", "??", "technical", "",
"""Kalhspera, edw kai mia vdomada h efarmogh mou vgazei ka8e mera
eidopoihsh "H Elenh den paralave to geuma ths shmera" enw h mikrh to
pairnei kanonika, rwthsa kai th daskala. Xrewsh la8os den exei ginei,
ola swsta ekei. Apla me trelainei h eidopoihsh ka8e meshmeri, nomizw oti
den efage. Mporeite na to diorthwsete?
Rania"""),
("el", "b167-psygeiovitrina-thorivos-9-vathmoi", "Οδυσσέας Καραγιάννης <odysseas@steki-odyssea.example>", "Ψυγείο βιτρίνα", "technical", "",
"""Καλημέρα σας,

Η ψυγειοβιτρίνα που νοικιάσαμε για το συνέδριο (ενοικίαση 6731) κάνει
δυνατό θόρυβο και κάθε ένα λεπτό ο συμπιεστής κλείνει και ανοίγει. Η
θερμοκρασία δεν πέφτει κάτω από 9 βαθμούς, ενώ είναι ρυθμισμένη στους 3.
Προς το παρόν έχουμε βάλει μόνο νερά και αναψυκτικά. Μπορείτε να την
αλλάξετε;

Οδυσσέας Καραγιάννης"""),
("el", "b167-efxaristo-kouzina-paidiatrikis", "Δέσποινα Λαμπράκη <despoina.lamprakh@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Η κόρη μου νοσηλεύτηκε δώδεκα μέρες στην Παιδιατρική κλινική του
νοσοκομείου. Είναι οκτώ χρονών, έχει κοιλιοκάκη και είναι πολύ δύσκολη
στο φαγητό. Από την πρώτη μέρα η διαιτολόγος ήρθε και μας ρώτησε τι της
αρέσει, και κάθε μέρα ερχόταν δίσκος χωρίς γλουτένη, ζεστός, με
κεφτεδάκια ή μακαρόνια που μπορούσε να φάει.

Δεν ζητάμε τίποτα, ήθελα μόνο να το ξέρει η ομάδα της κουζίνας. Μας
έκαναν τη ζωή πιο εύκολη σε μια δύσκολη περίοδο.

Με εκτίμηση,
Δέσποινα Λαμπράκη"""),
("el", "b167-gl-zaketa-trapezaria", "Sofia Vlachou <sofia.vlachou@example.gr>", "zaketa", "general", "",
"""geia sas, h mikrh mou afhse thn Pempth th zaketa ths sthn trapezaria
tou sxoleiou (1o Dhmotiko Xalandriou), mple skouro me ena asteraki sto
mpraswma. mhpws thn exei vrei kaneis apo to proswpiko ths kouzinas?
eyxaristw"""),
("el", "b167-odigies-paradosis-ktima-paiania", "Ηλίας Κόκκινος <ilias.kokkinos@example.gr>", "Βάπτιση Σάββατο - πρόσβαση", "general", "",
"""Καλησπέρα, για το catering του Σαββάτου στο κτήμα στην Παιανία: το GPS
σας βγάζει στον αγροτικό δρόμο από πίσω, που είναι χωματόδρομος και δεν
περνάει φορτηγάκι. Μπείτε από τη Λεωφ. Λαυρίου, στο δεύτερο φανάρι δεξιά
μετά το βενζινάδικο, και θα δείτε μπλε πινακίδα «Κτήμα Ροδιά». Ο φύλακας
θα σας ανοίξει την πλαϊνή πόρτα για την κουζίνα. Αν χαθείτε, πάρτε με
στο 694 000 5566.
Ηλίας"""),
("el", "b167-allagi-stoixeion-kinito-dieythynsi", "Ευανθια Ρουσσου <evanthia.roussou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα σας, αλλαξα αριθμο κινητου και διευθυνση. Παρακαλω ενημερωστε
τον λογαριασμο μου (γευματα κατ οικον, κωδικος πελατη 30418):

Νεο κινητο: 697 111 2233
Νεα διευθυνση: Ερμου 45, 2ος οροφος, Λαρισα

Οι παραδοσεις να γινονται στη νεα διευθυνση απο Δευτερα.
Ευχαριστω,
Ευανθια Ρουσσου"""),
("el", "b167-diagrafi-dedomenon-gkpd", "Αντώνης Βαφειάδης <antonis.vafeiadis@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων και των
δεδομένων του γιου μου (Ορέστης Βαφειάδης) από την εφαρμογή του
κυλικείου και από κάθε άλλο αρχείο σας. Ο γιος μου άλλαξε σχολείο τον
Σεπτέμβριο. Παρακαλώ επιβεβαιώστε μου εγγράφως όταν ολοκληρωθεί.

Αντώνης Βαφειάδης"""),
("el", "b167-nistisimo-sarakosti-sindos", "Π. Χριστοφόρου <p.christoforou@example.gr>", "Σαρακοστή", "general", "",
"""Καλησπέρα. Στο εστιατόριο προσωπικού του εργοστασίου στη Σίνδο θα
υπάρχει νηστίσιμο πιάτο κάθε μέρα την περίοδο της Σαρακοστής; Πέρσι
είχε μόνο Τετάρτη και Παρασκευή. Είμαστε αρκετοί που νηστεύουμε.
Ευχαριστώ, Παύλος Χριστοφόρου"""),
("el", "b167-gl-xorhgia-tournoua-mpasket", "Thanos Georgiou <thanos.georgiou@example.gr>", "xorhgia", "general", "",
"""Kalhspera sas,
eimai proponhths sta paidika tmhmata tou A.O. Neas Smyrnhs. Ton Iounio
kanoume to etisio tournoua mpasket gia paidia 8-12 etwn (peripou 200
paidia kai oi goneis tous). Sas vlepoume sto kylikeio tou sxoleiou ths
korhs mou kai skefthkame mhpws 8a sas endiefere na ginete xorhgos, h na
sthsete ena pagkaki me snak kai nera. Sto antallagma 8a exete logotypo
sta mplouzakia kai sto ghpedo.
Eyxaristw polu,
Thanos Gewrgiou"""),
("el", "b167-agenia-kylikeio-nosokomeiou-anoteros", "Σπυριδούλα Ντόκου <spyridoula.ntokou@example.gr>", "Καταγγελία για υπάλληλο", "general", "high",
"""Κύριοι,

Την Τρίτη το βράδυ, γύρω στις 21:00, κατέβηκα στο κυλικείο του
νοσοκομείου να πάρω ένα τσάι και ένα τοστ για τον άντρα μου, που είχε
μόλις βγει από το χειρουργείο. Ο υπάλληλος στο ταμείο (ψηλός, με γένια)
μου μίλησε με απίστευτη αγένεια επειδή του έδωσα χαρτονόμισμα των 50€,
με είπε «κουτή» μπροστά σε όλους και μου πέταξε τα ρέστα στον πάγκο.
Έφυγα κλαίγοντας.

Δεν θέλω απολογίες από το ίδιο άτομο. Θέλω να μιλήσω με τον υπεύθυνο
της εταιρείας που έχει το κυλικείο ή με κάποιον ανώτερο, και να μάθω τι
μέτρα θα πάρετε.

Σπυριδούλα Ντόκου
698 222 3344"""),
("el", "b167-gl-gyalia-paidikh-gwnia", "Marilena K. <marilena.k@example.gr>", "paidikh gwnia", "general", "high",
"""Kalhspera, shmera to meshmeri hmastan sto kafe-estiatorio sas sth
marina ths Glyfadas. Sthn paidikh gwnia, mesa sta malaka tapetakia, o
gios mou vrhke kommatia apo spasmeno gyali (apo pothri mallon). Den
kophke, eixame tyxh. To eipame se mia kopela tou service, eipe "ok" kai
synexise. Otan fygame, meta apo misi wra, ta paidia epaizan akoma ekei.
Parakalw kapoios na to katharisei kala prin kopei kapoio moro.
Marilena"""),
("el", "b167-spasmeno-skali-trapezarias", "Θεόδωρος Αλεξίου <theodoros.alexiou@example.gr>", "Σκαλιά τραπεζαρίας", "general", "high",
"""Καλησπέρα σας,

Είμαι μέλος του συλλόγου γονέων στο 5ο Δημοτικό Πάτρας. Στα σκαλιά που
κατεβαίνουν τα παιδιά για την τραπεζαρία που λειτουργείτε, το τρίτο
σκαλί έχει σπάσει στην άκρη και το μεταλλικό προφίλ εξέχει. Χθες
σκόνταψαν δύο παιδιά και το ένα χτύπησε άσχημα το γόνατο. Κάθε μεσημέρι
περνούν από εκεί 250 παιδιά.

Ενημερώσαμε και τον διευθυντή του σχολείου, αλλά η τραπεζαρία είναι
δική σας ευθύνη. Μπορείτε να το φτιάξετε ή τουλάχιστον να το σημάνετε
άμεσα;

Θεόδωρος Αλεξίου"""),
("el", "b167-epeigon-orario-kafeterias-pasxa", "Χαρά Μιχαηλίδου <chara.michailidou@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ: η καφετέρια του νοσοκομείου (ισόγειο, δίπλα στα εξωτερικά
ιατρεία) θα είναι ανοιχτή τη Μεγάλη Παρασκευή και το Πάσχα; Και τι
ώρες; Θα είμαστε εκεί όλη μέρα με τη γιαγιά."""),
("el", "b167-dianomeas-agenis-oxi-epistrofi", "Μάριος Σταθόπουλος <marios.stathopoulos@example.gr>", "Παράδοση σήμερα", "general", "",
"""Καλησπέρα,

Δεν ζητάω επιστροφή χρημάτων ούτε έκπτωση, το φαγητό ήρθε κανονικά και
ήταν μια χαρά. Θέλω απλώς να ξέρετε ότι ο διανομέας που έφερε σήμερα τα
20 μεσημεριανά στο γραφείο μας στην Καλλιθέα ήταν πολύ αγενής με τη
ρεσεψιονίστ μας - της φώναξε επειδή δεν κατέβηκε αμέσως να παραλάβει
και έφυγε βρίζοντας. Δεν είναι ωραίο.

Μάριος Σταθόπουλος"""),
("el", "b167-gl-mousakas-vomva", "Takis Rallis <takis.rallis@example.gr>", "Kyriakh", "general", "",
"""Re paidia, o mousakas sta genethlia ths manas mou htan vomva, mas
skotwse! Oloi rwtagan apo pou ton phrame. Eyxaristoume polu kai ton
Xrhsto pou ta efere sthn wra tou kai ta esthse ola. 8a ta ksanapoume
syntoma.
Takhs"""),
# ---------------- Spanish ----------------
("es", "b167-recibo-comedor-octubre-doble", "Lucía Fernández Ortega <lucia.fernandez.o@example.es>", "Recibo comedor octubre", "billing", "",
"""Buenos días:

Este mes me han pasado dos veces el recibo del comedor de mi hijo Pablo
(CEIP Virgen de la Cabeza, 3.º B), 98,50 € el día 2 y otros 98,50 € el
día 5. En el portal de familias solo aparece un recibo. Les adjunto el
extracto del banco. ¿Me pueden devolver el segundo cargo?

Un saludo,
Lucía Fernández"""),
("es", "b167-recarga-monedero-no-aparece", "Citlali Ramirez <citlali.ramirez@example.com.mx>", "recarga", "billing", "",
"""Hola buenas tardes, el viernes recargue $500 pesos al monedero de la
cafeteria de la oficina (Torre Reforma piso 12) con mi tarjeta de debito
y ya me lo cobraron pero en el saldo me sigue saliendo $37.50. Ya paso
el fin de semana. Me pueden ayudar? adjunto el comprobante
Citlali Ramirez
No. de empleado 20458"""),
("es", "b167-viandas-mama-se-muda-con-nosotros", "Graciela Pereyra <graciela.pereyra@example.com.ar>", "Viandas de mi mamá - Sra. Nélida Pereyra", "billing", "",
"""Hola, ¿qué tal?

Les escribo por las viandas que le mandan de lunes a viernes a mi mamá,
Nélida Pereyra, a Av. Rivadavia 5120, Caballito. Desde el mes que viene
mi mamá se viene a vivir con nosotros a Ramos Mejía, así que ya no las
va a necesitar. La última que sea el viernes 29.

El débito automático de $68.000 por mes que no se cobre más, por favor.
Y si quedó algo a favor, avísenme.

Mil gracias por todo, a mi vieja le encantaba el guiso de lentejas.
Graciela"""),
("es", "b167-comedor-nino-escayolado-diciembre", "Javier Muñoz <javier.munoz.r@example.es>", "Comedor diciembre - Hugo Muñoz", "billing", "",
"""Hola,

Mi hijo Hugo (2.º de Primaria, CEIP Los Olivos) se rompió la pierna el
sábado y no va a ir al cole hasta después de Reyes. ¿Tenemos que pagar
el comedor de diciembre igualmente o se puede descontar? No queremos
darle de baja, en enero vuelve. Si necesitan el informe médico se lo
mando.

Gracias,
Javier Muñoz"""),
("es", "b167-evento-cobro-de-mas-superintendencia", "Andrés Felipe Restrepo <andres.restrepo@andina-seguros.example>", "Factura FE-4471 - evento de fin de año", "billing", "high",
"""Cordial saludo,

Para el evento de fin de año de nuestra compañía contratamos con ustedes
un servicio de catering para 180 personas a $95.000 por persona, es
decir $17.100.000 más IVA, según la cotización aprobada. La factura
FE-4471 llegó por $21.850.000 más IVA: incluye 50 personas adicionales
que nunca asistieron (el control de ingreso lo tiene su propio
coordinador) y un "recargo por horario nocturno" que nadie nos
mencionó.

Hemos solicitado la corrección tres veces por correo y por teléfono sin
respuesta. Si en cinco días hábiles no recibimos la factura corregida,
presentaremos la queja ante la Superintendencia de Industria y Comercio.

Atentamente,
Andrés Felipe Restrepo
Jefe de Compras, Andina Seguros"""),
("es", "b167-fianza-menaje-quiero-gerente", "Montserrat Vidal <montse.vidal@example.es>", "Fianza alquiler 7733", "billing", "high",
"""Buenas tardes:

Alquilamos con ustedes mesas, sillas y menaje para la comunión de mi
hija (alquiler 7733). Lo devolvimos todo el lunes, y su transportista
revisó el material delante de mí y firmó el albarán sin incidencias.

Han pasado cinco semanas y la fianza de 300 € no ha vuelto. Cada vez que
llamo me dicen que "está en tramitación" y que ya me llamarán, y nadie
llama. Ya no quiero hablar con atención al cliente: quiero que me llame
el gerente o el responsable del almacén esta semana y que me digan
cuándo me devuelven mi dinero.

Montserrat Vidal
Tel. 600 123 456"""),
("es", "b167-xv-anos-segundo-pago-contracargo", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "XV años Fernanda - cancelación", "billing", "high",
"""Buenas tardes,

El 12 de agosto cancelamos por escrito el banquete de los XV años de mi
hija Fernanda (contrato 1185), con más de 60 días de anticipación como
dice el contrato. Ustedes confirmaron la cancelación por WhatsApp. Aun
así, el día 1 de septiembre me cargaron a la tarjeta el segundo pago de
$28,500.

Ya hablé dos veces y me dicen que "lo van a revisar". Si no me reembolsan
los $28,500 esta semana, voy a pedir el contracargo a mi banco y a poner
la queja en Profeco.

Guadalupe Hernández"""),
("es", "b167-factura-rut-vending-chile", "Contabilidad <contabilidad@pacifico-transportes.example>", "Facturas servicio máquinas", "billing", "",
"""Estimados:

Junto con saludar, les comento que las dos últimas facturas del
servicio de máquinas de snacks y café de nuestras oficinas de Las Condes
vienen a nombre de la razón social antigua y con el RUT equivocado. El
correcto es:

Transportes Pacífico SpA
RUT 76.123.456-7
Av. Apoquindo 4500, of. 1201, Las Condes

Les agradeceríamos emitir notas de crédito y refacturar, ya que así no
las podemos pagar.

Saludos cordiales,
Carolina Fuentes
Contabilidad"""),
("es", "b167-comedor-familia-numerosa-precio", "Rocío Gallardo <rocio.gallardo@example.es>", "Pregunta", "billing", "",
"""Hola! Este año van a quedarse al comedor mis tres hijos (Infantil, 2.º
y 5.º). ¿Hay descuento por tercer hijo o por ser familia numerosa? Y si
me conceden la beca de comedor de la Junta a mitad de curso, ¿me
devolvéis lo que haya pagado desde septiembre o se descuenta a partir de
ese mes?
Gracias!!
Rocío"""),
("es", "b167-re-presupuesto-casamiento-cuotas", "Martín Acosta <martin.acosta@example.com.ar>", "Re: Presupuesto casamiento 16/11 - Salón Los Aromos", "billing", "",
"""Hola Flor, ¿cómo va?

Gracias por el presupuesto, nos encantó el menú. Antes de confirmar te
hago dos consultas: ¿se puede pagar el saldo en cuotas sin interés con
tarjeta, o solo en efectivo/transferencia? Y si pagamos todo por
transferencia ahora, ¿hay algún descuento?

Abrazo,
Martín

El mar, 3 sept 2024 a las 11:20, Florencia Ibarra <eventos@losaromos-catering.example> escribió:
> Hola Martín,
> Te paso el presupuesto para el casamiento del 16/11 (120 invitados):
> recepción, plato principal, mesa dulce y barra libre 5 horas,
> $95.000 por persona. Se reserva la fecha con el 30% y el saldo se
> cancela 15 días antes del evento.
> Saludos, Flor"""),
("es", "b167-no-es-la-app-comision-recarga", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Comisión por recarga", "billing", "",
"""Kaixo,

No es un problema de la app, funciona perfectamente. Mi duda es otra:
desde este mes cada vez que recargo la tarjeta de comedor de mi hija me
aparece una "comisión de gestión" de 0,35 €. Recargo 20 € cada semana,
así que son casi 1,50 € al mes por nada. ¿Desde cuándo se cobra esto y
se puede evitar recargando de otra forma (transferencia, domiciliación)?

Iñaki"""),
("es", "b167-plan-comidas-solo-comida", "Rodrigo Salazar <rodrigo.salazar@example.com.mx>", "cambio de plan", "billing", "",
"""Que tal, tengo el plan completo del comedor del campus (desayuno y
comida, $3,200 al mes) pero ya no alcanzo a desayunar porque entro a
las 7. Quiero cambiarme al plan de solo comida a partir de octubre. Me
pueden decir cuanto cuesta y si lo de septiembre que ya pague se ajusta?
Rodrigo Salazar, matricula A01734529"""),
("es", "b167-vale-sirve-cafeteria-hospital", "Pilar Sánchez <pilar.sanchez.m@example.es>", "Vale de 10 euros", "billing", "",
"""Buenas, el otro día en la cafetería de la planta baja del Hospital
General me dieron un vale de 10 € porque se equivocaron con el pedido de
mi marido. ¿Ese vale lo puedo usar también en la cafetería de consultas
externas o solo en la que me lo dieron? Y ¿caduca?
Muchas gracias.
Pilar"""),
("es", "b167-cambio-termo-tapa-color", "Natalia Quintero <natalia.quintero@example.com.co>", "Cambio de un termo", "billing", "",
"""Buenas tardes,

Compré tres termos de comida en la tiendita de la cafetería del
colegio (dos rosados y uno azul). El azul vino con la tapa rosada, se ve
que la mezclaron al empacarlos. Está sin usar. ¿Lo puedo cambiar en la
misma tiendita o tengo que hacer la devolución por la página? Pagué
$42.900 por cada uno.

Muchas gracias,
Natalia"""),
("es", "b167-app-comedor-error-500", "Sergio Delgado <sergio.delgado@example.es>", "No carga el menú", "technical", "",
"""Hola,

Desde ayer la app del comedor me da "Error 500" al entrar en "Menús y
reservas". El resto de la app (avisos, saldo) funciona. Lo he probado en
el móvil de mi mujer y en el ordenador y pasa lo mismo. Tengo que
reservar los días sueltos de la semana que viene antes del jueves.

Sergio Delgado"""),
("es", "b167-no-es-cobro-no-puedo-entrar", "Ximena Ortiz <ximena.ortiz@example.com.mx>", "No puedo entrar a mi cuenta", "technical", "",
"""Hola, no es por ningún cobro, todo eso está bien. El problema es que
desde que cambié de celular no puedo entrar a la app: me pide el código
de verificación por SMS y nunca me llega. Ya le di "reenviar" como diez
veces. El número es el mismo de siempre.
Gracias, Ximena"""),
("es", "b167-tarjeta-comedor-lector-no-lee", "Leandro Giménez <leandro.gimenez@example.com.ar>", "Tarjeta de Tomás", "technical", "",
"""Hola, la tarjeta del comedor de mi hijo Tomás (4.º grado, Colegio San
Martín de Tours) desde el martes no la lee el lector de la entrada: la
pasa y queda en rojo. En la app tiene saldo. Las seños lo dejaron pasar
igual pero me dijeron que avise. ¿Tengo que pedir una nueva?
Leandro"""),
("es", "b167-paellero-olor-gas-valvula", "Ramón Ferrer <ramon.ferrer@example.es>", "Alquiler paellero 7802", "technical", "high",
"""Buenas tardes:

Esta mañana nos han traído el paellero de gas de 90 cm y la bombona que
alquilamos para la fiesta de la falla (alquiler 7802). Al conectarlo y
abrir la llave, hay un olor a gas bastante claro junto a la válvula del
quemador de fuera, incluso con los mandos cerrados. Con agua y jabón
salen burbujitas en la rosca.

Hemos cerrado la bombona, la hemos sacado fuera y no lo vamos a usar así.
¿Pueden venir a revisarlo o cambiarlo antes del sábado a mediodía?

Ramón Ferrer
Falla Plaça del Mercat"""),
("es", "b167-maquina-snacks-chispas-cable", "Omar Villalobos <omar.villalobos@example.com.mx>", "Máquina de snacks planta baja", "technical", "high",
"""Buen día,

Les aviso que la máquina de snacks que tienen en la planta baja de
nuestra oficina (Av. Vallarta 3200, Guadalajara) está echando chispas en
el cable de atrás, donde entra a la máquina. Hoy el de limpieza la movió
un poco para trapear y se vio el chispazo y se fue la luz del pasillo
un momento. Ya la desconectamos y le pusimos una silla enfrente.

Manden a alguien a revisarla por favor, no la vamos a volver a conectar
hasta que venga un técnico.

Saludos,
Omar Villalobos
Mantenimiento"""),
("es", "b167-datafonos-festival-no-conectan", "Producción <produccion@festival-riberasound.example>", "TPVs puestos de comida", "technical", "high",
"""Hola,

Los 12 datáfonos que nos alquilasteis para los puestos de comida del
festival no conectan desde las 19:00: se quedan en "Conectando con
servidor" y al final dan error. El festival es cashless, así que ahora
mismo ninguno de los puestos puede cobrar. Hay colas de más de 200
personas en la zona de food trucks y la gente se está yendo sin cenar.
Los cabezas de cartel empiezan a las 22:30.

Necesitamos a alguien al teléfono YA. Móvil de producción: 611 222 333.

Álvaro Ruiz
Jefe de Producción, Ribera Sound"""),
("es", "b167-reservas-comedor-planta-sin-andar", "Jefatura RRHH <rrhh@metalurgica-delsur.example>", "Sistema de reservas comedor", "technical", "high",
"""Buenas,

Desde el lunes el sistema de reservas del comedor de la planta no
registra nada: los operarios reservan desde el tótem o el celular, les
sale "reserva confirmada", pero en cocina la lista aparece vacía. Somos
600 personas en tres turnos.

El lunes cocinaron a ojo y sobraron 200 raciones que se tiraron; ayer
cocinaron menos y el turno tarde se quedó sin comida, con el gremio
preguntando qué pasa. Hoy estamos igual.

Necesitamos que alguien lo resuelva hoy.

Mariela Sosa
Jefa de Recursos Humanos, Metalúrgica del Sur S.A."""),
("es", "b167-marmita-alquilada-no-enciende", "Yeison Cárdenas <yeison.cardenas@example.com.co>", "Marmita", "technical", "",
"""Buenas tardes, la marmita de 100 litros que nos alquilaron para el
almuerzo comunitario del domingo no enciende. Tiene luz el tablero
pero al girar la perilla no calienta nada. Revisamos el breaker y está
bien. ¿Será algo de la resistencia? Necesitamos que funcione antes del
domingo.
Yeison Cárdenas
Junta de Acción Comunal barrio La Floresta"""),
("es", "b167-re-saldo-no-sincroniza", "Francisca Rojas <francisca.rojas@example.cl>", "Re: Caso 2290 - saldo casino", "technical", "",
"""Hola,

Les escribo de nuevo porque el problema sigue igual po: cargo la
tarjeta del casino desde la app y el saldo nuevo no aparece en la caja
hasta dos o tres días después. Hoy mi hija no pudo almorzar con su
tarjeta aunque en la app sale con $12.000.

Francisca Rojas

-----Mensaje original-----
De: Soporte <soporte@casinoescolar.example>
Enviado: lunes, 9 de septiembre de 2024 10:15
Asunto: Caso 2290 - saldo casino

Estimada Francisca,
Hemos corregido el retraso en la sincronización de saldos. A partir de
ahora las cargas se verán reflejadas en caja en un máximo de 15 minutos.
Saludos cordiales,
Equipo de Soporte"""),
("es", "b167-web-catering-codigo-postal", "Beatriz Moreno <beatriz.moreno@example.es>", "Pedido web", "technical", "",
"""Hola, estoy intentando hacer un pedido de bandejas de canapés en
vuestra web para el día 14 y al poner la dirección de entrega (C/ Alcalá
210, 28028 Madrid) me dice "Código postal no válido". Sé que repartís en
esa zona porque os pedimos en junio a la misma dirección. ¿Qué pasa?
Beatriz"""),
("es", "b167-impresora-tickets-caracteres-raros", "Luis Arturo Pineda <luis.pineda@example.com.mx>", "Impresora de la cocina", "technical", "",
"""Buenas tardes,

La impresora de comandas que nos instalaron en la cocina de la cafetería
del hospital imprime puros caracteres raros en la mitad de los tickets
(símbolos y letras chinas). La otra mitad salen bien. Ya la apagamos y
la volvimos a prender y cambiamos el rollo.

¿Pueden revisarla en remoto o mandar a alguien?

Luis Arturo Pineda
Supervisor de cafetería"""),
("es", "b167-cafetera-alquilada-sin-presion", "Carmen Lozano <carmen.lozano@example.es>", "Cafetera", "technical", "",
"""Buenos días,

La cafetera de dos grupos que tenemos alquilada para el congreso (del
lunes al jueves, hotel Meliá) ha perdido presión: el manómetro no pasa
de 0,5 y los cafés salen aguados y sin crema. Ayer iba bien. Hemos
purgado los grupos como nos explicó el técnico. ¿Alguna idea?

Carmen Lozano
Coordinación de eventos"""),
("es", "b167-sesion-expirada-cada-rato", "Nico Barrios <nico.barrios@example.com.ar>", "app", "technical", "",
"""che la app me tira "sesion expirada" cada dos minutos y me saca, no
llego ni a elegir el menu. ya la desinstale y la volvi a bajar. que onda?"""),
("es", "b167-gracias-monitoras-comedor", "Elena Carrasco <elena.carrasco@example.es>", "Gracias", "general", "",
"""Buenas tardes:

Solo quería daros las gracias. Mi hija Alba empezó este curso en Infantil
de 3 años y los primeros días no quería ni probar la comida. Las
monitoras del comedor, sobre todo Rosi, han tenido una paciencia
infinita: le sentaban con su amiga, le ponían poquito en el plato... y
ahora llega a casa contándome lo que ha comido y pidiendo "las lentejas
del cole".

Un saludo muy grande a todo el equipo de cocina,
Elena Carrasco"""),
("es", "b167-olvide-lentes-comedor-oficina", "Mauricio Lara <mauricio.lara@example.com.mx>", "lentes", "general", "",
"""Hola, el jueves olvide unos lentes en el comedor de empleados del piso
3, en una de las mesas junto a la ventana. Son de armazon negro, en un
estuche cafe. Alguien los habra entregado? Gracias
Mauricio Lara, Contabilidad"""),
("es", "b167-viandas-timbre-no-anda", "Sofía Benítez <sofia.benitez@example.com.ar>", "Entrega de viandas", "general", "",
"""Hola! Les aviso que en el edificio de Av. Corrientes 3450 el portero
eléctrico no anda, así que el repartidor de las viandas no puede tocar
el 7.º B. Que por favor me mande un WhatsApp al 11 5555 0199 cuando
llegue y bajo yo, o que las deje con el encargado (Don Carlos) si está
en la portería, de 8 a 13.
Gracias!
Sofi"""),
("es", "b167-cambio-apellido-cuenta", "María José Ospina <mariajose.ospina@example.com.co>", "Actualización de datos", "general", "",
"""Buenos días,

Me casé hace poco y quiero actualizar mis datos en la cuenta del
programa de almuerzos de la empresa: el apellido ahora es Ospina de
Vargas, y el correo de contacto es este nuevo. La cédula sigue siendo
la misma (1.020.345.678).

Quedo atenta,
María José Ospina de Vargas"""),
("es", "b167-fotos-nino-redes-comedor", "Alberto Jiménez <alberto.jimenez.l@example.es>", "Fotos en Instagram", "general", "",
"""Buenas tardes:

He visto que la cuenta de Instagram del comedor del colegio publica
fotos de los niños comiendo, y en una de la semana pasada aparece mi
hijo Daniel (1.º B) con la cara perfectamente visible. No hemos dado
consentimiento para eso. Les pido que retiren esa foto y que no vuelvan
a publicar imágenes suyas, y que me confirmen qué otras fotos o datos de
mi hijo tienen.

Atentamente,
Alberto Jiménez"""),
("es", "b167-casino-sin-gluten-celiaco", "Joaquín Muñoz <joaquin.munoz@example.cl>", "Consulta menú", "general", "",
"""Hola, buenas tardes. Mi hijo es celíaco y entra en marzo a 1.º básico
al Colegio Los Andes de Ñuñoa. ¿El casino tiene menú sin gluten todos
los días? ¿Y la cocina lo prepara aparte? Quisiera saber antes de
inscribirlo en el almuerzo.
Saludos,
Joaquín"""),
("es", "b167-visitar-cocina-colegio", "Ana Belén Rubio <anabelen.rubio@example.es>", "Jornada de puertas abiertas", "general", "",
"""Hola:

Somos del AMPA del colegio Santa Teresa de Zaragoza. Varias familias
nos han preguntado si sería posible visitar la cocina del comedor y
conocer al equipo, tipo jornada de puertas abiertas, quizá un viernes
por la tarde en primavera. ¿Lo habéis hecho en otros colegios? ¿Con
quién tendríamos que organizarlo?

Un saludo,
Ana Belén Rubio
AMPA Santa Teresa"""),
("es", "b167-encargada-grito-hija-gerente", "Verónica Salinas <veronica.salinas@example.com.mx>", "Queja - cafetería Colegio Americano", "general", "high",
"""A quien corresponda:

El día de hoy la encargada de la cafetería del Colegio Americano de
Monterrey le gritó a mi hija Renata (8 años) delante de todo el grupo
porque se le cayó la charola, le dijo que era una "torpe" y la hizo
limpiar el piso sola mientras los demás se reían. Mi hija llegó a la
casa llorando y no quiere volver a la cafetería.

Exijo hablar con el gerente de la empresa o con su superior directo,
no con la misma encargada, y quiero saber qué medidas van a tomar.
Espero su llamada mañana a más tardar.

Verónica Salinas
81 1234 5678"""),
("es", "b167-puerta-cristal-comedor-grieta", "Francisco Javier Ortega <fj.ortega@example.es>", "Puerta del comedor", "general", "high",
"""Buenas tardes:

Les escribo como padre de dos alumnos del CEIP Miguel Hernández. La
puerta de cristal de acceso al comedor tiene una grieta que la cruza de
arriba abajo desde hace al menos dos semanas, y los niños la siguen
empujando con las manos al entrar y salir, que son unos 300 cada día.
Hoy he visto que hay un trozo que se mueve.

Sé que el comedor lo gestionan ustedes. ¿Pueden cerrar esa puerta o
ponerle algo hasta que la cambien? Me da miedo que se caiga encima de
un crío.

Un saludo,
Francisco Javier Ortega"""),
("es", "b167-buffet-club-vidrio-clavos", "Marcela Quiroga <marcela.quiroga@example.com.ar>", "Patio del buffet", "general", "high",
"""Hola, les escribo por el patio del buffet del club que ustedes
explotan (Club Atlético Villa Sarmiento). Ayer, en el cumple de mi
sobrino, había vidrios de una botella rota al lado del arenero y un
banco de madera con dos clavos salidos a la altura de las piernas de
los chicos. Uno se enganchó el pantalón. Le avisé a la chica de la barra
y me dijo que no era su tema.

Hay chicos corriendo todo el fin de semana ahí. Por favor arreglen eso
antes de que alguno se lastime en serio.
Marcela Quiroga"""),
("es", "b167-urgente-horario-festivo", "Camilo Andrés Gómez <camilo.gomez@example.com.co>", "URGENTE!!!", "general", "",
"""URGENTE: la cafetería del edificio Torre Sur va a abrir el lunes
festivo? Tenemos cierre contable y vamos a estar todo el día, necesito
saber si pedimos almuerzo por fuera. Gracias"""),
("es", "b167-camarero-boda-no-quiero-dinero", "Raquel Domínguez <raquel.dominguez@example.es>", "Sobre uno de los camareros de la boda", "general", "",
"""Hola,

Antes de nada: la boda fue preciosa y la comida estuvo fenomenal, y no
quiero que me devolváis dinero ni nada parecido. Solo quiero que sepáis
que uno de los camareros (alto, con coleta) estuvo muy borde con mi
abuela en el cóctel: ella le pidió una silla y le contestó de malas
maneras que "eso no era cosa suya". Mi abuela tiene 89 años. Creo que
deberíais saberlo.

Gracias,
Raquel"""),
("es", "b167-birria-de-muerte", "Chuy Martínez <chuy.martinez@example.com.mx>", "el sábado", "general", "",
"""Qué onda! nomás para decirles que la birria del sábado en el bautizo
estuvo de muerte, nos mataron jaja. Todos preguntando quién había
hecho el banquete. Gracias a Don Beto y a los muchachos que se rifaron
sirviendo con el calorón. Los recomendamos al cien.
Chuy y familia"""),
# ---------------- Polish ----------------
("pl", "b167-podwojna-oplata-obiady-pazdziernik", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Obiady październik", "billing", "",
"""Dzień dobry,

za obiady syna (Kacper Wróblewski, kl. 2b, SP nr 12 w Rzeszowie) na
październik zapłaciłam przez Państwa system 176 zł, ale z konta zeszło
dwa razy po 176 zł, 30.09 i 1.10. W panelu rodzica widzę tylko jedną
wpłatę. Proszę o zwrot drugiej kwoty. W załączniku wyciąg z banku.

Pozdrawiam
Agnieszka Wróblewska"""),
("pl", "b167-doladowanie-karty-nie-widac", "Marcin Zielinski <marcin.zielinski@example.pl>", "doladowanie", "billing", "",
"""Dzien dobry, w piatek doladowalem karte obiadowa corki na 100 zl przez
BLIK, pieniadze zeszly z konta, a w aplikacji dalej jest 4,50 zl. Corka
Zuzanna Zielinska, Gimnazjum... przepraszam, SP 3 w Tczewie, kl. 6a.
Prosze o sprawdzenie.
Marcin"""),
("pl", "b167-nauczanie-domowe-rezygnacja-obiady", "Ewa Szczepańska <ewa.szczepanska@example.pl>", "Julia Szczepańska 4c", "billing", "",
"""Dzień dobry,

od lutego córka przechodzi na edukację domową, więc nie będzie już
chodziła do szkoły ani jadła obiadów na stołówce. Proszę, żeby od
lutego nie naliczać już opłat i wyłączyć polecenie zapłaty (120 zł
miesięcznie). Jeśli została nadpłata za styczeń, proszę o zwrot na
konto, z którego płacę.

Dziękuję i pozdrawiam
Ewa Szczepańska"""),
("pl", "b167-wstrzymanie-abonamentu-macierzynski", "Katarzyna Nowicka <katarzyna.nowicka@example.pl>", "Abonament lunchowy", "billing", "",
"""Cześć,

od 1 marca idę na urlop macierzyński i przez najbliższy rok nie będzie
mnie w biurze, więc lunche w ramach abonamentu (Biurowiec Alfa, Poznań)
nie będą mi potrzebne. Nie chcę rezygnować na stałe, tylko zawiesić i
wrócić do tej samej stawki, jak wrócę. Da się tak? Abonament to 320 zł
miesięcznie, potrącany z pensji przez kadry.

Kasia Nowicka"""),
("pl", "b167-kaucja-sprzet-sad", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Kaucja - wypożyczenie nr 5519", "billing", "high",
"""Dzień dobry,

w czerwcu wypożyczyliśmy od Państwa sprzęt na festyn gminny (wypożyczenie
nr 5519: 4 podgrzewacze, 2 warniki, stoły). Wszystko zostało zwrócone
następnego dnia, kompletne i czyste - pracownik magazynu podpisał
protokół zwrotu bez uwag.

Kaucja w wysokości 800 zł miała wrócić w ciągu 14 dni. Minęły ponad dwa
miesiące, trzy maile zostały bez odpowiedzi, a przez telefon słyszę, że
"księgowość się tym zajmie".

Jeżeli do 15 września kaucja nie wpłynie na nasze konto, skieruję
sprawę do miejskiego rzecznika konsumentów, a następnie do sądu w
postępowaniu uproszczonym.

Tomasz Kaczmarek
Sołtys wsi Dąbrówka"""),
("pl", "b167-wesele-doplata-kelnerzy-wlasciciel", "Paulina Majewska <paulina.majewska@example.pl>", "Wesele 7.09 - rachunek końcowy", "billing", "high",
"""Dzień dobry,

w rachunku końcowym za wesele 7 września znalazła się pozycja "dodatkowe
godziny obsługi kelnerskiej - 2 400 zł". Nikt z nami tego nie uzgadniał.
Wesele skończyło się zgodnie z umową o 4:00, a kelnerzy zaczęli sprzątać
sale jeszcze przed oczepinami.

Rozmawiałam już dwa razy z koordynatorką, która twierdzi, że "tak jest w
cenniku", ale w naszej umowie nie ma o tym ani słowa. Nie zamierzam
dłużej tego wyjaśniać z nią. Proszę o kontakt właściciela firmy lub
kierownika - chcę, żeby ta pozycja została usunięta z rachunku.

Paulina Majewska
tel. 601 234 567"""),
("pl", "b167-aplikacja-automatow-premium-chargeback", "Robert Wasilewski <robert.wasilewski@example.pl>", "Co to za opłata 29,99 zł???", "billing", "high",
"""Od trzech miesięcy z karty podpiętej do aplikacji automatów (te w
biurowcu przy Grzybowskiej) schodzi mi 29,99 zł co miesiąc jako "Snack
Premium". Nigdy tego nie zamawiałem, używam aplikacji tylko do płacenia
za kawę. Dwa maile do Was bez odpowiedzi.

Jeśli do końca tygodnia nie oddacie 89,97 zł i nie wyłączycie tego, składam
w banku reklamację transakcji (chargeback) na wszystkie trzy i usuwam
kartę z aplikacji.

R. Wasilewski"""),
("pl", "b167-faktura-nip-catering-szkolenie", "Biuro <biuro@drukarnia-gutenberg.example>", "Faktura za catering 12.03", "billing", "",
"""Dzień dobry,

za catering na szkolenie 12 marca (przerwa kawowa + lunch dla 25 osób)
otrzymaliśmy paragon, a potrzebujemy faktury VAT na firmę:

Drukarnia Gutenberg sp. z o.o.
ul. Piotrkowska 210, 90-361 Łódź
NIP 725-000-11-22

Paragon zawierał nasz NIP, więc fakturę można wystawić. Proszę o
przesłanie jej na ten adres.

Z poważaniem
Joanna Kowalczyk
Biuro zarządu"""),
("pl", "b167-mops-dofinansowanie-obiadow", "Halina Pawlak <halina.pawlak@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mam pytanie. Dostałam decyzję z MOPS o dofinansowaniu
obiadów dla wnuczka (mieszka ze mną, Szkoła Podstawowa nr 5 w
Kielcach). Czy mam dalej płacić te 6 zł za obiad i MOPS mi zwróci, czy
to Państwo rozliczają się z MOPS bezpośrednio? Nie chcę zapłacić
podwójnie. Nie mam internetu w telefonie, proszę o odpowiedź tutaj lub
telefon 41 000 22 33.
Halina Pawlak"""),
("pl", "b167-re-oferta-komunia-raty", "Michał Sikora <michal.sikora@example.pl>", "Re: Oferta - Pierwsza Komunia 18.05", "billing", "",
"""Dzień dobry Pani Magdo,

dziękuję za ofertę, menu nam odpowiada. Czy zaliczkę 30% można zapłacić
w dwóch ratach (teraz i w marcu)? I czy resztę płacimy przelewem przed
przyjęciem, czy gotówką na miejscu?

Pozdrawiam
Michał Sikora

> Wiadomość napisana przez Magdalena Górska <oferty@smaki-mazur.example>:
>
> Szanowny Panie,
> w załączeniu oferta na obiad komunijny 18 maja dla 35 osób: zupa,
> danie główne, deser i tort, 189 zł/os. Rezerwacja terminu po wpłacie
> zaliczki 30%.
> Pozdrawiam serdecznie,
> Magdalena Górska"""),
("pl", "b167-nie-techniczny-odpisy-nieobecnosci", "Grzegorz Lewandowski <grzegorz.lewandowski@example.pl>", "Odpisy za nieobecności", "billing", "",
"""Dzień dobry,

to nie jest problem techniczny - aplikacja działa, zgłoszenie
nieobecności przeszło i mam potwierdzenie. Chodzi o to, że syn był
chory od 4 do 15 listopada, obiady odwołałem dzień wcześniej przed 9:00,
tak jak w regulaminie, a w rozliczeniu za grudzień nie ma żadnego
odpisu. To 9 dni po 11 zł, czyli 99 zł. Kiedy zostanie to odliczone?

Grzegorz Lewandowski"""),
("pl", "b167-przedszkole-tylko-obiad-podwieczorek", "Joanna Dabrowska <joanna.dabrowska@example.pl>", "zmiana posilkow Antek", "billing", "",
"""Dzien dobry, od marca Antek (grupa Biedronki) bedzie jadl sniadania w
domu, bo zmieniam godziny pracy i bedzie przychodzil na 9:00. Prosze o
zmiane z pelnego wyzywienia (4 posilki) na obiad i podwieczorek i
przeliczenie oplaty od marca. Ile wtedy wyjdzie miesiecznie?
Joanna Dabrowska"""),
("pl", "b167-bon-podarunkowy-catering-swiateczny", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Bon", "billing", "",
"""Szanowni Państwo,

w zeszłym roku dostałem od zakładu pracy bon podarunkowy na 300 zł do
Państwa firmy. Czy mogę nim opłacić zamówienie cateringu
wigilijnego (pierogi, barszcz, karp), które chcę złożyć na 23 grudnia? I
czy bon jeszcze jest ważny, bo nie ma na nim daty?

Z poważaniem
Stanisław Kubiak"""),
("pl", "b167-zwrot-pojemnikow-jednorazowych", "Beata Wójcik <beata.wojcik@example.pl>", "Zamówienie 44102", "billing", "",
"""Dzień dobry, w Państwa sklepie internetowym kupiłam 10 opakowań
pojemników lunchowych (po 50 szt.) na kiermasz, a zużyłam tylko 4.
Pozostałe 6 opakowań jest nieotwartych, w folii. Czy mogę je zwrócić i
ile wyniesie zwrot? Zapłaciłam 34,90 zł za opakowanie.
Beata Wójcik"""),
("pl", "b167-aplikacja-obiadowa-po-aktualizacji", "Łukasz Piotrowski <lukasz.piotrowski@example.pl>", "Aplikacja nie działa", "technical", "",
"""Dzień dobry,

po wczorajszej aktualizacji aplikacja do zamawiania obiadów wyświetla
tylko białą stronę z kręcącym się kółkiem. Telefon Samsung A52,
Android 14. Odinstalowałem i zainstalowałem ponownie, wyczyściłem dane
- bez zmian. Przez stronę www działa, ale na telefonie nie.

Łukasz Piotrowski"""),
("pl", "b167-nie-chodzi-o-platnosc-logowanie", "Kamil Wozniak <kamil.wozniak@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie chodzi o platnosc, wszystko jest oplacone. Od
poniedzialku nie moge sie zalogowac na konto rodzica - po wpisaniu
hasla pokazuje sie "Konto zablokowane, skontaktuj sie z administratorem".
Nie wpisywalem zlego hasla, nic nie zmienialem. Prosze o odblokowanie.
Kamil Wozniak"""),
("pl", "b167-czytnik-stolowka-nie-czyta-karty", "Iwona Michalska <iwona.michalska@example.pl>", "Karta Oliwii", "technical", "",
"""Dzień dobry, od środy czytnik na stołówce nie czyta karty mojej córki
(Oliwia Michalska, 5a, SP 21 Gdańsk) - pani przy okienku mówi, że
"świeci na czerwono". Saldo w aplikacji to 46 zł. Czy karta się
zepsuła? Jak mogę dostać nową i czy do tego czasu Oliwia dostanie obiad?
Iwona Michalska"""),
("pl", "b167-kuchnia-indukcyjna-kabel-nadtopiony", "Adam Górecki <adam.gorecki@example.pl>", "Kuchnia indukcyjna - wypożyczenie 5607", "technical", "high",
"""Dzień dobry,

wypożyczona od Państwa dwupolowa kuchnia indukcyjna (wypożyczenie 5607)
po około pół godzinie pracy ma bardzo gorący przewód zasilający przy
wejściu do obudowy - izolacja w tym miejscu jest lekko nadtopiona i
czuć zapach spalenizny. Gniazdko jest nowe, inne urządzenia działają na
nim bez problemu.

Wyłączyliśmy ją i odłożyliśmy na bok. Proszę o odbiór i, jeśli to
możliwe, wymianę na sprawną przed sobotnią imprezą.

Adam Górecki
Kuchnia Polowa Górecki"""),
("pl", "b167-automat-napoje-woda-pod-gniazdko", "Dział Administracji <administracja@biurowiec-nadodrze.example>", "Automat z napojami - parter", "technical", "high",
"""Dzień dobry,

z automatu z napojami na parterze (nr seryjny na naklejce: AW-7731)
od rana wycieka woda. Kałuża podchodzi pod listwę z gniazdkami, do
której automat jest podłączony. Odcięliśmy zasilanie bezpiecznikiem i
ustawiliśmy pachołek, ale nie chcemy go ruszać sami.

Proszę o pilny przyjazd serwisanta.

Monika Jabłońska
Administracja budynku Nadodrze Office"""),
("pl", "b167-panel-zamowien-nie-wysyla-list", "Kuchnia Centralna Smakosz <kuchnia@smakosz-catering.example>", "Panel zamówień", "technical", "high",
"""Dzień dobry,

od 6:00 Państwa panel nie generuje nam list zamówień z trzech szkół,
które obsługujemy w Olsztynie (SP 4, SP 11, SP 17). Rodzice zamówili
obiady normalnie, mają potwierdzenia, a u nas lista jest pusta. Bez
list nie wiemy, ile porcji i jakich diet przygotować.

Kucharki zaczęły gotować na oko według średniej z zeszłego tygodnia,
ale nie mamy pojęcia, które dzieci są na diecie bezglutenowej i bez
mleka. Obiady wyjeżdżają o 11:00.

Proszę o telefon: 89 000 44 55.

Wiesław Bartczak
Kierownik kuchni"""),
("pl", "b167-automaty-woda-hala-upal", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "automaty na hali B", "technical", "high",
"""Dzień dobry,

od wczoraj żaden z czterech automatów z wodą i napojami na hali B nie
działa - ekran "Brak połączenia", nie bierze ani kart, ani monet. Na
hali jest dzisiaj ponad 35 stopni, pracuje 280 osób na trzy zmiany, a to
jedyne źródło wody na produkcji. Ludzie chodzą do stołówki w drugim
budynku, więc linia stoi co chwilę, a jedna pracownica już zasłabła.

Proszę o natychmiastowy przyjazd serwisu.

Jerzy Malinowski
Kierownik zmiany, Zakład w Mielcu"""),
("pl", "b167-re-szafa-chlodnicza-dalej-grzeje", "Dorota Kamińska <dorota.kaminska@example.pl>", "Re: Zgłoszenie 1874 - szafa chłodnicza", "technical", "",
"""Dzień dobry,

niestety wymiana termostatu nic nie dała, szafa dalej trzyma 11-12
stopni zamiast 4. Na razie przełożyliśmy wszystko do naszej lodówki, ale
się nie mieści.

Dorota Kamińska
Bistro Pod Lipami

-----Oryginalna wiadomość-----
Od: Serwis <serwis@gastro-wynajem.example>
Wysłano: poniedziałek, 16 września 2024 14:22
Temat: Zgłoszenie 1874 - szafa chłodnicza

Dzień dobry,
nasz technik wymienił dziś termostat w wynajmowanej szafie chłodniczej.
Urządzenie powinno osiągnąć zadaną temperaturę w ciągu kilku godzin.
Pozdrawiamy,
Dział Serwisu"""),
("pl", "b167-strona-zawiesza-wybor-diety", "Natalia Grabowska <natalia.grabowska@example.pl>", "Strona", "technical", "",
"""Hej, na Waszej stronie przy zamawianiu cateringu na imprezę firmową,
jak zaznaczam "dieta wegańska" dla części osób, strona się zawiesza i po
minucie wyskakuje "Coś poszło nie tak". Próbowałam trzy razy, w Chrome i
Edge. Bez diet przechodzi dalej, ale potrzebuję 6 porcji wegańskich.
Natalia"""),
("pl", "b167-ekspres-biuro-blad-odkamienianie", "Piotr Sadowski <piotr.sadowski@example.pl>", "Ekspres kuchnia 2 piętro", "technical", "",
"""Dzień dobry,

ekspres, który mamy od Was w dzierżawie (kuchnia na 2. piętrze), od
tygodnia co chwilę wyświetla "Wymagane odkamienianie" i blokuje się.
Odkamienialiśmy go dwa razy według instrukcji, komunikat wraca po
kilkunastu kawach. Da się to zresetować, czy musi przyjechać serwis?

Piotr Sadowski"""),
("pl", "b167-kod-qr-odbior-obiadu", "Sylwia Zając <sylwia.zajac@example.pl>", "Kod QR", "technical", "",
"""Dzień dobry, od poniedziałku w aplikacji nie generuje się kod QR do
odbioru obiadu dla syna - zamiast kodu jest szary kwadrat i napis
"Błąd ładowania". Obiady są zamówione i opłacone. Pani na stołówce
wydaje mu obiad po nazwisku, ale prosiła, żeby to zgłosić.
Sylwia Zając"""),
("pl", "b167-piec-konwekcyjny-nie-trzyma", "Rafał Olszewski <rafal.olszewski@example.pl>", "Piec - wynajem 5633", "technical", "",
"""Dzień dobry,

wynajęty piec konwekcyjno-parowy (wynajem 5633) nie trzyma temperatury:
ustawiamy 180 stopni, a po 20 minutach termometr w środku pokazuje 140 i
dalej spada, mimo że wentylator chodzi. Mamy catering na 200 osób w
czwartek. Czy to coś, co możemy sami sprawdzić, czy podmienicie
urządzenie?

Rafał Olszewski"""),
("pl", "b167-nie-dziala-strona", "Kuba <kuba.k@example.pl>", "???", "technical", "",
"""nie dziala wasza strona od rana, wywala 502 bad gateway. jak mam
zamowic obiad na jutro"""),
("pl", "b167-pochwala-kuchnia-szpital-zakopane", "Zofia Krawczyk <zofia.krawczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w listopadzie przez dwa tygodnie leżałam na oddziale ortopedii szpitala
w Zakopanem po operacji biodra. Mam 81 lat i w szpitalu zawsze mi
jedzenie nie smakowało, ale tym razem było inaczej. Zupy jak domowe,
kompot, a pani, która rozwoziła posiłki, zawsze pytała, czy mi czegoś
nie pokroić. Bardzo dziękuję całej kuchni.

Z wyrazami szacunku
Zofia Krawczyk"""),
("pl", "b167-zguba-czapka-stolowka", "Aneta Kowalska <aneta.kowalska@example.pl>", "czapka", "general", "",
"""Dzien dobry, syn zostawil wczoraj na stolowce czapke (granatowa, z
pomponem, z naszywka Lech Poznan). SP 44, klasa 3c. Czy panie z kuchni
cos znalazly?
Aneta Kowalska"""),
("pl", "b167-wesele-remiza-wjazd-od-tylu", "Sebastian Kozłowski <sebastian.kozlowski@example.pl>", "Dojazd na wesele 21.06", "general", "",
"""Dzień dobry,

co do dostawy na wesele 21 czerwca w remizie OSP w Wólce
Kosowskiej: proszę nie wjeżdżać od głównej ulicy, bo przed remizą
będą stały samochody gości. Wjazd od tyłu, polną drogą za kościołem,
brama będzie otwarta od 12:00. Kuchnia jest po lewej stronie, za
garażem wozu strażackiego. Na miejscu będzie mój teść, Pan Henryk,
tel. 502 333 444.

Pozdrawiam
Sebastian Kozłowski"""),
("pl", "b167-zmiana-nazwiska-telefonu", "Magdalena Nowak <magdalena.nowak@example.pl>", "Zmiana danych w koncie", "general", "",
"""Dzień dobry,

proszę o zmianę danych w koncie rodzica (dzieci: Hanna i Filip, SP 8
Lublin): nazwisko z Wiśniewska na Nowak i nowy numer telefonu 698 765
432. Adres e-mail zostaje ten, z którego piszę.

Dziękuję
Magdalena Nowak"""),
("pl", "b167-rodo-usuniecie-konta", "Krzysztof Jankowski <krzysztof.jankowski@example.pl>", "Usunięcie danych - RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO proszę o usunięcie mojego konta oraz
wszystkich danych osobowych moich i mojego syna (Igor Jankowski) z
Państwa systemu obiadowego. Syn skończył szkołę w czerwcu. Proszę o
potwierdzenie wykonania.

Z poważaniem
Krzysztof Jankowski"""),
("pl", "b167-skad-obiady-alergeny", "Alicja Mazur <alicja.mazur@example.pl>", "Pytania o obiady", "general", "",
"""Dzień dobry,

syn od września idzie do pierwszej klasy w SP 2 we Wrocławiu. Mam kilka
pytań: czy obiady są gotowane na miejscu w szkole, czy dowożone? Gdzie
mogę zobaczyć jadłospis z oznaczeniem alergenów? I czy jest możliwość
diety bezmlecznej, jeśli przyniosę zaświadczenie od lekarza?

Pozdrawiam
Alicja Mazur"""),
("pl", "b167-festyn-parafialny-sponsor", "ks. Paweł Duda <parafia.sw.jozefa@example.pl>", "Festyn rodzinny", "general", "",
"""Szczęść Boże,

w imieniu parafii św. Józefa w Bochni zwracam się z prośbą. 15 sierpnia
organizujemy festyn rodzinny, z którego dochód przeznaczymy na remont
dachu. Czy Państwa firma, która prowadzi stołówkę w naszej szkole
parafialnej, zechciałaby zostać sponsorem lub wystawić stoisko z
jedzeniem? Oczywiście umieścimy logo na plakatach i ogłosimy to z
ambony.

Z pozdrowieniem
ks. Paweł Duda, proboszcz"""),
("pl", "b167-kelnerka-gosc-na-wozku-przelozony", "Ireneusz Baran <ireneusz.baran@example.pl>", "Skandaliczne zachowanie obsługi", "general", "high",
"""Dzień dobry,

na naszym jubileuszu firmowym 20 września jedna z Państwa kelnerek
(blondynka, krótkie włosy) publicznie ośmieszyła naszego pracownika,
który porusza się na wózku. Gdy poprosił, żeby postawiła talerz bliżej,
powiedziała głośno przy stole, że "nie będzie nikogo karmić". Kilka osób
to słyszało, pracownik wyszedł przed końcem.

Oczekuję kontaktu od osoby zarządzającej firmą lub przełożonego tej
pani, nie od koordynatorki imprezy, oraz informacji, jakie wyciągnięto
konsekwencje.

Ireneusz Baran
Prezes Zarządu, Baran-Trans sp. z o.o."""),
("pl", "b167-sufit-podwieszany-stolowka-zakladowa", "Renata Adamczyk <renata.adamczyk@example.pl>", "Stołówka - sufit", "general", "high",
"""Dzień dobry,

w stołówce pracowniczej, którą Państwo prowadzą na terenie zakładu w
Kutnie, nad stolikami pod oknem wisi obluzowana płyta sufitu
podwieszanego - jeden róg opadł już na kilkanaście centymetrów, a w
poniedziałek spadł z niej kawałek tynku na stół. Ludzie dalej tam
siadają, bo w porze obiadu nie ma innych miejsc.

Proszę o zabezpieczenie tego miejsca jeszcze dziś, zanim komuś spadnie
na głowę.

Renata Adamczyk
BHP"""),
("pl", "b167-oblodzone-schody-stolowka", "Wojciech Kaczor <wojciech.kaczor@example.pl>", "Schody do stołówki", "general", "high",
"""Dzien dobry,

schody zewnetrzne do stolowki w Zespole Szkol nr 2 (wejscie od boiska)
sa od trzech dni pokryte lodem i nikt ich nie posypuje. Dzieci chodza
tamtedy na obiad w duzych grupach, dzis rano widzialem jak dwoje sie
przewrocilo, jedno uderzylo glowa o porecz. Dyrekcja mowi, ze stolowka
i wejscie do niej to Panstwa odpowiedzialnosc. Prosze o posypanie i
odsniezenie dzisiaj.

Wojciech Kaczor, ojciec ucznia 7b"""),
("pl", "b167-pilne-majowka-godziny", "Ola Kwiatkowska <ola.kwiatkowska@example.pl>", "PILNE!!", "general", "",
"""PILNE - czy stołówka w biurowcu Quattro będzie otwarta 2 maja? Pół
działu pracuje i muszę im dziś dać znać, czy brać jedzenie z domu."""),
("pl", "b167-komentarze-o-porcjach-nie-o-pieniadze", "Marta Sobczak <marta.sobczak@example.pl>", "Pani wydająca obiady", "general", "",
"""Dzień dobry,

od razu zaznaczę, że nie chodzi mi o pieniądze ani o żaden zwrot. Moja
córka (kl. 4) od kilku tygodni wraca ze szkoły przygnębiona, bo pani
wydająca obiady komentuje przy innych dzieciach, ile ona nakłada i że
"z taką porcją to nie dziwne". Córka przestała jeść obiady w szkole.
Proszę o rozmowę z tą panią.

Marta Sobczak"""),
("pl", "b167-pierogi-bomba-podziekowania", "Darek Lis <darek.lis@example.pl>", "sobota", "general", "",
"""Siema, chciałem tylko podziękować za catering na 40-tkę żony w
sobotę. Pierogi to była bomba, dosłownie rozwaliliście system, goście
się o nie bili :) Panowie od rozstawiania super ekipa. Na pewno jeszcze
zamówimy.
Darek"""),
]
