# batch34.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Kinds of business drawn on: schools and after-school clubs,
# student accommodation, summer camps, scouts and youth clubs, sports
# events and marathons, concert venues, festivals, escape rooms, bowling
# alleys, trampoline parks and theme parks.  The failure classes in these
# settings -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in other words, outages of a business told by their
# consequences, safety hazards told calmly, praise, payment questions --
# and everyday mail of all three queues.  40 mails each in en, el, es, pl,
# written separately for each language.
M += [
# ---------------- English ----------------
("en", "b34-camp-fee-three-payments", "Rachel Whitmore <rachel.whitmore@example.co.uk>", "Summer camp - paying in parts?", "billing", "",
"""Hi,

We'd like to book both our boys (9 and 11) onto the two-week adventure
camp in August, which comes to 640 for the pair. That's a lot to find
in one go this close to the holidays. Is it possible to pay it in three
monthly chunks, and if so does the place get held after the first one?

Thanks,
Rachel Whitmore"""),
("en", "b34-halls-deposit-small-claims", "Tom Ashworth <tom.ashworth@example.ac.uk>", "Deposit - Room 14, Calder House", "billing", "high",
"""Dear Accommodation Office,

I moved out of Room 14, Calder House on 28 June and handed in my keys at
reception. It is now 11 weeks later and my 350.00 deposit has still not
been returned. Nobody has sent me a check-out report or told me of any
deductions, and my last two emails have gone unanswered.

The tenancy agreement says deposits are returned within 30 days. If the
full 350.00 is not in my account within 7 days I will file a claim in
the small claims court without further notice. I have kept copies of
everything, including the photos I took on the day I left.

Tom Ashworth
Student no. 20418876"""),
("en", "b34-marathon-deferral-twice", "Siobhan Kearney <siobhan.kearney@example.ie>", "Deferral", "billing", "",
"""Hi there,

I deferred my place in the October marathon to next year because of a
stress fracture (sad face). The site said the deferral fee was EUR 25
but I can see two payments of EUR 25 on my card from the same evening,
about a minute apart. I only pressed the button once as far as I know!
Could one of them be refunded?

Go raibh maith agat,
Siobhan"""),
("en", "b34-festival-sunday-chargeback", "Marcus Bell <marcus.bell@example.com>", "Sunday cancelled - where is my money", "billing", "high",
"""Sunday of the festival was called off at 10am because of the wind,
which fair enough, safety first. But your own statement that day said
Sunday ticket holders would get a refund "within 14 days". It has been
five weeks. I had two Sunday day tickets at 89 each plus the 6.50
booking fee each.

I've emailed three times and had the same copy-paste reply about
"high volumes". I'm giving it until Friday and then I'm raising a
chargeback with my card provider for the full 191.

Marcus Bell
Booking ref FST-22719"""),
("en", "b34-scouts-subs-hung-up-woggle", "Graham Pike <graham.pike@example.co.uk>", "Oliver - subs", "billing", "",
"""Hello Akela,

Oliver has decided at the grand old age of 12 that Scouts isn't for him
any more and he'd rather do football on Tuesdays. He has officially hung
up his woggle. Could you stop the termly subs from the standing order
after this term please? He'll bring his neckerchief back next week.

Thanks for everything you've done with him over the years.

Graham (Oliver's dad)"""),
("en", "b34-jump-membership-ankle", "Priya Raman <priya.raman@example.co.uk>", "Membership", "billing", "",
"""Hi, I've broken my ankle (not at your place - slipped on ice outside
work!) and I'm in a boot for 8 weeks at least. Can I freeze my monthly
jump membership until I'm back on my feet, rather than cancel it? I don't
want to lose the old price. Thanks, Priya"""),
("en", "b34-escape-voucher-expired", "Daniel Okafor <daniel.okafor@example.com>", "Gift voucher", "billing", "",
"""Hello,

My sister gave me a voucher for a room for 4 people for my birthday last
year (code ESC-4471-KD). I went to book this week and it's saying the
voucher expired on the 1st of last month. We just couldn't get four
diaries to line up, to be honest. It was 96 so it seems a shame to lose
it. Is there any way you could extend it, even for a small fee?

Many thanks
Daniel"""),
("en", "b34-re-trip-receipt-employer", "Amit Sharma <amit.sharma@example.co.uk>", "Re: Year 6 residential - payment received", "billing", "",
"""Dear Mrs Hollis,

Thank you. Would it be possible to have a proper receipt with the
school's name and address on it? My employer has a childcare benefit
scheme that reimburses school trips, but they won't accept this email
as proof.

Regards,
Amit Sharma (father of Anaya, 6R)

> Dear Mr Sharma,
>
> This is to confirm that we have received your final payment of
> 185.00 for Anaya's place on the Year 6 residential to Kingswood.
> The trip is now paid in full.
>
> Kind regards,
> Mrs J. Hollis
> School Business Manager"""),
("en", "b34-bowling-party-double-manager", "Kerry-Ann Doyle <kerryann.doyle@example.com>", "Charged twice for party - want the manager", "billing", "high",
"""I had my son's 8th birthday party at your alley on Saturday, 12 kids,
the package with pizza and two games, 192.00. At the desk the card
machine said declined so the girl put it through again and it went
through. Now I have BOTH payments taken, 384.00 gone out of my account
in one day, right before the rent.

I phoned on Monday and was told someone would "look into it". Nobody has.
I want to speak to the manager of the centre, not the front desk, and I
want the second 192.00 back this week.

Kerry-Ann Doyle
07700 900 418"""),
("en", "b34-themepark-pass-step-down", "Jason Whitfield <jason.whitfield@example.com>", "Annual pass", "billing", "",
"""Hey folks,

We've got the Platinum family pass on monthly payments (USD 54.99/mo).
Turns out we never use the fast lanes or the parking perk, so we'd
rather go down to the regular Gold pass for the rest of the term. Can
you switch it from the next payment, and what would the new monthly be?

Thanks,
Jason W.
Orlando, FL"""),
("en", "b34-concert-fees-breakdown", "Lucy Barnes <lucy.barnes@example.co.uk>", "Ticket price", "billing", "",
"""Hi,

The tickets for the November gig were listed at 38.50 each. By the end
of checkout I'd paid 103.70 for two. Could someone break down what the
extra 26.70 is actually for? I can see "service fee" and "facility fee"
but I'd like to understand what each one covers before I book again.

Lucy"""),
("en", "b34-afterschool-sibling-discount", "Megan O'Brien <megan.obrien@example.com.au>", "After school care invoice", "billing", "",
"""Hi there,

Our Term 3 invoice for after school care has both kids, Ruby and Jack,
at the full rate of AUD 32 a session. The enrolment pack says a second
child gets 10% off. Could you please re-do the invoice with the sibling
discount on Jack's sessions? Happy to pay as soon as it's sorted.

Cheers,
Megan"""),
("en", "b34-league-late-husband", "Margaret Foley <margaret.foley@example.co.uk>", "Mr Dennis Foley", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my late husband, Dennis Foley, who bowled in
your Thursday seniors' league for many years. Dennis passed away
peacefully at the end of April. I have found that 18.00 a month is still
going out to you by direct debit for his league membership.

I would be grateful if you could bring this to an end. The lads from
the league were very kind at the funeral and I would like to thank them
through you.

Yours faithfully,
Margaret Foley (Mrs)"""),
("en", "b34-hello-camp-week-sick", "Anjali Menon <anjali.menon@example.in>", "Hello", "billing", "",
"""Hello,

My daughter Diya was booked for the week-long robotics day camp in
Koramangala from 12th to 16th May (Rs. 9,500 paid). She came down with
chickenpox on the 10th and the doctor said no school or camps for ten
days, so she could not attend at all. I have the doctor's certificate.

Kindly let me know whether the fees can be refunded or adjusted against
the June batch.

Thanks and regards,
Anjali Menon"""),
("en", "b34-club-app-not-billing-crash", "Stephen Gallagher <stephen.gallagher@example.ie>", "Not a billing question", "technical", "",
"""Hi, before it gets sent to accounts - this is not about payments, I've
paid the year up front and that's all fine.

The club app crashes every single time I try to add my second child to
the family account. I fill in her name and date of birth, press save,
and the app just closes. Tried on my phone and my wife's (both Android),
deleted and reinstalled, same thing. The first child went in no bother.

Stephen"""),
("en", "b34-halls-gas-smell-kitchen", "Hannah Lewis <hannah.lewis@example.ac.uk>", "Flat 4B kitchen", "technical", "high",
"""Hi,

Just to let you know there's been a faint smell of gas in the kitchen of
flat 4B, Meadow Court since yesterday evening. It's strongest near the
cooker. We've turned the hob knobs all off, opened the windows and
nobody is using the cooker. None of us know where the gas tap for the
flat is.

Could someone come and have a look? Six of us live in the flat.

Thanks,
Hannah Lewis"""),
("en", "b34-escape-bookings-vanishing", "Ed Marsh <ed@lockedin-rooms.example>", "Booking system", "technical", "high",
"""Hi,

Since about 9 this morning, bookings made through the widget on our
site aren't showing up in our dashboard at all. Customers are getting
their confirmation emails, paying, and then turning up at the door while
we have nothing in the diary for them. We've had three groups arrive
for slots we'd already given to walk-ins and had to send two of them
away with an apology.

We run four rooms, fully booked all weekend. Please get someone on this
today, we can't keep turning people away.

Ed Marsh
Locked In Escape Rooms, Leeds"""),
("en", "b34-wristband-app-login-no-refund", "Chloe Parker <chloe.parker@example.co.uk>", "Cashless wristband", "technical", "",
"""Hello,

I topped up my festival wristband with 60 before the weekend and I know
the money is there, I'm NOT asking for it back. The problem is I can't
log in to the app to check my balance or link the band. It says "account
not found" even though I got the top-up receipt to this same email. The
password reset email never arrives either.

Chloe"""),
("en", "b34-marathon-tracking-stuck", "Bill Hendricks <bill.hendricks@example.com>", "Live tracker", "technical", "",
"""Sunday's half marathon - my wife was tracking me on your app and it
showed me stopped at the 10K mat for almost an hour. I finished in
1:52, the results page has the right time, but she thought I'd
collapsed. The 15K and 20K splits never appeared in the app at all.
Might want to look at that before the full marathon in the fall.

Bill"""),
("en", "b34-school-portal-reset-link", "Fiona Robertson <fiona.robertson@example.co.uk>", "parent portal", "technical", "",
"""Good afternoon,

I'm trying to get into the parent portal to book parents' evening slots.
Each time I request a password reset, the link in the email says "this
link has expired" even when I click it within a minute. I've tried four
times today, on the laptop and on my phone.

Fiona Robertson (mum of Isla, P5)"""),
("en", "b34-lightstick-battery-swollen", "Josh Patel <josh.patel@example.com>", "Light-up stick from merch stand", "technical", "high",
"""Hi,

Bought one of the LED foam light sticks at the merch stand at the arena
on Friday. This morning my daughter said it was warm on her bedside
table. The battery cover has bulged out and the stick is hot to touch.
I've put it outside on the patio on a plate for now.

Thought you should know in case it's more than one of them - there were
loads of kids with them at the show.

Josh Patel"""),
("en", "b34-gate-scanners-rejecting", "Production Office <production@thecornexchange-venue.example>", "Scanners at doors", "technical", "high",
"""Doors for tonight's show were at 7. It's 7:25 and the handheld
scanners are rejecting roughly one ticket in three as "already used",
including people holding the printed originals. We've got a queue right
round the block in the rain, 1,800 sold, and staff are having to check
names against a printout by hand. The band are on at 8.

Need someone from your side on the phone now please.

Stage manager: 07700 900 265"""),
("en", "b34-halls-wifi-evenings", "Rahul Iyer <rahul.iyer@example.ac.uk>", "Wifi", "technical", "",
"""Hi, the wifi in Block C keeps dropping every evening from around 7pm
to midnight, which is exactly when everyone's doing assignments. It
shows connected but nothing loads. During the day it's fine. Room C-211.
Is there any fix planned? Thanks, Rahul"""),
("en", "b34-camp-nurse-glucose-app", "Nurse Station <nurse@pinecrest-camp.example>", "Glucose monitoring app logged out", "technical", "high",
"""Hello,

I'm the nurse at Pinecrest Camp. The tablet app we use to see the live
glucose readings from our campers' sensors logged us out at about 6am
and won't accept the password. The reset code doesn't arrive. We have
three campers with type 1 diabetes on site this week and right now I
can't see any of their numbers overnight or alert on lows. We're
doing finger-pricks every two hours meanwhile.

Please call the camp office as soon as you can: (555) 014-2278.

Karen Dupree, RN"""),
("en", "b34-themepark-queue-app-error", "Natalie Greene <natalie.greene@example.com>", "Virtual queue", "technical", "",
"""We were at the park yesterday and the virtual queue part of the app
kept saying "Something went wrong (error 503)" every time we tried to
join the queue for the new coaster. Other people near us had the same.
Not looking for compensation, we had a great day regardless, just
letting you know it's broken.

Natalie"""),
("en", "b34-question-school-chromebook", "Deepak Verma <deepak.verma@example.co.uk>", "Question", "technical", "",
"""Hi,

My son got a Chromebook through the school's device scheme in September.
Since last week it won't charge - the light on the side doesn't come on
when it's plugged in, and it's now completely dead. We've tried a
different socket. Where do we take it, or do you collect it?

Deepak Verma (Arjun, Year 8)"""),
("en", "b34-bowling-lane-six-screen", "Duty Manager <duty@strikezone-bowl.example>", "Lane 6", "technical", "",
"""Hi support,

The scoring screen on lane 6 freezes after the 4th or 5th frame most
games and we have to restart the lane console. Other 15 lanes fine.
Started after the update that went on last Tuesday. Not a big deal for
us yet, we just avoid giving it out, but can you look at it?

Sam
StrikeZone Bowl, Swindon"""),
("en", "b34-lost-retainer-trampoline", "Laura Kenny <laura.kenny@example.co.uk>", "Lost retainer", "general", "",
"""Hello,

My daughter lost her brace retainer at your trampoline park on Sunday
afternoon (the 2-3pm session). It's in a small purple plastic case. I
know it's a long shot but has anyone handed one in? They're very
expensive to replace!

Laura Kenny"""),
("en", "b34-thanks-camp-counsellors", "Ellen Fitzpatrick <ellen.fitzpatrick@example.com>", "Thank you!", "general", "",
"""To the whole team at Lakeside Camp,

Our son Noah came home yesterday after his first ever two weeks away and
he has not stopped talking. He was nervous going in - he's quite shy -
and his counselor Marco clearly went out of his way to bring him out of
his shell. He's asked if he can go back next summer for four weeks.

Thank you, truly.

Ellen and Mike Fitzpatrick"""),
("en", "b34-bowling-staff-rude-manager", "Patricia Nolan <patricia.nolan@example.ie>", "Behaviour of your staff on Friday", "general", "high",
"""To whom it concerns,

I brought my grandson, who is autistic, to your bowling alley on Friday
evening. He became upset by the noise and was flapping his hands. A
young member of staff at the shoe counter told him loudly to "calm down
or go home", and when I explained, he rolled his eyes and said "not my
problem" in front of the queue.

I am not looking for money back. I want the manager of the centre to
contact me personally, and I want to know what training your staff get.

Patricia Nolan
Galway"""),
("en", "b34-glass-kids-area-festival", "Owen Richards <owen.richards@example.co.uk>", "Family field", "general", "high",
"""Hi,

Just back from the festival. Worth mentioning that in the family field
by the sandpit there was quite a lot of broken glass in the grass on
Saturday morning - looked like a couple of bottles smashed overnight. We
picked up what we could and told a steward, but there was still some
there on Sunday. Lots of toddlers barefoot in that area.

You may want to sort it before next year, or before the second weekend
if the same field is used.

Owen"""),
("en", "b34-urgent-bank-holiday-hours", "Tina Marshall <tina.marshall@example.co.uk>", "URGENT!!!!", "general", "",
"""URGENT - are you open on bank holiday Monday and what time do the gates
open??? Need to know tonight so I can tell the other mums!!!"""),
("en", "b34-halls-emergency-contact", "Sophie Turner <sophie.turner@example.ac.uk>", "Updating my details", "general", "",
"""Hi,

Could you update my emergency contact on my accommodation file please?
It should now be my mum, Caroline Turner, 07700 900 731, rather than my
dad. Also my mobile has changed to 07700 900 512.

Sophie Turner, Room 3.17, Elm Hall"""),
("en", "b34-sar-afterschool-records", "Vikram Nair <vikram.nair@example.co.uk>", "Subject access request", "general", "",
"""Dear Sir/Madam,

Under data protection law I would like a copy of all personal data you
hold about my son, Kabir Nair (DOB 14/02/2016), who attended your
after-school club at St Mark's Primary from 2022 to 2024. This includes
incident and accident records, staff notes and any emails about him.

Please send it electronically to this address.

Yours faithfully,
Vikram Nair"""),
("en", "b34-sponsor-school-fun-run", "Jenny Hughes <pta@ashgrove-primary.example>", "Fun run sponsorship", "general", "",
"""Hello,

I'm on the PTA at Ashgrove Primary. We're holding a 2K fun run on the
playing field on 21 June to raise money for new playground equipment,
about 300 children taking part. Would your trampoline park consider
sponsoring it - a prize for the top fundraiser, or your logo on the
race numbers? Happy to send more details.

Jenny Hughes
Ashgrove PTA"""),
("en", "b34-re-carer-ticket-wheelchair", "Gavin McLeod <gavin.mcleod@example.co.uk>", "Re: Your accessibility enquiry", "general", "",
"""Thanks. One more thing - is the accessible platform covered? I'm
asking because last time I was at an outdoor gig I got soaked and it's
not great for the chair's electrics. And is there a lift to it or a
ramp?

Gavin

On Tue, Accessibility Team wrote:
> Hi Gavin,
>
> Yes, we have an accessible viewing platform at stage left, and a free
> companion ticket is available for your carer. Please bring proof of
> eligibility on the day.
>
> Best wishes,
> Accessibility Team"""),
("en", "b34-escape-room-killer", "Ryan Bishop <ryan.bishop@example.com>", "The Asylum room", "general", "",
"""Absolutely killer room. We died. My mate screamed so loud when the
lights went out I thought my heart was going to explode. Got out with
40 seconds left. Your game host Bex was brilliant too. Coming back for
the Pharaoh one next month.

Ryan"""),
("en", "b34-photos-website-ico", "Helen Carter <helen.carter@example.co.uk>", "Photos of my daughter on your website", "general", "high",
"""Dear Club Leader,

Last month I asked in writing that photos of my daughter, Amelia Carter,
be removed from the youth club's website and Facebook page. When she
joined I ticked "no" to photographs on the consent form. Three photos
are still up today, one with her first name in the caption.

Please remove them within 7 days and confirm in writing. If this is not
done I will report the matter to the Information Commissioner's Office.

Helen Carter"""),
("en", "b34-scout-camp-drop-off", "Nick Foster <nick.foster@example.co.uk>", "Summer camp drop off", "general", "",
"""Hi Skip,

Two quick ones about summer camp: where exactly do we drop the kids on
Saturday - the campsite gate or the car park by the lake? And is it OK
if Alfie brings his own sleeping mat rather than a camp bed? He's got a
bad back (he's 10, he's convinced of it).

Cheers,
Nick"""),
("en", "b34-order-hoodies-neighbour", "Sarah Quinn <sarah.quinn@example.ie>", "Order 40783", "general", "",
"""Hi, the festival hoodies I ordered (order 40783) - I'm away Tuesday to
Thursday. If the courier comes, could they leave it with my neighbour at
no. 14? Her name is Bernie. Thanks a mill, Sarah"""),
]
M += [
# ---------------- Greek ----------------
("el", "b34-kataskinosi-voucher-dypa", "Κατερίνα Μπαλτά <k.balta@example.gr>", "Voucher κατασκήνωσης", "billing", "",
"""Καλησπέρα σας,

Η κόρη μου πήρε voucher από το πρόγραμμα κατασκηνώσεων της ΔΥΠΑ, αλλά
η περίοδος που θέλουμε (1-21 Ιουλίου) κοστίζει 720€ και το voucher
καλύπτει μέρος του ποσού. Μπορούμε να πληρώσουμε εμείς τη διαφορά με
κάρτα, ή δέχεστε μόνο όσους έρχονται αποκλειστικά με το voucher; Και
πότε πρέπει να γίνει η εξόφληση της διαφοράς;

Ευχαριστώ πολύ,
Κατερίνα Μπαλτά"""),
("el", "b34-gl-estia-enoikio-iouliou-synigoros", "Stelios Karamanlis <stelios.kar@example.gr>", "enoikio Iouliou", "billing", "high",
"""Kalhspera,

Eixa enhmerwsei grapta apo tis 20 Maiou oti fevgw apo thn estia sto telos
Iouniou, opws leei to symvolaio (ena mhna prin). To dwmatio to paredwsa
stis 30/6. Kai omws shmera eida oti mou travhksate kanonika kai to
enoikio tou Iouliou, 290e, apo thn pagia entolh.

Exw steilei 2 email kai den apanthse kaneis. An den epistrafoun ta 290e
mesa se mia evdomada 8a kanw katagelia ston Synhgoro tou Katanalwth,
exw krathsei to email me thn eidopoihsh.

Stelios Karamanlis
AM 1120457"""),
("el", "b34-paidikos-agonas-xrewsi-enilika", "Νικος Ζαχαριαδης <nzachariadis@example.gr>", "Εγγραφη παιδικου αγωνα", "billing", "",
"""Καλημερα,

Γραψαμε τον γιο μας (9 ετων) στον παιδικο αγωνα των 1.000 μετρων της
Κυριακης. Η συμμετοχη για παιδια ειναι 8€ αλλα η καρτα χρεωθηκε 25€,
οσο η εγγραφη για τα 10 χιλιομετρα. Στην επιβεβαιωση γραφει κανονικα
"Παιδικος Αγωνας". Μπορειτε να μας επιστρεψετε τη διαφορα;

Ευχαριστω
Νικος Ζαχαριαδης"""),
("el", "b34-synavlia-anavoli-dikigoros", "Αθηνά Παπαδοπούλου <athina.papad@example.gr>", "Αναβολή συναυλίας - επιστροφή χρημάτων", "billing", "high",
"""Κύριοι,

Η συναυλία της 14ης Σεπτεμβρίου μεταφέρθηκε από εσάς στις 9 Νοεμβρίου,
ημερομηνία που δεν μπορώ να παραβρεθώ λόγω εργασίας στο εξωτερικό.
Ζήτησα επιστροφή για τα τέσσερα εισιτήρια (4 x 45€ = 180€) και μου
απαντήσατε ότι "τα εισιτήρια ισχύουν για τη νέα ημερομηνία και δεν
επιστρέφονται".

Η αλλαγή ημερομηνίας έγινε με δική σας πρωτοβουλία. Έχω ήδη συμβουλευτεί
δικηγόρο. Αν δεν λάβω τα 180€ εντός επτά ημερών, θα κινηθώ νομικά
χωρίς άλλη ειδοποίηση.

Αθηνά Παπαδοπούλου
Κωδ. κράτησης: TH-558201"""),
("el", "b34-gl-frontistirio-germania", "Vicky Lazarou <vicky.lazarou@example.gr>", "frontisthrio Aggelikis", "billing", "",
"""Geia sas,

H Aggeliki den 8a synexisei sto frontisthrio apo ton Oktwvrio giati
metakomizoume olh h oikogeneia sto Monaxo, o syzygos piase douleia ekei.
Parakalw na stamathsete thn pagia entolh twn 140e to mhna apo ton
Septemvrio. Sas eyxaristoume poly gia ola, exei kanei megalh proodo sta
mathimatika xaris sas!

Vicky Lazarou"""),
("el", "b34-omilos-skakiou-panellinies", "Δεσποινα Κυριακου <despoina.kyriakou@example.gr>", "Συνδρομη ομιλου", "billing", "",
"""Γεια σας,

Ο Φιλιππος φετος δινει Πανελληνιες και δεν προλαβαινει τιποτα αλλο.
Μπορουμε να βαλουμε στον παγο τη μηνιαια συνδρομη του στον ομιλο
σκακιου (30€) απο τον Ιανουαριο μεχρι τον Ιουλιο; Μολις τελειωσουν οι
εξετασεις θα ξαναρθει σιγουρα, δεν θελουμε να χασει τη θεση του.

Ευχαριστω,
Δεσποινα Κυριακου"""),
("el", "b34-escape-dorokarta-ypoloipo", "Γιάννης Τσιρίγος <g.tsirigos@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημέρα,

Έχω μια δωροκάρτα αξίας 100€ που μου έκαναν δώρο οι συνάδελφοι. Κλείσαμε
δωμάτιο για τέσσερα άτομα που κοστίζει 80€. Τα υπόλοιπα 20€ μένουν στην
κάρτα για επόμενη φορά ή χάνονται; Και μέχρι πότε ισχύει; Στην κάρτα
δεν γράφει ημερομηνία λήξης.

Γιάννης"""),
("el", "b34-re-ekdromi-afxisi-timis", "Μιχάλης Σταυρόπουλος <m.stavropoulos@example.gr>", "Re: Πενθήμερη εκδρομή Β' Λυκείου", "billing", "",
"""Καλησπέρα σας,

Στη συνάντηση γονέων τον Οκτώβριο μας είχε ανακοινωθεί κόστος 180€
ανά μαθητή. Τώρα το σημείωμα λέει 215€. Θα μπορούσε κάποιος να μας
εξηγήσει από πού προκύπτει η διαφορά; Δεν αρνούμαι να πληρώσω, απλώς
θέλω να ξέρω τι πληρώνω.

Μιχάλης Σταυρόπουλος
(πατέρας της Ελένης, Β2)

-----
> Αγαπητοί γονείς,
>
> Σας υπενθυμίζουμε ότι η εξόφληση για την πενθήμερη εκδρομή στη
> Θεσσαλονίκη (215€ ανά μαθητή) πρέπει να γίνει έως τις 15 Μαρτίου
> στον λογαριασμό του Συλλόγου.
>
> Η Διεύθυνση"""),
("el", "b34-gl-trampolino-party-14-paidia-ypeythynos", "Thodoris Alexiou <thodoris.alex@example.gr>", "party genethlion", "billing", "high",
"""Kalhmera. To Savvato kaname to party tou gio mou sto parko trampolinwn
sto Peristeri. Eixa kleisei gia 20 paidia alla h kopela sto thlefwno
mou eipe ksekatharo "8a plhrwsete osa paidia er8oun". Hr8an 14. Sto
tameio mou xrewsan kai ta 20, 20 x 16e = 320e anti gia 224e.

Phra thlefwno th Deytera, mou eipan "etsi einai h politikh". Den
deftheroleo me thn kopela tou tameiou. 8elw na milhsw me ton ypeythyno
tou parkou kai 8elw pisw ta 96e.

Thodoris Alexiou
697 000 4412"""),
("el", "b34-lunapark-ananeosi-xoris-entoli", "Σοφία Ανδρέου <sofia.andreou@example.gr>", "Ετήσια κάρτα", "billing", "",
"""Καλησπέρα σας,

Η ετήσια οικογενειακή μας κάρτα για το πάρκο έληξε τον Σεπτέμβριο και
ανανεώθηκε αυτόματα, με χρέωση 189€ στην κάρτα μου. Κατά την αγορά
είχα αφήσει κενό το κουτάκι "αυτόματη ανανέωση", το θυμάμαι καλά.
Δεν τη χρησιμοποιήσαμε καθόλου από τότε. Μπορείτε να ακυρώσετε την
ανανέωση και να μου επιστρέψετε το ποσό;

Σοφία Ανδρέου"""),
("el", "b34-festival-foititiko-eisitirio", "Άρης Μαυρίδης <aris.mavridis@example.gr>", "Φοιτητικό εισιτήριο", "billing", "",
"""Γεια σας,

Είμαι φοιτητής στο ΑΠΘ. Ισχύει μειωμένο εισιτήριο για το τριήμερο
φεστιβάλ τον Ιούνιο; Στο site βλέπω μόνο γενική είσοδο 65€. Αν ισχύει,
πρέπει να δείξω την ακαδημαϊκή ταυτότητα κατά την αγορά ή στην είσοδο;

Ευχαριστώ,
Άρης"""),
("el", "b34-gl-volley-spoudes-patra", "Eleni Bouzouki <eleni.bouzouki@example.gr>", "syndromh Petrou", "billing", "",
"""Kalhmera sas,

O Petros teleiwse to lykeio, perase sthn Patra kai efyge gia spoudes
pano. Opote to volley teleiwse gia ton idio, toulaxiston gia fetos. Na
stamathsei h mhniaia syndromh twn 35e apo ton Oktwvrio parakalw. Na
eiste kala gia ola ta xronia pou ton eixate.

Eleni"""),
("el", "b34-geia-sas-kataskinosi-noris", "Μαρία Φωτίου <maria.fotiou@example.gr>", "Γεια σας", "billing", "",
"""Γεια σας,

Ο γιος μου ο Αλέξης ήταν γραμμένος στη δεύτερη περίοδο της κατασκήνωσης
(15 μέρες, 590€). Την τέταρτη μέρα τον πήραμε πίσω γιατί δεν
προσαρμοζόταν καθόλου και έκλαιγε συνέχεια στο τηλέφωνο. Γνωρίζω ότι
δεν είναι δικό σας φταίξιμο. Υπάρχει κάποια δυνατότητα επιστροφής
για τις μέρες που δεν έμεινε, έστω και ένα μέρος;

Με εκτίμηση,
Μαρία Φωτίου"""),
("el", "b34-frontistirio-apodeixeis-afm", "Παναγιωτης Νικολαου <p.nikolaou@example.gr>", "Αποδειξεις", "billing", "",
"""Καλησπερα,

Οι αποδειξεις για τα διδακτρα του φροντιστηριου βγαινουν στο δικο μου
ονομα, αλλα για την εφορια θα τις χρειαστει η συζυγος μου, Ευδοκια
Νικολαου, ΑΦΜ 000123456. Μπορειτε απο εδω και περα να εκδιδονται στο
δικο της ΑΦΜ; Και γινεται να επανεκδοθουν οι τρεις τελευταιες;

Παναγιωτης Νικολαου"""),
("el", "b34-efarmogi-sxoleiou-eidopoiiseis", "Ρένα Χατζή <rena.chatzi@example.gr>", "Εφαρμογή γονέων", "technical", "",
"""Καλημέρα σας,

Δεν σας γράφω για τα δίδακτρα, αυτά είναι εξοφλημένα και δεν έχω
κανένα θέμα. Το πρόβλημα είναι ότι από τα μέσα Οκτωβρίου δεν μου
έρχονται πια ειδοποιήσεις από την εφαρμογή γονέων. Έμαθα για την
αλλαγή ωραρίου της Παρασκευής από άλλη μαμά. Οι ειδοποιήσεις είναι
ενεργοποιημένες στο κινητό (iPhone), έχω αποσυνδεθεί και ξανασυνδεθεί.

Ρένα Χατζή"""),
("el", "b34-estia-priza-spitha", "Κωνσταντίνος Ρήγας <konst.rigas@example.gr>", "Δωμάτιο 305 - πρίζα", "technical", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι η πρίζα δίπλα στο γραφείο στο δωμάτιο 305
έβγαλε σπίθα χθες το βράδυ όταν έβαλα τον φορτιστή του laptop και από
τότε μυρίζει καμένο πλαστικό γύρω της. Η πλαστική πλάκα έχει μαυρίσει
λίγο στη μία άκρη. Δεν τη χρησιμοποιώ πια και έχω βγάλει ό,τι ήταν
στην μπαλαντέζα.

Μπορεί να περάσει κάποιος ηλεκτρολόγος να τη δει;

Κωνσταντίνος Ρήγας"""),
("el", "b34-gl-trampolino-tablet-dilwseis", "Jump Zone Patras <info@jumpzone-patras.example>", "tablet eisodou", "technical", "high",
"""Kalhmera,

Apo tis 10 to prwi ta tablet sthn eisodo opou oi goneis ypografoun thn
dhlwsh symmetoxhs vgazoun lefko parathyro kai den proxwrane. Xwris
ypografh den mporoume na afhsoume paidi na mpei sta trampolina. Exoume
hdh oura ews ton dromo, 4 parties genethlion shmera, kai oi goneis
fevgoun nevriasmenoi. Kanoume xartia me to xeri alla den ftanoun.

Parakalw kapoios na mas parei TWRA: 2610 000 554.

Manolis
Jump Zone Patras"""),
("el", "b34-marathonios-dnf-chip", "Ευάγγελος Δημάκης <v.dimakis@example.gr>", "Αποτελέσματα", "technical", "",
"""Καλησπέρα,

Έτρεξα τον Ημιμαραθώνιο την Κυριακή με αριθμό 4471. Στα αποτελέσματα
εμφανίζομαι ως DNF, αν και τερμάτισα σε περίπου 1:48. Πέρασα από όλα
τα χαλάκια μέτρησης, το chip ήταν κολλημένο στον αριθμό όπως έλεγαν
οι οδηγίες. Φίλος μου που τερμάτισε μαζί μου έχει κανονικά χρόνο.

Ευάγγελος Δημάκης"""),
("el", "b34-gl-frontistirio-video-kollaei", "Kostas Georgiou <kostas.georgiou@example.gr>", "diadiktyaka", "technical", "",
"""geia sas, sta diadiktyaka ma8hmata ths Triths kai ths Pempths to
video tou ka8hghth kollaei ka8e 2 lepta kai o hxos kovetai. o gios mou
vlepei kanonika youtube kai netflix sto idio laptop, ara den einai to
internet mas. ta alla paidia tou tmhmatos lene ta idia. mporeite na to
koitaksete? exei fysikh sthn Pempth"""),
("el", "b34-gl-fortistis-tablet-spinthires", "Dimitra Pappa <dimitra.pappa@example.gr>", "fortisths tablet", "technical", "high",
"""Kalhspera,

To tablet pou phre h korh mou apo to sxoleio (programma psifiakwn
syskevwn) to fortize sto saloni xtes kai o fortisths ekane ena dynato
"tsak" kai petakse spi8es apo to kalwdio konta sto vysma. Mirise kamena.
Ton evgala apo thn priza amesws. To kalwdio exei liwsei ligo ekei.

Den to ksanavazw. Ti prepei na kanoume? Fantazomai den einai o monos.

Dimitra Pappa"""),
("el", "b34-diagonismata-platforma-pesmeni", "Φροντιστήριο Ορίζοντες <grammateia@orizontes-frontistirio.example>", "Διαγωνίσματα Σαββάτου", "technical", "high",
"""Καλημέρα,

Σήμερα 9:00 ξεκίνησαν τα προσομοιωτικά διαγωνίσματα για 320 μαθητές
της Γ' Λυκείου στα τρία μας παραρτήματα. Από τις 9:20 η πλατφόρμα
πετάει έξω τους μαθητές και στην υποβολή βγάζει "Session expired".
Οι απαντήσεις χάνονται. Έχουμε σταματήσει τα διαγωνίσματα και οι
μαθητές περιμένουν στις αίθουσες.

Παρακαλούμε άμεση επικοινωνία: 210 000 6630.

Η Γραμματεία"""),
("el", "b34-estia-zesto-nero", "Φωτεινη Λαμπρου <foteini.lamprou@example.gr>", "Κτιριο Β", "technical", "",
"""Καλησπερα,

Στο κτιριο Β της εστιας δεν εχουμε ζεστο νερο στα μπανια του δευτερου
οροφου απο την Τριτη. Στον πρωτο οροφο υπαρχει. Το ειπαμε στον φυλακα
και ειπε οτι θα το περασει. Μπορει να ερθει καποιος να το δει;

Φωτεινη, Β-218"""),
("el", "b34-lunapark-fotografies-kodikos", "Θεόδωρος Καλλέργης <theo.kallergis@example.gr>", "Φωτογραφίες από το τρενάκι", "technical", "",
"""Γεια σας,

Αγοράσαμε το πακέτο φωτογραφιών ημέρας στο πάρκο το Σάββατο και το
έχουμε πληρώσει, δεν ζητάω τίποτα πίσω. Απλώς ο κωδικός που μας
έδωσαν στο ταμείο, όταν τον βάζω στην εφαρμογή, λέει "ο κωδικός δεν
είναι έγκυρος". Οι φωτογραφίες από το τρενάκι με τα παιδιά μάς
ενδιαφέρουν πολύ. Κωδικός: PK-20931.

Θεόδωρος"""),
("el", "b34-diadrastikos-pinakas-trembei", "Γυμνασιο Καλαμαριας <mail@gym-kalamarias.example>", "Διαδραστικος πινακας αιθ. 12", "technical", "",
"""Καλημερα σας,

Ο διαδραστικος πινακας που μας εγκαταστησατε τον Σεπτεμβριο στην
αιθουσα 12 τρεμοπαιζει ολο και πιο συχνα και καμια φορα η εικονα
γινεται πρασινη. Στις αλλες αιθουσες δουλευουν κανονικα. Μπορειτε να
στειλετε τεχνικο; Ειμαστε εδω καθημερινα 8:00-14:00.

Κ. Ζερβας, Υποδιευθυντης"""),
("el", "b34-erotisi-rologi-gps", "Ιωάννα Σπυροπούλου <ioanna.spyropoulou@example.gr>", "Ερώτηση", "technical", "",
"""Καλημέρα,

Πήραμε το παιδικό ρολόι με GPS για να το έχει η κόρη μου στην
κατασκήνωση. Στην εφαρμογή η τοποθεσία της δείχνει ακόμα το σπίτι μας
στην Καλαμάτα, ενώ είναι τρεις μέρες στην κατασκήνωση στην Κυπαρισσία.
Τα μηνύματα φτάνουν κανονικά. Χρειάζεται κάποια ρύθμιση;

Ιωάννα"""),
("el", "b34-festival-prolisi-502", "Λευτέρης Μανωλάκης <lefteris.manolakis@example.gr>", "Προπώληση", "technical", "high",
"""Η προπώληση ξεκίνησε στις 12:00 και από τις 12:01 το site δεν ανοίγει
για κανέναν. Βγάζει "502 Bad Gateway". Στην ομάδα του φεστιβάλ στο
Facebook γράφουν εκατοντάδες άτομα το ίδιο. Ήδη 40 λεπτά έτσι.

Λευτέρης"""),
("el", "b34-gl-efarmogi-kataskinosis-fotos", "Roula Diamanti <roula.diamanti@example.gr>", "efarmogh katasknwshs", "technical", "",
"""Kalhmera! H efarmogh ths katasknwshs opou anevazete tis fotografies
apo ta paidia den fortwnei tipota apo thn Trith, mono enas kyklos pou
gyrnaei. Sto wifi kai sta data to idio. Oi alles manades lene oti tous
douleuei, ara isws ftaiei to kinhto mou? Exw Samsung A52. Roula"""),
("el", "b34-xameno-vraxioli-bowling", "Αγγελικη Σαββα <aggeliki.savva@example.gr>", "Χαμενο βραχιολι", "general", "",
"""Καλησπερα,

Την Παρασκευη το βραδυ ημασταν στο bowling, διαδρομος 7, και εχασα ενα
λεπτο χρυσο βραχιολι με ενα μικρο σταυρουδακι. Ηταν της γιαγιας μου,
δεν εχει μεγαλη αξια αλλα για μενα ειναι πολυτιμο. Μηπως βρεθηκε;

Ευχαριστω,
Αγγελικη Σαββα
698 000 2214"""),
("el", "b34-eyxaristo-ethelontes-marathoniou", "Χρυσάνθη Μελά <chrysanthi.mela@example.gr>", "Ευχαριστώ στους εθελοντές", "general", "",
"""Καλησπέρα,

Θέλω να ευχαριστήσω δημόσια τους εθελοντές στον σταθμό νερού του 32ου
χιλιομέτρου. Έπαθα κράμπα και είχα σχεδόν εγκαταλείψει. Δύο παιδιά, ένα
αγόρι με κόκκινο καπέλο και μια κοπέλα με κοτσίδες, με έβαλαν να
καθίσω, μου έδωσαν αλάτι και μπανάνα και με ενθάρρυναν μέχρι να
ξαναξεκινήσω. Τερμάτισα στο Καλλιμάρμαρο κλαίγοντας.

Αν μπορείτε, μεταφέρετέ τους το ευχαριστώ μου.

Χρυσάνθη Μελά"""),
("el", "b34-gl-proponitis-mpasket-proedros", "Takis Vrettos <takis.vrettos@example.gr>", "proponhths mpasket", "general", "high",
"""Kalhspera,

O gios mou einai 10 xronwn kai paizei sto tmhma mini basket tou
syllogou. Sthn proponhsh ths Tetarths o proponhths ton evrise
"axrhsto" kai "vari" mprosta se ola ta paidia giati ekane la8os sthn
amyna. To paidi gyrise spiti klaigontas kai den 8elei na ksanaer8ei.

Den 8elw lefta pisw. 8elw na me parei thlefwno o proedros h o texnikos
dieuthynths tou syllogou, oxi o idios o proponhths.

Takis Vrettos
694 000 7719"""),
("el", "b34-avli-mpasketa-kounietai", "Ορέστης Καλογεράκης <orestis.kalog@example.gr>", "Αυλή", "general", "high",
"""Καλησπέρα,

Πήγα χθες να πάρω την κόρη μου από το απογευματινό πρόγραμμα και πρόσεξα
ότι η μπασκέτα στη γωνία της αυλής κουνιέται ολόκληρη. Μία από τις
βίδες στη βάση έχει φύγει και η άλλη έχει σκουριάσει. Τα παιδιά
κρέμονται από το στεφάνι στο διάλειμμα.

Το λέω ήρεμα, αλλά καλό είναι να δεθεί ή να απομακρυνθεί πριν πέσει
πάνω σε κάποιο παιδί.

Ορέστης"""),
("el", "b34-gl-epeigon-dika-mas-fagita", "Popi <popi.k77@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!!! mporoume na fervoume dika mas sandouits kai nera sto luna
park h ta pairnete sthn eisodo??? prepei na to kserw apopse gia na to
pw kai stis alles manades ths taksis!!!"""),
("el", "b34-atoma-paralavis-pappous", "Ραφαήλ Γεωργακόπουλος <rafail.georgakopoulos@example.gr>", "Παραλαβή Μαρίνας", "general", "",
"""Καλημέρα,

Από την επόμενη εβδομάδα τη Μαρίνα (τμήμα Πελαργοί) θα την παραλαμβάνει
από το απογευματινό τις Τρίτες και Πέμπτες ο παππούς της, Γεράσιμος
Γεωργακόπουλος, κιν. 697 000 8830. Παρακαλώ προσθέστε τον στη λίστα
των ατόμων που επιτρέπεται να την παραλαμβάνουν. Θα φέρει ταυτότητα.

Ραφαήλ Γεωργακόπουλος"""),
("el", "b34-marathonios-sms-dedomena", "Ευάγγελος Τζαννετάκης <e.tzannetakis@example.gr>", "SMS", "general", "",
"""Καλησπέρα σας,

Έτρεξα στον αγώνα σας πριν από δύο χρόνια και από τότε μου έρχονται
διαφημιστικά SMS για αγώνες σε όλη την Ελλάδα. Θα ήθελα να μάθω ποια
στοιχεία μου κρατάτε, αν τα έχετε δώσει σε άλλους διοργανωτές, και να
σταματήσουν τα μηνύματα.

Ευάγγελος Τζαννετάκης"""),
("el", "b34-gl-mousiko-sxima-festival", "Nikos Lykoudis <nikos.lykoudis@example.gr>", "mpanta gia thn mikrh skhnh", "general", "",
"""Geia sas! Eimaste mia mpanta 4 atomwn apo ta Xania, paizoume indie rock
kai exoume kanei kapoies synavlies se Krhth kai Athhna. Yparxei
diadikasia gia na dhlwsoume symmetoxh sthn mikrh skhnh twn neon
kallitexnwn sto festival fetos? Exoume kai link me kommatia sto
bandcamp an xreiazetai. Eyxaristoume! Nikos"""),
("el", "b34-re-apolesthenta-paralavi", "Λίνα Βασιλείου <lina.vasileiou@example.gr>", "Re: Απολεσθέντα αντικείμενα", "general", "",
"""Τέλεια, σας ευχαριστώ πολύ! Πότε μπορώ να περάσω να το παραλάβω; Δουλεύω
ως τις 5, οπότε μόνο απόγευμα μπορώ. Και πρέπει να φέρω κάτι μαζί μου;

Λίνα

-----
> Καλησπέρα σας,
>
> Σας ενημερώνουμε ότι βρέθηκε ένα μαύρο τζάκετ με την περιγραφή που
> μας δώσατε στον χώρο της συναυλίας και φυλάσσεται στο γραφείο μας.
>
> Με εκτίμηση,
> Ομάδα Εξυπηρέτησης"""),
("el", "b34-gl-lunapark-traino-sxedon-pethaname", "Fanis <fanis.the.great@example.gr>", "to kainourio trenaki", "general", "",
"""Re paidia to kainourio trenaki einai fonos! Sxedon pe8aname, pathame
ola ta paidia emfragma sthn prwth vouti kai o kollhtos mou ourliaze
mexri to telos. To ksanakaname 4 fores. Ta paidia sthn oura htan kai
poly eyxaristoi. Mpravo sas. Fanis"""),
("el", "b34-proskopoi-ilikia-7", "Στελιος Βαρβερης <stelios.varveris@example.gr>", "Εγγραφη", "general", "",
"""Καλησπερα,

Ο γιος μου ειναι 7 χρονων και θελει πολυ να γινει προσκοπος, οπως ο
ξαδερφος του. Δεχεστε παιδια αυτης της ηλικιας στα Λυκοπουλα του
Συστηματος σας; Ποτε γινονται οι συγκεντρωσεις και τι πρεπει να
κανουμε για να ερθει να δει;

Στελιος Βαρβερης"""),
("el", "b34-gl-stoli-sxoleiou-grafeio", "Natasa Pantazi <natasa.pantazi@example.gr>", "paraggelia 51209", "general", "",
"""Geia sas, gia thn paraggelia 51209 (foremata sxolikhs stolhs) mporei
na paradw8ei sto grafeio tou sxoleiou anti gia to spiti? Douleuw ola
ta prwinia kai o courier den me vriskei pote. To sxoleio einai to 3o
Dhmotiko Xalandriou. Eyxaristw! Natasa"""),
("el", "b34-mikroleoforio-paidi-monos-stasi", "Ελισάβετ Κουτσούκου <elisavet.koutsoukou@example.gr>", "Τι έγινε χθες με το μικρό λεωφορείο", "general", "high",
"""Αξιότιμοι κύριοι,

Χθες το μικρό λεωφορείο του απογευματινού ομίλου άφησε τον 8χρονο γιο
μου στη στάση στις 18:10, ενώ είχα ειδοποιήσει ότι θα αργούσα 15 λεπτά
και ότι πρέπει να τον παραλάβει ενήλικας. Η συνοδός δεν περίμενε. Τον
βρήκα μόνο του, δίπλα στη λεωφόρο, να κλαίει.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του ομίλου, όχι η συνοδός
ούτε η γραμματεία, και να μου εξηγήσει γραπτώς πώς θα διασφαλιστεί
ότι δεν θα ξανασυμβεί.

Ελισάβετ Κουτσούκου
698 000 1174"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b34-comedor-recibo-duplicado", "Nuria Ferrer <nuria.ferrer@example.es>", "Recibo comedor octubre", "billing", "",
"""Buenos días:

Este mes me han pasado dos veces el recibo del comedor de mi hijo Pau
(3.º B), 112,50 € cada uno, el día 2 y el día 5. En septiembre solo
vino uno. ¿Podéis revisarlo y devolverme el segundo? Si necesitáis el
extracto del banco os lo mando.

Gracias,
Nuria Ferrer"""),
("es", "b34-campamento-pago-oxxo", "Guadalupe Rangel <lupita.rangel@example.com.mx>", "Pago campamento", "billing", "",
"""Buen dia,

Quiero inscribir a mis dos hijos al campamento de verano de julio en
Valle de Bravo, son $8,900 MXN por niño. No tengo tarjeta de credito,
se puede pagar en OXXO o por transferencia SPEI? Y si se puede en dos
partes, mejor.

Muchas gracias
Guadalupe Rangel"""),
("es", "b34-residencia-deposito-defensa-consumidor", "Tomás Ibarra <tomas.ibarra@example.com.ar>", "Depósito de garantía - habitación 4C", "billing", "high",
"""Buenas tardes,

Dejé la habitación 4C de la residencia el 28 de febrero, en perfecto
estado y con inventario firmado por la encargada. El depósito de
garantía era de ARS 180.000 y según el contrato me lo tenían que
devolver a los 30 días. Ya pasaron casi tres meses. Me dicen que "está
en administración" y nadie me da una fecha.

Si en diez días hábiles no tengo el depósito en mi cuenta, hago la
denuncia en Defensa del Consumidor de la Ciudad. Tengo el contrato, el
inventario firmado y todos los mails.

Tomás Ibarra
DNI 41.223.908"""),
("es", "b34-maraton-cambio-titular-dorsal", "Álvaro Sanz <alvaro.sanz@example.es>", "Dorsal", "billing", "",
"""Hola,

Tengo dorsal para el Medio Maratón de abril pero me ha salido un viaje
de trabajo justo ese fin de semana. Un compañero del club quiere
correr en mi lugar. En el reglamento pone que el cambio de titular
cuesta 12 €; ¿cómo se paga eso y quién lo tiene que pagar, él o yo?

Un saludo,
Álvaro"""),
("es", "b34-festival-abono-cartel-banco", "Laura Quintana <laura.quintana@example.es>", "Abono de 3 días", "billing", "high",
"""Hola,

Compré dos abonos de 3 días (149 € cada uno) en octubre. El viernes
anunciasteis que el festival se reduce a dos días y que los abonos
"siguen siendo válidos". Os pedí la devolución de la parte proporcional
o del total, y la respuesta ha sido que no hay devoluciones.

Lo que he comprado ya no existe. Si el lunes no tengo una respuesta
con la devolución, voy a pedir a mi banco que retroceda el cargo de
298 €. No quiero llegar a eso, pero lo haré.

Laura Quintana"""),
("es", "b34-extraescolar-robotica-teatro", "Marta Gil <marta.gil@example.es>", "Robotica", "billing", "",
"""Hola buenas,

La nina ha decidido que la robotica ya no es lo suyo y que lo que
quiere es teatro (esta semana, al menos). Asi que por favor dadla de
baja de la extraescolar de robotica de los martes a partir de enero y
que no nos pasen mas el recibo de 38 euros. Del teatro ya os pregunto
otro dia.

Gracias!
Marta (mama de Lucia Gil, 5A)"""),
("es", "b34-bolera-bono-diez-partidas", "Jesús Moreno <jesus.moreno@example.es>", "Bono 10 partidas", "billing", "",
"""Hola:

En junio compré un bono de 10 partidas por 45 €. Ayer fui a gastar
las que me quedaban (4) y en la caja me dijeron que con la nueva
tarifa el fin de semana cuenta como partida y media, así que solo
podía jugar dos. Cuando lo compré no ponía nada de eso. ¿Me lo podéis
aclarar? Entiendo que lo que compré se respeta.

Jesús Moreno"""),
("es", "b34-re-reserva-descuento-anticipado", "Beatriz Ocaña <bea.ocana@example.es>", "Re: Confirmación de reserva - Campus de verano", "billing", "",
"""Hola de nuevo,

Perdonad, pero revisando la confirmación veo que no se ha aplicado el
descuento por inscripción anticipada (10 %). Hice la reserva el 27 de
marzo y en la web pone que es hasta el 31. ¿Podéis revisarlo?

Beatriz

----- Mensaje original -----
> Hola Beatriz:
>
> Te confirmamos la inscripción de Hugo en el Campus Multideporte,
> turno del 1 al 12 de julio. Importe total: 385,00 €, cargado en tu
> tarjeta terminada en 4412.
>
> ¡Nos vemos en verano!
> Equipo Campus"""),
("es", "b34-pase-anual-cancelado-gerente", "Rodrigo Villaseñor <rodrigo.villasenor@example.com.mx>", "Cobros del pase anual", "billing", "high",
"""A quien corresponda:

En enero cancelé por teléfono el pase anual familiar del parque (me
dieron folio CAN-55812). Aun así me siguieron cobrando la mensualidad
de $1,249 MXN en febrero, marzo y abril. Ya hablé tres veces al call
center y cada vez me dicen que "lo van a escalar" y no pasa nada.

Quiero que me contacte el gerente de atención a clientes, no otro
agente, y que me devuelvan los tres cargos, $3,747 MXN en total.

Rodrigo Villaseñor
Monterrey, N.L.
Cel. 81 0000 4471"""),
("es", "b34-trampolines-senal-cumple", "Sandra Ruiz <sandra.ruiz@example.es>", "Señal del cumpleaños", "billing", "",
"""Hola,

Teníamos reservado el cumpleaños de mi hija para el sábado 16 y
pagamos 60 € de señal. Lo cancelé por teléfono el día 5 porque la niña
tiene varicela, o sea con once días de antelación. Ahora me dicen que
la señal no se devuelve. En vuestras condiciones pone que con más de
7 días se devuelve íntegra. ¿Me lo podéis mirar?

Sandra Ruiz"""),
("es", "b34-recital-cuotas-con-interes", "Florencia Sosa <flor.sosa@example.com.ar>", "entradas en cuotas", "billing", "",
"""Hola! Compré dos entradas para el recital de noviembre en 6 cuotas
sin interés como decía la web, total $96.000. En el resumen de la
tarjeta me aparece con un recargo del 18%. ¿Me pueden decir si fue un
error de ustedes o del banco? No quiero pagar de más por algo que
decían que era sin interés.

Gracias
Flor"""),
("es", "b34-pase-temporada-abuela-nos-dejo", "Carmen Robles <carmen.robles@example.es>", "Pase de temporada de Dña. Pilar Robles", "billing", "",
"""Buenas tardes:

Mi madre, Pilar Robles, tenía el pase de temporada del parque, que
usaba para llevar a los nietos los domingos. Nos dejó en marzo. He
visto que el pase se renueva solo en mayo por 119 € y no quiero que se
cobre. ¿Podrían anularlo? Si hace falta documentación me dicen.

Muchas gracias,
Carmen Robles"""),
("es", "b34-hola-preu-pago-anual", "Javiera Muñoz <javiera.munoz@example.cl>", "Hola", "billing", "",
"""Hola,

Mi hijo va a entrar al preuniversitario en marzo. Vi que la mensualidad
es de $95.000 CLP pero una apoderada me dijo que si se paga el año
completo al contado hay descuento. ¿Es así? ¿De cuánto sería?

Saludos cordiales,
Javiera Muñoz"""),
("es", "b34-scouts-campamento-bizum", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Campamento de verano - pago", "billing", "",
"""Kaixo!

Para pagar la cuota del campamento de verano de los dos (Ane y Mikel,
140 € cada uno), ¿se puede hacer por Bizum al teléfono del grupo o
tiene que ser transferencia? Y si es transferencia, ¿qué ponemos en el
concepto?

Eskerrik asko,
Iñaki"""),
("es", "b34-app-cole-no-es-recibo", "Paloma Herrero <paloma.herrero@example.es>", "No es sobre recibos", "technical", "",
"""Hola,

Antes de nada: esto NO es por un recibo, que luego me lo pasan a
secretaría y no me contesta nadie.

La app del colegio no me deja subir el justificante de la falta de mi
hija. Hago la foto, le doy a "Enviar" y sale "Error 413" y se queda
ahí. Lo he intentado con foto y con PDF, con wifi y con datos. Móvil
Android, app actualizada ayer.

Paloma Herrero"""),
("es", "b34-residencia-calentador-gas", "Mariana Cárdenas <mariana.cardenas@example.com.mx>", "Calentador depto 302", "technical", "high",
"""Hola, buenas tardes.

Les aviso que en el departamento 302 de la residencia huele a gas
cerca del calentador desde anoche. Hoy en la mañana olía más. Ya
cerramos la llave del gas que está junto al calentador y abrimos las
ventanas, y nadie está usando la estufa. Somos cuatro estudiantes en
el depa.

¿Pueden mandar a alguien a revisarlo?

Mariana Cárdenas
Residencia Universitaria Los Arcos, Guadalajara"""),
("es", "b34-escape-cerraduras-software", "Enigma Salas <info@enigma-salas.example>", "Software de sala", "technical", "high",
"""Hola,

Desde la actualización de anoche, el panel de control no activa las
cerraduras electromagnéticas de ninguna de nuestras tres salas. Las
pruebas se resuelven pero las puertas no se abren y tenemos que entrar
nosotros a abrirlas con la llave, lo cual destroza la experiencia.
Hoy ya hemos tenido que anular cuatro sesiones y devolver el dinero, y
tenemos el sábado entero lleno.

Necesitamos que alguien nos llame hoy: 600 000 318.

Rubén
Enigma Salas, Zaragoza"""),
("es", "b34-maraton-inscripcion-app-no-devolucion", "Martín Acosta <martin.acosta@example.com.ar>", "Inscripción 42K", "technical", "",
"""Hola, buenas.

Aclaro primero que no quiero devolución ni nada por el estilo, quiero
correr. Ya pagué la inscripción a los 42K, me llegó el comprobante.
El tema es que en la app no puedo completar la ficha médica: cuando
subo el apto físico me tira "archivo inválido" y no me deja avanzar. Sin
eso no me asignan el número, ¿no? Probé con PDF y con JPG.

Martín Acosta"""),
("es", "b34-plataforma-colegio-clave", "Diana Ospina <diana.ospina@example.com.co>", "Plataforma", "technical", "",
"""Cordial saludo,

No he podido ingresar a la plataforma del colegio para ver el boletín
del segundo periodo de mi hija. Cambié la clave como me indicaron y
ahora me sale "usuario bloqueado". Ya esperé las 24 horas que dice el
mensaje y sigue igual.

Agradezco su colaboración,
Diana Ospina
Acudiente de Sara Ospina, grado 7B"""),
("es", "b34-residencia-secador-chispas", "Irene Castaño <irene.castano@example.es>", "Secador del baño hab. 118", "technical", "high",
"""Hola,

Os escribo para avisar de que el secador de pelo fijo en la pared del
baño de la habitación 118 echó chispas ayer por la parte del cable
cuando lo encendí, y desde entonces huele a quemado. Lo he apagado y no
lo he vuelto a tocar. Tiene una mancha negra donde entra el cable.

¿Podría pasar alguien de mantenimiento? Estaré en clase por la mañana
pero podéis entrar.

Irene Castaño"""),
("es", "b34-festival-terminales-barras", "Taquería El Güero <contacto@taqueria-elguero.example>", "Terminales cashless", "technical", "high",
"""Buenas,

Somos uno de los puestos de comida del festival. Desde las 5 de la
tarde las terminales de pulsera cashless de nuestras dos barras dicen
"sin conexión" y no aceptan ningún pago. Los puestos de al lado igual.
La gente hace fila, no puede pagar y se va. Estamos tirando comida y
el fuerte de la noche empieza a las 8.

Por favor manden a alguien o llámenme: 55 0000 8124.

Güero Hernández"""),
("es", "b34-residencia-calefaccion-habitacion", "Sergio Pardo <sergio.pardo@example.es>", "Calefaccion", "technical", "",
"""Hola, el radiador de mi habitacion (2.14) no calienta nada desde que
la encendisteis la semana pasada. Los de mis compañeros si. He probado
a purgarlo con la llave que me dejo el conserje y sale agua pero sigue
frio. Cuando podais pasais. Gracias, Sergio"""),
("es", "b34-parque-app-qr-no-aparece", "Valentina Rojas <valentina.rojas@example.cl>", "App del parque", "technical", "",
"""Hola! Después de actualizar la app del parque, mis entradas para el
sábado ya no aparecen en "Mis entradas". En el correo de compra sí
están. ¿Voy a poder entrar igual con el correo o tengo que hacer algo
en la app? No sé si es mi teléfono (iPhone 12).

Vale"""),
("es", "b34-trampolines-casilleros-pin", "Luis Alberto Quispe <luis.quispe@example.com.pe>", "Casilleros", "technical", "",
"""Buenas noches,

El domingo en la tarde el casillero 47 no se abría con el PIN que nos
dio la máquina, tuvimos que esperar 40 minutos a que viniera alguien.
A otra familia le pasó lo mismo con el 52. No pido nada, solo que lo
revisen porque la gente se pone nerviosa con sus cosas adentro.

Luis Alberto Quispe
Lima"""),
("es", "b34-pregunta-kit-robotica-bluetooth", "Rocío Benítez <rocio.benitez@example.es>", "Pregunta", "technical", "",
"""Hola:

Compramos a través del AMPA el kit de robótica que pidieron para 4.º.
El robot se enciende y la tablet lo encuentra por bluetooth, pero al
darle a "Conectar" se queda cargando y al final dice "conexión
fallida". Hemos cambiado las pilas. ¿Qué más podemos probar?

Rocío"""),
("es", "b34-estadio-app-entradas-sin-qr", "Agustina Pereyra <agus.pereyra@example.com.ar>", "NO CARGAN LAS ENTRADAS", "technical", "high",
"""Estamos en la fila del estadio para el show de esta noche y la app no
le muestra el QR a nadie, dice "Error al cargar tus entradas". Somos
miles acá afuera, la gente de seguridad dice que sin QR no se entra y
las puertas abren en una hora. Mi entrada es la 0088213. Por favor
hagan algo YA.

Agustina"""),
("es", "b34-residencia-portero-tarjeta", "Pablo Lorente <pablo.lorente@example.es>", "Tarjeta de acceso", "technical", "",
"""Buenas,

Desde el lunes mi tarjeta no abre el portal de la residencia, solo la
puerta de mi habitación. El lector pita en rojo. A mis compañeros de
planta les funciona. Ahora tengo que esperar a que salga alguien para
entrar. ¿Me la podéis reactivar?

Pablo Lorente, hab. 305"""),
("es", "b34-audifono-perdido-concierto", "Emilio Navarro <emilio.navarro@example.es>", "Objeto perdido", "general", "",
"""Buenas tardes:

El pasado viernes asistí al concierto de la Orquesta en su auditorio,
fila 14, butaca 22, y al llegar a casa me di cuenta de que había
perdido el audífono del oído izquierdo. Es pequeño, de color beige.
Tengo 79 años y sin él me apaño mal. ¿Lo han encontrado?

Atentamente,
Emilio Navarro
Tel. 976 000 415"""),
("es", "b34-gracias-maestra-taller-lectura", "Adriana Solís <adriana.solis@example.com.mx>", "Gracias Miss Karla", "general", "",
"""Hola,

Solo quería agradecerle a la Miss Karla del taller de lectura de las
tardes. Mi hijo Emiliano odiaba leer y ahora me pide que le compre los
libros de la saga que leyeron en el taller. Ayer lo encontré leyendo
con la linterna debajo de la cobija a las 10 de la noche. Se lo digo
con mucho cariño: gracias.

Adriana Solís"""),
("es", "b34-auditorio-escalera-oscura-padre", "Jorge Blanco <jorge.blanco@example.es>", "Escaleras de la grada", "general", "high",
"""Buenas:

El sábado, a la salida del concierto, mi padre (74 años) tropezó en
las escaleras de la grada superior. En el tercer peldaño empezando
por abajo, junto a la puerta 6, el borde está roto y falta un trozo,
y con la gente saliendo en grupo no se ve. Se hizo una herida en la
espinilla, nada grave por suerte. Vi a otras dos personas tropezar en
el mismo sitio.

Lo comento para que lo arreglen antes del próximo concierto.

Jorge Blanco"""),
("es", "b34-pelotero-vidrios", "Cecilia Ferreyra <ceci.ferreyra@example.com.ar>", "pelotero", "general", "high",
"""Hola, estuvimos ayer a la tarde en el parque con los chicos. En el
pelotero de los más chiquitos mi nena encontró un pedazo de vidrio
entre las pelotas, como de una botella. Por suerte no se cortó. Se
lo di a un chico de la entrada y me dijo "ah gracias", y el pelotero
siguió abierto. Les aviso porque ahí hay nenes de 2 y 3 años.

Cecilia"""),
("es", "b34-urgente-horario-agosto-bolera", "Vanesa Prieto <vanesa.prieto@example.es>", "URGENTE", "general", "",
"""URGENTE: ¿abrís en agosto por las mañanas o solo por la tarde?? Tengo
que decírselo hoy a los padres del equipo!!!"""),
("es", "b34-cambio-correo-acudiente", "Hernán Castillo <hernan.castillo@example.com.co>", "Actualización de datos", "general", "",
"""Buenos días,

Solicito actualizar el correo de contacto del acudiente de Samuel
Castillo (grado 4A). El correo anterior, hcastillo@empresa-anterior.example,
ya no lo uso porque cambié de trabajo; por favor usen este. El celular
sigue siendo el mismo.

Gracias,
Hernán Castillo"""),
("es", "b34-supresion-datos-escape", "Óscar Campos <oscar.campos@example.es>", "Protección de datos", "general", "",
"""Hola,

Hace un par de años hice una sala con vosotros y desde entonces me
llegan vuestros correos de promociones. Solicito, conforme al RGPD, la
supresión de todos mis datos personales de vuestra base de datos y que
me confirméis cuando esté hecho.

Óscar Campos"""),
("es", "b34-patrocinio-expo-carrera", "Karina Lozano <klozano@bebidas-sierra.example>", "Patrocinio expo corredor", "general", "",
"""Buen día,

Somos una marca de bebidas isotónicas de Puebla y nos interesaría tener
un stand o participar como patrocinador en la expo de la carrera 21K de
septiembre. ¿Con quién podemos hablar y hay algún dossier de
patrocinio que nos puedan compartir?

Saludos,
Karina Lozano
Mercadotecnia, Bebidas Sierra"""),
("es", "b34-re-excursion-autorizacion", "Elena Márquez <elena.marquez@example.es>", "Re: Excursión a Cuenca - 2.º ESO", "general", "",
"""Buenas tardes,

Una duda con la autorización: estamos separados y el padre está fuera
hasta el día 20. ¿Vale con mi firma sola o necesitáis la de los dos?

Elena Márquez (madre de Daniel, 2.º C)

El 3 de mayo, Jefatura de Estudios escribió:
> Estimadas familias:
>
> Adjuntamos la autorización para la excursión a Cuenca del próximo
> 22 de mayo. Debe entregarse firmada al tutor antes del día 15.
>
> Un saludo,
> Jefatura de Estudios"""),
("es", "b34-cumple-fue-una-bomba", "Romina Giménez <romina.gimenez@example.com.ar>", "Cumple de Benja", "general", "",
"""Hola chicos! El cumple de Benja del sábado fue una bomba. Los nenes
quedaron muertos, Benja se durmió en el auto antes de llegar a casa.
El animador (Nico creo que se llamaba) un genio, tuvo a 18 pibes
saltando y riéndose dos horas sin un solo llanto. Mil gracias!!

Romi"""),
("es", "b34-scouts-voluntario-monitor", "David Soler <david.soler@example.es>", "Ser monitor", "general", "",
"""Hola,

Fui scout en otro grupo de Valencia hasta los 17 y ahora me he mudado
al barrio. Me gustaría colaborar como monitor los sábados. ¿Necesitáis
gente? ¿Qué requisitos pedís (curso de monitor, certificado de
delitos sexuales...)?

David Soler"""),
("es", "b34-pedido-poleras-conserjeria", "Ignacio Vergara <ignacio.vergara@example.cl>", "Pedido 88213", "general", "",
"""Hola, para el pedido 88213 (poleras de la corrida) si no hay nadie en
el depto pueden dejarlo en conserjería, el conserje se llama don
Hugo. Gracias!"""),
("es", "b34-monitor-zarandeo-director", "Cristina Peña <cristina.pena@example.es>", "Lo ocurrido en el campamento", "general", "high",
"""Buenas tardes:

Mi hijo Marcos (10 años) ha vuelto del campamento contándome que uno de
los monitores, Iván, le agarró del brazo y le zarandeó delante de sus
compañeros por no querer meterse en el río. Otros dos niños de su
cabaña lo confirman. Tiene una marca en el brazo.

No quiero que me devuelvan nada. Quiero que el director del
campamento me llame personalmente y saber qué medidas van a tomar.

Cristina Peña
654 000 219"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b34-oboz-dofinansowanie-zfss", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Obóz żeglarski - dofinansowanie z pracy", "billing", "",
"""Dzień dobry,

zapisałam syna na obóz żeglarski na Mazurach (turnus 2, 2 450 zł).
Mój zakład pracy dopłaca do wypoczynku dzieci z ZFŚS, ale potrzebuje
faktury albo zaświadczenia o uczestnictwie z kwotą i danymi dziecka.
Czy możecie Państwo coś takiego wystawić? I czy mogę wpłacić najpierw
swoją część, a resztę przeleje zakład?

Pozdrawiam
Agnieszka Wróblewska"""),
("pl", "b34-akademik-kara-umowna-sad", "Michał Kowalczyk <michal.kowalczyk@example.pl>", "Kara umowna - pokój 512", "billing", "high",
"""Dzień dobry,

w marcu wyprowadziłem się z akademiku przed końcem umowy. Wcześniej,
10 lutego, dostałem od Pani z administracji mailową zgodę na
rozwiązanie umowy za porozumieniem stron, bez żadnych kosztów, bo na
moje miejsce weszła osoba z listy rezerwowej. Teraz dostałem wezwanie
do zapłaty 800 zł "kary umownej".

Nie zapłacę tego. Mam maila z tą zgodą. Jeśli wezwanie nie zostanie
anulowane w ciągu 14 dni, sprawa trafi do sądu, a ja skieruję się do
miejskiego rzecznika konsumentów.

Michał Kowalczyk
nr albumu 284117"""),
("pl", "b34-bieg-oplata-prog-cenowy", "Krzysztof Mazur <krzysztof.mazur@example.pl>", "Opłata startowa", "billing", "",
"""Dzień dobry,

zapisałem się na Półmaraton 28 lutego, czyli w pierwszym progu cenowym
(99 zł). Płatność przez bramkę przeszła 2 marca, bo bank miał awarię, i
system policzył mi 129 zł jak w drugim progu. Zgłoszenie wysłałem 28-go,
mam potwierdzenie maila. Czy można zwrócić 30 zł różnicy?

Krzysztof Mazur"""),
("pl", "b34-koncert-przeniesiony-chargeback", "Karolina Zielińska <karolina.zielinska@example.pl>", "Koncert 12.10 - zmiana miejsca", "billing", "high",
"""Dzień dobry,

kupiłam dwa bilety na płytę stadionu na koncert 12 października, po
289 zł. Tydzień temu poinformowaliście, że koncert przenosi się do
hali, a moje bilety "zamieniono" na miejsca na trybunie w ostatnim
sektorze. To nie jest to, za co zapłaciłam. Prosiłam o zwrot dwa razy
i dostaję tylko automatyczne odpowiedzi.

Jeżeli do piątku nie dostanę decyzji o zwrocie 578 zł, składam w banku
reklamację transakcji kartą (chargeback).

Karolina Zielińska"""),
("pl", "b34-szkolenie-psow-bruno-odszedl", "Halina Dąbrowska <halina.dabrowska@example.pl>", "Bruno", "billing", "",
"""Dzień dobry Pani Magdo,

z przykrością piszę, że nasz Bruno odszedł w zeszłym tygodniu, miał
już prawie 14 lat. Bardzo lubił Wasze zajęcia dla psich seniorów.
Proszę o zakończenie miesięcznych zajęć i niepobieranie już opłaty
120 zł od przyszłego miesiąca.

Dziękujemy za cierpliwość do niego.
Halina i Jerzy Dąbrowscy"""),
("pl", "b34-trampoliny-karnet-erasmus", "Julia Szymanska <julia.szymanska@example.pl>", "Karnet open", "billing", "",
"""Czesc,

od lutego jade na Erasmusa do Lizbony na caly semestr. Czy moge
zawiesic moj karnet open w parku trampolin (139 zl miesiecznie) na
5 miesiecy zamiast go rezygnowac? Nie chce stracic obecnej ceny.

Dzieki!
Julia"""),
("pl", "b34-escape-faktura-nip", "Tomasz Lewandowski <t.lewandowski@softline-biuro.example>", "Faktura za integrację", "billing", "",
"""Dzień dobry,

w piątek byliśmy u Państwa w 12 osób na integracji firmowej (dwa pokoje
naraz, razem 840 zł). Dostaliśmy paragon, a potrzebujemy faktury VAT na
firmę: Softline Biuro Sp. z o.o., ul. Piotrkowska 120, 90-006 Łódź,
NIP 000-000-00-00. Czy da się ją jeszcze wystawić do tego paragonu?

Z poważaniem
Tomasz Lewandowski"""),
("pl", "b34-re-wycieczka-zwrot-kiedy", "Beata Nowicka <beata.nowicka@example.pl>", "Re: Wycieczka do Torunia", "billing", "",
"""Dzień dobry,

dziękuję. A kiedy mniej więcej można się spodziewać tego zwrotu i czy
przyjdzie na konto, z którego płaciłam, czy odbiorę w sekretariacie?

Beata Nowicka

W dniu 14.05 wychowawca klasy 4b napisał:
> Szanowna Pani,
>
> przykro mi, że Kuba nie mógł pojechać z powodu choroby. Ponieważ
> zgłosiła Pani nieobecność przed wyjazdem, zwrócimy koszt biletów
> wstępu i obiadu, czyli 85 zł z wpłaconych 160 zł. Koszt autokaru
> niestety przepada.
>
> Pozdrawiam"""),
("pl", "b34-kregielnia-impreza-firmowa-kierownik", "Aleksandra Pawlak <a.pawlak@grupa-mostek.example>", "Faktura 2024/11/0093 - impreza firmowa", "billing", "high",
"""Dzień dobry,

w czwartek organizowaliśmy u Państwa imprezę firmową. Zamówione było
6 torów na 2 godziny i catering dla 30 osób. Na fakturze jest 8 torów
i dodatkowy "zestaw przekąsek" za 450 zł, którego nikt nie podał.
Różnica to razem 1 090 zł brutto.

Rozmawiałam już dwa razy z obsługą baru, która "nie ma wglądu w
faktury". Proszę o kontakt kierownika kręgielni i korektę faktury.
Do tego czasu faktura nie zostanie opłacona.

Aleksandra Pawlak
Grupa Mostek, dział HR"""),
("pl", "b34-park-rozrywki-karta-duzej-rodziny", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Bilety rodzinne", "billing", "",
"""Dzień dobry,

jesteśmy rodziną z czwórką dzieci i mamy Kartę Dużej Rodziny. Czy
dostaniemy zniżkę w parku rozrywki, a jeśli tak, to czy tylko w kasie
czy też przy zakupie online? Na stronie bilet rodzinny jest za 399 zł,
ale tylko dla 2+2.

Grzegorz Wójcik"""),
("pl", "b34-festiwal-zwrot-srodkow-opaska", "Kacper Jankowski <kacper.jankowski@example.pl>", "zwrot z opaski", "billing", "",
"""hej, po festiwalu zostalo mi 74 zl na opasce cashless. jak moge
odzyskac te pieniadze? na stronie jest cos o formularzu ale link nie
prowadzi nigdzie (znaczy strona sie otwiera, tylko nie wiem gdzie
wpisac numer opaski). kacper"""),
("pl", "b34-swietlica-oplata-wakacje", "Ewa Kamińska <ewa.kaminska@example.pl>", "Świetlica - lipiec", "billing", "",
"""Dzień dobry,

w lipcu córka nie chodziła na świetlicę, bo szkoła była zamknięta
(wakacje), a mimo to dostałam naliczenie 180 zł za lipiec w systemie.
W czerwcu pisałam do Pani kierownik, że w wakacje nie korzystamy.
Proszę o anulowanie tej opłaty.

Pozdrawiam,
Ewa Kamińska"""),
("pl", "b34-dzien-dobry-czynsz-na-pol", "Natalia Zając <natalia.zajac@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

mieszkam w dwuosobowym studiu w Waszym domu studenckim razem z
koleżanką. Do tej pory cały czynsz (1 900 zł) płaciłam ja, a ona
oddawała mi połowę. Czy można ustawić tak, żeby każda z nas płaciła
swoje 950 zł osobno, z własnego konta, i dostawała osobne
potwierdzenie?

Natalia Zając, studio 2.07"""),
("pl", "b34-szkola-muzyczna-jedna-lekcja", "Piotr Sikora <piotr.sikora@example.pl>", "Lekcje gitary Antka", "billing", "",
"""Dzień dobry,

od stycznia chcielibyśmy zmniejszyć Antkowi lekcje gitary z dwóch do
jednej w tygodniu (zostaje czwartek). Jak to się przełoży na miesięczną
opłatę? Teraz płacimy 380 zł.

Pozdrawiam
Piotr Sikora"""),
("pl", "b34-dziennik-nie-platnosc-logowanie", "Dorota Krawczyk <dorota.krawczyk@example.pl>", "To nie jest sprawa płatności", "technical", "",
"""Dzień dobry,

piszę od razu, że nie chodzi o płatności, wszystko mam opłacone.

Od aktualizacji aplikacji dziennika elektronicznego w poniedziałek nie
mogę się zalogować na konto rodzica. Wpisuję login i hasło, kręci się
kółko i wraca do ekranu logowania, bez żadnego komunikatu. Przez
przeglądarkę na komputerze logowanie działa. Telefon Samsung, Android 14.

Dorota Krawczyk"""),
("pl", "b34-akademik-czajnik-kopie-pradem", "Bartosz Michalski <bartosz.michalski@example.pl>", "Kuchnia 3 piętro", "technical", "high",
"""Dzień dobry,

czajnik elektryczny z wyposażenia wspólnej kuchni na 3. piętrze
(akademik nr 2) kopie prądem przy dotknięciu metalowego uchwytu, kiedy
jest podłączony. Poczułem to wczoraj ja i dzisiaj koleżanka. Odłączyłem
go i położyłem na szafce z kartką "nie używać", ale ludzie i tak go
biorą. Gniazdko obok też się trochę grzeje.

Bartosz Michalski, pok. 314"""),
("pl", "b34-trampoliny-bramki-nie-wpuszczaja", "Jump Arena Wrocław <biuro@jumparena-wroclaw.example>", "Bramki wejściowe", "technical", "high",
"""Dzień dobry,

od otwarcia o 10:00 bramki wejściowe nie odczytują żadnych biletów ani
opasek, wyświetla się "brak połączenia z serwerem". Wpuszczamy ludzi
ręcznie po liście, ale nie wiemy, kto ma wykupioną którą godzinę.
Kolejka jest do parkingu, odwołaliśmy już dwa urodziny, a o 12:00 mamy
wycieczkę szkolną na 60 dzieci.

Proszę o pilny telefon: 71 000 22 48.

Paweł, kierownik zmiany"""),
("pl", "b34-bieg-wynik-zly-dystans", "Magdalena Górska <magdalena.gorska@example.pl>", "Wyniki", "technical", "",
"""Dzień dobry,

biegłam w niedzielę na 10 km (numer 2284), a w wynikach jestem na
liście 5 km, z czasem 51:20, czyli tym z mety 10 km. Przez to na
dyplomie jest zły dystans i nie ma mnie w klasyfikacji. Czy da się to
poprawić?

Magda Górska"""),
("pl", "b34-portal-kolonii-karta-kwalifikacyjna", "Renata Baran <renata.baran@example.pl>", "portal rodzica", "technical", "",
"""Dzien dobry,

nie moge wgrac karty kwalifikacyjnej syna w portalu rodzica. Po
wybraniu pliku (PDF, 800 KB) przycisk "Zapisz" jest szary i nie da sie
go kliknac. Probowalam w Chrome i Firefoxie. Termin jest do piatku.

Renata Baran"""),
("pl", "b34-powerbank-festiwal-spuchl", "Szymon Kubiak <szymon.kubiak@example.pl>", "Powerbank z wypożyczalni", "technical", "high",
"""Cześć,

wypożyczyłem wczoraj powerbank z Waszej stacji przy scenie głównej.
W nocy w namiocie zrobił się bardzo gorący, obudowa wybrzuszyła się
z jednej strony i zaczął lekko syczeć. Wyniosłem go na trawę z dala od
namiotów i polałem wodą. Teraz leży w metalowym wiadrze przy naszym
polu (strefa C, obok flagi z orłem).

Dajcie znać, co z nim zrobić. I może sprawdźcie resztę z tej partii.

Szymon"""),
("pl", "b34-stolowka-karty-obiadowe-padly", "Sekretariat SP 14 <sekretariat@sp14-lublin.example>", "System kart obiadowych", "technical", "high",
"""Dzień dobry,

od rana czytniki kart obiadowych w stołówce pokazują "błąd bazy danych"
i nie da się sprawdzić, które dzieci mają wykupione obiady. Pierwsza
przerwa obiadowa zaczyna się o 11:15, wydajemy ok. 400 obiadów dziennie.
Panie z kuchni nie wiedzą, komu wydawać. Proszę o pilny kontakt z
sekretariatem: 81 000 47 12.

Ewa Stępień, sekretariat"""),
("pl", "b34-akademik-gniazdko-lan", "Wiktor Adamski <wiktor.adamski@example.pl>", "Internet", "technical", "",
"""Dzień dobry, gniazdko sieciowe w moim pokoju (B-109) nie działa,
laptop pokazuje "kabel sieciowy odłączony" na dwóch różnych kablach.
Wi-fi jest, ale słabe. Czy ktoś może sprawdzić gniazdko? Pozdrawiam,
Wiktor"""),
("pl", "b34-park-rozrywki-aplikacja-mapa", "Monika Olszewska <monika.olszewska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

nie chcę żadnego zwrotu ani rekompensaty, dzień w parku był udany. Ale
aplikacja zamykała się za każdym razem, gdy otwieraliśmy mapę, więc
szukaliśmy atrakcji po tablicach. iPhone 13, aktualna wersja
aplikacji. Może warto to poprawić przed wakacjami.

Monika"""),
("pl", "b34-escape-kamera-pokoj-2", "Escape Factory Gdańsk <kontakt@escapefactory-gdansk.example>", "Kamera w pokoju 2", "technical", "",
"""Dzień dobry,

kamera w pokoju 2 ("Laboratorium") od wczoraj pokazuje w panelu tylko
czarny obraz, dźwięk jest. Pozostałe kamery działają. Na razie mistrz
gry ogląda grę z drugiej kamery w rogu, więc gramy, ale prosimy o
serwis w tym tygodniu.

Łukasz, Escape Factory"""),
("pl", "b34-pytanie-projektor-klub", "Jan Czerwiński <jan.czerwinski@example.pl>", "Pytanie", "technical", "",
"""Dzien dobry,

w klubie mlodziezowym mamy projektor kupiony u Panstwa w zeszlym roku.
Od tygodnia nie widzi sygnalu z laptopa przez HDMI, pokazuje "brak
sygnalu". Kabel zmienialismy, laptop tez. Przez VGA dziala. Czy to do
naprawy gwarancyjnej?

Jan Czerwinski"""),
("pl", "b34-akademik-ogrzewanie-caly-budynek", "Rada Mieszkańców DS Żaczek <rada.zaczek@example.pl>", "Ogrzewanie", "technical", "high",
"""Dzień dobry,

w całym akademiku DS Żaczek od wczoraj wieczorem nie działa ogrzewanie.
Na zewnątrz jest minus 14, w pokojach rano było 13 stopni. Mieszka tu
ponad 300 osób, w tym studenci z małymi dziećmi na parterze. Portier
mówi, że zgłosił, ale nikt nie przyjechał.

Prosimy o pilną interwencję.

Rada Mieszkańców"""),
("pl", "b34-kolonie-czat-wiadomosci", "Iwona Malinowska <iwona.malinowska@example.pl>", "Czat z wychowawcą", "technical", "",
"""Dzień dobry,

w aplikacji kolonii wiadomości, które wysyłam do wychowawczyni grupy,
mają cały czas status "wysyłanie" i nie dochodzą. Wiadomości od niej
do mnie przychodzą. Odinstalowałam i zainstalowałam aplikację
ponownie, nic to nie dało.

Iwona Malinowska (mama Oli, grupa Delfiny)"""),
("pl", "b34-okulary-escape-room", "Stanisław Wilk <stanislaw.wilk@example.pl>", "Okulary", "general", "",
"""Dzień dobry,

w sobotę o 18:00 byliśmy w pokoju "Skarbiec" i zostawiłem tam
prawdopodobnie okulary korekcyjne w brązowym etui. Czy ktoś je znalazł?
Mogę przyjechać w każdej chwili.

Stanisław Wilk
600 000 183"""),
("pl", "b34-podziekowania-druzynowa", "Joanna Lis <joanna.lis@example.pl>", "Podziękowanie dla druhny Kasi", "general", "",
"""Czuwaj!

Chciałam bardzo podziękować druhnie Kasi, drużynowej 12 DH. Mój syn
Wojtek był na pierwszym obozie i wrócił inny: sam się pakuje, sam
sprząta po sobie i opowiada o wartach nocnych jak o największej
przygodzie życia. Wiem, ile pracy w to wkładacie jako wolontariusze.

Z wdzięcznością,
Joanna Lis"""),
("pl", "b34-ochrona-koncert-kierownik", "Patryk Nowak <patryk.nowak@example.pl>", "Zachowanie ochrony na koncercie", "general", "high",
"""Dzień dobry,

na sobotnim koncercie w Państwa hali pracownik ochrony przy wejściu B
popchnął moją 16-letnią córkę na barierkę, bo jego zdaniem "za wolno
szła", i powiedział do niej "spadaj, gówniaro". Widziało to kilka osób.
Córka ma siniaka na ramieniu.

Nie chcę zwrotu za bilety. Żądam kontaktu od kierownika obiektu, nie
od firmy ochroniarskiej, i informacji, jakie wyciągnięto konsekwencje.

Patryk Nowak
505 000 771"""),
("pl", "b34-szkola-oblodzone-schody", "Halina Szulc <halina.szulc@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

chciałam zwrócić uwagę, że schody przy bocznym wejściu do szkoły (od
strony boiska) od trzech dni są całe oblodzone i nikt ich nie posypał.
Dziś rano dwoje dzieci się na nich przewróciło, jedna dziewczynka
uderzyła się w głowę. Dzieci z klas 1-3 wchodzą właśnie tamtędy.

Halina Szulc, babcia Zuzi z 2a"""),
("pl", "b34-pilne-wigilia-godziny", "Ola Kaczmarek <ola.kaczmarek@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! czy kregielnia jest otwarta w Wigilie do ktorej i w drugi
dzien swiat??? musze dzis dac znac rodzinie!!!"""),
("pl", "b34-zmiana-nazwiska-rodzica", "Anna Nowak-Rutkowska <anna.rutkowska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko na Rutkowska (wcześniej Nowak). Proszę o
zmianę moich danych jako opiekuna w dokumentacji córki, Mai Nowak, w
świetlicy i na liście osób upoważnionych do odbioru. Mogę przynieść
akt małżeństwa do wglądu.

Anna Rutkowska"""),
("pl", "b34-rodo-dane-dziecka-klub", "Marek Jasiński <marek.jasinski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie dane osobowe mojego
syna, Igora Jasińskiego, przetwarza klub młodzieżowy, w jakim celu i
komu są udostępniane, oraz o kopię tych danych. Syn uczęszczał do
klubu w latach 2022-2024.

Z poważaniem
Marek Jasiński"""),
("pl", "b34-turniej-siatkowki-nagrody", "Klaudia Wrona <klaudia.wrona@example.pl>", "Turniej siatkówki - wsparcie", "general", "",
"""Dzień dobry,

jestem trenerką w UKS Sokół. 8 czerwca organizujemy charytatywny
turniej siatkówki dla dzieci z okolicznych szkół. Czy Wasz park
trampolin chciałby wesprzeć turniej, np. wejściówkami jako nagrodami
dla drużyn? Oczywiście umieścimy logo na plakatach i na Facebooku.

Klaudia Wrona"""),
("pl", "b34-re-regulamin-obozu-telefony", "Rafał Sadowski <rafal.sadowski@example.pl>", "Re: Informacje przed wyjazdem", "general", "",
"""Dzień dobry,

a co z zegarkiem z GPS i kartą SIM? Czy też trzeba go oddać do depozytu,
czy może go mieć na ręku? Dla nas to ważne, Filip jedzie pierwszy raz.

Rafał Sadowski

> Szanowni Rodzice,
>
> przypominamy, że telefony komórkowe uczestnicy oddają do depozytu
> wychowawcy i otrzymują je codziennie w godzinach 19:00-20:00.
>
> Kierownictwo obozu"""),
("pl", "b34-rollercoaster-rozwalil-system", "Dawid Kołodziej <dawid.kolodziej@example.pl>", "Nowy rollercoaster", "general", "",
"""Siema, nowy rollercoaster totalnie rozwalił system. Myślałem, że umrę
na pierwszym zjeździe, kumpel darł się jak zarzynany, a potem
staliśmy w kolejce jeszcze trzy razy. Obsługa na kolejce bardzo spoko.
Szacun!

Dawid"""),
("pl", "b34-harcerze-swiatlo-betlejemskie", "Krystyna Mróz <krystyna.mroz@example.pl>", "Światełko", "general", "",
"""Dzien dobry,

czy harcerze w tym roku tez beda przynosic Betlejemskie Swiatlo Pokoju
do kosciola na Os. Tysiaclecia? O ktorej mniej wiecej? Chcialabym
przyjsc z wnukami.

Krystyna Mroz"""),
("pl", "b34-zamowienie-bluzy-paczkomat", "Mateusz Zawadzki <mateusz.zawadzki@example.pl>", "Zamówienie 30417", "general", "",
"""Cześć, w zamówieniu 30417 (bluzy klubowe) wybrałem kuriera na adres
domowy, ale w przyszłym tygodniu mnie nie będzie. Czy da się zmienić na
paczkomat WAW22M przy Puławskiej? Dzięki, Mateusz"""),
("pl", "b34-wyniki-z-nazwiskiem-uodo", "Elżbieta Głowacka <elzbieta.glowacka@example.pl>", "Lista z wynikami na stronie", "general", "high",
"""Szanowni Państwo,

na stronie internetowej szkoły opublikowano listę z imionami,
nazwiskami i wynikami próbnego egzaminu wszystkich uczniów klas ósmych,
w tym mojej córki Hanny Głowackiej. Nikt nie pytał nas o zgodę.

Proszę o natychmiastowe usunięcie listy i pisemne potwierdzenie. Jeśli
lista nie zniknie do końca tygodnia, złożę skargę do Prezesa Urzędu
Ochrony Danych Osobowych.

Elżbieta Głowacka"""),
]
