# batch92.py -- labelled test mails, held out of the tree until the rules it
# measures are final.  Nothing here is to be tuned or trained on.  Music and
# events (2): ticket resale sites, festival cashless wristbands, music
# streaming family plans, vinyl record shops, rehearsal rooms, sound and
# lighting hire, karaoke bars.  Covers escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say nothing
# or something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions and everyday mail of
# all three queues.  40 mails each in en, el (a third Greeklish), es, pl,
# written separately per language.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b92-resale-fees-at-checkout", "Tom Whitaker <tom.whitaker@example.co.uk>", "Fees", "billing", "",
"""Hi,

The listing on your site for 2 standing tickets for the Brixton show
said £38.50 each. By the time I got to the last page it was £96.40 in
total. There's a "service fee", a "fulfilment fee" AND a "payment
processing fee".

Which of these do I get back if the gig is moved? And why aren't they
shown on the listing page? Not trying to be difficult, I just want to
know what I'm paying for before I buy another pair.

Cheers,
Tom"""),
("en", "b92-wristband-leftover-credit", "Aoife Brennan <aoife.brennan@example.ie>", "leftover money on wristband", "billing", "",
"""Hi there, I was at the festival in Stradbally at the weekend and I've
€23.50 left on my cashless wristband. I topped up €60 on the Friday and
didn't spend it all cos the queues for the bar were mental. How do I
get the rest back? Do I need the wristband itself, I think it's still
in the tent bag somewhere.

Thanks a million
Aoife"""),
("en", "b92-family-plan-son-left-home", "Gillian Harper <gill.harper@example.co.uk>", "Our family account", "billing", "",
"""Hello,

Our eldest, Jack, has gone off to university in Aberdeen and he's set
up his own student account with you, so he doesn't need to be on ours
any more. With him gone it's just me and my husband, so I think we
should be on the Duo plan rather than paying £19.99 a month for Family.

Can you switch us over from the next bill? I couldn't see how to do it
in the app, it only lets me remove him.

Many thanks,
Gillian Harper"""),
("en", "b92-preorder-card-hit-twice", "Marcus Bell <marcus.bell@example.com>", "Order #RV-20931", "billing", "",
"""Hey folks - I preordered the 180g jazz reissue box set from you on the
3rd. My card got hit twice for $74.99, two separate transactions, same
day, a minute apart. I only have one order confirmation. Can you
reverse the second one?

Marcus"""),
("en", "b92-cancelled-sunday-amex-dispute", "Priya Raman <priya.raman@example.co.uk>", "Sunday cancellation - refund", "billing", "high",
"""To whom it may concern,

The Sunday of Harbourfields was cancelled on the day because of high
winds. Your own statement on the 14th said that Sunday day ticket
holders would be refunded "within 14 days". It is now six weeks later.
I have had two automated replies and nothing else.

Order: HF-558120
2 x Sunday day ticket, £89.00 each, plus £7.50 booking fee
Total: £185.50

If I do not receive the refund by Friday 20th I will raise a dispute
with American Express and let them recover the money from you. I would
rather not, but I have run out of patience.

Priya Raman"""),
("en", "b92-pa-deposit-kept-depot-manager", "Declan Murphy <declan@thebluefiddle.example>", "Deposit - speaker hire 11/05", "billing", "high",
"""Hi,

We hired 2 x powered tops and a sub from your Cork depot for the weekend
of the 11th. €250 deposit. Got an email today saying €180 of it is being
kept for a "damaged grille" on one of the tops.

That grille was already dented when we collected - your lad even said
"ah that's an old one, don't worry about it". We have photos from the
van when loading, with the time on them.

I'm not going round in circles with the hire desk on this any more. I
want the depot manager or whoever is above them to ring me and sort it
out. 021 490 0000, any time after 12.

Declan Murphy
The Blue Fiddle"""),
("en", "b92-rehearsal-block-vat-invoice", "Sam Okafor <sam@northlightsmusic.example>", "Invoice for block booking", "billing", "",
"""Hi,

We paid for the 10-session block (Studio 3, Tuesday evenings) on 2
February - £320 by card. Could you send a proper VAT invoice made out to
Northlights Music Ltd rather than the card receipt? Our accountant needs
it before the end of the quarter.

Northlights Music Ltd
Unit 4, 27 Dale Street
Manchester M1 2HF

Thanks
Sam Okafor"""),
("en", "b92-re-refund-missing-service-fee", "Laura Fenwick <laura.fenwick@example.com>", "Re: Update on your order 7730-1822", "billing", "",
"""You've refunded $112.00 but I paid $131.60 - the other $19.60 is the
"service fee" you added on top. The show was cancelled by the venue, I
didn't change my mind. I'd like the full amount back please.

Laura

On Tue, Mar 12, TicketSwapHub Support wrote:
> Hi Laura,
>
> We're sorry that the event you purchased tickets for has been
> cancelled. A refund of $112.00 has been issued to your original
> payment method. Please allow 5-10 business days for it to appear.
>
> TicketSwapHub Support"""),
("en", "b92-karaoke-30th-flu-deposit", "Chloe Nguyen <chloe.nguyen@example.com.au>", "Booking for Sat 22nd", "billing", "",
"""Hi guys, I booked the large room for my 30th on Saturday the 22nd and
paid a $100 deposit. Half the group have come down with the flu so
we're going to have to call it off :( Can I get the deposit back, or
move it to a date next month? Booking ref KB-4471.

Thanks heaps,
Chloe"""),
("en", "b92-late-husband-music-account", "Margaret Doyle <margaret.doyle@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Brian passed away in January. I have only just noticed that
£11.99 is still being taken each month from our joint account for his
music service. I do not use it and I cannot get into it as I don't
know his password.

Please could you close it and stop the payments. I can send a copy of
the death certificate if you need it.

Yours faithfully,
Margaret Doyle (Mrs)"""),
("en", "b92-record-club-on-ice", "Josh Pereira <josh.pereira@example.com>", "Record of the Month club", "billing", "",
"""hey, I'm going travelling round South America from June to the end of
August so there'll be nobody home to take the records in. can you put
my club membership on ice for those 3 months and start it again in
September? don't want to cancel, just don't want to pay for records
piling up at the depot.

josh"""),
("en", "b92-studio-package-instalments-upi", "Rohan Mehta <rohan.mehta@example.in>", "Query regarding payment", "billing", "",
"""Dear Team,

I am interested in the 20-hour rehearsal package at your Andheri studio
which is priced at Rs 18,000. Kindly let me know whether the amount can
be paid in two or three instalments, and whether UPI is accepted or
only card.

Also please confirm if GST is included in the above price or charged
extra.

Thanks and regards,
Rohan Mehta"""),
("en", "b92-seller-payout-small-claims", "Dana Whitfield <dana.whitfield@example.com>", "Seller payout - 5th request", "billing", "high",
"""This is my fifth message about this.

I sold 4 tickets to the Red Rocks show through your site on April 2.
The buyers used them - the listing is marked "completed". My payout of
$486.00 was due "within 5-7 business days after the event". The event
was on May 18. It is now June 24 and I have received nothing. Every
reply says "your payout is being processed".

If the full $486.00 isn't in my account by July 1, I will be filing in
small claims court in Jefferson County. I've kept copies of everything.

Dana Whitfield"""),
("en", "b92-exchange-black-not-green-vinyl", "Ellie Rowntree <ellie.rowntree@example.co.uk>", "Wrong pressing", "billing", "",
"""Hi,

My order came today and it's the standard black vinyl, not the limited
transparent green one I ordered (and paid the extra £6 for). The
shrinkwrap is still on. Can I swap it for the green one, and if you've
sold out, could you refund the difference instead?

Ellie"""),
("en", "b92-not-billing-cast-crash", "Harry Lim <harry.lim@example.com>", "Not a billing question", "technical", "",
"""Your chatbot keeps sending me to billing. This is NOT about my
subscription, that's all fine and paid up.

The app crashes every time I try to cast to the speaker in my kitchen.
It plays for about 3 seconds and then the app closes completely.
Android 14, Pixel 7, latest version from the Play Store. Casting from
other apps to the same speaker works fine, so it's not the wifi.

Harry"""),
("en", "b92-wristband-code-invalid", "Ben Archer <ben.archer@example.co.uk>", "Wristband", "technical", "",
"""Trying to register my wristband in the festival app so I can top up
before I go, but every time I enter the code from the little card it
says "Invalid code - please check and try again". I've checked it about
ten times, it's 12 characters and there's no O/0 mix-up as far as I
can tell. My mate's worked first go.

Ben"""),
("en", "b92-karaoke-booths-dark-friday", "Kenji Watanabe <kenji@singsongsoho.example>", "Friday night", "technical", "high",
"""Hi,

Your song system went down at about 8:40pm on Friday and didn't come
back all night. All 9 booths showed the spinning wheel, the tablets in
the rooms wouldn't load the song list, and the admin panel just said
"Cannot reach server".

We had every room booked. We ended up sending six groups home at the
door and giving free drinks to the rest while they sat in silent rooms.
Saturday is booked out as well and I have no idea if it's going to
happen again.

I need someone from your technical team to call me this morning, not
an email in three days. 020 7946 0123

Kenji Watanabe
Sing Song Soho"""),
("en", "b92-haze-machine-hot-plastic", "Ruth Calloway <ruth.calloway@example.co.uk>", "Haze machine from last week", "technical", "high",
"""Hello,

Just letting you know about the haze machine we hired for our school
musical (unit H-12 on the hire sheet). On the second night it started
giving off a smell of hot plastic from the back, near where the power
lead goes in, and about five minutes later it tripped the fuse for the
whole stage circuit. We unplugged it and didn't use it again. It's back
at your depot now with a note taped to it.

Nobody was hurt and the show went on without it, but I'd hate for it to
go out to someone else in that state.

Kind regards,
Ruth Calloway
Drama Department, St Anne's School"""),
("en", "b92-rehearsal-door-code-red-light", "Liam Kowalczyk <liam.k@example.co.uk>", "Door code!!!", "technical", "",
"""Booked Room 2 for 7-10pm last night, got the door code in the
confirmation email, typed it in about 20 times - red light every
time. Nobody answered the number on the door. Stood in the car park
with a drum kit in the van for 40 mins. Great.

I'm booked for the same time next Thursday. Can you make sure the
code actually works this time?

Liam"""),
("en", "b92-reset-email-never-comes", "Anjali Sharma <anjali.sharma@example.in>", "Unable to login", "technical", "",
"""Hello Sir/Madam,

I am not able to login to my account on your ticket website. When I
click on "Forgot password" it says a link has been sent, but no email
is coming, not in spam folder also. I have tried 4-5 times since
yesterday. My registered email is this same one.

Kindly help as I have tickets for the concert in Bengaluru next month
in this account.

Regards,
Anjali Sharma"""),
("en", "b92-turntable-hum-keep-it", "Graham Pike <graham.pike@example.co.uk>", "Turntable", "technical", "",
"""Good afternoon,

I bought the belt-drive turntable from your shop in Leeds in March. Let
me say straight away that I don't want a refund or to send it back, I'm
very pleased with it otherwise.

The problem is a low hum from the speakers whenever the turntable is
connected, even with the volume low and no record playing. It gets
louder if I touch the base of the tonearm. The amplifier is fine with
the CD player. Your chap in the shop mentioned an earth wire - there is
a small screw on the back of the amp marked GND but I have no idea what
to connect to it.

Any advice welcome.

Graham Pike"""),
("en", "b92-lighting-desk-dmx-wedding", "Events <bookings@glowandgather.example>", "Order 8830 - desk", "technical", "high",
"""Hi, we collected the lighting desk and 12 LED pars from you this
morning for a wedding at Hensol Castle. The desk powers up but none of
the fixtures respond. We've checked every DMX cable and swapped the
first fixture, and the addressing matches the sheet you gave us. The
desk shows "DMX output disabled" and we can't find where to turn it on.

Guests arrive at 5pm, first dance at 8pm, 140 people. Please ring Megan
on 07700 900318 asap.

Glow & Gather Events"""),
("en", "b92-offline-downloads-greyed", "Kirsty Fraser <kirsty.fraser@example.co.uk>", "Downloads", "technical", "",
"""Every time I get on the plane, the playlists I downloaded the night
before are greyed out and say "not available offline". They show the
green arrow when I'm on wifi at home. Happened on three flights now.
iPhone 13, plenty of storage. Annoying more than anything, but it's the
whole reason I pay for premium.

Kirsty"""),
("en", "b92-karaoke-mic-shock-room4", "Tegan Wallace <tegan.wallace@example.com.au>", "Microphone in room 4", "technical", "high",
"""Hi,

We were in room 4 at your Fortitude Valley venue on Saturday night.
When my friend held the wired microphone and touched the metal edge of
the screen stand, she got a proper shock - enough to make her drop the
mic, and her hand was tingling for a while after. Two of us tried it
afterwards (carefully) and felt it too.

She's fine now. But someone should look at that room before anyone
else uses it.

Tegan"""),
("en", "b92-qr-code-wont-load-urgent", "Zoe Hartmann <zoe.hartmann@example.com>", "URGENT!!! tickets", "technical", "",
"""URGENT!!! My tickets for Saturday won't show in the app!! It just says
"Loading your ticket" forever and the QR code never appears. I've
deleted the app and put it back, logged out and in again. I'm going
with my sister and she's flying in for this!!!! What do I do if it
still doesn't work on the night??

Zoe"""),
("en", "b92-family-invite-error-f203", "Nick Baptiste <nick.baptiste@example.com>", "Question", "technical", "",
"""Hi, I'm the plan manager on our family plan and I've sent my daughter
an invite three times. When she taps the link on her phone it opens the
app and says "Something went wrong (error F-203)". Same on her laptop.
We live at the same address and her own account is already set up.
Nothing to do with payment - the plan is active and there are 2 free
slots.

Thanks, Nick"""),
("en", "b92-pa-crackle-supervisor", "Arjun Pillai <arjun.pillai@example.co.uk>", "Complaint ref 55120 - escalate please", "technical", "high",
"""I'm writing for the third time about the PA system we hired for our
charity gala on 8 June. Both main speakers crackled and cut out every
few minutes all evening - during the speeches, during the auction,
during the band. Your on-call number told us to check the cables, which
we did, twice, with new cables.

Your replies so far say "we've tested the units and found no fault".
I'm not after money back at this point. I want someone senior to look
at why two speakers failed at the same time and why nobody believes us.
Please escalate this to a supervisor or the operations manager.

Arjun Pillai
Chair, Riverside Hospice Friends"""),
("en", "b92-thanks-dev-lent-snare", "Ollie Grant <ollie.grant@example.co.uk>", "Massive thank you", "general", "",
"""Just wanted to say a massive thanks to Dev on the front desk on
Sunday. Our drummer's snare skin split ten minutes before we were due
to record a live video, and Dev lent us the house snare AND helped tune
it. The video absolutely killed it, loads of views already.

Best rehearsal rooms in Bristol, no question. See you next week.

Ollie (The Low Tides)"""),
("en", "b92-lost-denim-jacket-fox-badge", "Hannah O'Connell <hannah.oconnell@example.ie>", "Lost property", "general", "",
"""Hi, I lost a denim jacket on the Saturday night, somewhere between the
main stage and the silent disco tent. It's a dark blue one with a
rainbow pin and a little felt fox badge on the collar. My student card
is in the inside pocket. Has anything like that been handed in? I'm in
Galway but could come and collect it.

Hannah"""),
("en", "b92-record-store-day-queue", "Pete Simmons <pete.simmons@example.co.uk>", "RSD", "general", "",
"""What time are you opening on Record Store Day? And is it first come
first served, or are you doing the numbered ticket system like last
year? Want to know whether it's worth queuing from 5am."""),
("en", "b92-change-email-and-phone", "Caroline Ashford <c.ashford@example.org>", "Change of details", "general", "",
"""Dear Sir/Madam,

Please update the email address on my account from
caroline.ashford@oldmail.example to this address. I am closing the old
email account at the end of the month. My mobile number has also
changed, to 07700 900451.

Thank you,
Caroline Ashford"""),
("en", "b92-subject-access-request", "Martin Keane <martin.keane@example.co.uk>", "Subject access request", "general", "",
"""Under the UK GDPR I'd like a copy of all personal data you hold about
me, including purchase history, any marketing profile, and any data
you've received from or shared with the festivals I bought tickets for
through your site. Account email: this address.

Regards,
Martin Keane"""),
("en", "b92-battle-of-bands-sponsor", "Fiona Reid <f.reid@hillcrest-academy.example>", "Battle of the Bands", "general", "",
"""Hello,

I teach music at Hillcrest Academy in Dundee. Every year our sixth
formers run a Battle of the Bands for charity, and this year we'd love
to have a local business on board. Would your shop be willing to
donate a prize (a few records perhaps) or lend us a couple of monitor
speakers for the night, in return for your logo on our posters and a
shout-out from the stage?

It's on Friday 15 March in the school hall. Happy to chat further.

Best wishes,
Fiona Reid"""),
("en", "b92-steward-wheelchair-daughter-director", "Alan Fitzpatrick <alan.fitzpatrick@example.co.uk>", "Treatment of my daughter at the accessible entrance", "general", "high",
"""I'm writing about what happened at the accessible entrance on Saturday
afternoon. My daughter Ciara, who is 19 and uses a wheelchair, showed
her access pass and was told by a steward (tall, shaved head, orange
hi-vis, "Team Leader" on the back) that she "didn't look like she
needed it" and should "queue like everybody else". He said it loudly,
in front of a queue of people. She was in tears.

I don't want a voucher or a standard apology email. I want to hear
from the festival director or the head of customer operations, and I
want to know what is going to be done about this man.

Alan Fitzpatrick"""),
("en", "b92-loose-stair-nosing-room5", "Mia Costa <mia.costa@example.co.uk>", "Stairs by Room 5", "general", "high",
"""Hi,

The metal strip on the edge of the third step down from Room 5 has come
loose on one side and lifts up when you step on it. Our bassist caught
his foot on it last night carrying his cab down and only just managed
not to go down the whole flight. The light on that stairwell is out as
well, so you can't really see it.

Could someone fix it, or at least tape it off, before the weekend?
Lots of people carry heavy gear on those stairs.

Mia"""),
("en", "b92-delivery-rear-church-hall", "Rev. Paul Adeyemi <paul.adeyemi@example.org>", "Saturday - order 7712", "general", "",
"""Good morning,

For the PA delivery on Saturday morning, please come to the rear
entrance of St Columba's church hall on Elm Road, not the front of the
church - there's a wedding on at 11. The double doors by the bins are
the loading entrance and there's room for a van to pull in. Our
caretaker, Geoff, will be there from 8am, mobile 07700 900662.

With thanks,
Paul"""),
("en", "b92-karaoke-sweet-sixteen-age", "Jenna Morales <jenna.morales@example.com>", "age limit?", "general", "",
"""Hi! My daughter wants to do karaoke for her 16th with about 8
friends. Are under-18s allowed in the private rooms at all, and if so
until what time? I'd be there too. Do you do food or is it drinks
only?"""),
("en", "b92-hello-viewing-platform-mum", "Sunita Patel <sunita.patel@example.co.uk>", "Hello", "general", "",
"""Hello, my mum is coming with us on the Saturday of the festival. She
can walk short distances but can't stand for long. Is there a viewing
platform or seating area near the main stage, and does she need to
register for it in advance? Can one of us go up with her?

Thank you
Sunita"""),
("en", "b92-re-order-40417-still-preparing", "Connor Walsh <connor.walsh@example.com>", "Re: Order 40417 confirmed", "general", "",
"""Hi, it's been 2 weeks since this and the order still says
"preparing". The album came out on the 8th. Any idea when it'll
actually ship? Not cancelling, just want a rough date.

Connor

> Thanks for your order!
> Order 40417
> 1 x Coastlines LP (indie store exclusive, blue vinyl)
> We'll email you again when your order has shipped."""),
("en", "b92-glass-family-field-play-area", "Rachel Kim <rachel.kim@example.co.uk>", "Family field", "general", "high",
"""Hello,

I'm at the festival now, in the family camping field. There's broken
glass all over the grass in the little play area next to the toilets -
looks like someone smashed a few bottles there last night. Kids are
running around barefoot. I told one of the stewards but nobody has come
and that was an hour ago.

Rachel (pitch F-22)"""),
# ---------------- Greek ----------------
("el", "b92-metapolisi-idi-skanarismena", "Κατερίνα Λιάπη <katerina.liapi@example.gr>", "Εισιτήρια από μεταπώληση", "billing", "",
"""Καλησπέρα σας,

Στις 3 Ιουνίου αγόρασα μέσω της πλατφόρμας σας δύο εισιτήρια για τη
συναυλία στο Θέατρο Πέτρας, 45€ το ένα συν 6,80€ προμήθεια. Στην
είσοδο μας είπαν ότι τα barcode είχαν ήδη σκαναριστεί και δεν μας
άφησαν να μπούμε. Ο πωλητής δεν απαντά ούτε στα μηνύματα.

Πληρώσαμε 96,80€ για να γυρίσουμε σπίτι. Σας παρακαλώ να μου
επιστρέψετε τα χρήματα, όπως αναφέρει η «εγγύηση αγοραστή» στη σελίδα
σας.

Με εκτίμηση,
Κατερίνα Λιάπη"""),
("el", "b92-gl-vraxioli-diplh-xrewsh", "Stathis <stathis.r@example.gr>", "xrewsh", "billing", "",
"""Geia sas, sto festival sto Gkazi to Savvato vradi phra ena pothri
krasi 7e apo to mpar dipla sth mikrh skhnh kai sto app vlepw 2
xrewseis twn 7e me diafora 1 leptou. To vraxioli to akoumphsa mia fora
mono. Mporeite na mou gyrisete ta 7e pisw sto ypoloipo?
Kwdikos vraxioliou 4F-22918

Eyxaristw,
Stathis"""),
("el", "b92-oikogeneiako-kori-pantreftike", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Οικογενειακό πακέτο", "billing", "",
"""Καλημέρα,

Η κόρη μου παντρεύτηκε τον Σεπτέμβριο και μένει πια με τον άντρα της
στη Λάρισα, έχουν δικό τους λογαριασμό. Στο οικογενειακό πακέτο έχω
μείνει μόνο εγώ, οπότε δεν έχει νόημα να πληρώνω 16,99€ τον μήνα.
Θα ήθελα να περάσω στο ατομικό από τον επόμενο μήνα. Μπορείτε να το
κάνετε εσείς; Στην εφαρμογή δεν το βρίσκω.

Ευχαριστώ,
Σοφία Καραγιάννη"""),
("el", "b92-timologio-diskoi-kafe-bar", "Γιάννης Ρήγας <vinylio.cafe@example.gr>", "Τιμολογιο για δισκους", "billing", "",
"""Καλησπερα,

Αγορασαμε χθες απο το καταστημα στο Μοναστηρακι 14 δισκους βινυλιου
για το καφε-μπαρ μας (συνολο 312€, πληρωμη με καρτα). Μας δωσατε
αποδειξη λιανικης, αλλα χρειαζομαστε τιμολογιο.

Στοιχεια:
ΒΙΝΥΛΙΟ ΚΑΦΕ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Α' Αθηνων
Ερμου 120, Αθηνα

Μπορειτε να το στειλετε σε αυτο το email;

Ευχαριστω,
Γιαννης Ρηγας"""),
("el", "b92-provothirio-xreosi-akyrosis", "Νίκος Φραγκιαδάκης <nikos.fragk@example.gr>", "Χρέωση ακύρωσης", "billing", "",
"""Γεια σας,

Είχαμε κλείσει το στούντιο 1 για Πέμπτη 19:00-22:00 και το ακυρώσαμε
τη Δευτέρα μέσω της φόρμας σας. Σήμερα είδα ότι η κάρτα χρεώθηκε 18€,
δηλαδή τη μισή πρόβα. Στους όρους σας γράφει ότι η ακύρωση έως 48 ώρες
πριν είναι δωρεάν - εμείς ακυρώσαμε τρεις μέρες πριν. Μπορείτε να το
κοιτάξετε;

Νίκος, μπάντα «Οι Λαθρεπιβάτες»"""),
("el", "b92-eggyisi-ixitika-synigoros", "Παύλος Τσιρίγος <pavlos.tsirigos@example.gr>", "Εγγύηση ενοικίασης - αρ. 2291", "billing", "high",
"""Κύριοι,

Στις 2 Αυγούστου νοίκιασα από το κατάστημά σας στη Θεσσαλονίκη δύο
ηχεία και μία κονσόλα για το γλέντι του γάμου του αδελφού μου, με
εγγύηση 400€. Τα επέστρεψα στις 4 Αυγούστου στην ώρα τους, ο
υπάλληλός σας τα έλεγξε μπροστά μου και υπέγραψε ότι είναι εντάξει.

Έχει περάσει ένας μήνας και η εγγύηση δεν έχει επιστραφεί. Στο
τηλέφωνο μου λένε κάθε φορά «θα το δει το λογιστήριο».

Αν μέσα σε 10 ημέρες δεν δω τα 400€ στον λογαριασμό μου, θα υποβάλω
αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία
Εμπορίου.

Παύλος Τσιρίγος"""),
("el", "b92-gl-festival-kaswnas-trapeza", "Mixalis Daskalakis <m.daskalakis@example.gr>", "akyrwsh logw kaswna", "billing", "high",
"""Kalhspera. H deuterh mera tou festival akyrw8hke logw kaswna (to
katalabainw, kanena problhma me auto). Eipate oti 8a epistrafoun ta
xrhmata se 30 meres. Perasan 2 mhnes. 3 eishthria x 39e = 117e. Exw
steilei 4 email, kamia apanthsh.

An den ginei h epistrofh mexri thn Paraskeuh, anoigw amfisbhthsh
xrewshs sthn trapeza mou kai telos.

Mixalhs Daskalakis
Hrakleio"""),
("el", "b92-gl-karaoke-happy-hour-diafora", "Eleni P. <eleni.p92@example.gr>", "logariasmos", "billing", "",
"""Geia sas, htan thn Tetarth sto karaoke stis 7:30 me 5 files mou. H
istoselida sas grafei happy hour 6-9 me kokteil 5e. Mas xrewsate 8e to
ka8ena, 6 kokteil = 48e anti gia 30e. H kopela sto tameio eipe oti to
happy hour isxyei mono sto bar kai oxi sta dwmatia, alla auto den to
grafei pouthena. Mporoume na paroume pisw th diafora? Exw thn
apodeixh.

Eleni"""),
("el", "b92-re-syndromi-ananeothike-akyrosa", "Άρης Παπαδόγιαννης <aris.papadogiannis@example.gr>", "Re: Η συνδρομή σας ανανεώθηκε", "billing", "",
"""Δεν έπρεπε να ανανεωθεί. Την ακύρωσα στις 28 Φεβρουαρίου από τις
ρυθμίσεις και έχω και το email επιβεβαίωσης. Παρακαλώ επιστρέψτε μου
τα 59,99€.

Άρης Παπαδόγιαννης

> Αγαπητέ Άρη,
> Η ετήσια συνδρομή σας Premium ανανεώθηκε επιτυχώς.
> Ποσό: 59,99€
> Επόμενη ανανέωση: 15/03
> Ευχαριστούμε που μας προτιμάτε!"""),
("el", "b92-gl-fantaros-pagwma-club", "Thanos Ioannou <thanos.ioannou@example.gr>", "syndromh diskwn", "billing", "",
"""Kalhmera paidia, phra xarti, paw fantaros ton Martio, 9 mhnes sthn
Ksan8h. Den 8elw na kopsw to club tou mhna gt exw parei ta pio spania
pressings apo sas, alla den ginetai na erxontai diskoi sto spiti pou
den 8a eimai kai na plhrwnw 25e to mhna. Mporeite na to pagwsete mexri
ton Dekembrh?

Thanos"""),
("el", "b92-pikap-atokes-doseis", "Μαρίνα Κ. <marina.k@example.gr>", "Δόσεις", "billing", "",
"""Καλησπέρα, ενδιαφέρομαι για το πικάπ με τον ενσωματωμένο προενισχυτή
που έχετε στα 489€. Αν το παραγγείλω από το site, μπορώ να το πληρώσω
με πιστωτική σε άτοκες δόσεις; Και σε πόσες; Ή ισχύει μόνο στο
κατάστημα;

Ευχαριστώ,
Μαρίνα"""),
("el", "b92-dorokarta-eliksi", "Χρύσα Ντόκου <chrysa.ntokou@example.gr>", "Δωροκαρτα", "billing", "",
"""Γεια σας, μου χαρισαν στα γενεθλια μου μια δωροκαρτα 50€ για το
δισκαδικο σας. Σημερα που πηγα να την χρησιμοποιησω μου ειπαν οτι
ισχυει 6 μηνες απο την αγορα και εληξε πριν μια εβδομαδα. Δεν το
γραφει πουθενα πανω στην καρτα. Υπαρχει περιπτωση να την ανανεωσετε;

Χρυσα"""),
("el", "b92-metathesi-synavlias-ypeythynos", "Βασίλης Αντωνόπουλος <vasilis.antonopoulos@example.gr>", "Αίτημα επιστροφής #88102 - ζητώ υπεύθυνο", "billing", "high",
"""Η συναυλία στο ΟΑΚΑ μετατέθηκε από 14 Ιουνίου σε 20 Σεπτεμβρίου. Οι
όροι σας λένε ότι σε αλλαγή ημερομηνίας δικαιούμαι επιστροφή. Ζήτησα
επιστροφή για τα 4 εισιτήρια (220€ + 18€ προμήθειες) στις 16 Ιουνίου.

Μέχρι σήμερα έχω λάβει τρεις διαφορετικές απαντήσεις από τρεις
διαφορετικούς συναδέλφους σας: ότι η επιστροφή «εγκρίθηκε», ότι
«εκκρεμεί από τον διοργανωτή» και ότι «δεν δικαιούστε τις προμήθειες».

Δεν θέλω άλλη έτοιμη απάντηση. Ζητώ να με καλέσει ο υπεύθυνος του
τμήματος εξυπηρέτησης πελατών.

Βασίλης Αντωνόπουλος"""),
("el", "b92-gl-foititiki-timi-provwn", "Antonis <ant.kal@example.gr>", "timh", "billing", "",
"""Geia, eimaste 4 foithtes kai ftiaxnoume mpanta, 8eloume na kanoume
provh 2 fores thn evdomada. Exete foithtikh timh h kapoio paketo me
wres? 12e thn wra einai ligo tsimpimeno gia mas. Plhrwnete kai me
IRIS?

Ant."""),
("el", "b92-gl-android-auto-0-00", "Petros Vlachos <petros.vlachos@example.gr>", "Android Auto", "technical", "",
"""Kalhspera, apo thn teleutaia enhmerwsh ths efarmoghs den paizei
tipota sto autokinhto. Sto Android Auto vlepw tis listes, patame play
kai to tragoudi menei sto 0:00. Sto kinhto (Samsung A54) paizei
kanonika. To amaxi einai Yaris tou 2021. Ekana epanekkinhsh kai sta
dyo, tipota.

Petros"""),
("el", "b92-vraxioli-den-diavazetai-oxi-xreosi", "Κώστας Μαυρίδης <kostas.mavridis@example.gr>", "Βραχιόλι cashless", "technical", "",
"""Καλησπέρα,

Να ξεκαθαρίσω από την αρχή: δεν έχω κανένα θέμα με χρεώσεις ή
υπόλοιπο, τα λεφτά είναι εκεί, τα βλέπω στην εφαρμογή (42€).

Το θέμα είναι ότι το βραχιόλι δεν διαβάζεται στα μηχανήματα των μπαρ.
Χθες βράδυ δοκίμασα σε τρία διαφορετικά μπαρ και βγάζει «Άγνωστη
κάρτα». Μου είπαν να πάω στο info point αλλά η ουρά ήταν μία ώρα.
Υπάρχει κάτι που μπορώ να κάνω από την εφαρμογή πριν από απόψε;

Κώστας Μαυρίδης"""),
("el", "b92-gl-karaoke-bar-systhma-kollaei", "Giwrgos Tsakiris <info@micdrop-thess.example>", "pali ta idia", "technical", "high",
"""Kalhspera sas. Grafw apo to Mic Drop Karaoke sth Thessalonikh. Edw
kai 3 vradia to programma me ta tragoudia kollaei ka8e 20-30 lepta, oi
o8ones mauroun kai prepei na kanoume restart olo to systhma pou 8elei
10 lepta. Thn Paraskeuh fygan 2 parees prin teleiwsoun, to Savvato
gyrisame lefta se ena genethliako, kai apopse exoume kleismena kai ta
6 dwmatia.

Xreiazomai texniko SHMERA, oxi aurio. 2310 555018

Giwrgos Tsakiris"""),
("el", "b92-kinoumeni-kefali-spinthires", "Ελένη Σταθοπούλου <eleni.stathopoulou@example.gr>", "Φωτιστικό από την ενοικίαση του Σαββάτου", "technical", "high",
"""Καλημέρα σας,

Για ενημέρωση: από τα 4 κινούμενα φωτιστικά (moving heads) που
νοικιάσαμε για την παράσταση του Σαββάτου, το ένα, με αριθμό ΦΩ-07,
άρχισε να βγάζει μικρές σπίθες από το σημείο όπου μπαίνει το καλώδιο
ρεύματος, λίγο μετά το άναμμα. Το βγάλαμε αμέσως από την πρίζα και δεν
το ξαναχρησιμοποιήσαμε. Το φέραμε πίσω χθες μαζί με τα υπόλοιπα και το
σημαδέψαμε με κόκκινη ταινία.

Δεν έγινε κάποια ζημιά, αλλά καλό θα ήταν να ελεγχθεί πριν δοθεί σε
άλλον.

Με εκτίμηση,
Ελένη Σταθοπούλου
Θεατρική Ομάδα «Σκηνή 9»"""),
("el", "b92-sms-kodikos-den-erxetai", "Δημήτρης Αλεξίου <d.alexiou@example.gr>", "Συνδεση", "technical", "",
"""Καλησπερα. Αλλαξα κινητο αλλα κρατησα τον ιδιο αριθμο. Απο τοτε,
οταν μπαινω στον λογαριασμο μου στο site με τα εισιτηρια, ζηταει
κωδικο με SMS και το SMS δεν ερχεται ποτε. Πατησα «Αποστολη ξανα»
καμια δεκαρια φορες. Τα εισιτηρια για το Σαββατο ειναι μεσα στον
λογαριασμο.

Δημητρης Αλεξιου"""),
("el", "b92-pikap-45-strofes-den-allazei", "Λευτέρης Χατζής <lefteris.chatzis@example.gr>", "Πικάπ", "technical", "",
"""Καλησπέρα, πήρα από το κατάστημά σας πριν από δύο εβδομάδες το πικάπ
που μου είπατε ότι είναι καλό για αρχάριους. Στις 33 στροφές παίζει
μια χαρά. Όταν γυρίζω τον διακόπτη στις 45, η πλάκα συνεχίζει να
γυρίζει στις 33 και τα σινγκλάκια μου ακούγονται σαν σε αργή κίνηση.

Δεν θέλω να το αλλάξω, μου αρέσει πολύ. Μήπως υπάρχει κάποια ρύθμιση
στον ιμάντα ή κάτι που δεν κάνω σωστά;

Λευτέρης"""),
("el", "b92-gl-enisxyths-mpasou-studio2", "Fanis <fanis.frontiernoise@example.gr>", "studio 2", "technical", "",
"""Geia sas, o enisxyths tou mpasou sto studio 2 bgazei ena dynato
bzzzz molis anoigei, akoma kai me to volume sto 0. Kai otan paizeis
xamhles notes trizei to hxeio. Htan etsi kai thn prohgoumenh
evdomada, to eipame kai sto paidi sth reception. Erxomaste pali
Tetarth, an ginetai na to koitaksete.

Fanis (Frontier Noise)"""),
("el", "b92-epilogi-theseon-kollaei", "Αγγελική Ζαφειρίου <angeliki.zafeiriou@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπέρα. Προσπαθώ από το πρωί να κλείσω θέσεις για τη συναυλία στο
Ηρώδειο. Στο βήμα «Επιλογή θέσεων» ο χάρτης της πλατείας δεν φορτώνει
ποτέ, μένει ο κύκλος που γυρίζει. Το δοκίμασα από υπολογιστή (Firefox
και Chrome) και από το κινητό. Στο ταμείο μού είπαν να το κάνω online.
Τι να κάνω;

Αγγελική Ζαφειρίου"""),
("el", "b92-konsola-plateia-giorti-dimou", "Τμήμα Πολιτισμού <politismos@dimos-akrogialias.example>", "Κονσόλα - γιορτή πλατείας απόψε", "technical", "high",
"""Κύριοι,

Η ψηφιακή κονσόλα που νοικιάσαμε για τη γιορτή του Δήμου στην κεντρική
πλατεία έκλεισε μόνη της δύο φορές μέσα στα τελευταία 40 λεπτά. Κάθε
φορά ξανανοίγει σε 3 λεπτά, αλλά χάνει όλες τις ρυθμίσεις και η
ορχήστρα μένει χωρίς ήχο μπροστά σε περίπου 2.000 κόσμο. Το πρόγραμμα
συνεχίζεται μέχρι τις 00:30.

Χρειαζόμαστε αντικατάσταση ή τεχνικό στο σημείο το συντομότερο. Ο
ηχολήπτης μας, Στέλιος, είναι στο 6970 000123.

Τμήμα Πολιτισμού
Δήμος Ακρογιαλιάς"""),
("el", "b92-gl-powerbank-foyskwse", "Natalia K. <natalia.k@example.gr>", "powerbank apo to festival", "technical", "high",
"""Kalhmera. Nikiasa ena powerbank apo to stand sthn eisodo tou festival
(to kokkino me to logo sas), 5e thn mera. To prwi mesa sth skhnh to
vrhka fouskwmeno, to plastiko eixe anoiksei sth mia akrh kai kaige toso
pou den mporouses na to krathseis. To evgala eksw kai to afhsa sto
xwma makria apo ta pragmata mas. Ti na to kanw? Kai mhpws na
koitaksete kai ta ypoloipa pou dinete?

Natalia"""),
("el", "b92-epeigon-kleidothike-logariasmos", "Μαρία Σ. <maria.s.music@example.gr>", "ΕΠΕΙΓΟΝ", "technical", "",
"""ΕΠΕΙΓΟΝ!!! Μου κλειδωσε ο λογαριασμος στην εφαρμογη μουσικης επειδη
εβαλα λαθος κωδικο 5 φορες και λεει «Δοκιμαστε ξανα σε 24 ωρες». Δεν
μπορω να περιμενω 24 ωρες, αυριο φευγω ταξιδι και θελω να κατεβασω
τις λιστες μου. Ξεκλειδωστε τον σας παρακαλω.

Μαρια"""),
("el", "b92-stixoi-den-emfanizontai-ipad", "Ρένα Γεωργίου <rena.georgiou@example.gr>", "Στίχοι", "technical", "",
"""Γεια σας, εδώ και μια εβδομάδα δεν εμφανίζονται οι στίχοι σε κανένα
τραγούδι, ούτε σε αυτά που τους έβλεπα πριν. Γράφει «Οι στίχοι δεν
είναι διαθέσιμοι». iPad, τελευταία έκδοση. Η κόρη μου στο δικό της
κινητό, στο ίδιο οικογενειακό πακέτο, τους βλέπει κανονικά.

Ρένα"""),
("el", "b92-karaoke-ixeio-triti-episkevi-ypeythynos", "Θεόδωρος Μπαλτάς <theodoros.baltas@example.gr>", "Τρίτη φορά στο σέρβις", "technical", "high",
"""Κύριοι,

Το σύστημα καραόκε για το σπίτι (ηχείο με δύο ασύρματα μικρόφωνα) που
αγόρασα τον Νοέμβριο πηγαίνει για τρίτη φορά για επισκευή. Και τις
τρεις φορές το ίδιο πρόβλημα: τα μικρόφωνα χάνουν τη σύνδεση μετά από
5-10 λεπτά. Και τις τρεις φορές μου το επέστρεψαν με την ένδειξη
«έγινε έλεγχος, λειτουργεί κανονικά», και την ίδια μέρα ξανάρχισε.

Δεν θέλω να μιλήσω ξανά με το ίδιο γραφείο. Ζητώ να με καλέσει ο
διευθυντής του σέρβις ή κάποιος υπεύθυνος που μπορεί να αποφασίσει τι
θα γίνει.

Θεόδωρος Μπαλτάς"""),
("el", "b92-gl-bravo-ston-hxolhpth", "Dimitra & Sakis <dimitra.sakis@example.gr>", "bravo", "general", "",
"""8elw na pw ena megalo mpravo ston hxolhpth sas (nomizw Lefteris
legetai) sto live ths Pempths sto Gkazi. O hxos htan fwtia, h mpanta
ta espase kai o kosmos trelathike. Exoume er8ei se polla live ekei kai
pote den akougotan toso ka8ara. Na ton kratate!

Dimitra & Sakis"""),
("el", "b92-ksexasame-piatinia-studio3", "Αλέξης Ρούσσος <alexis.roussos@example.gr>", "Ξεχάσαμε κάτι στο στούντιο 3", "general", "",
"""Καλημέρα, χθες βράδυ (πρόβα 21:00-24:00, στούντιο 3) ο ντράμερ μας
ξέχασε μια μαύρη θήκη με δύο πιατίνια, ένα ride 20 ιντσών και ένα
crash 16 ιντσών. Τα έχει βρει κάποιος; Μπορώ να περάσω να τα πάρω
σήμερα μετά τις 6;

Αλέξης Ρούσσος"""),
("el", "b92-kathara-deftera-orario", "Σταύρος Μ. <stavros.m@example.gr>", "Ωραριο", "general", "",
"""Καλησπερα, ειστε ανοιχτα την Καθαρα Δευτερα; Και αν ναι τι ωρα; Θελω
να περασω με τον γιο μου που εχει ερθει απο Γερμανια.

Ευχαριστω
Σταυρος"""),
("el", "b92-allagi-dieythynsis-patra", "Ιφιγένεια Λαμπροπούλου <ifigeneia.l@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα σας,

Παρακαλώ να αλλάξετε τη διεύθυνση αποστολής στον λογαριασμό μου. Η νέα
διεύθυνση είναι:

Αγίου Νικολάου 18, 3ος όροφος
26221 Πάτρα

Το τηλέφωνο παραμένει το ίδιο.

Ευχαριστώ,
Ιφιγένεια Λαμπροπούλου"""),
("el", "b92-diagrafi-dedomenon-gkpd", "Απόστολος Κουτσούμπας <a.koutsoumpas@example.gr>", "Διαγραφη δεδομενων", "general", "",
"""Κυριοι,

Συμφωνα με τον Γενικο Κανονισμο Προστασιας Δεδομενων ζητω τη διαγραφη
ολων των προσωπικων μου δεδομενων απο τα συστηματα σας, καθως και τη
διαγραφη μου απο ολες τις λιστες ενημερωτικων email. Δεν εχω
εκκρεμεις παραγγελιες.

Παρακαλω επιβεβαιωστε εγγραφως.

Απ. Κουτσουμπας"""),
("el", "b92-gl-syllogos-panhgyri-fwta", "Vaggelis Papadopoulos <syllogos.kastanies@example.gr>", "panhgyri", "general", "",
"""Kalhspera sas. Eimai apo ton Politistiko Syllogo tou xwriou mas stis
Kastanies Evrou. Kanoume ka8e Augousto to panhgyri ths Panagias kai
fetos 8eloume na kanoume kai mia synaulia me ta paidia tou xwriou.
Mhpws 8a mporousate na mas xorhghsete h na mas daneisete kapoia fwta
gia th skhnh? Sas vazoume sthn afisa kai sto programma.

Me ektimhsh,
Vaggelis Papadopoulos
Proedros"""),
("el", "b92-security-sproxe-gio-ypeythynos", "Χαρίκλεια Νικολαΐδου <chariklia.nikolaidou@example.gr>", "Συμπεριφορά προσωπικού ασφαλείας", "general", "high",
"""Κύριοι,

Την Παρασκευή, στην έξοδο του φεστιβάλ προς το πάρκινγκ, ένας από τους
security σας έσπρωξε τον 17χρονο γιο μου πάνω στα κάγκελα επειδή, όπως
είπε, «στεκόταν εκεί που δεν έπρεπε». Ο γιος μου περίμενε εμένα, όπως
είχαμε συμφωνήσει. Όταν πήγα να ρωτήσω τι έγινε, μου μίλησε με
απαράδεκτο τρόπο μπροστά σε δεκάδες ανθρώπους.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος του φεστιβάλ ή της εταιρείας
φύλαξης. Όχι άλλο τυποποιημένο email.

Χαρίκλεια Νικολαΐδου"""),
("el", "b92-exodos-kindynou-alysida-karaoke", "Ανδρέας Βλάχος <andreas.vlachos@example.gr>", "Εξοδος κινδυνου", "general", "high",
"""Καλησπερα,

Ημουν χθες το βραδυ στο καραοκε σας στην Καλλιθεα, στον πανω οροφο με
τα δωματια. Η πορτα της εξοδου κινδυνου στο τελος του διαδρομου ηταν
δεμενη με αλυσιδα και λουκετο, και μπροστα της ειχαν στοιβαξει
κιβωτια με μπουκαλια. Ο διαδρομος ηταν γεματος κοσμο. Αν γινοταν
κατι, δεν υπηρχε αλλος δρομος να βγεις εκτος απο τη σκαλα.

Το ειπα στη σερβιτορα και γελασε. Παρακαλω να το δει καποιος σημερα.

Ανδρεας Βλαχος"""),
("el", "b92-gl-paradosh-diskwn-periptero", "Nektarios <nektarios.g@example.gr>", "paraggelia 30451", "general", "",
"""Geia sas, gia thn paraggelia 30451 (3 diskoi) den eimai spiti tis
prwines wres. Mporei o courier na thn afhsei sto periptero sth gwnia
(ston kyr Bamph, ton kserei olh h geitonia) h na xtyphsei sto 1o,
sthn kyria Toula? Kalytera na mhn thn afhsei sthn eisodo giati exei
broxh.

Euxaristw,
Nektarios"""),
("el", "b92-festival-skines-plirofories", "Μυρτώ Δήμου <myrto.dimou@example.gr>", "Πληροφορίες για κάμπινγκ", "general", "",
"""Γεια σας! Θα έρθουμε στο φεστιβάλ με μια παρέα από τον Βόλο.
Υπάρχει χώρος για σκηνές κοντά στον χώρο του φεστιβάλ; Υπάρχουν
ντουζ; Και μπορούμε να φέρουμε δικό μας φαγητό στο κάμπινγκ;

Ευχαριστούμε πολύ!
Μυρτώ"""),
("el", "b92-diko-mas-mikrofono-karaoke", "Ρούλα Τζαννέτου <roula.tz@example.gr>", "Ερωτηση", "general", "",
"""Καλησπερα, μπορουμε να φερουμε το δικο μας μικροφωνο στο δωματιο; Η
φιλη μου τραγουδαει επαγγελματικα και προτιμαει το δικο της. Και κατι
αλλο, εχετε και ελληνικα τραγουδια στη λιστα ή μονο ξενα;

Ευχαριστω,
Ρουλα"""),
("el", "b92-re-kratisi-ekfortosi-exarcheia", "Στράτος Μηλιώτης <stratos.miliotis@example.gr>", "Re: Επιβεβαίωση κράτησης - Στούντιο 4, Σάββατο 11:00", "general", "",
"""Ευχαριστώ. Έρχομαι με βανάκι γιατί φέρνουμε δικό μας ενισχυτή και
ντραμς. Υπάρχει κάπου να σταματήσω για να ξεφορτώσω; Ο δρόμος σας
στα Εξάρχεια είναι πάντα γεμάτος.

Στράτος

> Η κράτησή σας επιβεβαιώθηκε.
> Στούντιο 4, Σάββατο 11:00-14:00
> Παρακαλούμε να βρίσκεστε εκεί 10 λεπτά νωρίτερα."""),
("el", "b92-gl-ypallhlos-eirwneia", "Georgia M. <georgia.m@example.gr>", "sto magazi", "general", "",
"""Geia sas. Hr8a xtes sto magazi sto Monastiraki na zhthsw enan disko
(ena album tou Xatzidakh gia ton patera mou) kai o ypallhlos me ta
tatouaz arxise na kanei plaka me tous filous tou gia to ti akouw, kai
meta mou eipe na to psaksw monh mou sta koutia sto vathos. Den einai
tropos autos. Den 8elw kati, apla na to kserete.

Georgia"""),
# ---------------- Spanish ----------------
("es", "b92-boletos-reventa-cargo-servicio", "Alejandra Ríos <alejandra.rios@example.com.mx>", "Cargos", "billing", "",
"""Buenas tardes,

Compré 2 boletos en su sitio de reventa para el concierto del sábado en
el Foro Sol. El precio publicado era de $1,850 MXN cada uno y al final
me cobraron $4,612 MXN. ¿Me pueden desglosar qué es cada cargo? En
ningún lado decía que el cargo por servicio era de casi 18%.

Saludos,
Alejandra Ríos"""),
("es", "b92-pulsera-saldo-sobrante", "Javi Morcillo <javimorcillo@example.es>", "saldo pulsera", "billing", "",
"""Hola, estuve en el festival el finde pasado y me sobraron 31,50 EUR en
la pulsera cashless. Como pido que me lo devolvais? Y cobrais alguna
comision por la devolucion? Lo digo porque un amigo dice que le
quitaron 2 euros.

Gracias
Javi"""),
("es", "b92-plan-familiar-viejo-mendoza", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Plan familiar", "billing", "",
"""Hola, qué tal. Mi viejo se fue a vivir a Mendoza con su pareja y ya se
armó su propia cuenta, así que no tiene sentido que siga en nuestro
plan familiar. Quedamos mi hermana y yo nomás. ¿Nos conviene pasar al
plan Dúo? ¿Cuánto sale? Hoy estamos pagando $8.999 por mes.

Si pueden hacer el cambio desde el próximo mes, mejor.

Gracias!
Lucas"""),
("es", "b92-vinilo-repetido-ticket-regalo", "Marta Albiol <marta.albiol@example.es>", "Cambio de un vinilo", "billing", "",
"""Buenos días:

Me regalaron por mi cumpleaños un vinilo comprado en su tienda de
Ruzafa, pero resulta que ya lo tenía. Está sin abrir y tengo el ticket
regalo. ¿Puedo cambiarlo por otro disco de precio parecido o que me
devuelvan el importe en una tarjeta regalo? No sé si hay plazo.

Un saludo,
Marta"""),
("es", "b92-deposito-sonido-quince-sic", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Depósito alquiler de sonido - reclamo", "billing", "high",
"""Señores:

El 6 de abril alquilé con ustedes un equipo de sonido y luces para los
quince años de mi hija en Chía, con un depósito de $800.000 COP. El
equipo se devolvió el 7 de abril completo y sin daños, y su técnico
firmó el acta de entrega.

Han pasado seis semanas y el depósito no aparece. Me dicen que "está en
trámite" cada vez que llamo.

Si en cinco días hábiles no tengo el dinero de vuelta, presentaré una
queja formal ante la Superintendencia de Industria y Comercio.

Atentamente,
Andrés Felipe Cárdenas"""),
("es", "b92-concierto-cancelado-contracargo-profeco", "Verónica Salgado <vero.salgado@example.com.mx>", "Orden 55-39021", "billing", "high",
"""El concierto del 14 en Monterrey se canceló y ustedes mismos anunciaron
reembolso automático en 10 días hábiles. Ya van 35 días. Pagué
$3,480 pesos por 2 boletos con mi tarjeta de crédito.

Ya levanté una queja en Profeco y mañana le pido al banco el
contracargo si no veo el reembolso hoy. No me vuelvan a mandar la misma
respuesta automática.

Verónica Salgado"""),
("es", "b92-factura-asociacion-cultural-cif", "Asociación Cultural La Trastienda <latrastienda@example.es>", "Factura ensayos marzo", "billing", "",
"""Hola,

Somos la Asociación Cultural La Trastienda (CIF G-00000000, C/ Doctor
Cerrada 14, 50005 Zaragoza). Durante marzo hemos usado la sala grande
los martes y jueves y lo hemos ido pagando con tarjeta. ¿Nos podéis
hacer una única factura a nombre de la asociación con el total del
mes? La necesitamos para justificar una subvención.

Gracias,
Pilar Gimeno (tesorera)"""),
("es", "b92-karaoke-cobraron-dos-horas", "Sergio Castaño <sergio.castano@example.es>", "Reserva del viernes", "billing", "",
"""Buenas, el viernes estuvimos en la sala 3 del karaoke de 22:00 a 23:00
(una hora, que es lo que reservamos), pero en la tarjeta me han cargado
dos horas, 90 € en vez de 45 €. En el local nos dijeron que lo
miraríamos por email. ¿Me devolvéis la diferencia?

Sergio"""),
("es", "b92-club-vinilos-congelar-sin-pega", "Camila Soto <camila.soto@example.cl>", "membresía", "billing", "",
"""Hola, quedé sin pega hace un mes y ando corta de lucas. No quiero
darme de baja del club de vinilos porque me encanta, pero ¿se puede
congelar la membresía unos tres meses? Pago $19.990 al mes. Cuando
vuelva a trabajar la reactivo altiro.

Gracias!
Cami"""),
("es", "b92-re-suscripcion-renovada-di-de-baja", "Ignacio Bermejo <ignacio.bermejo@example.es>", "Re: Tu suscripción se ha renovado", "billing", "",
"""Esto es un error. Di de baja la suscripción en enero desde la web y
recibí el correo de confirmación (lo tengo). Os pido que anuléis este
cargo de 119,88 € y me lo devolváis.

Ignacio Bermejo

----- Mensaje original -----
> Hola, Ignacio:
> Tu suscripción anual Familiar se ha renovado automáticamente.
> Importe: 119,88 €
> Próxima renovación: 03/03
> Gracias por seguir con nosotros."""),
("es", "b92-sala-ensayo-pagar-bizum", "Rubén Olmedo <ruben.olmedo@example.es>", "Pago", "billing", "",
"""Hola, una pregunta rápida: ¿se puede pagar la sala de ensayo por
Bizum o solo con tarjeta en la web? Somos cuatro y nos resulta más
fácil que cada uno pague su parte. También quería saber si el bono de
10 horas caduca.

Gracias,
Rubén"""),
("es", "b92-recital-suspendido-supervisor", "Florencia Quiroga <flor.quiroga@example.com.ar>", "RECLAMO - devolución entradas recital suspendido", "billing", "high",
"""Hola. Hace tres meses que espero la devolución de las 4 entradas del
recital en Córdoba que se suspendió (orden 204-88713, $96.000 en
total). Hablé por chat con cinco personas distintas y cada una me dice
una cosa diferente: que ya está acreditado, que lo tiene que aprobar la
productora, que tengo que esperar 60 días más.

No quiero hablar más con el chat. Quiero que me llame un supervisor o
un responsable del área, con nombre y apellido, y que me diga una fecha
concreta.

Florencia Quiroga
Córdoba"""),
("es", "b92-madre-fallecida-cuenta-musica", "Ramón Estévez <ramon.estevez@example.es>", "Cuenta de mi madre", "billing", "",
"""Buenas tardes:

Mi madre, Carmen Estévez Rial, falleció el mes pasado. Tenía contratada
una suscripción de música con ustedes que se sigue cobrando en su
cuenta del banco (9,99 € al mes). Les ruego que la den de baja y que no
se hagan más cargos. Puedo enviarles el certificado de defunción si lo
necesitan.

Atentamente,
Ramón Estévez"""),
("es", "b92-cupon-descuento-no-aplica", "Diana Treviño <diana.trevino@example.com.mx>", "Cupón", "billing", "",
"""Hola! Me llegó por correo un cupón de 15% de descuento (VINILO15) por
mi cumpleaños, pero cuando lo pongo en el carrito me dice "cupón no
válido para estos productos". Estoy comprando dos LPs normales, nada en
preventa. ¿Me pueden ayudar o aplicar el descuento ustedes?

Diana"""),
("es", "b92-no-facturacion-carplay-no-suena", "Beatriz Lozano <beatriz.lozano@example.es>", "No es de facturación", "technical", "",
"""Hola,

Antes de que me reenvíen otra vez al departamento de pagos: NO es un
tema de facturación, pago mi suscripción sin problema.

Desde hace una semana la aplicación no suena en el coche con CarPlay.
Sale la carátula y la barra avanza, pero no se oye nada. La radio y
las llamadas sí se oyen. iPhone 14, iOS al día, app actualizada ayer.

Beatriz"""),
("es", "b92-pulsera-no-vincula-app", "Ulises Paredes <ulises.paredes@example.com.mx>", "pulsera", "technical", "",
"""Qué tal, ya me llegó la pulsera del festival por paquetería pero no la
puedo vincular en la app. Le doy en "Vincular pulsera", acerco el
celular y sale "No se detectó ningún chip NFC". Ya revisé que el NFC
esté prendido. Mi novia con el mismo modelo de celular sí pudo. ¿Qué
hago?

Ulises"""),
("es", "b92-karaoke-sistema-caido-sabado", "Karaoke Estrella <gerencia@karaokeestrella.example>", "Sábado", "technical", "high",
"""Buenos días,

El sábado a las 23:15 se cayó el sistema de canciones en las 7 salas a
la vez. Las pantallas se quedaron en negro y las tablets de las salas
no cargaban el catálogo. Llamamos al número de soporte y saltaba el
contestador.

Tuvimos que cerrar todas las salas, devolver el dinero de cuatro
reservas y aguantar a bastante gente enfadada en la barra. Hoy volvemos
a estar llenos y el sistema sigue arrancando a medias.

Necesito que alguien me llame esta mañana: 600 000 142.

Nuria Benlloch
Karaoke Estrella, Valencia"""),
("es", "b92-maquina-humo-chispas-ficha", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "Máquina de humo alquilada", "technical", "high",
"""Hola, les aviso para que la revisen. La máquina de humo que les
alquilamos para la obra del sábado (la que tiene la etiqueta M-04)
empezó a largar chispitas por el enchufe a los diez minutos de
prenderla, y se sentía olor a quemado. La desenchufamos y no la usamos
más. Ya se las devolvimos con una nota pegada.

Nadie se lastimó, pero mejor que no se la den a otro así.

Saludos,
Tomás Aguirre
Grupo de Teatro El Galpón"""),
("es", "b92-usuario-bloqueado-entradas", "Lorena Vidal <lorena.vidal@example.es>", "No puedo entrar", "technical", "",
"""Hola, llevo dos días sin poder entrar en mi cuenta de la web de
entradas. Pongo mi correo y contraseña y sale "Usuario bloqueado por
seguridad". He cambiado la contraseña con el enlace del correo y sigue
saliendo lo mismo. Tengo ahí las entradas del concierto de junio.

Lorena"""),
("es", "b92-tocadiscos-brazo-no-baja", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Tocadiscos", "technical", "",
"""Buenas tardes. Compré el tocadiscos automático en su tienda de Medellín
hace tres semanas. Desde ayer, cuando le doy al botón de inicio, el
brazo se mueve hasta el borde del disco pero no baja, se queda ahí
flotando y luego vuelve solo a su sitio. Quiero aclarar que no quiero
devolverlo ni que me cambien nada, solo saber si es algún ajuste que
puedo hacer yo.

Mil gracias,
Camilo"""),
("es", "b92-app-cerradura-local-ensayo", "Dani Sáez <dani.saez@example.es>", "cerradura local 6", "technical", "",
"""Buenas, la app para abrir los locales no funciona con el local 6. Le
doy a "Abrir" y sale "Dispositivo fuera de linea". Los otros dias
abria bien. Hemos entrado porque justo salia otro grupo, pero a ver
como lo hacemos el jueves. Podeis mirarlo?

Dani (grupo Malaúva)"""),
("es", "b92-consola-rentada-evento-corporativo", "Producción <produccion@eventosaltamira.example>", "URGENTE consola - evento en curso", "technical", "high",
"""Estamos en pleno evento corporativo en el hotel de Santa Fe (300
invitados) y la consola digital que les rentamos se reinicia sola cada
10-15 minutos. Cuando se reinicia se pierden los micrófonos del
escenario y el director general estaba a media presentación. Ya
cambiamos el contacto eléctrico y sigue igual.

Necesitamos una consola de reemplazo o un técnico aquí en la próxima
hora. Llamen a Omar al 55 0000 4471.

Producción - Eventos Altamira"""),
("es", "b92-descargas-desaparecen-vuelo", "Elena Carrasco <elena.carrasco@example.es>", "Descargas", "technical", "",
"""Cada vez que me voy de viaje y pongo el móvil en modo avión, las listas
que había descargado desaparecen y la app me dice que no tengo conexión.
En casa con wifi aparecen como descargadas. Me ha pasado ya tres veces
este mes. Android, Xiaomi, espacio de sobra.

Elena"""),
("es", "b92-error-502-publicar-entradas", "Matías Fuentes <matias.fuentes@example.cl>", "no puedo publicar", "technical", "",
"""Hola, estoy tratando de publicar 2 entradas para el festival en la
sección de reventa y cuando le doy a "Publicar" me sale una página
blanca con "Error 502 Bad Gateway". Lo intenté ayer y hoy, desde el
notebook y desde el celular. El evento es en tres semanas.

Matías"""),
("es", "b92-amplificador-sala-olor-quemado", "Irene Velasco <irene.velasco@example.es>", "Sala 2", "technical", "high",
"""Hola,

Os escribo por lo que pasó anoche en la sala 2. A la media hora de
ensayo, el amplificador de guitarra de la sala empezó a oler a quemado y
salió un poco de humo por la rejilla de atrás. Lo apagamos y lo
desenchufamos enseguida, y abrimos la puerta para ventilar. No avisamos
a nadie porque ya no había nadie en recepción.

Lo dejamos desenchufado y con un papel encima que pone "NO USAR". Por
favor, revisadlo antes de que entre el siguiente grupo.

Irene"""),
("es", "b92-urgente-microfono-inalambrico", "Gustavo Peralta <gustavo.peralta@example.com.ar>", "URGENTE!!!", "technical", "",
"""URGENTE!!! El karaoke que les compré para casa no reconoce el segundo
micrófono inalámbrico. El primero anda bárbaro, el segundo prende la
luz azul pero no sale nada por el parlante. Ya le cambié las pilas. El
sábado es el cumple de mi señora y queremos hacer duetos!!

Gustavo"""),
("es", "b92-pantallas-karaoke-tercera-visita-responsable", "Txema Urkiza <txema@bardonosti.example>", "Tercera avería - quiero hablar con un responsable", "technical", "high",
"""Buenas,

Es la tercera vez en dos meses que falla el sistema de pantallas y
letras que nos instalasteis en el bar. Se desincronizan las letras de la
música y a los diez minutos se congela la imagen. Vuestro técnico ha
venido dos veces, ha reiniciado todo, ha dicho que ya estaba y a los
dos días lo mismo.

No quiero otra visita del mismo técnico. Quiero hablar con el
responsable del servicio técnico o con quien esté por encima, y que
alguien me explique qué vais a hacer.

Txema Urkiza
Bar Donosti"""),
("es", "b92-gracias-tecnico-sonido-bomba", "Paula Gallego <paula.gallego@example.es>", "Gracias!!", "general", "",
"""Solo queríamos daros las gracias, y en especial a Quique, el técnico
de sonido, por el concierto del viernes en la sala. Nos ayudó con todo
desde la prueba de sonido y el bolo fue una auténtica bomba. Mucha gente
nos ha dicho que nunca nos habían escuchado sonar tan bien.

Volveremos seguro.

Paula y Los Inquilinos"""),
("es", "b92-celular-perdido-festival", "Ximena Olvera <ximena.olvera@example.com.mx>", "Objeto perdido", "general", "",
"""Hola, buen día. Perdí mi celular el domingo en la noche en el festival,
creo que cerca de la zona de comida junto al escenario 2. Es un
iPhone azul con funda transparente y una foto de mi perrito atrás.
¿Alguien lo entregó? Dejo mi otro número: 55 0000 8812.

Gracias,
Ximena"""),
("es", "b92-horario-tienda-agosto", "Manolo Pineda <manolo.pineda@example.es>", "horario", "general", "",
"""Buenas, cerrais la tienda en agosto? El año pasado fui a mediados de
mes y estaba cerrado. Quiero pasarme con calma a mirar discos de jazz.

Un saludo, Manolo"""),
("es", "b92-cambio-mail-celular", "Agustina Benítez <agus.benitez@example.com.ar>", "Actualizar mis datos", "general", "",
"""Hola! Quería pedirles que actualicen mis datos. Mi mail nuevo es este
(agus.benitez@example.com.ar) y el celular nuevo es 11 0000-2231. El
mail viejo ya no lo uso más.

Gracias!
Agustina Benítez"""),
("es", "b92-supresion-datos-rgpd", "Fernando Lastra <fernando.lastra@example.es>", "Derecho de supresión", "general", "",
"""Muy señores míos:

En virtud del artículo 17 del RGPD, solicito la supresión de todos mis
datos personales de sus sistemas, incluidas las listas de envío de
publicidad y los datos de compras anteriores que no estén obligados a
conservar por ley.

Ruego me confirmen por escrito cuando se haya realizado.

Fernando Lastra Ruiz"""),
("es", "b92-patrocinio-festival-universitario", "Comité Festival Uniandes Sonoro <festival.sonoro@example.edu.co>", "Propuesta de patrocinio", "general", "",
"""Buenos días,

Somos estudiantes de la Universidad y estamos organizando la tercera
edición del Festival Sonoro, un encuentro de bandas universitarias que
se hará en octubre en Bogotá, con unos 1.500 asistentes.

Queríamos saber si su empresa estaría interesada en participar como
patrocinador, por ejemplo con equipo de luces para la tarima, a
cambio de presencia de marca en redes, afiches y en el escenario.
Podemos enviar el dossier completo.

Cordialmente,
Valentina Herrera
Coordinadora de alianzas"""),
("es", "b92-seguridad-expulsion-responsable", "Raquel Montoya <raquel.montoya@example.es>", "Lo que pasó en la puerta norte", "general", "high",
"""Buenas tardes,

El sábado, en la puerta norte del festival, uno de los vigilantes de
seguridad nos sacó a mi pareja y a mí del recinto agarrando a mi pareja
del brazo, sin explicarnos nada, delante de todo el mundo. Después otro
compañero suyo reconoció que se habían equivocado de personas, pero ya
no nos dejaron volver a entrar.

Quiero hablar con el responsable de seguridad del festival o con la
dirección. No me sirve una respuesta automática.

Raquel Montoya"""),
("es", "b92-barandal-terraza-karaoke", "Héctor Zamudio <hector.zamudio@example.com.mx>", "Barandal de la terraza", "general", "high",
"""Buenas noches,

Estuvimos hoy en su karaoke de la Roma y salimos un rato a la terraza
del segundo piso. El barandal del lado de la calle está flojo: se
mueve casi diez centímetros si te recargas, y uno de los tornillos de
la base está afuera. Había gente recargada ahí tomando. Es una caída
de dos pisos a la banqueta.

Le avisé al mesero pero no vi que hicieran nada. Por favor revísenlo
antes de abrir mañana.

Héctor Zamudio"""),
("es", "b92-entrega-equipo-masia-sin-numero", "Jordi Puigvert <jordi.puigvert@example.es>", "Entrega del viernes - pedido 3318", "general", "",
"""Hola,

Para la entrega del equipo de sonido del viernes: la masía no tiene
número y el GPS suele mandar a la gente a un camino sin salida. Cuando
salgáis de la carretera de Vic, en la rotonda tomad el camino de tierra
que pone "Can Feliu" y seguid 1 km hasta la casa con el portón verde.

El camión grande no pasa por el puente, mejor una furgoneta. Si os
perdéis llamad a mi hermano Pau, 600 000 918.

Gràcies,
Jordi"""),
("es", "b92-festival-comida-ninos", "Josefina Carrasco <jose.carrasco@example.cl>", "Preguntas festival", "general", "",
"""Hola, voy al festival en abril con mis dos hijos (8 y 11 años). ¿Los
niños pagan entrada? ¿Se puede entrar con comida y agua para ellos o
solo se compra adentro? ¿Hay algún sector para familias?

Muchas gracias,
Josefina"""),
("es", "b92-consulta-salas-con-bateria", "Álvaro Mena <alvaro.mena@example.es>", "Consulta", "general", "",
"""Hola, ¿todas vuestras salas tienen batería incluida o hay que llevar
la nuestra? Lo pregunto porque nuestro batería se ha mudado a Granada y
vamos a ensayar con uno nuevo que no tiene kit propio. ¿Hay platos
también o solo cascos?

Álvaro"""),
("es", "b92-re-pedido-recoger-en-tienda", "Rodrigo Villaseñor <rodrigo.villasenor@example.com.mx>", "Re: Pedido 22871 en preparación", "general", "",
"""Hola, ¿todavía puedo cambiarlo para recogerlo en su tienda de
Coyoacán en vez de que me lo manden? Trabajo a dos cuadras y nunca hay
nadie en mi casa para recibir paquetes.

Rodrigo

> Hola Rodrigo,
> Tu pedido 22871 está en preparación. Te enviaremos la guía de
> rastreo cuando salga de nuestro almacén."""),
("es", "b92-dependiente-borde-tienda", "Lourdes Ibáñez <lourdes.ibanez@example.es>", "Atención en la tienda", "general", "",
"""Buenas tardes,

El sábado estuve en su tienda de discos de la calle Fuencarral. Le
pregunté al dependiente por un disco de copla para mi padre y me
contestó de malas maneras, sin levantar la vista del móvil, que "eso no
lo tenemos, aquí no vendemos esas cosas". Luego lo oí reírse con su
compañero.

No pido nada, solo quería que lo supieran. Una pena, porque la tienda
me gusta.

Lourdes Ibáñez"""),
# ---------------- Polish ----------------
("pl", "b92-odsprzedaz-przelozony-koncert-oplata", "Karolina Zielińska <karolina.zielinska@example.pl>", "Koncert przełożony - zwrot", "billing", "",
"""Dzień dobry,

kupiłam przez Państwa serwis odsprzedaży dwa bilety na koncert w Atlas
Arenie, 240 zł za sztukę plus 38 zł opłaty serwisowej. Koncert został
przełożony na listopad, a ja w listopadzie nie mogę. Na stronie
organizatora piszą, że przy zmianie terminu przysługuje zwrot. Czy
zwrot obejmie też opłatę serwisową, czy tylko cenę biletów? I jak go
zgłosić?

Pozdrawiam,
Karolina Zielińska"""),
("pl", "b92-opaska-zwrot-srodkow", "Kuba Nowicki <kuba.nowicki@example.pl>", "kasa na opasce", "billing", "",
"""Czesc, zostalo mi 64 zl na opasce po festiwalu (doladowalem za duzo
na ostatni dzien, a potem lalo i poszlismy wczesniej). Jak moge
odzyskac te pieniadze? Czy trzeba odeslac opaske, czy wystarczy numer
z aplikacji?

Dzieki
Kuba"""),
("pl", "b92-plan-rodzinny-rozstanie", "Monika Wrona <monika.wrona@example.pl>", "Plan rodzinny", "billing", "",
"""Dzień dobry,

rozstaliśmy się z mężem i mąż się wyprowadził, ma już własne konto.
W planie rodzinnym zostałam tylko ja, więc proszę o przejście na plan
indywidualny od następnego okresu rozliczeniowego. Nie chcę płacić
29,99 zł za plan, z którego korzysta jedna osoba.

Z góry dziękuję,
Monika Wrona"""),
("pl", "b92-faktura-vat-nip-dj", "Tomasz Kaczmarek <dj.tkacz@example.pl>", "Faktura do zamówienia 18830", "billing", "",
"""Dzień dobry,

przy zamówieniu 18830 (9 płyt winylowych, 1 164 zł) zapomniałem
zaznaczyć, że chcę fakturę na firmę. Kupuję płyty do pracy (gram jako
DJ). Proszę o wystawienie faktury VAT na:

TK Sound Tomasz Kaczmarek
ul. Długa 14/3, 31-147 Kraków
NIP 000-000-00-00

Pozdrawiam,
Tomasz Kaczmarek"""),
("pl", "b92-karnet-sala-prob-wygasl", "Paweł Mazur <pawel.mazur@example.pl>", "Karnet", "billing", "",
"""Cześć, kupiliśmy w styczniu karnet na 10 godzin w sali prób (350 zł).
Wykorzystaliśmy 6 godzin, a potem nasz perkusista złamał rękę i przez
dwa miesiące nie graliśmy. Teraz widzę, że karnet wygasł w zeszłym
tygodniu. Czy da się go przedłużyć o miesiąc, żeby wykorzystać
pozostałe 4 godziny? Możemy przynieść zwolnienie lekarskie :)

Paweł, zespół Szklana Pułapka"""),
("pl", "b92-kaucja-naglosnienie-rzecznik", "Grzegorz Sowa <grzegorz.sowa@example.pl>", "Niezwrócona kaucja - wypożyczenie 07/0412", "billing", "high",
"""Szanowni Państwo,

12 lipca wypożyczyłem od Państwa zestaw nagłośnieniowy na wesele córki
w Serocku. Zapłaciłem kaucję 1 500 zł. Sprzęt oddałem 14 lipca,
kompletny i sprawny, co Państwa pracownik potwierdził podpisem na
protokole zwrotu.

Minęło sześć tygodni, kaucja nie wróciła, a na moje maile nikt nie
odpowiada. Jeśli w ciągu 7 dni kaucja nie zostanie zwrócona, zgłoszę
sprawę do Miejskiego Rzecznika Konsumentów i skieruję ją do sądu.

Grzegorz Sowa"""),
("pl", "b92-festiwal-odwolany-chargeback", "Natalia Lis <natalia.lis@example.pl>", "Odwołany dzień festiwalu", "billing", "high",
"""Dzień dobry,

drugi dzień festiwalu został odwołany z powodu burzy (rozumiem, nie mam
pretensji o samo odwołanie). Napisali Państwo, że pieniądze za
jednodniowe karnety wrócą w ciągu 14 dni. Minęło 40 dni. Dwa karnety
po 289 zł, razem 578 zł.

Jeśli do piątku nie zobaczę zwrotu, składam w banku reklamację
transakcji kartą (chargeback). Wolałabym tego uniknąć.

Natalia Lis"""),
("pl", "b92-karaoke-impreza-firmowa-zaliczka", "Anna Jabłońska <a.jablonska@kreatywna-agencja.example>", "Impreza firmowa 14.12", "billing", "",
"""Dzień dobry,

rezerwujemy u Państwa całą salę karaoke na firmową wigilię 14 grudnia
(ok. 40 osób). Dostałam informację, że trzeba wpłacić zadatek 1 500 zł.
Czy mogą Państwo wystawić fakturę zaliczkową na firmę przed wpłatą?
Nasza księgowość nie puści przelewu bez dokumentu. Dane do faktury
w stopce.

Pozdrawiam
Anna Jabłońska
Kreatywna Agencja sp. z o.o., ul. Piotrkowska 112, 90-006 Łódź
NIP 000-00-00-000"""),
("pl", "b92-re-zwrot-za-malo-plyta", "Marek Duda <marek.duda@example.pl>", "Re: Potwierdzenie zwrotu", "billing", "",
"""Dostałem 89 zł, a płyta kosztowała 89 zł plus 14,99 zł wysyłki.
Zwracałem ją, bo przyszła pęknięta, nie dlatego, że mi się
odwidziało. Proszę o zwrot także kosztów wysyłki.

Marek Duda

W dniu 3.04 Obsługa Klienta napisał(a):
> Dzień dobry,
> potwierdzamy przyjęcie zwrotu do zamówienia 55120.
> Kwota 89,00 zł zostanie przelana na Pana konto w ciągu 5 dni
> roboczych.
> Pozdrawiamy"""),
("pl", "b92-klub-plytowy-kontrakt-norwegia", "Wojtek Baran <wojtek.baran@example.pl>", "klub plytowy", "billing", "",
"""Dzien dobry, wyjezdzam na pol roku na kontrakt do Norwegii (od
marca do konca sierpnia). Chcialbym zawiesic czlonkostwo w klubie
plytowym na ten czas, zeby nie przychodzily plyty i nie schodzily mi
pieniadze z konta. Nie chce rezygnowac calkiem. Da sie tak?

Wojtek Baran"""),
("pl", "b92-gramofon-raty-blik", "Ewelina Kowal <ewelina.kowal@example.pl>", "Pytanie o płatność", "billing", "",
"""Dzień dobry, chciałabym kupić gramofon z Państwa sklepu internetowego
jako prezent dla taty (ten za 1 899 zł). Czy jest możliwość zakupu na
raty 0%? A jeśli nie, to czy można zapłacić BLIK-iem, bo nie widzę tej
opcji w koszyku.

Pozdrawiam serdecznie,
Ewelina"""),
("pl", "b92-wymiana-plyty-w-folii", "Bartosz Wilk <bartosz.wilk@example.pl>", "Zamówienie 20417", "billing", "",
"""Hej, dostałem w prezencie od dziewczyny płytę, którą kupiłem sobie
sam tydzień wcześniej :) Płyta jest w folii, paragon mam od niej. Czy
mogę ją wymienić na inny tytuł w sklepie na Piotrkowskiej, czy trzeba
odesłać paczką?

Bartek"""),
("pl", "b92-podwojne-obciazenie-kierownik", "Jadwiga Malinowska <jadwiga.malinowska@example.pl>", "Podwójnie pobrane pieniądze - proszę o kierownika", "billing", "high",
"""Szanowni Państwo,

kupiłam 3 bilety na koncert dla wnuków (417 zł) i pieniądze zeszły mi
z konta dwa razy. Mam wydruk z banku. Dzwoniłam już trzy razy, za
każdym razem pani mówi, że "sprawa została przekazana dalej" i nic
się nie dzieje. Minęły trzy tygodnie.

Proszę, żeby zadzwonił do mnie kierownik albo ktoś, kto może to
naprawdę załatwić. Mam 74 lata i nie będę co tydzień wisieć na
infolinii. Telefon 600 000 377.

Jadwiga Malinowska"""),
("pl", "b92-zespol-sie-rozpadl-abonament", "Krzysztof Górski <krzysztof.gorski@example.pl>", "Sala nr 4 - koniec", "billing", "",
"""Cześć,

niestety nasz zespół się rozpadł (długa historia, nikt nie umarł).
Nie będziemy już potrzebować stałej rezerwacji sali nr 4 w czwartki,
więc prosimy o zakończenie abonamentu od przyszłego miesiąca i żeby
nie pobierać już 480 zł z karty.

Dzięki za te trzy lata!
Krzysiek"""),
("pl", "b92-nie-platnosci-aplikacja-wylogowuje", "Piotr Michalski <piotr.michalski@example.pl>", "To nie jest sprawa płatności", "technical", "",
"""Dzień dobry,

piszę drugi raz, bo poprzednio dostałem odpowiedź z działu rozliczeń.
Z płatnościami wszystko jest w porządku, subskrypcja opłacona.

Problem: aplikacja wylogowuje mnie kilka razy dziennie. Za każdym
razem muszę się logować od nowa, a pobrane utwory znikają, bo po
wylogowaniu aplikacja je kasuje. Samsung S23, Android 14, aplikacja
zainstalowana od nowa.

Piotr Michalski"""),
("pl", "b92-opaska-nie-czyta-przy-barach", "Oliwia Krawczyk <oliwia.krawczyk@example.pl>", "Opaska", "technical", "",
"""Hej, jestem teraz na festiwalu. Moja opaska nie działa przy żadnym
terminalu na barach ani przy foodtruckach, wyskakuje "błąd odczytu".
W aplikacji widzę saldo 120 zł, więc pieniądze są. W punkcie info
była kolejka na godzinę. Czy da się to naprawić zdalnie?

Oliwia"""),
("pl", "b92-karaoke-system-padl-sobota", "Karaoke Bar Mikrofon <biuro@karaokemikrofon.example>", "Sobota wieczór", "technical", "high",
"""Dzień dobry,

w sobotę o 21:30 padł Państwa system karaoke w naszym lokalu. Na
wszystkich ekranach komunikat "Brak licencji - skontaktuj się z
dostawcą", a licencja jest opłacona do grudnia. Nie dało się puścić
ani jednej piosenki do zamknięcia.

W sobotę mieliśmy 3 zarezerwowane imprezy urodzinowe i pełną salę.
Ludzie wychodzili, dwie rezerwacje musieliśmy oddać. Dziś wieczorem
znowu mamy komplet.

Proszę o pilny telefon od technika: 600 000 254.

Łukasz Pawlak
Karaoke Bar Mikrofon, Wrocław"""),
("pl", "b92-stroboskop-iskrzy-wtyczka", "Agnieszka Dąbrowska <agnieszka.dabrowska@example.pl>", "Wypożyczony stroboskop", "technical", "high",
"""Dzień dobry,

chciałam tylko zgłosić, że jeden z dwóch stroboskopów wypożyczonych
na studniówkę (numer na naklejce: ST-11) iskrzył przy wtyczce, kiedy
podłączaliśmy go do przedłużacza, i czuć było swąd. Odłączyliśmy go
i przez cały wieczór używaliśmy tylko drugiego. Oddaliśmy go dziś
rano z kartką.

Nic się nie stało, ale lepiej, żeby ktoś go sprawdził, zanim pójdzie
do następnego klienta.

Pozdrawiam,
Agnieszka Dąbrowska
Komitet rodzicielski, II LO w Olsztynie"""),
("pl", "b92-konto-zablokowane-logowanie", "Szymon Adamczyk <szymon.adamczyk@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, od wczoraj nie mogę zalogować się na swoje konto
w serwisie z biletami. Po wpisaniu hasła pojawia się "Konto tymczasowo
zablokowane". Zmieniłem hasło przez link z maila, ale dalej to samo.
Na koncie mam bilety na koncert w przyszłym miesiącu.

Szymon Adamczyk"""),
("pl", "b92-gramofon-trzeszczy-prawy-kanal", "Henryk Pawłowski <henryk.pawlowski@example.pl>", "Gramofon", "technical", "",
"""Szanowni Państwo,

kupiłem u Państwa w Gdańsku gramofon w lutym. Od tygodnia prawy kanał
trzeszczy i czasem zanika, lewy gra czysto. Sprawdziłem na innym
wzmacniaczu i jest tak samo, więc to gramofon. Od razu zaznaczam, że
nie chcę zwrotu ani wymiany, bo poza tym jestem bardzo zadowolony.
Może to coś z wkładką albo kabelkami w ramieniu? Czy mogę to sam
sprawdzić?

Z poważaniem,
Henryk Pawłowski"""),
("pl", "b92-pilne-wzmacniacz-sala-3", "Igor Zawadzki <igor.zawadzki@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Wzmacniacz gitarowy w sali 3 nie daje zadnego dzwieku,
swieci sie dioda i tyle. Probowalismy z dwoma gitarami i trzema
kablami. Mamy sale w czwartek od 18, prosze zeby do tego czasu dzialal
albo zeby stal inny.

Igor"""),
("pl", "b92-mikser-plener-dni-miasta", "Wydział Kultury <kultura@um-nadrzecze.example>", "Mikser - koncert plenerowy TERAZ", "technical", "high",
"""Dzień dobry,

trwa koncert na Dniach Miasta na rynku, jest około 3 000 osób. Mikser
cyfrowy wypożyczony od Państwa wczoraj co kilkanaście minut gubi
wszystkie kanały i zespół gra bez nagłośnienia. Restart trwa 4 minuty,
potem znowu to samo. Przed nami jeszcze trzy zespoły do 23:00.

Potrzebujemy natychmiast zastępczego miksera albo technika na miejscu.
Realizator: Marcin, tel. 600 000 631.

Wydział Kultury
Urząd Miasta Nadrzecze"""),
("pl", "b92-pobrane-utwory-znikaja-samolot", "Zuzanna Kubiak <zuzanna.kubiak@example.pl>", "Pobrane", "technical", "",
"""Cześć, pobieram playlisty na wyjazdy, a jak tylko włączam tryb
samolotowy, aplikacja pokazuje "brak połączenia" i nic się nie da
puścić. W domu na wifi przy playlistach jest zielona strzałka, czyli
niby są pobrane. iPhone 12, miejsca mam dużo.

Zuza"""),
("pl", "b92-kod-sms-odsprzedaz-nie-przychodzi", "Rafał Szewczyk <rafal.szewczyk@example.pl>", "Kod weryfikacyjny", "technical", "",
"""Dzień dobry, chcę wystawić na odsprzedaż bilet na festiwal, ale
serwis wymaga potwierdzenia numeru telefonu kodem SMS, a SMS nie
przychodzi. Próbowałem pięć razy, numer jest dobrze wpisany (+48),
inne SMS-y dostaję normalnie.

Rafał"""),
("pl", "b92-listwa-sala-prob-spalenizna", "Dominika Kozłowska <dominika.kozlowska@example.pl>", "Sala 7 - listwa zasilająca", "technical", "high",
"""Dzień dobry,

wczoraj w sali 7 listwa zasilająca za szafą perkusyjną zrobiła się
bardzo gorąca, plastik przy jednym gniazdku jest stopiony i lekko
sczerniały, a w sali było czuć spaleniznę. Podłączone były tylko
dwa wzmacniacze i klawisze. Wyłączyliśmy wszystko i zostawiliśmy
listwę odłączoną.

Proszę ją wymienić, zanim ktoś tam dziś zagra. Zdjęcie mogę dosłać.

Dominika (zespół Pora Deszczowa)"""),
("pl", "b92-karaoke-tv-bez-tekstow", "Stanisław Lewandowski <stanislaw.lewandowski@example.pl>", "Aplikacja na telewizor", "technical", "",
"""Dzień dobry, kupiliśmy dostęp do Państwa aplikacji karaoke na
telewizor. Muzyka leci, ale teksty piosenek się nie wyświetlają,
tylko czarny ekran z nazwą utworu. Telewizor ma dwa lata, aplikacja
zaktualizowana. Wnuczka mówi, że na telefonie teksty są.

Stanisław Lewandowski"""),
("pl", "b92-kolumna-trzecia-reklamacja-przelozony", "Adrian Sikorski <adrian.sikorski@example.pl>", "Reklamacja nr R-3381 - trzeci raz", "technical", "high",
"""Dzień dobry,

to już trzecia reklamacja tej samej kolumny aktywnej. Za każdym razem
to samo: po pół godzinie grania wyłącza się zabezpieczenie i kolumna
milknie na kilka minut. Dwa razy wróciła z serwisu z adnotacją "nie
stwierdzono usterki", i dwa razy na pierwszym koncercie było to samo.

Nie chcę rozmawiać z kolejnym konsultantem. Proszę, żeby skontaktował
się ze mną przełożony działu serwisu albo kierownik, który może podjąć
decyzję, co dalej.

Adrian Sikorski"""),
("pl", "b92-podziekowania-dzwiekowiec-petarda", "Magda Olszewska <magda.olszewska@example.pl>", "Dziękujemy!", "general", "",
"""Chciałam bardzo podziękować panu Mirkowi, który robił nam dźwięk
w piątek w klubie. Cierpliwy, pomocny, wszystko przygotowane przed
czasem. Koncert był petarda, ludzie rozwalili salę, a nagranie z
konsolety brzmi lepiej niż nasza płyta :)

Do zobaczenia przy następnej trasie!
Magda i Mleczne Zęby"""),
("pl", "b92-zguba-plecak-festiwal", "Filip Jasiński <filip.jasinski@example.pl>", "Zgubiony plecak", "general", "",
"""Dzień dobry, w sobotę wieczorem zgubiłem na festiwalu czarny plecak
z naszywką Tatr i karimatą przypiętą z boku. W środku był aparat
i legitymacja studencka. Ostatni raz miałem go przy scenie namiotowej.
Czy ktoś go oddał do rzeczy znalezionych?

Filip Jasiński"""),
("pl", "b92-godziny-wigilia-sklep", "Halina Pietrzyk <halina.pietrzyk@example.pl>", "godziny", "general", "",
"""Dzien dobry, do ktorej otwarty jest sklep z plytami w Wigilie? Chce
jeszcze cos kupic dla syna w ostatniej chwili.

Halina"""),
("pl", "b92-zmiana-nazwiska-po-slubie", "Joanna Nowak-Wiśniewska <joanna.nw@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowak na Nowak-Wiśniewska. Proszę
o zmianę nazwiska na koncie. Mam tam bilety na festiwal imienne
i boję się, że przy wejściu nie zgodzi się z dowodem.

Pozdrawiam,
Joanna Nowak-Wiśniewska"""),
("pl", "b92-rodo-dostep-do-danych", "Michał Czerwiński <michal.czerwinski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, w jakim celu, komu zostały udostępnione
(w szczególności organizatorom wydarzeń) oraz jak długo będą
przechowywane.

Z poważaniem,
Michał Czerwiński"""),
("pl", "b92-sponsoring-szkola-muzyczna", "Beata Kalinowska <b.kalinowska@psm-nadrzecze.example>", "Prośba o wsparcie koncertu", "general", "",
"""Dzień dobry,

jestem nauczycielką w Państwowej Szkole Muzycznej I stopnia. W czerwcu
organizujemy koncert na zakończenie roku w parku miejskim i szukamy
partnera, który mógłby wypożyczyć nam nieodpłatnie lub za symboliczną
kwotę nagłośnienie i kilka reflektorów. W zamian umieścimy logo firmy
na plakatach i podziękujemy ze sceny.

Czy byliby Państwo zainteresowani?

Z wyrazami szacunku,
Beata Kalinowska"""),
("pl", "b92-ochroniarz-kierownik-syn", "Elżbieta Wróbel <elzbieta.wrobel@example.pl>", "Zachowanie ochrony na koncercie", "general", "high",
"""Dzień dobry,

w piątek na koncercie w hali ochroniarz przy wejściu B nie chciał
wpuścić mojego syna, który porusza się o kulach, mówiąc, że "z takim
sprzętem nie wchodzimy", a potem krzyczał na niego przy wszystkich.
Syn miał ważny bilet i kartę dla osoby z niepełnosprawnością. Wszedł
dopiero po 40 minutach, po interwencji innego pracownika.

Proszę o kontakt z kierownikiem obiektu lub osobą odpowiedzialną za
ochronę. Nie chcę kolejnej automatycznej odpowiedzi.

Elżbieta Wróbel"""),
("pl", "b92-podest-gwozdz-karaoke", "Klaudia Mróz <klaudia.mroz@example.pl>", "Scena w karaoke", "general", "high",
"""Dzień dobry,

byłyśmy w sobotę w Państwa karaoke na Mokotowie. Na podeście przy
dużym ekranie jedna deska jest pęknięta i ugina się, a obok wystaje
gwóźdź. Moja koleżanka zahaczyła o nią obcasem i skręciła kostkę.
Przez cały wieczór ludzie na to wchodzili, bo tam się śpiewa.

Proszę to naprawić albo chociaż zagrodzić, zanim ktoś zrobi sobie
większą krzywdę.

Klaudia Mróz"""),
("pl", "b92-dostawa-zostawic-u-sasiada", "Leszek Głowacki <leszek.glowacki@example.pl>", "Zamówienie 33102 - dostawa", "general", "",
"""Dzień dobry, w czwartek nie będzie mnie w domu. Jeśli kurier
przyjedzie z płytami, proszę zostawić paczkę u sąsiadki pod numerem 5
(pani Krystyna, jest zawsze w domu) albo w paczkomacie przy Biedronce
na Lipowej. Tylko proszę nie zostawiać pod drzwiami.

Leszek Głowacki"""),
("pl", "b92-festiwal-dziecko-wiek", "Kamila Bielecka <kamila.bielecka@example.pl>", "Dzieci na festiwalu", "general", "",
"""Dzień dobry, od ilu lat dzieci mogą wejść na festiwal? Mam syna
w wieku 9 lat, czy potrzebuje biletu i czy muszę mieć jakieś
pisemne oświadczenie? Czy są nauszniki do wypożyczenia na miejscu?

Kamila"""),
("pl", "b92-pytanie-wieczor-panienski", "Ola Sadowska <ola.sadowska@example.pl>", "Pytanie", "general", "",
"""Hej, organizuje wieczor panienski dla przyjaciolki w maju. Ile osob
miesci sie w najwiekszej sali karaoke? Mozna przyniesc wlasny tort
i dekoracje? Bedzie nas okolo 14 dziewczyn.

Ola"""),
("pl", "b92-re-zamowienie-kiedy-wysylka", "Dawid Ostrowski <dawid.ostrowski@example.pl>", "Re: Zamówienie 41875 przyjęte", "general", "",
"""Dzień dobry, minęły dwa tygodnie, a status dalej "w realizacji".
Premiera płyty była 10. Kiedy mniej więcej wyślecie? Nie chcę
anulować, pytam tylko o termin.

Dawid

> Dziękujemy za zamówienie nr 41875.
> 1 x LP (edycja limitowana, czerwony winyl)
> Poinformujemy Cię mailowo, gdy paczka zostanie nadana."""),
("pl", "b92-obsluga-kasa-niemila", "Renata Górecka <renata.gorecka@example.pl>", "obsluga w sklepie", "general", "",
"""Dzien dobry. Wczoraj w sklepie przy Swietojanskiej pani przy kasie
rozmawiala przez telefon przez caly czas, kiedy mnie obslugiwala, a
na pytanie o druga czesc plyty tylko machnela reka, ze "nie wie".
Nie wymagam nic, ale to bylo po prostu niegrzeczne.

Renata Gorecka"""),
]
