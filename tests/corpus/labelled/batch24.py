# batch24.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Drawn mostly from energy and water utilities, insurance, banks
# and card issuers, car dealers and garages, driving schools, dentists
# and clinics, pharmacies, opticians, home appliances and furniture
# stores.  The failure classes in new situations -- escalation demands
# and legal threats that keep their topic, chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies
# quoting an earlier mail, plans ended or paused in other words,
# business outages told only by their consequences, safety hazards told
# calmly, praise, payment questions -- and everyday mail of all three
# queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b24-en-estimated-gas-reading", "Gillian Harper <gillian.harper@example.co.uk>", "My gas bill", "billing", "",
"""Hello,

My latest gas bill is 287.40 for the quarter, which is nearly double
what I usually pay. Looking at it properly, it says the reading was
ESTIMATED at 14902. I went out to the meter this morning and it actually
reads 13377, so you've guessed about 1,500 units too high.

Could you please redo the bill with the real reading? I've attached a
photo of the meter with today's paper next to it.

Gillian Harper
Acc. no. 5561 2290 114"""),
("en", "b24-en-water-dd-jumped", "Dave Pritchard <dave.pritchard@example.co.uk>", "Direct debit", "billing", "",
"""Hi, my water direct debit has gone from 38 a month to 61 a month without
any letter that I can find. Nothing has changed here, still just the two
of us. Why has it gone up so much and can it go back to what it was?

Dave"""),
("en", "b24-en-corsa-gone-to-new-home", "Steph Odell <steph.odell@example.com>", "Policy MTR-448120", "billing", "",
"""Hiya,

The old Corsa has gone to a new home - sold it to a lad from work on
Saturday and he's insured it himself from today. So I don't need my
policy any more. Can you stop it and let me know if I get anything back
for the months left? It was paid in full in March.

Ta,
Steph Odell"""),
("en", "b24-en-biscuit-rainbow-bridge", "Karen Whitlock <karen.whitlock@example.com.au>", "Biscuit", "billing", "",
"""Hi there,

Sadly our old Labrador Biscuit crossed the rainbow bridge last Tuesday,
he was 14 and had a wonderful life. You've been great with his claims
over the years, especially the knee op.

Could you please make sure nothing more comes out of my account for his
cover? The next one is due on the 28th, 42.15 I think.

Thanks for everything,
Karen (Geelong)"""),
("en", "b24-en-filling-paid-twice", "Siobhan Keane <siobhan.keane@example.ie>", "Paid twice for filling", "billing", "",
"""Hi,

I had a filling done with Dr. Byrne on the 9th and paid the 120 euro by
card at reception on the day. This week I got an invoice in the post
for the same 120 and then noticed on my banking app that it was taken
from the card a second time on the 15th. I still have the receipt from
reception. Can you refund the second payment please?

Thanks,
Siobhan Keane"""),
("en", "b24-en-garage-quote-manager", "Travis Mendoza <travis.mendoza@example.com>", "Invoice #R-22871 - I want to talk to the service manager", "billing", "high",
"""To whoever reads this,

I brought my 2017 F-150 in on Monday for the front brakes and rotors.
Your service writer, Kyle, quoted me $480 out the door and I signed off
on that number. When I picked the truck up Wednesday the bill was
$655.38. Nobody called me about "additional shop supplies" or the
"brake fluid flush" that magically showed up on the invoice, and I
never authorized either one.

I paid because I needed the truck for work, but I am not letting this
go. I want the service manager to call me, not another advisor, and I
want the $175.38 difference put back on my card.

Travis Mendoza
(512) 555-0143"""),
("en", "b24-en-wrist-pause-lessons", "Ellie Crawford <ellie.crawford@example.co.uk>", "Lessons", "billing", "",
"""Hi Sandra,

Bad news, I came off my bike on Sunday and broke my wrist, so I'm in a
cast for at least six weeks and can't drive. I've still got 7 lessons
left on the block of 10 I paid for. Can they be put on hold until I'm
out of the cast rather than me losing them?

Sorry to mess you about!
Ellie"""),
("en", "b24-en-forex-markup-ombudsman", "Rohit Malhotra <rohit.malhotra@example.in>", "Wrong forex markup charged on domestic transaction - 3rd complaint", "billing", "high",
"""Dear Sir/Madam,

This is my third mail regarding my credit card ending 4417. On 2nd of
this month I paid Rs. 18,450 to an electronics store in Pune. The
transaction was in INR and the merchant is in India, yet your bank has
levied a "foreign currency markup" of Rs. 645.75 plus GST on it.

Both earlier complaints (ref. CC-77120 and CC-77348) were closed with a
standard reply without reversing the charge. Kindly note that if the
amount is not reversed within 7 working days I shall be filing a
complaint with the RBI Banking Ombudsman, with copies of all
correspondence.

Regards,
Rohit Malhotra
Bengaluru"""),
("en", "b24-en-question-sofa-change-mind", "Bec Nguyen <bec.nguyen@example.com.au>", "Question", "billing", "",
"""hey, we got the 3 seater Hampton sofa delivered last week and honestly
it just looks too big in our lounge. nothing wrong with it at all. its
still within the 30 days. can we send it back and if so how much do you
take off for pickup? paid $1,899 on afterpay if that matters"""),
("en", "b24-en-varifocals-spread-cost", "Margaret Doyle <margaret.doyle@example.co.uk>", "Paying for new glasses", "billing", "",
"""Good afternoon,

I had my eye test at your Chester branch on Thursday and the optician
has recommended varifocals with the thinner lenses, which came to
389.00 altogether. It is rather a lot at once on my pension. Is it
possible to pay in monthly amounts, and is there any interest on that?

With thanks,
Margaret Doyle (Mrs)"""),
("en", "b24-en-order-washer-too-deep", "Callum Fraser <callum.fraser@example.co.uk>", "Order 48213", "billing", "",
"""Hi,

Before anyone asks - there is nothing wrong with the washing machine.
It's just 4cm too deep for the gap under our worktop and I measured
wrong, my fault entirely. It hasn't been plumbed in and it's still in
the wrapping.

Can I return it for a refund, or swap it for the slimline one (the
W7 Compact)? If I swap, I guess I'd pay the difference?

Callum"""),
("en", "b24-re-claim-payout-fos", "Nadia Hussain <nadia.hussain@example.co.uk>", "Re: Claim HC-30917 - settlement agreed", "billing", "high",
"""It is now five weeks since your email below. No money has reached my
account. I have phoned three times and each time I am told it is "with
the payments team". I had to pay the plumber and the decorator myself
on my credit card and I am paying interest on that.

If the 1,240.00 is not in my account by Friday 21st I will make a
complaint to the Financial Ombudsman Service and start a small claims
case for the amount plus interest.

Nadia Hussain

On Tue, 14 May 2024 at 10:02, Claims Team <claims@example-homeinsure.co.uk> wrote:
> Dear Ms Hussain,
>
> We are pleased to confirm that your claim for escape of water damage
> has been accepted. The agreed settlement of 1,240.00 will be paid to
> your nominated account within 5 working days.
>
> Kind regards,
> Claims Team"""),
("en", "b24-en-intensive-course-chargeback", "Jordan Mills <jordan.mills@example.co.uk>", "Intensive course cancelled", "billing", "high",
"""Hi,

I paid 1,150 for your 5-day intensive driving course for the week of
the 8th, which you cancelled two days before because the instructor
was off sick. That was nearly three weeks ago. I was told a refund
would be "sorted this week" twice now and I've had nothing.

I've spoken to my bank and if I don't have the money back by Monday I
am raising a chargeback with them. I'd rather not, but I'm not waiting
any more.

Jordan Mills"""),
("en", "b24-en-mum-care-home-electric", "Peter Sloan <peter.sloan@example.co.uk>", "Mum's electricity account", "billing", "",
"""Hello,

My mother, Mrs Joan Sloan, has moved into a care home in Lytham
permanently and her flat at 22 Ashby Court, Preston was handed back to
the landlord on 30 April. Meter reading that day was 38814 (photo
attached).

Please could you close the account from that date and send the final
bill to me at the address below, as I look after her affairs (I have
power of attorney and can send a copy). If there is any credit on the
account, please refund it to her bank account as before.

Many thanks,
Peter Sloan
9 Fairhaven Road, Lytham FY8 1NN"""),
("en", "b24-en-ihd-display-blank", "Lynn Barrow <lynn.barrow@example.co.uk>", "Smart meter screen", "technical", "",
"""The little display that came with our smart meter has gone blank. It's
plugged in and the light on the plug is on but the screen shows
nothing, not even the time. Tried unplugging it for a few minutes. The
meter itself seems to be fine."""),
("en", "b24-en-bank-app-faceid-loop", "Marcus Reed <marcus.reed@example.com>", "App keeps kicking me out", "technical", "",
"""Hi - this isn't about any transaction or my balance, everything there
is fine as far as I know. The problem is the app itself.

Since the update on Tuesday, when I open it Face ID works, it shows the
home screen for about a second, then throws me back to the login. Every
time. Deleted and reinstalled it, same thing. iPhone 13, iOS up to
date. I can log in on the website from my laptop, just not the app.

Marcus"""),
("en", "b24-en-new-boiler-gas-smell", "Alan Whitfield <alan.whitfield@example.co.uk>", "New boiler", "technical", "high",
"""Hello,

Your engineers fitted our new combi boiler last Wednesday. Since
yesterday evening there has been a faint smell of gas in the airing
cupboard where the pipes come through, strongest near the new joint
under the floorboard.

I've turned the gas off at the meter, opened the windows and we aren't
using anything in the house. I've also rung the emergency line as
advised on your paperwork. I'd like one of your engineers to come back
and check the work today please, as we've got no hot water or heating
in the meantime.

Alan Whitfield
07700 900 318"""),
("en", "b24-en-no-water-whole-estate", "Orla Kennedy <orla.kennedy@example.ie>", "No water in Castlepark", "technical", "high",
"""Hi,

There's been no water at all in the whole of Castlepark estate since
about 7 this morning, and it's now after 3. Not a drop from any tap,
and it's every house on our road and the two roads behind as far as I
can tell from the residents' WhatsApp. There's nothing on your website
about works in the area.

A lot of the people here are elderly and there's a creche on the
estate that's had to send the children home. Can someone tell us what's
happening and when it'll be back, and whether a water tanker can be
sent out?

Orla Kennedy
14 Castlepark Grove"""),
("en", "b24-en-cafe-meter-tripping", "Jess Walker <jess@thelittlepantry.example>", "Since the meter swap", "technical", "high",
"""Hi,

Your tech swapped the meter at The Little Pantry (shop 3, 110 King St)
on Thursday. Since then the whole shop goes dead whenever the coffee
machine and the oven are on together. We reset the switch and 10 minutes
later it's off again.

We had to close the kitchen at 11.30 on Friday and Saturday, turned
away probably 40 people for lunch on Saturday alone, and threw out a
tray of pastries that didn't finish baking. Nothing in the shop changed
except the meter.

Can someone come out first thing tomorrow please? We can't run like
this.

Jess Walker
The Little Pantry, Newtown NSW"""),
("en", "b24-en-dentist-booking-no-slots", "Hannah Brooks <hannah.brooks@example.co.uk>", "Online booking", "technical", "",
"""Hi, every time I try to book a hygienist appointment online it says "no
availability, please try another date" for every single day I click on,
even three months ahead. The receptionist told me on the phone there
are loads of slots free so I think the booking page is broken? Tried
on my phone and on a PC.

Hannah"""),
("en", "b24-en-fridge-not-cold-no-refund", "Mike Tolan <mike.tolan@example.com>", "Fridge freezer - engineer please, not a refund", "technical", "",
"""Hello,

The fridge half of our fridge freezer (bought from you in January) has
stopped getting cold - it's sitting at about 12 degrees according to
the thermometer we put in. The freezer is still fine. I can hear the
fan running.

I don't want a refund or a replacement, we like the machine and it
took ages to get it in. I'd just like an engineer to come out and fix
it under the warranty. I'm home all day Tuesdays and Thursdays.

Mike Tolan"""),
("en", "b24-en-car-bluetooth-drops", "Ananya Iyer <ananya.iyer@example.in>", "Bluetooth issue in new car", "technical", "",
"""Hello team,

I took delivery of the new hatchback from your Whitefield showroom 3
weeks back. The Bluetooth with my phone keeps disconnecting during
calls, around every 5-6 minutes the call goes back to the phone
speaker. Music works fine. I have deleted the pairing and done it again
twice, also tried my husband's phone, same issue.

Please advise if software update is required or I should bring the car
in.

Thanks and regards,
Ananya Iyer"""),
("en", "b24-en-recliner-stuck-upright", "Shirley Dunn <shirley.dunn@example.co.uk>", "Chair", "technical", "",
"""Dear Sir or Madam,

The electric riser recliner chair you delivered in February has stopped
working. When I press the button nothing happens at all, there is no
noise, and it is stuck in the upright position. It is plugged in and
the little green light on the box underneath is on. I have tried
another socket.

I would be grateful if someone could come and look at it.

Yours faithfully,
Shirley Dunn"""),
("en", "b24-en-cgm-app-locked-out-child", "Laura Bennett <laura.bennett@example.co.uk>", "Can't get into glucose app - my son is type 1", "technical", "high",
"""Hello,

My son Finley (9) has type 1 diabetes and uses the glucose sensor we
collect from your pharmacy each month. Since last night the app on my
phone has logged me out and won't let me back in - it says "account
temporarily locked". The password reset email hasn't arrived after
four tries (checked spam).

That app is how I see his readings overnight and get the low alarms,
so at the moment I'm finger-pricking him every couple of hours. Please
can someone help me get back in as soon as possible.

Laura Bennett
07700 900 645"""),
("en", "b24-en-new-glasses-left-lens", "Raj Chauhan <raj.chauhan@example.co.uk>", "New glasses", "technical", "",
"""Hi,

I picked up my new glasses from the Ealing branch on Saturday and the
left lens doesn't seem right - everything through it is slightly
blurry and I've had a headache after wearing them for an hour or so.
With the right eye alone it's perfect. My old pair are still fine.

Can I come in and have them checked? I'm free most evenings after 5.

Raj"""),
("en", "b24-en-hello-policy-login", "Bernard Quigley <b.quigley@example.ie>", "Hello", "technical", "",
"""Hello,

I am trying to get into my account on your website to print my car
insurance documents for the NCT. I clicked "forgot password" and the
link came, but when I click on it the page says "this link has expired"
straight away. I have tried three times now within a minute of the
email arriving.

Bernard Quigley"""),
("en", "b24-en-dishwasher-e24", "Tim Holland <tim.holland@example.com>", "dishwasher", "technical", "",
"""dishwasher flashing E24 and full of water at the end of every cycle. filter is clean. what now"""),
("en", "b24-en-thanks-instructor-dave", "Chloe Summers <chloe.summers@example.co.uk>", "PASSED!!!", "general", "",
"""Hi!!

Just wanted to let you know I passed my test this morning at Pinner,
first time, only 2 minors!! I honestly didn't think I'd ever get there
after how nervous I was at the start.

Please say a massive thank you to Dave from me. He never once lost his
patience even when I stalled on the roundabout by Rayners Lane four
weeks in a row. I'll be telling all my friends to book with you.

Chloe x"""),
("en", "b24-en-pharmacy-easter-hours", "Ray Fenwick <ray.fenwick@example.co.uk>", "Easter", "general", "",
"""Will the pharmacy on Station Road be open on Good Friday and Easter
Monday? I need to collect my repeat prescription and want to know
whether to come before or after.

R. Fenwick"""),
("en", "b24-en-umbrella-left-opticians", "Patricia Moore <patricia.moore@example.com>", "Left my umbrella", "general", "",
"""Hi, I think I left my umbrella at your Kingston branch yesterday
afternoon after my contact lens check - it's a dark green one with a
wooden duck handle, my late husband gave it to me so it means a lot.
Could someone have a look for it and let me know? I can pop in to
collect.

Pat Moore"""),
("en", "b24-en-name-change-after-wedding", "Emma Walsh <emma.walsh@example.ie>", "Change of name on policy", "general", "",
"""Hi,

I got married in June and would like to update my name on my home
insurance policy from Emma Daly to Emma Walsh. Everything else stays the
same, same address and bank details. Do you need a copy of the marriage
certificate, and if so can I email it?

Policy no. HH-2281904

Thanks,
Emma"""),
("en", "b24-en-subject-access-request", "Graham Lister <graham.lister@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including call recordings and notes made on my
current account and credit card since January 2021, and details of any
third parties you have shared it with.

Full name: Graham Robert Lister
Date of birth: 03/11/1968
Address: 41 Holly Lane, Solihull B91 2LP

I look forward to your response within one month.

Graham Lister"""),
("en", "b24-en-wardrobe-delivery-stairs", "Kevin O'Brien <kevin.obrien@example.co.uk>", "Delivery Friday - wardrobe", "general", "",
"""Hi,

For the delivery of the double wardrobe on Friday - we're on the third
floor and there's no lift, and the stairs are quite tight at the top.
Could the driver ring me about half an hour before so I can come down
and prop the main door? Parking is permit only, but there's a loading
bay opposite the Co-op about 20 yards away.

Mobile: 07700 900 271

Cheers,
Kevin"""),
("en", "b24-en-receptionist-rude-practice-manager", "Susan Atherton <susan.atherton@example.co.uk>", "The way my father was spoken to on Monday", "general", "high",
"""Dear Sir/Madam,

My father, who is 84 and quite hard of hearing, went to your Bramhall
surgery on Monday for his denture fitting. He was five minutes late
because of the bus. The receptionist, a young woman with dark hair,
told him loudly in front of the whole waiting room that he was "wasting
everyone's time" and that "people like him" should get a taxi. He came
home very upset and now says he won't go back.

I would like the practice manager to contact me personally about this.
A standard email apology will not do.

Susan Atherton
0161 496 0732"""),
("en", "b24-en-showroom-loose-step", "Derek Hammond <derek.hammond@example.co.uk>", "Step at your Hinckley showroom", "general", "high",
"""Hello,

Just to let you know, the step down from the showroom floor into the
customer lounge at your Hinckley site has come loose - the edging strip
is lifting and the step itself rocks when you stand on the left side.
My wife caught her heel on it on Saturday and went over. She's alright,
a sore ankle, but an older person could have a nasty fall.

I mentioned it to the lad on the desk but there was nothing put round
it when we left. Could someone get it fixed or at least coned off.

Derek Hammond"""),
("en", "b24-en-junior-football-sponsor", "Gareth Lewis <secretary@llanfairjfc.example>", "Shirt sponsorship for our U11s", "general", "",
"""Good morning,

I'm the secretary of Llanfair Junior Football Club. Our under 11s team
needs a new kit for next season, and we're looking for a local business
to sponsor it - your name and logo on the front of 18 shirts, plus a
mention on our Facebook page and a banner at home games.

Would your dealership be interested? I'd be happy to pop in and have a
chat with whoever looks after these things.

Best wishes,
Gareth Lewis
Club Secretary, Llanfair JFC"""),
("en", "b24-en-urgent-test-drive-saturday", "Lee Carver <lee.carver@example.com>", "URGENT!!!!", "general", "",
"""what time are you open till on saturday?? want to come and test drive
the Puma before the weekend's out"""),
("en", "b24-re-test-centre-own-car", "Aisha Bello <aisha.bello@example.co.uk>", "Re: Your test booking", "general", "",
"""Hi Mark,

Thanks for this. Quick question - my test is at the Mill Hill centre,
not Hendon, is that still OK for the pick up time? And can I use your
car on the day, or do I need to bring my mum's?

Aisha

On Mon, 3 Jun 2024, 18:21 Mark Stevens <mark@example-drivingschool.co.uk> wrote:
> Hi Aisha,
>
> Your practical test is confirmed for Wed 19 June at 10.32. I'll pick
> you up at 9.15 for a warm-up lesson beforehand.
>
> Mark"""),
("en", "b24-en-kids-eye-test-question", "Jenny Park <jenny.park@example.com.au>", "Eye tests for kids", "general", "",
"""Hi, my daughter is 6 and her teacher thinks she might be squinting at
the board. Do you do eye tests for kids that age, and do I need to book
or can we just walk in? We'd come to the Chermside store.

Thanks, Jenny"""),
("en", "b24-en-thanks-storm-crews", "Bill & Maureen Cassidy <cassidys@example.ie>", "A thank you, not a complaint", "general", "",
"""To all at the network office,

We lost the power on Sunday night in the storm when the big ash came
down across the lines above our lane. We were expecting to be left for
days, being out at the end of the road, but your crew were out in the
dark and the wind and had us back on by Monday dinner time.

We wanted to say a proper thank you to the men who did it. They even
took the time to check on our neighbour, who is on her own.

Bill & Maureen Cassidy, Ballinagh"""),
# ---------------- Greek ----------------
("el", "b24-el-ektimomeni-endeixi-revmatos", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Λογαριασμός ρεύματος", "billing", "",
"""Καλημέρα σας,

Μου ήρθε ο λογαριασμός ρεύματος για το δίμηνο Μαρτίου-Απριλίου και
γράφει 312,60€, ενώ συνήθως πληρώνω γύρω στα 130€. Βλέπω ότι η ένδειξη
είναι «εκτιμώμενη» (48.920). Κατέβηκα σήμερα στον μετρητή και δείχνει
47.105, άρα μου έχετε υπολογίσει σχεδόν 1.800 κιλοβατώρες παραπάνω.

Σας επισυνάπτω φωτογραφία του μετρητή. Παρακαλώ να εκδοθεί νέος
λογαριασμός με την πραγματική ένδειξη.

Αριθμός παροχής: 1 23456789-01
Σοφία Καραγιάννη"""),
("el", "b24-el-gl-nero-plhrwmh-dyo-fores", "Takis Mpournas <takis.mpournas@example.gr>", "logariasmos nerou", "billing", "",
"""Kalhmera,
plhrwsa ton logariasmo nerou (42,80e) apo to e-banking sthn arxh tou
mhna kai meta h gynaika mou ton plhrwse ki auth apo to katasthma ths
trapezas giati nomize oti den ton eixa plhrwsei. Dhladh plhrw8hke 2
fores. Mporeite na mas epistrepsete ta 42,80 h na ta krathsete gia ton
epomeno logariasmo? Opoio einai pio eukolo.
Ari8mos katanalwshs 0045-118732
Takhs"""),
("el", "b24-el-pateras-efyge-asfaleia-autokinitou", "Γιώργος Αντωνίου <g.antoniou@example.gr>", "Ασφαλιστήριο 7730-4412", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου, Αντώνης Αντωνίου, έφυγε από τη ζωή τον περασμένο μήνα.
Το αυτοκίνητό του δεν θα το κρατήσουμε και δεν κυκλοφορεί πλέον, οι
πινακίδες έχουν κατατεθεί. Θα ήθελα να σταματήσει η ασφάλεια του
αυτοκινήτου (ασφαλιστήριο 7730-4412) και να μάθω αν επιστρέφεται το
ποσό για τους μήνες που έμειναν, αφού είχε πληρώσει το εξάμηνο
ολόκληρο τον Ιανουάριο.

Ποια δικαιολογητικά χρειάζεστε; Έχω ληξιαρχική πράξη θανάτου και
βεβαίωση κατάθεσης πινακίδων.

Ευχαριστώ,
Γιώργος Αντωνίου"""),
("el", "b24-el-doseis-kanapes-pistwtiki", "Μαρια Παπαδακη <maria.papadaki@example.gr>", "Ερωτηση για καναπε", "billing", "",
"""Καλησπερα σας,
ειδα στο καταστημα σας στη Λαρισα τον γωνιακο καναπε Verona που κανει
1.390€. Μπορω να τον πληρωσω σε 12 ατοκες δοσεις με πιστωτικη καρτα;
Και αν ναι, ισχυει και για το site ή μονο στο καταστημα? Επισης η
μεταφορα χρεωνεται επιπλεον;
Ευχαριστω πολυ,
Μαρια"""),
("el", "b24-el-gl-odhghsh-fantaros", "Nikos Xatzis <nikos.xatzis@example.gr>", "ma8hmata", "billing", "",
"""Geia sas,
eimai o Nikos, exw plhrwsei to paketo 20 ma8hmatwn autokinhtou kai
exw kanei ta 8. Mou hr8e xarti kai katatasomai sto stratwtiko stis
15 tou mhna gia 9 mhnes. Mporoume na pagwsoume ta ypoloipa 12 mexri na
apolythw h 8a ta xasw? Den thelw epistrofh xrhmatwn, apla na mhn
xa8oun.
Eyxaristw,
Nikos"""),
("el", "b24-el-apodeixi-odontiatrou-eforia", "Ελένη Ζαχαρίου <eleni.zachariou@example.gr>", "Απόδειξη για τη φορολογική δήλωση", "billing", "",
"""Καλημέρα,

Για τη θεραπεία ρίζας τον Φεβρουάριο πλήρωσα 280€ μετρητά και δεν
θυμάμαι να πήρα απόδειξη. Μπορείτε να μου εκδώσετε απόδειξη παροχής
υπηρεσιών με το ΑΦΜ μου (048812397) ώστε να τη βάλω στη φορολογική
δήλωση; Μου τη στέλνετε και με email αν γίνεται.

Ευχαριστώ,
Ελένη Ζαχαρίου"""),
("el", "b24-el-gl-ntoulapa-allagh-xrwma", "Vicky Stathopoulou <vicky.stath@example.gr>", "Paraggelia 88412", "billing", "",
"""Kalhmera sas!
H ntoulapa hr8e xthes kai einai kouklitsa, kanena 8ema me thn poiothta.
Apla sto fws tou dwmatiou to "fysiko drys" fainetai poly skouro dipla
sto krevati. Ginetai na thn allaksoume me thn idia se leuko? Den exei
synarmologh8ei akoma, einai sta koutia ths. An exei diafora timhs thn
plhrwnw.
Vicky"""),
("el", "b24-el-xreosi-karta-mesolavitis", "Αθανάσιος Μητρόπουλος <a.mitropoulos@example.gr>", "Αμφισβήτηση χρέωσης κάρτας - τελευταία ενημέρωση", "billing", "high",
"""Κύριοι,

Στις 3 του μήνα εμφανίστηκε στην πιστωτική μου κάρτα (λήξη σε 9021)
χρέωση 749,00€ από ηλεκτρονικό κατάστημα του εξωτερικού που δεν έχω
επισκεφθεί ποτέ. Την ίδια μέρα σας τηλεφώνησα, μπλοκάρατε την κάρτα
και μου είπατε ότι το ποσό θα πιστωθεί προσωρινά εντός 10 ημερών.
Έχουν περάσει 25 ημέρες και όχι μόνο δεν πιστώθηκε, αλλά μου
υπολογίσατε και τόκους στο ανεξόφλητο υπόλοιπο.

Εάν το ποσό και οι τόκοι δεν πιστωθούν εντός της εβδομάδας, θα
απευθυνθώ στον Ελληνικό Χρηματοοικονομικό Μεσολαβητή και στην Τράπεζα
της Ελλάδος.

Αθανάσιος Μητρόπουλος"""),
("el", "b24-el-synergeio-xreosi-ypeuthynos", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Service 60.000 χλμ", "billing", "high",
"""Καλησπέρα,

Έφερα το αυτοκίνητο (Yaris, ΙΚΥ-4812) την Τρίτη για το σέρβις των
60.000. Η προσφορά που μου δώσατε γραπτώς ήταν 185€. Όταν ήρθα να το
παραλάβω, ο λογαριασμός ήταν 312€ γιατί «αλλάχτηκαν και τα μπουζί και
το φίλτρο καμπίνας». Κανείς δεν με πήρε τηλέφωνο να ρωτήσει αν τα θέλω.

Πλήρωσα για να πάρω το αυτοκίνητο, γιατί το χρειάζομαι για τη δουλειά.
Θέλω να μου τηλεφωνήσει ο υπεύθυνος του συνεργείου, όχι πάλι η
ρεσεψιόν, και να μου επιστραφεί η διαφορά.

Κωνσταντίνος Ρήγας
697 000 4418"""),
("el", "b24-el-gl-fakoi-epafhs-laser", "Dora Michailidou <dora.mich@example.gr>", "syndromh fakwn", "billing", "",
"""Geia sas,
ekana epemvash laser stis 20 tou mhna kai pleon vlepw kalytera apo
pote, xwris gyalia, xwris fakous! Opote h mhniaia syndromh gia tous
fakous epafhs den mou xreiazetai allo. Mporeite na thn stamathsete
prin thn epomenh xrewsh (19,90e)? Ta koutia pou exw akoma ta xarizw se
mia filh.
Eyxaristw gia ola ta xronia,
Dora"""),
("el", "b24-re-apozimiosi-plimmyra-dikigoros", "Ιωάννης Λαμπράκης <i.lamprakis@example.gr>", "Re: Φάκελος ζημιάς 2024/ΠΛ/0871", "billing", "high",
"""Κύριοι,

Από το παρακάτω μήνυμά σας έχουν περάσει σχεδόν δύο μήνες. Η
αποζημίωση των 3.450€ δεν έχει καταβληθεί, και κάθε φορά που
τηλεφωνώ μου λένε ότι ο φάκελος «είναι στο λογιστήριο».

Έχω ήδη πληρώσει από την τσέπη μου τον ηλεκτρολόγο και τα ξύλινα
δάπεδα. Σας ενημερώνω ότι έχω αναθέσει την υπόθεση σε δικηγόρο και,
εάν το ποσό δεν καταβληθεί εντός δέκα ημερών, θα κινηθούμε νομικά.

Ιωάννης Λαμπράκης

-----Αρχικό μήνυμα-----
Από: Τμήμα Αποζημιώσεων <apozimioseis@example-asfalistiki.gr>
Θέμα: Φάκελος ζημιάς 2024/ΠΛ/0871
> Αγαπητέ κ. Λαμπράκη,
> σας ενημερώνουμε ότι η ζημιά από τη διαρροή νερού στην κατοικία σας
> εγκρίθηκε. Το ποσό των 3.450€ θα κατατεθεί στον λογαριασμό σας εντός
> 15 εργάσιμων ημερών.
> Με εκτίμηση"""),
("el", "b24-el-farmakeio-akyrosi-epistrofi", "Δέσποινα Κουτσού <despoina.koutsou@example.gr>", "Παραγγελία 20931", "billing", "",
"""Καλημέρα σας,

Την Κυριακή έκανα παραγγελία από το ηλεκτρονικό σας φαρμακείο (γάλα
σε σκόνη και βιταμίνες, 46,70€) και τη Δευτέρα μου ήρθε email ότι
ακυρώθηκε επειδή το γάλα δεν ήταν διαθέσιμο. Τα χρήματα όμως έχουν
κοπεί από την κάρτα μου. Σε πόσες μέρες θα επιστραφούν;

Δέσποινα"""),
("el", "b24-el-gl-metakomish-xwrio-reuma", "Stelios Vlachos <stelios.vlachos@example.gr>", "telos sto spiti ths Patras", "billing", "",
"""Kalhspera,
epeidh kleinw to spiti sthn Patra kai gyrnaw monimws sto xwrio sta
Kalavryta, 8elw na kleisei to symvolaio reumatos sto diamerisma ths
odou Korinthou 144. Teleutaia mera 30/6. 8a afhsw fwtografia ths
endeikshs tou metrhth ekeinh th mera. O teleutaios logariasmos na
erthei sto email mou, kai an exw egguhsh na mou epistrafei sto idio
IBAN pou plhrwnw.
Stelios Vlachos"""),
("el", "b24-el-kouponi-plyntirio-synigoros", "Χρυσούλα Ντάβου <chrysoula.ntavou@example.gr>", "Κουπόνι 100€ που δεν αφαιρέθηκε", "billing", "high",
"""Καλησπέρα σας,

Αγόρασα το πλυντήριο ρούχων Α-8400 από το κατάστημα της Καλαμαριάς
στις 5/6, στην τιμή των 649€, με το κουπόνι έκπτωσης 100€ που μου
στείλατε με email για τα γενέθλιά μου. Ο πωλητής το σκάναρε και μου
είπε ότι «θα περάσει αυτόματα». Στην απόδειξη δεν αφαιρέθηκε τίποτα.

Έχω στείλει δύο email και δεν έχω πάρει καμία απάντηση. Αν δεν μου
επιστραφούν τα 100€ μέχρι τέλος του μήνα, θα κάνω καταγγελία στον
Συνήγορο του Καταναλωτή.

Χρυσούλα Ντάβου"""),
("el", "b24-el-gl-otp-sms-den-erxetai", "Manolis Karras <manolis.karras@example.gr>", "kwdikos sms", "technical", "",
"""Kalhmera, prospa8w na mpw sto e-banking apo to laptop kai meta ton
kwdiko mou zhtaei ton kwdiko mias xrhshs me sms, alla to sms den erxetai
pote. To kinhto einai to idio kai pairnei kanonika ta alla mhnymata.
Den einai 8ema xrewshs h logariasmou, apla den mporw na mpw.
Manolhs"""),
("el", "b24-el-klimatistiko-stazei", "Αγγελική Τσιρίγου <angeliki.tsirigou@example.gr>", "Κλιματιστικό", "technical", "",
"""Καλημέρα,

Το κλιματιστικό που μας τοποθετήσατε στο υπνοδωμάτιο πριν από δύο
εβδομάδες στάζει νερό από την εσωτερική μονάδα πάνω στον τοίχο όταν
δουλεύει στην ψύξη πάνω από μισή ώρα. Έχουμε βάλει μια πετσέτα από
κάτω. Μπορεί να έρθει κάποιος να το δει;

Αγγελική Τσιρίγου, Βύρωνας"""),
("el", "b24-el-plyntirio-piaton-kapnos", "Παύλος Σταματόπουλος <pavlos.stamatopoulos@example.gr>", "Πλυντήριο πιάτων", "technical", "high",
"""Καλησπέρα σας,

Χθες το βράδυ, στη μέση του προγράμματος, είδαμε λίγο καπνό να βγαίνει
από το κάτω μέρος του πλυντηρίου πιάτων (το πήραμε από εσάς τον
Νοέμβριο) και μύριζε καμένο πλαστικό. Το σβήσαμε αμέσως και το
βγάλαμε από την πρίζα, και δεν το έχουμε ξαναβάλει σε λειτουργία. Δεν
υπάρχει ορατή ζημιά έξω, αλλά η μυρωδιά παραμένει.

Θα θέλαμε να έρθει τεχνικός το συντομότερο να το ελέγξει.

Παύλος Σταματόπουλος
210 000 3381"""),
("el", "b24-el-gl-myrwdia-aeriou-egkatastash", "Anna Georgiadou <anna.georgiadou@example.gr>", "egkatastash fysikou aeriou", "technical", "high",
"""Kalhspera,
sas grafw hrema alla 8elw na to deite shmera. O texnikos sas
egkatesthse to levhta fysikou aeriou sthn kouzina thn Paraskeuh. Apo
xthes to apogeuma myrizei aerio konta sto rakor katw apo ton levhta,
ligo alla to myrizoume ka8ara. Kleisame th vana, anoiksame ta
para8yra, den exoume anapsei tipota. Exoume kai ena mwro sto spiti.
Mporei na er8ei kapoios shmera?
Anna Georgiadou
693 000 2219"""),
("el", "b24-el-fournos-xoris-revma-pelates", "Αρτοποιείο Το Στάχυ <info@stachy-artopoieio.example>", "Από το πρωί", "technical", "high",
"""Καλημέρα,

Από τις 4:30 το πρωί το αρτοποιείο μας στην οδό Εγνατίας 210 δεν έχει
ρεύμα, ενώ τα διπλανά μαγαζιά έχουν κανονικά. Το ζυμάρι για όλη την
πρωινή παρτίδα έμεινε στα ταψιά και πετάχτηκε, οι βιτρίνες ψυγεία
ζεσταίνονται και στέλνουμε τους πελάτες πίσω από τις 6. Τρία σχολεία
της περιοχής περίμεναν τα κουλούρια τους και δεν τα πήραν.

Έχουμε τηλεφωνήσει δύο φορές στη γραμμή βλαβών και μας λένε ότι
«έχει καταγραφεί». Χρειαζόμαστε συνεργείο τώρα.

Μιχάλης Τσολάκης
Αρτοποιείο Το Στάχυ"""),
("el", "b24-el-xoris-nero-polykatoikia-giagia", "Θεοδώρα Λιάπη <theodora.liapi@example.gr>", "Χωρίς νερό από χθες", "technical", "high",
"""Καλησπέρα,

Από χθες στις 2 το μεσημέρι δεν έχει νερό σε όλο το τετράγωνο της
Αγίας Σοφίας με Παπαναστασίου στο Περιστέρι - τουλάχιστον τέσσερις
πολυκατοικίες, περίπου 60 διαμερίσματα. Δεν υπήρξε καμία ανακοίνωση για
εργασίες. Στον δεύτερο όροφο μένει η γιαγιά μου, 88 χρονών, κατάκοιτη,
και δεν μπορούμε ούτε να την πλύνουμε.

Πότε θα αποκατασταθεί η υδροδότηση; Μπορεί να σταλεί υδροφόρα μέχρι
τότε;

Θεοδώρα Λιάπη
694 000 7730"""),
("el", "b24-el-gl-check-engine-meta-service", "Petros Kallergis <petros.kallergis@example.gr>", "lampaki", "technical", "",
"""Kalhmera,
phra to amaksi apo to service sas thn Pempth kai apo to Savvato
anavei to portokali lampaki check engine. To amaksi paei kanonika,
den kanei tipota periergo, alla prin to service den anave. Na to
fernw pisw? Mporw Deutera h Trith prwi.
Petros, Seat Ibiza IMK-3381"""),
("el", "b24-el-psygeio-thoryvos-oxi-epistrofi", "Ρένα Καλογήρου <rena.kalogirou@example.gr>", "Ψυγείο - θέλω τεχνικό, όχι επιστροφή", "technical", "",
"""Καλημέρα σας,

Το ψυγείο μας (αγορά Μάρτιος, ακόμα σε εγγύηση) έχει αρχίσει να κάνει
έναν δυνατό βόμβο σαν μηχανάκι κάθε φορά που ξεκινάει το μοτέρ, και
ακούγεται μέχρι το σαλόνι. Ψύχει κανονικά.

Δεν θέλω να το επιστρέψω ούτε να πάρω πίσω τα χρήματα, είμαστε πολύ
ευχαριστημένοι κατά τα άλλα. Θα ήθελα απλώς να έρθει τεχνικός να δει
τι φταίει.

Ρένα Καλογήρου"""),
("el", "b24-el-efarmogi-rantevou-den-anoigei", "Σπυρος Δημου <spyros.dimou@example.gr>", "Η εφαρμογη δεν ανοιγει", "technical", "",
"""Γεια σας, η εφαρμογη του οδοντιατρειου για τα ραντεβου κλεινει μολις
την ανοιγω, βγαινει το λογοτυπο και μετα με πεταει εξω. Την εσβησα και
την ξαναεβαλα, το ιδιο. Android, Xiaomi. Θελω να κλεισω ραντεβου για
καθαρισμο.
Σπυρος"""),
("el", "b24-el-gl-metrhths-nerou-trexei", "Lefteris Boukouvalas <lefteris.b@example.gr>", "metrhths", "technical", "",
"""Kalhmera sas, o metrhths nerou ekso apo thn porta mas (ston dromo)
trexei nero apo to rakor ka8e fora pou anoigoume vrysh sto spiti, kai
exei kanei lakouva sto pezodromio. Den einai apo th dikh mas meria ths
vanas. Mporei na er8ei synergeio na to dei?
Odos Sokratous 18, Nea Ionia"""),
("el", "b24-el-skeletos-gyalion-espase", "Κατερίνα Φωτίου <katerina.fotiou@example.gr>", "Γυαλιά οράσεως", "technical", "",
"""Καλησπέρα,

Τα καινούργια μου γυαλιά, που τα πήρα από το κατάστημα στο Μαρούσι πριν
από 15 μέρες, έσπασαν στο σημείο όπου ο δεξιός βραχίονας ενώνεται με τον
σκελετό. Δεν έπεσαν ούτε τα πάτησα, απλώς τα έβγαλα το πρωί και
έμεινε ο βραχίονας στο χέρι μου. Μπορεί να επισκευαστεί ή να αλλαχτεί ο
σκελετός;

Κατερίνα"""),
("el", "b24-el-fotografies-zimias-den-anevainoun", "Άρης Πολυχρόνης <aris.polychronis@example.gr>", "Δήλωση ζημιάς online", "technical", "",
"""Καλησπέρα σας,

Δεν πρόκειται για θέμα πληρωμής ή ασφαλίστρων. Προσπαθώ να κάνω
δήλωση ζημιάς για το παρμπρίζ από την ιστοσελίδα σας και, όταν πατάω
«Μεταφόρτωση φωτογραφιών», η μπάρα φτάνει στο 100% και μετά βγάζει
«Σφάλμα 500». Έχω δοκιμάσει με φωτογραφίες από 1MB και από το κινητό
και από τον υπολογιστή. Πώς αλλιώς μπορώ να σας τις στείλω;

Άρης Πολυχρόνης
Ασφαλιστήριο 5512-0038"""),
("el", "b24-el-gl-geia-sas-kanapes-krevati", "Sotiria Pappa <sotiria.pappa@example.gr>", "Geia sas", "technical", "",
"""Geia sas,
o kanapes-krevati pou phrame apo sas ton Ianouario exei kollhsei. O
mhxanismos anoigei mexri th mesh kai meta den proxwraei oute mprosta
oute pisw, kai twra den kleinei kiolas. Erxontai ta pedia mou to
Savvato kai den exoume pou na koimh8oun!
Sotiria, Volos"""),
("el", "b24-el-efxaristo-ekpaideftria-diploma", "Μυρτώ Αναστασίου <myrto.anastasiou@example.gr>", "Πήρα το δίπλωμα!", "general", "",
"""Καλησπέρα σας!

Ήθελα να σας πω ότι σήμερα πέρασα τις εξετάσεις με την πρώτη! Ένα
μεγάλο ευχαριστώ στην κυρία Βάσω, που με άντεξε με τόση υπομονή όλους
αυτούς τους μήνες, ακόμα κι όταν έκλαιγα στο παρκάρισμα στη Συγγρού.
Θα σας προτείνω σε όλους τους φίλους μου.

Με αγάπη,
Μυρτώ"""),
("el", "b24-el-gl-efhmeria-kyriakh", "Kostas Zervos <kostas.zervos@example.gr>", "farmakeio", "general", "",
"""Kalhspera, to farmakeio sas sthn Ermou einai efhmero auth thn Kyriakh
h mono to Savvato? Kai ti wra kleinete?"""),
("el", "b24-el-omprela-odontiatreio", "Βασιλική Μαυρίδου <vasiliki.mavridou@example.gr>", "Ξέχασα την ομπρέλα μου", "general", "",
"""Καλημέρα σας,

Χθες το απόγευμα, στο ραντεβού μου στις 6, νομίζω ότι ξέχασα στην
αίθουσα αναμονής μια μπλε ομπρέλα με ξύλινη λαβή. Αν τη βρήκατε, θα
περάσω να την πάρω την Πέμπτη.

Ευχαριστώ πολύ,
Βασιλική Μαυρίδου"""),
("el", "b24-el-allagi-dieythynsis-asfalistirio", "Δημήτρης Σκλαβενίτης <d.sklavenitis@example.gr>", "Αλλαγή διεύθυνσης αλληλογραφίας", "general", "",
"""Καλησπέρα,

Παρακαλώ να αλλάξετε τη διεύθυνση αλληλογραφίας στο ασφαλιστήριο ζωής
μου (αρ. 3309-881) σε: Λεωφ. Κηφισίας 214, 15231 Χαλάνδρι. Το
τηλέφωνο και το email μένουν ίδια.

Ευχαριστώ,
Δημήτρης Σκλαβενίτης"""),
("el", "b24-el-aitima-prosvasis-dedomena", "Ευτυχία Μπαλτά <eftychia.balta@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ να μου χορηγήσετε αντίγραφο όλων των προσωπικών μου
δεδομένων που τηρεί η τράπεζά σας, συμπεριλαμβανομένων των
ηχογραφημένων τηλεφωνικών κλήσεων από το 2022 και εξής, καθώς και
ενημέρωση για το σε ποιους τρίτους έχουν διαβιβαστεί.

Ονοματεπώνυμο: Ευτυχία Μπαλτά
ΑΔΤ: ΑΚ 481220

Με εκτίμηση,
Ευτυχία Μπαλτά"""),
("el", "b24-el-gl-paradosh-ntoulapas-4os", "Thanos Giannakos <thanos.giannakos@example.gr>", "paradosh Tetarth", "general", "",
"""Geia sas, gia thn paradosh ths ntoulapas thn Tetarth: eimaste ston
4o orofo xwris asanser kai to klimakostasio einai sxetika steno.
Parakalw na me parei o odhgos thlefwno mish wra prin, na katevw na
anoiksw thn eksw porta (to koudouni den douleuei). Parkaroun eukola
mprosta sto periptero.
Thanos 698 000 1147"""),
("el", "b24-el-agenis-ypallilos-trapezas-diefthyntis", "Ευάγγελος Σαββίδης <e.savvidis@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Καλλιθέας", "general", "high",
"""Κύριοι,

Την Τρίτη το πρωί πήγα στο κατάστημά σας στην Καλλιθέα μαζί με τη
μητέρα μου, 81 ετών, για να ανανεώσει τα στοιχεία της. Ο υπάλληλος στο
γκισέ 3 της μίλησε με απαράδεκτο ύφος, της είπε δυνατά μπροστά σε όλη
την ουρά ότι «οι ηλικιωμένοι να στέλνουν τα παιδιά τους» και πέταξε
τα χαρτιά της στον πάγκο. Η μητέρα μου βγήκε κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος
προσωπικά. Δεν θέλω ένα τυποποιημένο email.

Ευάγγελος Σαββίδης
697 000 5512"""),
("el", "b24-el-gl-spasmeno-tzami-paidikh-gwnia", "Georgia Kyriakou <georgia.kyriakou@example.gr>", "paidikh gwnia sto katasthma", "general", "high",
"""Kalhspera,
htan sto katasthma epiplwn sas sto Marousi to Savvato me ta paidia. Sthn
paidikh gwnia, dipla sta touvlakia, yparxei ena spasmeno kommati apo to
tzami tou xamhlou parathyrou, me kommatakia katw sto xali. Ta paidia
kathontai akrivws ekei. Den egine tipota sta dika mou, alla to eipa
sto tameio kai otan fygame den eixe kleisei to shmeio.
Parakalw na to koitaksete prin xtyphsei kapoio paidi.
Georgia Kyriakou"""),
("el", "b24-el-xorigia-athlitikos-syllogos", "Α.Ο. Αετός Καρδίτσας <info@aetos-karditsas.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Όμιλος Αετός Καρδίτσας συμμετέχει φέτος στο
πρωτάθλημα μπάσκετ της ΕΚΑΣΘ με την ομάδα εφήβων. Αναζητούμε χορηγό για
τις εμφανίσεις της νέας σεζόν και σκεφτήκαμε την αντιπροσωπεία σας,
που είναι κομμάτι της πόλης εδώ και χρόνια. Σε αντάλλαγμα προσφέρουμε
το λογότυπό σας στις φανέλες, πανό στο γήπεδο και αναφορά στα μέσα
κοινωνικής δικτύωσης.

Θα χαρούμε να σας συναντήσουμε.

Με εκτίμηση,
Λάμπρος Ζιώγας, Γενικός Γραμματέας"""),
("el", "b24-re-eksetaseis-motosikleta", "Ορέστης Πανταζής <orestis.pantazis@example.gr>", "Re: Εγγραφή για δίπλωμα μοτοσικλέτας", "general", "",
"""Καλησπέρα κ. Νικολάου,

Ευχαριστώ για τις πληροφορίες. Μία ερώτηση ακόμα: οι εξετάσεις για τη
μοτοσικλέτα γίνονται στο ίδιο πεδίο με του αυτοκινήτου στη Νέα
Ιωνία ή κάπου αλλού; Και χρειάζεται να έχω δικό μου κράνος;

Ορέστης

Στις Τετ, 15 Μαΐ 2024 στις 7:40 μ.μ., ο/η Σχολή Οδηγών Νικολάου <info@example-sxoli.gr> έγραψε:
> Καλησπέρα σας,
> για το δίπλωμα κατηγορίας Α2 χρειάζεστε πιστοποιητικό υγείας,
> φωτογραφίες και φωτοτυπία ταυτότητας. Τα μαθήματα ξεκινούν τη
> Δευτέρα 3 Ιουνίου.
> Σχολή Οδηγών Νικολάου"""),
("el", "b24-el-gl-epeigon-antiliako", "Rania Kosta <rania.kosta@example.gr>", "EPEIGON!!!", "general", "",
"""kalhmera, exete to paidiko antiliako spray 50+ ths La Roche sto
farmakeio sthn Kifisias? fevgoume aurio gia diakopes kai 8elw na
perasw to apogeuma na to parw"""),
("el", "b24-el-efxaristo-texnikous-kataigida", "Γιαννης Κωστακης <giannis.kostakis@example.gr>", "Ευχαριστουμε", "general", "",
"""Καλησπερα σας,
με την κακοκαιρια την Κυριακη επεσε η κολωνα στην εισοδο του χωριου
μας (Αγιος Νικολαος Φθιωτιδας) και μειναμε χωρις ρευμα. Τα παιδια σας
δουλεψαν ολη τη νυχτα μεσα στη βροχη και το πρωι ειχαμε ρευμα. Θελουμε
να πουμε ενα μεγαλο ευχαριστω απο ολο το χωριο.
Γιαννης Κωστακης, προεδρος τοπικης κοινοτητας"""),
("el", "b24-el-metrisi-sakxarou-ekdilosi", "Ανθή Ρουσσάκη <anthi.roussaki@example.gr>", "Δωρεάν μετρήσεις", "general", "",
"""Καλημέρα σας,

Άκουσα ότι το φαρμακείο σας θα κάνει δωρεάν μετρήσεις σακχάρου και
πίεσης κάποιο Σάββατο αυτόν τον μήνα. Ποια μέρα είναι, τι ώρες, και
χρειάζεται να κλείσω ραντεβού για τον πατέρα μου;

Ευχαριστώ,
Ανθή"""),
# ---------------- Spanish ----------------
("es", "b24-es-factura-luz-estimada", "Pilar Gutiérrez <pilar.gutierrez@example.es>", "Factura de la luz", "billing", "",
"""Buenos días:

Me ha llegado la factura de la luz de abril-mayo por 214,37 €, cuando
normalmente pago unos 80 €. Casi me da un infarto al abrirla. Mirando
el detalle pone que la lectura es ESTIMADA (18.640 kWh). Esta mañana he
bajado al cuarto de contadores y el mío marca 17.322, así que me han
estimado más de 1.300 kWh de más.

Les adjunto foto del contador. ¿Pueden rehacer la factura con la lectura
real?

CUPS: ES0031 4000 1234 5678 AB
Un saludo,
Pilar Gutiérrez"""),
("es", "b24-es-enganche-cobrado-dos-veces", "Rodrigo Salazar <rodrigo.salazar@example.com.mx>", "Cobro duplicado enganche", "billing", "",
"""Buenas tardes,

El sábado di el enganche de $45,000 MXN con mi tarjeta de débito en su
agencia de Av. Vallarta, Guadalajara, para la camioneta que estoy
sacando a crédito. Hoy veo en la app del banco que el cargo aparece dos
veces, con una diferencia de 3 minutos. El vendedor, Luis, recuerda que
la terminal se trabó la primera vez.

Les pido de favor que me reembolsen el segundo cargo. Tengo los dos
vouchers.

Saludos,
Rodrigo Salazar"""),
("es", "b24-es-vendi-el-auto-baja-poliza", "Martin Acosta <martin.acosta@example.com.ar>", "poliza 55-208817", "billing", "",
"""Hola, como va? Les escribo porque vendi el auto (Gol Trend 2015) el
viernes y el comprador ya lo aseguro a su nombre. Quiero dar de baja mi
poliza desde hoy y que no me debiten mas la cuota de $38.500 de la
tarjeta. Que necesitan que les mande, el boleto de compraventa?

Gracias,
Martin Acosta"""),
("es", "b24-es-autoescuela-traslado-valencia", "Sara Domínguez <sara.dominguez@example.es>", "Clases pendientes", "billing", "",
"""Hola,

Soy Sara Domínguez, alumna vuestra desde enero. Me ha salido trabajo en
Valencia y me mudo a final de mes, así que no voy a poder terminar aquí.
Pagué el bono de 15 clases prácticas (390 €) y me quedan 9 sin usar.
¿Me podéis devolver la parte de las que no he dado? Si tenéis algún
acuerdo con una autoescuela de Valencia también me vale pasarlas allí.

Gracias,
Sara"""),
("es", "b24-es-implante-presupuesto-director", "Antonio Gallardo <antonio.gallardo@example.es>", "Factura del implante - quiero hablar con el director médico", "billing", "high",
"""Buenas tardes:

El 12 de marzo firmé en su clínica de Alcobendas un presupuesto por un
implante con corona en la pieza 36 por 1.200 €. Ayer me entregaron la
factura final por 1.450 €, con un concepto de "injerto óseo" que nadie
me explicó ni me presupuestó, y que yo no autoricé.

He hablado dos veces con recepción y me dicen que "es lo que pone el
sistema". No voy a pagar 250 € que no acordé. Exijo que el director
médico de la clínica se ponga en contacto conmigo personalmente esta
semana.

Antonio Gallardo Ruiz
DNI 50.123.456-K
Tel. 600 000 318"""),
("es", "b24-es-anualidad-condusef", "Verónica Ríos <veronica.rios@example.com.mx>", "Cobro de anualidad que me dijeron que no existía", "billing", "high",
"""Buen día,

Cuando contraté la tarjeta de crédito Oro en la sucursal de Polanco, el
ejecutivo me aseguró por escrito (tengo el correo) que la anualidad
sería gratis el primer año. Este mes me cargaron $2,350 MXN de
anualidad más IVA. Ya llamé dos veces a la línea y solo me dicen que
"el sistema no tiene esa promoción".

Si en 10 días hábiles no me bonifican el cargo completo, voy a
presentar mi queja ante la CONDUSEF con todas las pruebas.

Atentamente,
Verónica Ríos Medina"""),
("es", "b24-es-domicilio-cobrado-doble", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Pedido farmacia", "billing", "",
"""Buenas, hice un pedido a domicilio por la app el martes (pedido
77231, unos medicamentos para mi mamá) y me cobraron el domicilio dos
veces, 2 x $6.900. Solo llegó un domiciliario. Me pueden devolver los
$6.900 de más a la tarjeta? Gracias"""),
("es", "b24-es-progresivas-a-plazos", "Carmen Lozano <carmen.lozano@example.es>", "Gafas progresivas", "billing", "",
"""Buenas tardes:

El otro día me hice la revisión en su óptica de la calle Mayor y me
recomendaron unas gafas progresivas que con la montura que elegí salen
por 540 €. ¿Es posible pagarlas a plazos sin intereses? ¿Y se puede con
tarjeta de otro banco o tiene que ser con la suya?

Gracias y un saludo,
Carmen Lozano"""),
("es", "b24-es-mama-ya-no-esta-seguro-hogar", "Juan Manuel Ortiz <jm.ortiz@example.es>", "Póliza de hogar de mi madre", "billing", "",
"""Buenos días:

Mi madre, Dolores Herrera Sánchez, nos dejó el pasado 2 de mayo. Su piso
de la calle Feria, en Sevilla, lo hemos vendido y se firmó la escritura
el día 20. Por eso ya no tiene sentido mantener su seguro de hogar
(póliza HG-1920456).

Quería pedirles que la anulen desde la fecha de la venta y que, si
corresponde devolver parte de la prima, la ingresen en la cuenta de la
herencia que les indico. Tengo el certificado de defunción y la
escritura de venta si los necesitan.

Un saludo,
Juan Manuel Ortiz Herrera"""),
("es", "b24-es-comedor-no-queda-living", "Francisca Muñoz <francisca.munoz@example.cl>", "Devolución comedor", "billing", "",
"""Hola!

Me llegó el comedor Oslo de 6 sillas la semana pasada (boleta 4411820).
No tiene ningún defecto, está impecable, pero lo pusimos en el living y
es demasiado grande, no se puede pasar. Todavía no lo hemos usado y
guardé las cajas.

¿Lo puedo devolver y que me reembolsen los $489.990? ¿O cambiarlo por
el de 4 sillas pagando la diferencia? Lo que sea más fácil.

Saludos,
Francisca Muñoz (Ñuñoa)"""),
("es", "b24-es-factura-agua-cinco-veces", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "Factura de agua", "billing", "",
"""Buenas tardes. Me llego la factura del agua del bimestre con un
consumo de 96 m3, cuando siempre fue de 18 o 20 m3. Somos dos personas
en un departamento, no tenemos pileta ni jardin. Revise las canillas y
el inodoro y no pierden. Pido que revisen la lectura del medidor y me
reliquiden la factura, el importe de $84.600 no lo puedo pagar asi.
Cuenta 3021-77845
Gustavo Pereyra"""),
("es", "b24-re-pieza-no-instalada-omic", "Elena Prieto <elena.prieto@example.es>", "Re: Reparación vehículo 2231-HKL", "billing", "high",
"""Les reenvío su propio correo porque parece que no lo leen. En la
factura me cobran 310 € por un "amortiguador trasero derecho" que,
según me ha confirmado otro taller esta semana, sigue siendo el
original, con el mismo número de lote y la misma suciedad de 8 años.

Quiero la devolución de esos 310 € más la mano de obra correspondiente.
Si no tengo una respuesta por escrito antes del viernes, rellenaré la
hoja de reclamaciones y presentaré la denuncia en la OMIC de mi
ayuntamiento con el informe del otro taller.

Elena Prieto

El 4 jun 2024, a las 17:12, Taller Hermanos Cano <taller@example-hcano.es> escribió:
> Buenas tardes, Sra. Prieto:
> Su vehículo ya está listo. Se ha sustituido el amortiguador trasero
> derecho y se ha revisado el tren delantero. Importe total: 487,60 €.
> Puede pasar a recogerlo a partir de las 18:00.
> Un saludo, Taller Hermanos Cano"""),
("es", "b24-es-msi-no-aplicados-contracargo", "Alejandro Fuentes <alejandro.fuentes@example.com.mx>", "Refrigerador - me cobraron todo de contado", "billing", "high",
"""Hola,

Compré un refrigerador en su tienda en línea el 28 de mayo por
$18,999 MXN, eligiendo 12 meses sin intereses con mi tarjeta, y así
viene en la confirmación del pedido (la tengo). El banco me lo cargó
completo de contado, en una sola exhibición, y mi línea de crédito se
quedó casi en cero.

Llevo una semana con el chat y nadie lo arregla. Si esta semana no
corrigen el cargo, voy a desconocerlo con mi banco y que ellos lo
resuelvan.

Alejandro Fuentes"""),
("es", "b24-es-hola-cambio-cuenta-domiciliacion", "Marisa Calvo <marisa.calvo@example.es>", "Hola", "billing", "",
"""Hola, buenas. Me he cambiado de banco y quería domiciliar los recibos
del gas en la cuenta nueva a partir del próximo. El IBAN nuevo es
ES12 0000 0000 0000 0000 0000. ¿Hay que rellenar algún formulario o
basta con este correo? El titular soy yo, Marisa Calvo Ibáñez.
Gracias"""),
("es", "b24-es-app-banco-se-cierra", "Iván Castro <ivan.castro@example.es>", "La app no abre", "technical", "",
"""Hola,

No es por ningún cargo ni nada de mi cuenta, que está todo bien. Es que
desde la actualización del jueves la app se cierra sola en cuanto meto
el PIN: se queda la pantalla en blanco un segundo y vuelve al móvil.
He borrado caché, la he desinstalado y vuelto a instalar, y nada.
Samsung A54 con Android 14.

Desde el ordenador sí puedo entrar.

Iván"""),
("es", "b24-es-calentador-huele-gas", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "Calentador recién instalado", "technical", "high",
"""Buenas tardes,

El jueves su técnico nos instaló el calentador de paso a gas en el
patio de servicio. Desde ayer en la noche se huele a gas cerca de la
conexión de cobre, no muy fuerte pero sí se nota. Ya cerramos la llave
del tanque, abrimos todo y no estamos prendiendo nada en la casa.

Les pido que manden a alguien hoy mismo a revisar la instalación, por
favor. Estamos en Av. Las Torres 1840, Col. Jardines, Puebla.

Guadalupe Herrera
222 000 4471"""),
("es", "b24-es-restaurante-salta-diferencial", "Casa Lucía <reservas@casalucia.example>", "Desde el cambio de contador", "technical", "high",
"""Buenas,

Desde que el jueves vinieron a cambiarnos el contador en el restaurante
(Casa Lucía, calle Laurel 14, Logroño), cada vez que encendemos la
plancha y el horno a la vez se va la luz de todo el local. Subimos el
automático y a los diez minutos otra vez.

El sábado tuvimos que cerrar la cocina a las dos y media con el comedor
lleno, devolver el dinero a dos mesas y tirar todo lo que estaba a
medio hacer. Hoy tenemos una comunión de 40 personas a las 14:00.

Necesitamos que venga un técnico esta mañana.

Lucía Martínez"""),
("es", "b24-es-corte-luz-concentrador-oxigeno", "Natalia Benítez <natalia.benitez@example.com.ar>", "SIN LUZ HACE 20 HORAS - PACIENTE ELECTRODEPENDIENTE", "technical", "high",
"""Hace 20 horas que no tenemos luz en toda la manzana de Moreno y
Belgrano en Quilmes, son como 15 casas. Llamamos tres veces al
reclamo y nos dan numero de reclamo y nada mas.

Mi papa tiene 79 años y usa concentrador de oxigeno, esta registrado
como electrodependiente en la empresa. Nos quedan unas pocas horas del
tubo de oxigeno de reserva. Necesitamos que manden una cuadrilla o un
grupo electrogeno YA.

Natalia Benitez
11 0000 6632
Nro. de suministro 0045-2281-7"""),
("es", "b24-es-lavadora-no-centrifuga", "Raquel Moya <raquel.moya@example.es>", "Lavadora - no quiero devolución", "technical", "",
"""Buenos días,

La lavadora que les compré en febrero ha dejado de centrifugar: termina
el programa y la ropa sale empapada. El filtro está limpio y no le meto
demasiada carga.

No quiero que me devuelvan el dinero ni cambiarla, estoy contenta con
ella. Solo quiero que venga el servicio técnico a arreglarla, que está
en garantía. Por las mañanas siempre hay alguien en casa.

Raquel Moya
Calle Tajo 9, 3ºB, Talavera de la Reina"""),
("es", "b24-es-sensor-presion-llantas", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Alerta de llantas", "technical", "",
"""Buenas tardes,

Hace un mes me entregaron el carro nuevo en su concesionario de la 80,
y desde hace una semana se prende la alerta de presión de llantas cada
vez que lo prendo. Fui a la bomba y las cuatro están en 32 psi, como
dice el manual. La alerta no se apaga.

¿Lo llevo al taller o hay algo que se pueda reiniciar?

Andrés Cárdenas"""),
("es", "b24-es-gafas-nuevas-borroso-lejos", "Nerea Aguirre <nerea.aguirre@example.es>", "Gafas nuevas", "technical", "",
"""Kaixo,

Recogí las gafas nuevas el lunes en vuestra tienda de Getxo y con ellas
veo peor de lejos que con las viejas, sobre todo conduciendo de noche.
De cerca bien. ¿Puedo pasar a que comprueben la graduación? Me viene
bien cualquier tarde.

Nerea"""),
("es", "b24-es-portal-citas-codigo", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "no me llega el código", "technical", "",
"""Hola, estoy intentando entrar al portal de la clínica dental para
agendar la cita de mi hijo pero no me llega el código de verificación
ni por SMS ni por correo. Ya revisé spam. Le di "reenviar" como 5
veces. Qué hago?"""),
("es", "b24-es-sofa-relax-mando", "Fernando Bravo <fernando.bravo@example.es>", "Sofá relax", "technical", "",
"""Buenas tardes:

El sofá relax eléctrico de tres plazas que nos entregaron hace dos meses
tiene el asiento de la izquierda que ya no se mueve. Al pulsar el mando
se enciende la lucecita pero no hace nada, ni se oye el motor. Los
otros dos asientos funcionan bien. Está enchufado y hemos probado
cambiando los cables entre asientos.

Fernando Bravo"""),
("es", "b24-es-refrigerador-escarcha", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Refri", "technical", "",
"""hola, el refri no frost que compramos en marzo está haciendo escarcha
en la pared de atrás del congelador, una capa gruesa, y la comida de
abajo se pone blanda. no se supone que los no frost no hacen eso?"""),
("es", "b24-es-consulta-area-cliente-seguro", "Teresa Ramos <teresa.ramos@example.es>", "Consulta", "technical", "",
"""Buenas tardes,

Intento entrar en el área de cliente de su web para descargar el
certificado del seguro del coche y me dice "usuario o contraseña
incorrectos". Le he dado a recuperar contraseña, he puesto una nueva,
me dice que se ha cambiado correctamente, y al intentar entrar otra vez
me da el mismo error.

Un saludo,
Teresa Ramos"""),
("es", "b24-es-puerta-horno-quema", "Beatriz Cano <beatriz.cano@example.es>", "Horno", "technical", "high",
"""Hola:

Les escribo por el horno de encastre que nos instalaron en abril. Con el
horno a 200 grados, el cristal de la puerta se pone tan caliente que no
se puede tocar, y el tirador también quema. Ayer mi hija de 4 años lo
tocó con la mano al pasar y le ha salido una pequeña ampolla. Está bien,
pero me parece que eso no es normal en un horno nuevo, el anterior no
se calentaba así ni de lejos.

Mientras tanto no lo vamos a usar. ¿Pueden mandar a un técnico a
revisarlo?

Beatriz Cano"""),
("es", "b24-es-medidor-inteligente-error", "Hernán Villalba <hernan.villalba@example.com.ar>", "medidor", "technical", "",
"""buenas, el medidor nuevo de luz que pusieron en la vereda muestra
"ERR 04" en la pantalla desde el domingo, y la app de la empresa no me
muestra el consumo desde ese dia. la luz en la casa anda normal.
cuenta 88120553"""),
("es", "b24-es-gracias-dentista-hijo", "Mónica Serrano <monica.serrano@example.es>", "Gracias a la Dra. Vidal", "general", "",
"""Buenas tardes:

Solo quería dar las gracias a la doctora Vidal por cómo trató ayer a mi
hijo Pablo. Tiene autismo y las consultas médicas le cuestan muchísimo;
ella le dejó tocar los instrumentos, le explicó todo con calma y
esperó lo que hizo falta. Por primera vez salió de un dentista sin
llorar.

Gracias de corazón,
Mónica"""),
("es", "b24-es-farmacia-24-horas", "Jorge Navarro <jorge.navarro@example.com.mx>", "Horario", "general", "",
"""Buenas noches, la sucursal de Insurgentes Sur abre las 24 horas o nada
más hasta las 11? Gracias"""),
("es", "b24-es-campera-olvidada-concesionaria", "Lucas Giménez <lucas.gimenez@example.com.ar>", "Me olvidé la campera", "general", "",
"""Hola! El sábado fui a la concesionaria de Av. Libertador a ver el Cronos
y creo que me olvidé la campera en una silla de la sala de espera, es
una de jean con corderito adentro. Si la encontraron me avisan y paso a
buscarla en la semana? Gracias!!
Lucas"""),
("es", "b24-es-cambio-domicilio-poliza", "Alberto Requena <alberto.requena@example.es>", "Cambio de dirección postal", "general", "",
"""Buenos días:

Les ruego que actualicen mi dirección postal en la póliza de vida
VD-884102. La nueva es: Avenida de Cádiz 23, 2º izquierda, 18006
Granada. El resto de datos (teléfono, correo y cuenta) no cambia.

Atentamente,
Alberto Requena"""),
("es", "b24-es-derecho-acceso-rgpd-banco", "Lidia Soto <lidia.soto@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del Reglamento (UE) 2016/679 (RGPD), solicito
acceso a todos los datos personales que su entidad trata sobre mí, los
fines del tratamiento, los destinatarios a los que se hayan comunicado y
el plazo de conservación previsto, incluidas las grabaciones de las
llamadas al servicio de atención al cliente desde 2021.

Adjunto copia de mi DNI.

Atentamente,
Lidia Soto Aranda"""),
("es", "b24-es-entrega-muebles-porteria", "Valentina Ospina <valentina.ospina@example.com.co>", "Entrega del jueves", "general", "",
"""Hola, para la entrega del juego de alcoba el jueves: vivo en el
edificio Torres del Parque, apto 1204, en Chapinero. Los muebles deben
subir por el ascensor de servicio y en portería les piden la cédula a
los transportadores. Por favor que me llamen 20 minutos antes al
310 000 5518 para avisar en portería.

Mil gracias,
Valentina"""),
("es", "b24-es-trato-taller-gerente", "Cristina Vega <cristina.vega@example.es>", "Trato recibido en el taller de Getafe", "general", "high",
"""Buenas tardes:

El martes llevé mi coche a revisión a su taller de Getafe. Cuando
pregunté al recepcionista qué incluía la revisión, me contestó, delante
de otros clientes, que "eso mejor se lo explico a su marido, que lo
entenderá". Cuando le dije que el coche es mío y que me lo explicara a
mí, se rió y atendió al cliente de detrás.

Es inadmisible. Quiero que el gerente del taller se ponga en contacto
conmigo y me diga qué medidas se van a tomar.

Cristina Vega
650 000 228"""),
("es", "b24-es-piso-mojado-sucursal", "Rosa Elena Campos <rosaelena.campos@example.com.mx>", "Piso mojado en la sucursal de Satélite", "general", "high",
"""Buenas tardes,

Hoy a mediodía, en su sucursal bancaria de Plaza Satélite, estaban
trapeando la entrada sin ningún letrero de piso mojado. Una señora
mayor que iba delante de mí se resbaló y cayó de lado; afortunadamente
solo se lastimó la muñeca, pero pudo ser mucho peor. Cuando salí,
seguían trapeando igual, sin señalización.

Les pido que lo corrijan antes de que alguien se fracture algo.

Rosa Elena Campos"""),
("es", "b24-es-patrocinio-carrera-popular", "Club Atletismo Vega Baja <info@cavegabaja.example>", "Patrocinio - X Carrera Popular de Orihuela", "general", "",
"""Buenos días:

El Club de Atletismo Vega Baja organiza el próximo 6 de octubre la X
Carrera Popular de Orihuela, con unos 800 corredores inscritos cada año.
Estamos buscando patrocinadores locales y hemos pensado en su
concesionario. A cambio ofrecemos su logo en las camisetas y en el arco
de meta, y un stand en la zona de llegada.

Si les interesa, les enviamos el dosier con las distintas modalidades.

Un saludo,
Paco Sempere, Club Atletismo Vega Baja"""),
("es", "b24-es-urgente-agosto-autoescuela", "Adrián Molina <adrian.molina@example.es>", "URGENTE", "general", "",
"""hola abris en agosto?? quiero apuntarme al teorico en verano que no
tengo clase"""),
("es", "b24-re-documentos-vacuna-farmacia", "Silvina Rossi <silvina.rossi@example.com.ar>", "Re: Turno vacunación antigripal", "general", "",
"""Hola, gracias por la confirmacion. Una consulta: tengo que llevar la
orden del medico o alcanza con el carnet de la obra social? Y puedo
llevar a mi mama en el mismo turno, que tambien se la tiene que dar?

Silvina

El lun, 22 abr 2024 a las 10:15, Farmacia Del Centro <turnos@example-farmaciadelcentro.com.ar> escribió:
> Hola Silvina, te confirmamos el turno para la vacuna antigripal el
> jueves 25/4 a las 17:30 en la sucursal de Av. San Martín 540.
> Saludos, Farmacia Del Centro"""),
("es", "b24-es-felicitaciones-vendedor", "Ignacio Soto <ignacio.soto@example.cl>", "Felicitaciones a Cristóbal", "general", "",
"""Estimados:

Quería felicitar a Cristóbal Muñoz, vendedor de su sucursal de Temuco.
Le hicimos mil preguntas durante tres visitas, nos dejó probar dos
modelos con calma, nunca nos presionó y hasta nos llamó para avisar
que el auto estaba listo un día antes. Da gusto que lo atiendan así.

Saludos cordiales,
Ignacio Soto y familia"""),
("es", "b24-es-charlas-seguridad-vial-colegio", "AMPA CEIP Los Almendros <ampa.almendros@example.es>", "Charlas en el colegio", "general", "",
"""Hola:

Somos la AMPA del CEIP Los Almendros, en Alcalá de Henares. Queríamos
saber si vuestra autoescuela da charlas de educación vial para niños
de primaria. Nos gustaría organizar una para 5º y 6º en el segundo
trimestre. ¿Cómo funciona y con cuánto tiempo hay que pedirlo?

Gracias,
Marta, de la AMPA"""),
# ---------------- Polish ----------------
("pl", "b24-pl-prognoza-pradu-odczyt", "Beata Kołodziej <beata.kolodziej@example.pl>", "Rachunek za prąd", "billing", "",
"""Dzień dobry,

dostałam rozliczenie za prąd za okres luty-maj na kwotę 684,12 zł, a
zwykle płacę ok. 250 zł. Prawie dostałam zawału. W rozliczeniu jest
napisane, że odczyt był SZACUNKOWY (21 870 kWh). Dziś sprawdziłam
licznik i pokazuje 20 412 kWh, więc naliczyli mi Państwo prawie 1500 kWh
za dużo.

W załączniku zdjęcie licznika z dzisiejszą datą. Proszę o korektę
faktury według rzeczywistego odczytu.

Numer klienta: 4420118873
Beata Kołodziej"""),
("pl", "b24-pl-nadplata-woda-zwrot", "Ryszard Kubiak <ryszard.kubiak@example.pl>", "nadplata", "billing", "",
"""Dzien dobry, na ostatniej fakturze za wode i scieki mam nadplate
127,40 zl. Wolalbym zeby ja zwrocic na konto a nie zaliczac na
przyszle faktury. Numer konta 00 0000 0000 0000 0000 0000 0000.
Nr odbiorcy 1122/07.
Pozdrawiam, R. Kubiak"""),
("pl", "b24-pl-auto-na-zlom-oc", "Wiesław Gajewski <wieslaw.gajewski@example.pl>", "Polisa OC nr 8890-22144", "billing", "",
"""Dzień dobry,

moje stare Audi A4 skończyło swoją drogę - w zeszły piątek oddałem je
na złom, mam zaświadczenie o demontażu i samochód jest już
wyrejestrowany. Proszę o rozwiązanie polisy OC 8890-22144 i zwrot
składki za niewykorzystany okres (płaciłem jednorazowo za cały rok w
styczniu). Zaświadczenie mogę przesłać skanem.

Wiesław Gajewski"""),
("pl", "b24-pl-szkola-jazdy-odwolane-rzecznik", "Oliwia Sobczak <oliwia.sobczak@example.pl>", "Zwrot za niezrealizowane jazdy", "billing", "high",
"""Dzień dobry,

w lutym zapłaciłam 3 200 zł za pełny kurs kategorii B, w tym 30 godzin
jazd. Od marca instruktor odwołał mi 11 jazd, zwykle godzinę przed
terminem, a od trzech tygodni nikt nie odbiera telefonu w biurze.
Wyjeździłam 12 godzin.

Rezygnuję z kursu i żądam zwrotu za 18 niewyjeżdżonych godzin. Jeśli
nie dostanę odpowiedzi w ciągu 14 dni, sprawę zgłoszę do miejskiego
rzecznika konsumentów, a potem skieruję do sądu.

Oliwia Sobczak"""),
("pl", "b24-pl-aparat-ortodontyczny-raty", "Aneta Szewczyk <aneta.szewczyk@example.pl>", "Pytanie o płatność", "billing", "",
"""Dzień dobry,

córka (13 lat) ma zaplanowane założenie aparatu stałego w Państwa
gabinecie w maju, koszt podany na konsultacji to 4 800 zł za oba łuki.
Czy można to rozłożyć na raty 0%? I czy wizyty kontrolne płaci się
osobno co miesiąc, czy są wliczone?

Pozdrawiam,
Aneta Szewczyk"""),
("pl", "b24-pl-prowizja-karta-podwojna-rzecznik", "Jerzy Pawłowski <jerzy.pawlowski@example.pl>", "Reklamacja - opłata za kartę pobrana dwukrotnie", "billing", "high",
"""Szanowni Państwo,

od kwietnia z mojego konta osobistego co miesiąc pobierane są DWIE
opłaty za tę samą kartę debetową (po 9,00 zł), chociaż mam jedną kartę.
Złożyłem reklamację w oddziale na Piotrkowskiej 18 kwietnia (nr
REK/2024/04/8812) i do dziś nie dostałem odpowiedzi, a termin 30 dni
minął.

Jeśli w ciągu 7 dni opłaty nie zostaną zwrócone, złożę wniosek do
Rzecznika Finansowego.

Jerzy Pawłowski
Łódź"""),
("pl", "b24-pl-apteka-kod-rabatowy", "Kinga Mroczek <kinga.mroczek@example.pl>", "Kod -15%", "billing", "",
"""Hej, dostałam od Was SMS z kodem APTEKA15 na -15% na dermokosmetyki,
ale przy zamówieniu wyskakuje "kod nieważny". Ważny jest do końca
miesiąca. Zamówienie złożyłam mimo to (nr 30291, 186 zł) - czy możecie
mi zwrócić te 15%?
Kinga"""),
("pl", "b24-pl-krzeslo-kolor-nie-pasuje", "Paweł Kurek <pawel.kurek@example.pl>", "Zamówienie 71120", "billing", "",
"""Dzień dobry,

od razu zaznaczam - krzesła są w porządku, nic im nie jest. Po prostu
ten odcień zieleni na żywo zupełnie nie pasuje do stołu. Chciałbym
zwrócić wszystkie cztery (są zapakowane w oryginalnych kartonach) w
ramach 14 dni na odstąpienie od umowy. Jak mam je odesłać i kiedy
dostanę zwrot 1 196 zł?

Paweł Kurek"""),
("pl", "b24-pl-abonament-medyczny-norwegia", "Tomasz Dziedzic <tomasz.dziedzic@example.pl>", "Abonament", "billing", "",
"""Dzien dobry,

od 1 lipca wyjezdzam na stale do Norwegii (mam tam prace), wiec
abonament medyczny w Panstwa przychodni nie bedzie mi juz potrzebny.
Prosze o rozwiazanie umowy z koncem czerwca i zeby nie pobierac juz
oplaty 139 zl za lipiec. Nr umowy AB-55021.

Dziekuje za te 4 lata,
Tomasz Dziedzic"""),
("pl", "b24-pl-serwis-klocki-dwa-razy-kierownik", "Mariusz Wasilewski <mariusz.wasilewski@example.pl>", "Faktura FV/0612/2024 - żądam kontaktu z kierownikiem serwisu", "billing", "high",
"""Dzień dobry,

w ubiegłym tygodniu w Państwa serwisie wymieniono mi klocki i tarcze
przednie w Skodzie Octavii (WE 4812K). Na fakturze FV/0612/2024
"klocki hamulcowe przód" są policzone dwa razy, po 289 zł, i do tego
dwukrotnie robocizna za ich wymianę. Samochód ma jeden komplet
klocków z przodu, o ile mi wiadomo.

Doradca serwisowy stwierdził, że "tak wyliczył system" i że nic nie
może zrobić. Proszę, aby skontaktował się ze mną kierownik serwisu i
wystawił korektę.

Mariusz Wasilewski
tel. 600 000 914"""),
("pl", "b24-odp-roznica-ceny-pralka", "Iwona Lis <iwona.lis@example.pl>", "Odp: Zgłoszenie 44518 - zwrot różnicy w cenie", "billing", "",
"""Dzień dobry,

minęły już prawie trzy tygodnie od Państwa odpowiedzi poniżej, a zwrot
150 zł nie wpłynął na moje konto. Proszę o sprawdzenie, czy został
zlecony.

Iwona Lis

W dniu 13.05.2024 o 14:20, Obsługa Klienta <bok@example-agd.pl> pisze:
> Szanowna Pani,
> uprzejmie informujemy, że Pani zgłoszenie zostało rozpatrzone
> pozytywnie. Różnica w cenie pralki w wysokości 150 zł zostanie
> zwrócona na rachunek, z którego dokonano płatności, w ciągu 7 dni
> roboczych.
> Z poważaniem, Dział Obsługi Klienta"""),
("pl", "b24-pl-pytanie-blik-gaz", "Leszek Czarnecki <leszek.czarnecki@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, czy faktury za gaz mogę opłacać BLIKiem w Państwa e-BOK?
Do tej pory płaciłem przelewem na poczcie, ale syn mówi, że przez
telefon jest szybciej.
Leszek Czarnecki"""),
("pl", "b24-pl-odszkodowanie-zalanie-sad", "Grażyna Witkowska <grazyna.witkowska@example.pl>", "Szkoda nr 2024/MZ/33190 - odwołanie", "billing", "high",
"""Szanowni Państwo,

w marcu sąsiad z góry zalał mi kuchnię i przedpokój. Kosztorys firmy
remontowej, który Państwu przesłałam, opiewa na 14 700 zł. Wypłacili
Państwo 3 950 zł, bez żadnego uzasadnienia poza "wyliczeniem
rzeczoznawcy", którego nikt u mnie nie był - wycena była robiona ze
zdjęć.

Odwołuję się od tej decyzji. Jeśli w ciągu 30 dni nie otrzymam dopłaty
do pełnej kwoty kosztorysu, złożę pozew do sądu. Reprezentuje mnie już
kancelaria.

Grażyna Witkowska
Polisa M-8823014"""),
("pl", "b24-pl-zamknieta-dzialalnosc-konto", "Sławomir Jankowski <slawek.jankowski@example.pl>", "konto firmowe", "billing", "",
"""Dzień dobry,

z końcem maja zamknąłem działalność (wykreślenie z CEIDG mam od
31.05), więc konto firmowe nie jest mi już do niczego potrzebne. Proszę
o jego zamknięcie i żeby nie pobierać już opłaty 29 zł miesięcznie.
Środki, które zostały, proszę przelać na moje konto prywatne w Państwa
banku.

Sławomir Jankowski
Usługi Remontowe SJ (zlikwidowana)"""),
("pl", "b24-pl-aplikacja-nowy-telefon", "Kamil Wrona <kamil.wrona@example.pl>", "aplikacja", "technical", "",
"""Dzień dobry,

piszę nie w sprawie przelewów ani pieniędzy - na koncie wszystko się
zgadza. Chodzi o aplikację. Zmieniłem telefon i przy parowaniu nowego
urządzenia aplikacja pokazuje "Błąd 1207, spróbuj ponownie później".
Próbuję od czterech dni, zawsze to samo. Stary telefon już oddałem,
więc nie mam jak potwierdzić.

Kamil Wrona"""),
("pl", "b24-pl-kociol-zapach-gazu", "Zdzisław Mazurek <zdzislaw.mazurek@example.pl>", "Kocioł po montażu", "technical", "high",
"""Dzień dobry,

w poniedziałek Państwa instalator zamontował nam nowy kocioł
kondensacyjny w łazience. Od wczoraj wieczorem czuć tam delikatny
zapach gazu, najmocniej przy nowym połączeniu pod kotłem. Zakręciliśmy
zawór gazu przy liczniku, otworzyliśmy okna i nie używamy kuchenki.
Zadzwoniłem też na pogotowie gazowe, jak było napisane w dokumentach.

Proszę, żeby instalator przyjechał dziś sprawdzić swoją pracę. Nie
mamy ciepłej wody ani ogrzewania.

Zdzisław Mazurek
tel. 500 000 731"""),
("pl", "b24-pl-brak-wody-osiedle-przedszkole", "Ewa Szulc <ewa.szulc@example.pl>", "Brak wody - os. Kopernika", "technical", "high",
"""Dzień dobry,

od 6 rano nie ma wody na całym osiedlu Kopernika w Gnieźnie - we
wszystkich blokach przy Kopernika 2-14, to kilkaset mieszkań. Na Państwa
stronie nie ma żadnej informacji o awarii ani pracach. Przedszkole na
osiedlu odsyła dzieci do domów, a w naszej klatce mieszka kilka osób
starszych, które nie zejdą po wodę do sklepu.

Kiedy woda wróci? Czy może przyjechać beczkowóz?

Ewa Szulc"""),
("pl", "b24-pl-salon-fryzjerski-korki", "Studio Fryzur Magda <kontakt@studio-magda.example>", "Od wymiany licznika", "technical", "high",
"""Dzien dobry,

w srode wymieniliscie nam licznik w salonie (ul. Dluga 7, Kalisz). Od
tamtej pory jak tylko wlaczymy jednoczesnie dwie suszarki i
podgrzewacz wody, wywala zabezpieczenie i gasnie caly salon.

W czwartek klientka siedziala z farba na glowie bez wody i pradu, w
piatek i sobote odwolalysmy 14 wizyt, dzis rano kolejne. Przed
wymiana licznika wszystko dzialalo latami bez problemu.

Prosze o pilny przyjazd technika.
Magdalena Rutkowska"""),
("pl", "b24-pl-pralka-cieknie-bez-zwrotu", "Agata Borkowska <agata.borkowska@example.pl>", "Pralka - proszę o serwis, nie zwrot", "technical", "",
"""Dzień dobry,

pralka kupiona u Państwa w styczniu zaczęła zostawiać kałużę wody pod
spodem przy każdym praniu, najwięcej przy wirowaniu. Wąż i filtr są w
porządku, sprawdzał mąż.

Nie chcę zwrotu pieniędzy ani wymiany na inną, poza tym pralka jest
super. Chcę tylko, żeby przyjechał serwis w ramach gwarancji. Jestem w
domu od 15.

Agata Borkowska"""),
("pl", "b24-pl-czujnik-parkowania-piszczy", "Marcin Zielinski <marcin.zielinski@example.pl>", "czujniki parkowania", "technical", "",
"""Czesc, odebralem auto z salonu 2 tyg temu i tylny czujnik parkowania
piszczy ciagle na biegu wstecznym, nawet jak nic za mna nie ma. Myte
bylo, czujniki czyste. Da sie to ustawic czy mam przyjechac do serwisu?
Marcin"""),
("pl", "b24-pl-soczewki-okularowe-lusczenie", "Halina Adamska <halina.adamska@example.pl>", "Okulary do czytania", "technical", "",
"""Szanowni Państwo,

okulary odebrane w Państwa salonie w marcu mają coraz bardziej
łuszczącą się powłokę na obu szkłach, jakby pajęczynka na środku. Czyszczę
je tylko ściereczką, którą dostałam, i płynem z salonu. Czytać w nich
już się nie da.

Proszę o informację, czy mogę je przynieść do sprawdzenia.

Z poważaniem,
Halina Adamska"""),
("pl", "b24-pl-rejestracja-online-dentysta", "Natalia Kowal <natalia.kowal@example.pl>", "Rejestracja przez stronę", "technical", "",
"""Dzień dobry, przy próbie rezerwacji wizyty u dr Nowickiej przez Państwa
stronę, po wybraniu godziny i wpisaniu danych, przycisk "Potwierdź" nic
nie robi. Próbowałam w Chrome i w Firefoxie, na komputerze i na
telefonie. Czy mogą mnie Państwo zapisać inaczej albo naprawić stronę?
Natalia Kowal"""),
("pl", "b24-pl-lodowka-gorna-polka", "Jacek Michalak <jacek.michalak@example.pl>", "Lodówka", "technical", "",
"""Dzień dobry,

w lodówce kupionej pół roku temu górne półki przestały chłodzić -
termometr pokazuje tam 11 stopni, a na dole 4. Z tyłu na ściance
zbiera się lód. Zamrażarka działa normalnie.

Jacek"""),
("pl", "b24-pl-zmywarka-iskrzy-wtyczka", "Dorota Malinowska <dorota.malinowska@example.pl>", "Zmywarka", "technical", "high",
"""Dzień dobry,

przy wczorajszym zmywaniu poczułam zapach spalenizny, a przy wtyczce
zmywarki (kupionej u Państwa w lutym) zobaczyłam małe iskry. Wtyczka
była bardzo gorąca, a plastik obok bolca jest lekko nadtopiony.
Od razu wyłączyłam bezpiecznik i wyciągnęłam wtyczkę. Gniazdko jest
nowe, z innymi urządzeniami nic takiego się nie dzieje.

Zmywarki nie używam. Proszę o kontakt w sprawie sprawdzenia.

Dorota Malinowska"""),
("pl", "b24-pl-lozko-silownik-pekl", "Robert Kasprzak <robert.kasprzak@example.pl>", "Łóżko kontynentalne - pojemnik", "technical", "",
"""Dzień dobry, w łóżku z pojemnikiem, które dostarczyli Państwo w marcu,
pękł jeden z siłowników podnoszących materac. Stelaż opada z jednej
strony, a druga strona stoi w górze. Da się dostać sam siłownik, czy
musi przyjechać serwis?
Robert"""),
("pl", "b24-pl-hej-licznik-wyswietlacz", "Ola Sadowska <ola.sadowska@example.pl>", "hej", "technical", "",
"""hej, licznik pradu w piwnicy ma pusty wyswietlacz od jakis 2 dni. prad
w mieszkaniu jest normalnie. to sie samo naprawi czy ktos musi
przyjsc?"""),
("pl", "b24-pl-cisnieniomierz-blad-e3", "Zofia Baran <zofia.baran@example.pl>", "Ciśnieniomierz", "technical", "",
"""Dzień dobry,

kupiłam w Państwa aptece w Płocku ciśnieniomierz naramienny. Od paru
dni po napompowaniu mankietu pokazuje "E3" i nie podaje wyniku. Baterie
są nowe, mankiet zakładam tak jak na obrazku w instrukcji. Co robię
źle?

Zofia Baran"""),
("pl", "b24-pl-podziekowanie-instruktorka", "Wiktoria Kalinowska <wiktoria.kalinowska@example.pl>", "ZDAŁAM!!!", "general", "",
"""Dzień dobry!!

Zdałam dzisiaj egzamin w WORD za pierwszym razem!!! Bardzo proszę
przekazać ogromne podziękowania pani Joli, która ani razu na mnie nie
krzyknęła, nawet kiedy trzeci raz wjechałam na krawężnik przy
parkowaniu skośnym. Bez niej bym tego nie zrobiła.

Wiktoria"""),
("pl", "b24-pl-apteka-wigilia-godziny", "Stanisław Nowicki <stanislaw.nowicki@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której będzie otwarta apteka przy Rynku w Wigilię i czy
w drugi dzień świąt jest dyżur?
S. Nowicki"""),
("pl", "b24-pl-zgubiony-portfel-salon", "Krzysztof Olszak <krzysztof.olszak@example.pl>", "Portfel", "general", "",
"""Dzien dobry, w sobote bylem w salonie na jezdzie probnej i chyba
zostawilem portfel w samochodzie demonstracyjnym (szara Corolla) albo
przy biurku doradcy. Brazowy, skorzany, w srodku dowod na nazwisko
Olszak. Jesli sie znalazl, prosze o telefon 600 000 221.
Krzysztof"""),
("pl", "b24-pl-zmiana-nazwiska-ubezpieczenie", "Justyna Nowak-Bielecka <justyna.bielecka@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Bielecka na Nowak-Bielecka. Proszę o
aktualizację danych w polisie mieszkaniowej M-2217730. Adres i numer
telefonu bez zmian. Czy potrzebny jest odpis aktu małżeństwa, czy
wystarczy skan nowego dowodu?

Justyna Nowak-Bielecka"""),
("pl", "b24-pl-rodo-wniosek-dane", "Andrzej Sikorski <andrzej.sikorski@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich moich
danych osobowych przetwarzanych przez Państwa bank, w tym nagrań
rozmów z infolinią od 2021 roku, oraz informacji, komu dane te zostały
udostępnione.

Andrzej Sikorski
PESEL 68050412345
ul. Grunwaldzka 41/6, 80-236 Gdańsk

Z poważaniem"""),
("pl", "b24-pl-dostawa-szafy-domofon", "Monika Urban <monika.urban@example.pl>", "Dostawa w piątek", "general", "",
"""Dzień dobry,

w sprawie dostawy szafy w piątek: domofon w naszej klatce nie działa,
więc proszę, żeby kierowca zadzwonił do mnie na 500 000 412 jakieś
15 minut przed przyjazdem, zejdę otworzyć. Mieszkamy na 4 piętrze,
jest winda, ale mała - chyba trzeba będzie wnosić schodami.

Monika Urban"""),
("pl", "b24-pl-rejestratorka-kierownik-przychodni", "Teresa Krawiec <teresa.krawiec@example.pl>", "Skarga na zachowanie pani w rejestracji", "general", "high",
"""Szanowni Państwo,

w czwartek przyszłam z moim 86-letnim tatą na wizytę do kardiologa w
Państwa przychodni przy ul. Lipowej. Tata słabo słyszy i dwa razy
dopytał o numer gabinetu. Pani w rejestracji powiedziała głośno do
koleżanki "znowu ten głuchy" i rzuciła mu kartkę z numerem na blat.
Tata wyszedł upokorzony.

Żądam rozmowy z kierownikiem przychodni. Nie chcę przeprosin mailem,
chcę wiedzieć, co zostanie z tym zrobione.

Teresa Krawiec
tel. 600 000 517"""),
("pl", "b24-pl-gwozdz-schody-salon-meblowy", "Paweł Jaworski <pawel.jaworski@example.pl>", "Schody w salonie w Opolu", "general", "high",
"""Dzień dobry,

chciałem zgłosić, że na schodach prowadzących na antresolę w Państwa
salonie meblowym w Opolu z jednego stopnia wystaje gwóźdź z listwy
wykończeniowej, mniej więcej na wysokości kostki. Mój syn (7 lat)
rozciął sobie o niego nogę w sobotę - na szczęście tylko
zadrapanie, ale dorosły w sandałach też by się skaleczył.

Powiedziałem o tym sprzedawcy, ale gdy wychodziliśmy, nic nie było
zabezpieczone. Proszę o naprawę.

Paweł Jaworski"""),
("pl", "b24-pl-sponsoring-siatkowka", "UKS Jedynka Sieradz <uks.jedynka@example.pl>", "Propozycja współpracy", "general", "",
"""Szanowni Państwo,

jesteśmy uczniowskim klubem sportowym z Sieradza, trenujemy siatkówkę
dziewcząt w wieku 12-15 lat. W nowym sezonie gramy w lidze
wojewódzkiej i szukamy sponsora strojów meczowych. W zamian oferujemy
logo na koszulkach, baner na hali i informacje w naszych mediach
społecznościowych.

Czy salon byłby zainteresowany? Chętnie spotkamy się osobiście.

Z poważaniem,
Anna Góral, trenerka UKS Jedynka"""),
("pl", "b24-pl-pilne-sobota-salon", "Damian Wójtowicz <damian.wojtowicz@example.pl>", "PILNE!!!", "general", "",
"""czy salon jest otwarty w sobote i do ktorej? chce przyjechac
obejrzec kombi"""),
("pl", "b24-odp-egzamin-wewnetrzny-termin", "Karolina Piatek <karolina.piatek@example.pl>", "Odp: Zapisy na kurs kat. B", "general", "",
"""Dzien dobry,

dziekuje za informacje. A kiedy jest egzamin wewnetrzny z teorii?
Bo w lipcu wyjezdzam na oboz na dwa tygodnie i nie chce go przegapic.

Karolina

W dniu 02.06.2024 o 18:05, Szkoła Jazdy Pas <biuro@example-szkolapas.pl> pisze:
> Dzień dobry,
> zajęcia teoretyczne rozpoczynają się 17 czerwca, poniedziałki i
> środy o 17:00, w sali przy ul. Słowackiego 12.
> Pozdrawiamy, Szkoła Jazdy Pas"""),
("pl", "b24-pl-podziekowanie-pogotowie-energetyczne", "Henryk Pietrzyk <henryk.pietrzyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w nocy z soboty na niedzielę wichura przewróciła drzewo na linię w
naszej wsi, Dąbrówce. Ekipa pogotowia energetycznego przyjechała w
środku nocy, w deszczu, i rano mieliśmy już prąd. Chciałem w imieniu
mieszkańców bardzo podziękować tym panom za ciężką pracę.

Henryk Pietrzyk, sołtys"""),
("pl", "b24-pl-badanie-wzroku-kierowcy", "Sebastian Wilczek <sebastian.wilczek@example.pl>", "Badanie wzroku", "general", "",
"""Dzień dobry,

czy w Państwa salonie optycznym można zrobić badanie wzroku potrzebne
do orzeczenia lekarskiego na prawo jazdy? Czy trzeba
się umówić wcześniej i ile trwa takie badanie?

Sebastian Wilczek"""),
]
