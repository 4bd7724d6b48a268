# batch137.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Sports and fitness: personal trainers, boxing gyms,
# cycling clubs and sportives, sports physios, kit printing for clubs,
# marathon charity places, swimming pool memberships.  The failure
# classes in new situations -- escalation demands and legal threats or
# chargebacks that keep their topic, negations, Greeklish, subjects that
# say nothing, replies quoting an earlier mail, plans ended or paused in
# other words (a death, a move, a dog, military service), business
# outages told only by their consequences, safety hazards told calmly,
# praise in alarming words -- and everyday mail of all three queues.
# Same tuple format as the earlier batches:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b137-pt-block-taken-twice", "Hannah Lockwood <hannah.lockwood@example.co.uk>", "Personal training", "billing", "",
"""Hi there,

I bought the 10-session block with Dean on Saturday (£340) and my
banking app shows two payments of £340 going out a minute apart. I only
pressed pay once, the first attempt just hung for a bit. Can you refund
the second one?

Thanks,
Hannah"""),
("en", "b137-swim-membership-late-husband", "Bridget Nolan <bridget.nolan@example.ie>", "My husband's swim membership", "billing", "",
"""Dear Sir or Madam,

My husband Seamus swam at your Clontarf pool most mornings for twenty
years. He passed away on the 3rd of this month. His membership is still
being taken from our joint account, €49 on the first of each month, and
I would be grateful if you would bring it to an end. I can send a copy
of the death certificate if you need it.

The staff were always very good to him, and I wanted you to know that.

Yours faithfully,
Bridget Nolan"""),
("en", "b137-boxing-moving-to-perth", "Jake Whitford <jake.whitford@example.com.au>", "Membership - moving", "billing", "",
"""G'day, I've taken a job in Perth and I'm moving over at the end of the
month, so that's me done at the Newtown gym sadly. Can you make sure
the fortnightly $32.50 stops after my last one on the 28th? Don't want
it coming out once I'm on the other side of the country.
Cheers, Jake"""),
("en", "b137-charity-place-injury-no-refund", "Rachel Osei <rachel.osei@example.co.uk>", "London Marathon place", "billing", "",
"""Hello,

I have one of your charity places for the marathon in April and I've
just been told I have a stress fracture, so I won't be running this
year. I paid the £100 registration fee to you in November.

To be clear, I don't want a refund. Could you treat the £100 as a
donation instead and confirm in writing that I'm no longer committed to
the £2,000 fundraising minimum? I've raised £640 so far and that's
obviously staying with the charity.

Many thanks,
Rachel Osei"""),
("en", "b137-kit-order-vat-invoice", "Treasurer <treasurer@harbourroadrfc.example>", "Order 40917", "billing", "",
"""Hi, could you send us a proper VAT invoice for order 40917 (32 training
tops with club crest)? The order confirmation email doesn't have your
VAT number on it and our accountant won't accept it. Invoice to Harbour
Road RFC, The Clubhouse, Harbour Road, Whitstable CT5 1AB.

Regards
Graham Pike, Hon. Treasurer"""),
("en", "b137-sportive-cancelled-chargeback", "Tom Ridley <tom.ridley@example.co.uk>", "Dales 100 - entry fee", "billing", "high",
"""The Dales 100 was called off on the morning because of the wind, fair
enough, nobody wants riders blown off Buttertubs. But your email since
says entries are "non-refundable, credit offered for next year". I paid
£58 plus a £4.50 booking fee and I can't do next year's date.

Your own terms say a full refund if the event is cancelled by the
organiser. If the money isn't back on my card within 14 days I'll raise
a chargeback with my bank.

Tom Ridley"""),
("en", "b137-physio-late-fee-practice-manager", "Sunita Rao <sunita.rao@example.co.uk>", "Cancellation charge", "billing", "high",
"""I was charged £45 for "late cancellation" of my physio appointment on
Tuesday. I only cancelled because your clinic rang ME that morning to
say the physio was off sick. The receptionist said the system charges
it automatically and there's nothing she can do.

I'd like this passed to the practice manager, please, not another reply
from the front desk. I want the £45 back.

Sunita Rao"""),
("en", "b137-junior-jerseys-swap-sizes", "Lisa Carmody <lisa.carmody@example.com>", "Junior kit sizes", "billing", "",
"""Hiya, we ordered the junior cycling club kit last week and four of the
jerseys are too small - my fault, I went off last year's sizes and the
kids have shot up. Not worn, tags still on. Can we swap 4 x age 9-10 for
age 11-12? Happy to pay the postage. The names on the back are printed
on so I understand if that's a problem.

Lisa (Under-12s coordinator)"""),
("en", "b137-pt-package-instalments-upi", "Arjun Mehta <arjun.mehta@example.in>", "Query regarding payment", "billing", "",
"""Dear Sir/Madam,

I am interested in the 3 month personal training package at your
Koramangala branch which is priced at Rs 27,000. Kindly let me know if
the amount can be paid in three monthly instalments and whether UPI is
accepted or only card.

Also please confirm if GST is included in the above amount.

Thanks and regards,
Arjun Mehta"""),
("en", "b137-pool-student-price", "Niamh Brennan <niamh.brennan@example.ie>", "student?", "billing", "",
"""hi do ye do a student price for the pool membership? im in UCC and the
adult one is 45 a month which is a bit steep for me. thanks"""),
("en", "b137-club-renewal-small-claims", "Derek Shaw <derek.shaw@example.co.uk>", "Renewal I did not authorise", "billing", "high",
"""On 2 January I emailed your membership secretary (copy below) saying I
would not be renewing my cycling club membership this year. On 15
January you took £65 anyway for the annual renewal plus £20 for the
affiliation.

I have asked twice for this to be refunded and been ignored. If the £85
isn't back in my account within 10 days I will file a claim in the small
claims court. I'd rather not, but I will.

D. Shaw

> From: Derek Shaw
> Sent: 02 January 09:14
> To: Membership Secretary
> Subject: Membership
>
> Please don't renew me for this year, I'm hardly riding now.
> Thanks for everything. Derek"""),
("en", "b137-re-freeze-broken-wrist", "Kieran Doyle <kieran.doyle@example.com>", "Re: Your membership", "billing", "",
"""Thanks for getting back to me. So just to confirm, the freeze is £5 a
month instead of the usual £39, for three months, and it goes back to
normal in June without me doing anything? Cast comes off in about eight
weeks and the doctor says no bag work for a while after.

Kieran

On 3 Mar, Southside Boxing <info@southsideboxing.example> wrote:
> Hi Kieran, sorry to hear about the wrist. We can freeze your
> membership for up to 3 months. A small holding fee applies.
> Let us know if you'd like to go ahead.
> Southside Boxing Team"""),
("en", "b137-canicross-dog-put-to-sleep", "Pam Hargreaves <pam.hargreaves@example.co.uk>", "Bramble", "billing", "",
"""Hello,

Sad news, I'm afraid. Bramble, my running partner for eight years, had
to be put to sleep last week. I don't think I'll be doing canicross on
my own, so please don't take the next quarterly payment for the club
sessions.

Thank you to Jo and everyone for all the Sunday mornings.

Pam"""),
("en", "b137-pt-gift-voucher-expired", "Mark Ellison <mark.ellison@example.com>", "Gift voucher", "billing", "",
"""My daughter gave me a voucher for five sessions with a personal
trainer for my birthday in March. I've only just got round to booking
and the website says the code expired last month. It cost her £150. Can
it be extended, or at least turned into credit? Nobody told us there was
a six month limit.

Mark Ellison"""),
("en", "b137-pool-app-crash-not-payment", "Owen Price <owen.price@example.co.uk>", "App", "technical", "",
"""This isn't about my payment, that's all fine. Since the app updated on
Tuesday it crashes every time I tap "Book a lane". Spinning wheel, then
it closes. iPhone 12, already deleted and reinstalled. Means I can't
book the early swims at all."""),
("en", "b137-gym-fob-red-light", "Chloe Barnett <chloe.barnett@example.com>", "Door fob", "technical", "",
"""Hi, my door fob stopped working on Friday. The green light doesn't come
on, just red. My membership is paid up (checked in the app). Is it the
fob or the system? I train at 6am before staff are in so at the moment
I can't get in at all."""),
("en", "b137-sportive-chip-dnf", "Gareth Pugh <gareth.pugh@example.co.uk>", "Results", "technical", "",
"""Rode the Tour of the Black Mountains on Sunday, rider 1184, finished
about 15:40. The results page has me down as DNF. Chip was on the
helmet as instructed. I've got the whole route on Strava if you need
proof. Can someone sort the timing please?"""),
("en", "b137-ebike-battery-hot-chemical", "Alison Reeve <alison.reeve@example.co.uk>", "E-bike battery", "technical", "high",
"""Hello,

I bought an e-bike from your club shop in May. Last night I put the
battery on charge in the hall, as usual, and after about half an hour
it was too hot to hold and there was a sharp chemical smell. I unplugged
it and put it outside on the patio, where it still is. It doesn't seem
to be swelling.

I'd like to know what to do with it, and whether it is safe to bring it
into the shop or if someone should collect it.

Alison Reeve"""),
("en", "b137-smart-trainer-sparks-breaker", "Brian Kowalski <brian.kowalski@example.com>", "Order #77342", "technical", "high",
"""Got the smart trainer from you in the Black Friday sale. This morning
when I plugged the power brick into the outlet there was a pop and a
couple of sparks where the cord goes into the brick, and the breaker
for the garage tripped. Haven't touched it since. Cord looks fine from
the outside. What do you want me to do with it?

Brian
Dayton, OH"""),
("en", "b137-physio-clinic-diary-blank", "Front Desk <frontdesk@riversidesportsphysio.example>", "Bookings", "technical", "high",
"""Since about 8 this morning the online diary shows no appointments at
all for any of our four physios. Patients are arriving and we have no
idea who they're booked in with or what for, so we're asking them at
the desk and writing it on paper. The phone hasn't stopped because
patients can't see their bookings either.

Please can someone call us on 0161 496 0193 as soon as possible.

Riverside Sports Physio"""),
("en", "b137-kit-designer-badge-upload", "Sam Okafor <sam.okafor@example.co.uk>", "Kit designer", "technical", "",
"""Trying to add our club badge in the online kit designer. It's a PNG,
1.2MB, transparent background, and it says "Unsupported file" every
time. Tried an SVG too, same thing. Can I just email it to you instead?"""),
("en", "b137-members-area-reset-no-email", "Margaret Dunn <margaret.dunn@example.co.uk>", "Cannot log in", "technical", "",
"""Dear Team

I have forgotten my password for the members' area and when I press
"forgot password" it says an email has been sent, but nothing arrives,
not even in the junk folder. I have tried four times now over two days.
My grandson says it might be your end.

Mrs M Dunn"""),
("en", "b137-hr-strap-wont-pair", "Tyler Brooks <tyler.brooks@example.com>", "heart rate strap", "technical", "",
"""The chest strap I bought from you won't pair with the class app. It
shows up in the Bluetooth list on my phone for like a second then
disappears. New battery, wet the pads, all that. Works fine with my
Garmin so I don't think it's dead. Pixel 7, Android 14."""),
("en", "b137-urgent-bookings-vanished", "Danielle Fox <danielle.fox@example.co.uk>", "URGENT!!!!", "technical", "",
"""MY BOOKED CLASSES HAVE DISAPPEARED FROM THE APP!!! I booked Thursday's
spin and Saturday's HIIT and now "My bookings" is empty. Am I still
booked in or not?? I really need Saturday it's my only day off"""),
("en", "b137-turnstiles-qr-queue", "Matt Hollis <matt@ironhousegym.example>", "Check-in", "technical", "high",
"""Hi,

Since 5:30 this morning none of the turnstiles are reading member QR
codes. We've got a queue out the door, people on their way to work are
walking off, and I've had to prop the side door open with a member of
staff writing names down. Tablet at reception says "cannot reach
server". We've restarted everything our end.

This is our busiest hour. Need someone on it now.

Matt Hollis
Iron House Gym, Leeds"""),
("en", "b137-studio-bike-screen-escalate", "Caroline Webb <caroline.webb@example.com>", "Fourth email about my bike screen", "technical", "high",
"""This is my fourth email. The screen on my studio bike has been stuck
on "Updating 37%" since October 2. I've done the factory reset your
agent sent me, twice, and I've been told twice that "the team will be
in touch". Nobody has been in touch.

I would now like this escalated to someone senior who can actually
arrange for the screen to be replaced. Case number 118-2291.

Caroline Webb
Denver, CO"""),
("en", "b137-heat-pressed-numbers-lifting", "Dave McIntyre <dave.mcintyre@example.com.au>", "Numbers on singlets", "technical", "",
"""G'day. We got 20 basketball singlets off you with numbers heat pressed
on the back. After ONE wash (30 degrees, inside out, like the label
says) the numbers are lifting at the edges on about half of them. Is
there something we should be doing differently or is it a dud batch?
Season starts in three weeks.

Dave McIntyre
Ballarat Bulldogs U16"""),
("en", "b137-pool-christmas-hours", "Eileen Murphy <eileen.murphy@example.ie>", "Christmas", "general", "",
"""Hello, could you tell me the opening hours of the pool over Christmas
and the New Year? Is it open on St Stephen's Day at all?
Thank you, Eileen"""),
("en", "b137-physio-thanks-knee-kinsale", "Frank Gallagher <frank.gallagher@example.ie>", "A thank you", "general", "",
"""Dear all,

I wanted to drop a line to say thank you to Aoife, who has been
treating my knee since the operation in January. I'm 71 and I was told
I might never get back on the bike. On Saturday I did the 40 km loop out
to Kinsale with the club and the knee held up grand. She was patient
with me when I was a grumpy so-and-so, and I'm very grateful.

Please pass this on to her.

Frank Gallagher"""),
("en", "b137-junior-boxing-coach-head-coach", "Louise Armitage <louise.armitage@example.co.uk>", "Junior boxing Tuesday", "general", "high",
"""Dear Sir or Madam,

My son Ethan (12) came home from Tuesday's junior session in tears. The
coach running it, I believe his name is Craig, screamed at him in front
of the group and called him "soft" and "a waste of space" because he
was tired during pad work. Two other parents have told me they saw it.

I want to speak to the head coach or whoever owns the gym, not Craig.
Until I have, Ethan won't be coming back.

Louise Armitage"""),
("en", "b137-lost-garmin-changing-room", "Steve Carr <steve.carr@example.co.uk>", "Left my watch", "general", "",
"""Hi, I think I left my Garmin (black Forerunner, cracked strap) in the
men's changing room at the pool last night, on the bench by the lockers
around 8pm. Has anyone handed it in? Can collect any time.
Steve 07700 900412"""),
("en", "b137-kit-leave-at-clubhouse-bar", "Karen Walsh <karen.walsh@example.co.uk>", "Order 41102", "general", "",
"""Hello, when our kit order 41102 goes out can the courier leave it with
the bar at the clubhouse please? It's open from 5pm weekdays and all
day Saturday. There's never anyone in at the address on the account
(my house) during the day.

Karen, Hollins Cycling Club"""),
("en", "b137-name-change-after-wedding", "Emily Hart <emily.hart@example.com>", "Change of name", "general", "",
"""Hi! I got married in August so I'm now Emily Hart (was Emily
Sandford). Could you update my name on my membership? Same email, same
everything else. Thanks!"""),
("en", "b137-sportive-photos-sar", "Ravi Shah <ravi.shah@example.co.uk>", "Personal data", "general", "",
"""Under the UK GDPR I'd like a copy of the personal data you hold on me
from my entries to your sportives in 2022 and 2023, including any photos
of me you have kept or passed to the photography company. I'd also
like to know who else you have shared my details with.

Ravi Shah
Rider numbers 2207 and 3315"""),
("en", "b137-bakery-sponsor-club", "Gemma Fielding <gemma@fieldingbakery.example>", "Sponsorship", "general", "",
"""Hi there, I run a small bakery in Hebden Bridge and a few of your club
riders stop in every Sunday. We'd love to sponsor the club in some way,
maybe our logo on next season's jerseys or putting on cake at the end of
the club 50. Who would be the best person to talk to?

Gemma"""),
("en", "b137-gran-fondo-ebike-question", "Chuck Morales <chuck.morales@example.com>", "Question", "general", "",
"""Are e-bikes allowed on the Gran Fondo in September? My buddy just had
a hip replacement and rides pedal assist now. Also is there a time
cutoff on the long route?"""),
("en", "b137-learner-pool-cracked-tile", "Jenny Ashworth <jenny.ashworth@example.co.uk>", "Learner pool", "general", "high",
"""Hello,

Just letting you know that one of the tiles on the edge of the learner
pool, at the shallow end near the steps, is cracked and has a sharp
corner sticking up. My daughter caught her foot on it in her lesson
this morning and it bled quite a bit. The lifeguard patched her up and
she's fine, but the lesson carried on in the same spot afterwards and
there are lots of little ones in that pool.

Could someone look at it before the next lessons?

Jenny Ashworth"""),
("en", "b137-charity-vest-posting", "Tomás Keane <tomas.keane@example.ie>", "Running vest", "general", "",
"""Hi, I'm running the Dublin marathon for you in October (charity
place). When will the running vests be posted out, and is there a
women's fit for my sister who's running for you as well? We both want
to train in them before the day.

Tomás"""),
("en", "b137-trainer-comments-on-weight", "Priya Nair <priya.nair@example.in>", "Feedback regarding trainer", "general", "",
"""Hello team,

I joined your Andheri branch last month. I want to give feedback that
the floor trainer Rohit is making comments about members' weight in
front of others. Yesterday he told me loudly "madam, with this much
sweets you will never reduce". Another lady also felt bad. I am not
asking for any action against him, but please tell him this is not the
way to motivate people.

Regards,
Priya Nair"""),
("en", "b137-spin-class-killed-me", "Zoe Patterson <zoe.patterson@example.com.au>", "Friday 6am spin", "general", "",
"""Just have to say Marco's 6am spin on Friday absolutely killed me. The
man is a monster, couldn't feel my legs till lunchtime and I've already
booked next week. Best class on the whole timetable, give him a raise!

Zoe"""),
# ---------------- Greek ----------------
("el", "b137-kolymvitirio-dipli-xreosi", "Κατερίνα Μαυρίδου <k.mavridou@example.gr>", "Συνδρομή Ιουνίου", "billing", "",
"""Καλησπέρα σας,

Η μηνιαία συνδρομή μου στο κολυμβητήριο (55€) χρεώθηκε δύο φορές στην
κάρτα μου στις 2 Ιουνίου, με διαφορά λίγων λεπτών. Σας επισυνάπτω
φωτογραφία από το e-banking. Παρακαλώ να μου επιστραφεί η δεύτερη
χρέωση.

Ευχαριστώ,
Κατερίνα Μαυρίδου"""),
("el", "b137-gl-trainer-efyge-3-proponiseis", "Giorgos Pap. <gpap88@example.gr>", "paketo proponhsewn", "billing", "",
"""Geia sas, eixa plhrwsei paketo 10 proponhsewn me ton Nikh (250e) kai
exw kanei mono tis 7. O Nikhs apo oti mou eipan sth reception den
douleuei pleon sto gym. Den thelw allon gymnasth, protimw na mou
epistrepsete ta lefta gia tis 3 pou emeinan. Pws ginetai auto?
Giwrgos"""),
("el", "b137-mitera-efyge-syndromi-gym", "Δημητρης Αλεξιου <d.alexiou@example.gr>", "Συνδρομη μητερας μου", "billing", "",
"""Καλημερα σας. Η μητερα μου, Ευανθια Αλεξιου, εφυγε απο τη ζωη τον
προηγουμενο μηνα. Ειχε συνδρομη στο προγραμμα ηπιας γυμναστικης για
ηλικιωμενους και εξακολουθει να χρεωνεται 30 ευρω καθε μηνα απο τον
λογαριασμο της. Παρακαλω να σταματησει. Αν χρειαζεστε καποιο εγγραφο
πειτε μου.

Δημητρης Αλεξιου"""),
("el", "b137-granfondo-akyrosi-amfisvitisi", "Στέφανος Ραφαηλίδης <s.rafailidis@example.gr>", "Gran Fondo Ολύμπου - συμμετοχή", "billing", "high",
"""Ο αγώνας της Κυριακής ακυρώθηκε από εσάς δύο μέρες πριν, λόγω της
κακοκαιρίας. Πλήρωσα 65€ συμμετοχή και 10€ για το πακέτο με τη φανέλα,
που δεν παρέλαβα ποτέ. Στο email σας λέτε ότι η συμμετοχή θα
«μεταφερθεί» στην επόμενη χρονιά. Δεν μπορώ του χρόνου, και ζήτησα δύο
φορές επιστροφή χωρίς καμία απάντηση.

Αν δεν επιστραφούν τα 75€ μέσα στην εβδομάδα, θα κάνω αμφισβήτηση της
χρέωσης στην τράπεζά μου.

Στέφανος Ραφαηλίδης"""),
("el", "b137-gl-kickboxing-doseis-metrita", "Vasilis Tz. <vtzan@example.gr>", "Erwthsh", "billing", "",
"""Kalhspera. Endiaferomai gia thn etisia syndromh sto kickboxing (420
eyrw). Ginetai na plhrwsw se doseis me pistwtikh h mono efapax? Kai an
plhrwsw me metrhta sto gym exei kapoia ekptwsh?
Euxaristw, Vasilhs"""),
("el", "b137-stoles-timologio-afm", "Α.Σ. Αετοί Περιστερίου <info@aetoi-peristeriou.example>", "Παραγγελία 3318", "billing", "",
"""Καλημέρα,

για την παραγγελία 3318 (25 φανέλες και σορτσάκια μπάσκετ με στάμπα)
λάβαμε απόδειξη λιανικής, ενώ χρειαζόμαστε τιμολόγιο στα στοιχεία του
συλλόγου: Α.Σ. Αετοί Περιστερίου, ΑΦΜ 998877665, ΔΟΥ Περιστερίου,
Θηβών 112, Περιστέρι.

Μπορείτε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο;

Ευχαριστούμε,
Ο ταμίας του συλλόγου"""),
("el", "b137-fysiotherapeia-apodeixeis-asfaleia", "Ιωάννα Κ. <ioanna.k@example.gr>", "Αποδείξεις για την ασφαλιστική", "billing", "",
"""Γεια σας, έκανα 8 συνεδρίες φυσικοθεραπείας στο ιατρείο σας μετά τον
τραυματισμό στο γόνατο (40€ η καθεμία). Η ιδιωτική μου ασφάλεια ζητάει
αναλυτικές αποδείξεις με ημερομηνίες. Μπορείτε να μου τις στείλετε με
email;

Ιωάννα"""),
("el", "b137-gl-marathonios-oxi-epistrofi-dwrea", "Eleni Ntou <eleni.ntou@example.gr>", "8esh ston Marathwnio", "billing", "",
"""Geia sas! Eixa krathsei fylanthrwpikh 8esh mesw tou syllogou sas gia
ton Klassiko Marathwnio ths Athhnas kai plhrwsa 80e. Dystyxws... menw
egkyos (xara megalh!) kai den 8a treksw fetos. Den 8elw na mou
epistrepsete ta lefta, krathste ta ws dwrea gia ton syllogo. Mporeite
apla na mou steilete mia apodeiksh dwreas gia thn forologikh dhlwsh?
Eleni"""),
("el", "b137-re-pagoma-kolymvisi-omos", "Νίκος Σαραντίδης <n.sarantidis@example.gr>", "Re: Πάγωμα συνδρομής", "billing", "",
"""Εντάξει, προχωρήστε με το πάγωμα από 1η Μαρτίου για δύο μήνες. Τα 8€
τον μήνα για τη διατήρηση της θέσης να τα χρεώνετε στην ίδια κάρτα.
Επιστρέφω στο νερό τον Μάιο, αν με αφήσει ο ορθοπεδικός.

Νίκος

-----Αρχικό μήνυμα-----
Από: Κολυμβητήριο Ζωγράφου
Θέμα: Πάγωμα συνδρομής
> Κύριε Σαραντίδη, μετά την επέμβαση στον ώμο μπορείτε να παγώσετε τη
> συνδρομή σας έως 3 μήνες, με χρέωση διατήρησης 8€ τον μήνα αντί για
> 48€. Επιβεβαιώστε μας την ημερομηνία έναρξης."""),
("el", "b137-kodikos-ekptosis-fanela-omilou", "Μαρια Λαμπρου <maria.lambrou@example.gr>", "Κωδικος εκπτωσης", "billing", "",
"""Γεια σας, παρηγγειλα τη φανελα του ποδηλατικου ομιλου (49,90) με τον
κωδικο MELOS15 που μας εδωσαν στον συλλογο, αλλα χρεωθηκα ολοκληρο το
ποσο. Ο κωδικος φαινοταν αποδεκτος στο καλαθι. Μπορειτε να μου
επιστρεψετε τη διαφορα;"""),
("el", "b137-camp-podilasias-synigoros", "Χρύσα Μπεκιάρη <chrysa.bekiari@example.gr>", "Καλοκαιρινό camp ποδηλασίας - προκαταβολή 150€", "billing", "high",
"""Κύριοι,

Τον Φεβρουάριο πληρώσαμε προκαταβολή 150€ για το καλοκαιρινό camp
ποδηλασίας του γιου μας (10-21 Ιουλίου). Στις 20 Ιουνίου μας
ενημερώσατε ότι το camp δεν θα γίνει λόγω έλλειψης συμμετοχών, και από
τότε, παρά τρία τηλεφωνήματα, κανείς δεν μας λέει πότε θα επιστραφούν
τα χρήματα. Τώρα μας προτείνετε «πίστωση» για το χειμερινό πρόγραμμα,
που δεν μας ενδιαφέρει.

Αν δεν λάβουμε την επιστροφή μέχρι το τέλος του μήνα, θα κάνουμε
καταγγελία στον Συνήγορο του Καταναλωτή.

Χρύσα Μπεκιάρη"""),
("el", "b137-gl-gantia-pygmaxias-allagi", "Thanos K. <thanos.k@example.gr>", "gantia", "billing", "",
"""kalhmera, phra ta gantia pygmaxias 12oz apo to eshop sas alla o
proponhths mou leei oti gia sparring thelw 16oz. einai akoma sto kouti,
den ta forese kaneis. mporw na ta allaksw kai na plhrwsw th diafora?
Thanos"""),
("el", "b137-pt-xreosi-mi-emfanisis-ypeythynos", "Μαρίνα Γεωργίου <marina.georgiou@example.gr>", "Χρέωση 35€ για προπόνηση που δεν έγινε", "billing", "high",
"""Καλησπέρα,

Χθες ο γυμναστής μου μού έστειλε μήνυμα μισή ώρα πριν την προπόνηση ότι
«δεν θα προλάβει». Σήμερα βλέπω ότι το στούντιο μου χρέωσε 35€ ως «μη
εμφάνιση». Μίλησα με τη ρεσεψιόν και μου είπαν ότι έτσι είναι το
σύστημα.

Ζητώ να μιλήσω με τον υπεύθυνο του στούντιο και να μου επιστραφούν τα
35€.

Μαρίνα Γεωργίου"""),
("el", "b137-gios-fantaros-kolymvisi", "Σοφία Τριανταφύλλου <sofia.tri@example.gr>", "Ο Άγγελος", "billing", "",
"""Καλημέρα σας. Ο γιος μου ο Άγγελος παρουσιάζεται στον στρατό στις 15
του μήνα, στην Ορεστιάδα, οπότε τους επόμενους μήνες δεν θα έρχεται στην
πισίνα. Μπορείτε να σταματήσετε την πάγια εντολή των 42€; Όταν
απολυθεί θα τον ξαναγράψουμε, του λείπει ήδη το νερό!

Με εκτίμηση,
Σοφία Τριανταφύλλου"""),
("el", "b137-gl-app-gym-kollaei-oxi-plirwmi", "Kostas M. <kostas.m@example.gr>", "App", "technical", "",
"""Kalhspera, den einai 8ema plhrwmhs, h syndromh mou einai kanonika
plhrwmenh. Apo xtes meta to update h efarmogh tou gym kollaei sthn
arxikh o8onh me to logo kai meta kleinei. Xwris thn efarmogh den mporw
na kleisw 8esh sta crossfit ma8hmata. Exw Xiaomi, ekana kai
apegkatastash kai ksana egkatastash. Kwstas"""),
("el", "b137-zoni-palmon-den-sygxronizei", "Παναγιώτης Δ. <panos.d@example.gr>", "Ζώνη καρδιακών παλμών", "technical", "",
"""Η ζώνη καρδιακών παλμών που αγόρασα από το κατάστημά σας πριν από δύο
εβδομάδες σταμάτησε να συγχρονίζεται με το ρολόι. Άλλαξα μπαταρία, την
έσβησα από το Bluetooth και την ξαναέβαλα, τίποτα. Στην προπόνηση
δείχνει παύλες αντί για παλμούς."""),
("el", "b137-fortistis-ilektrikou-podilatou-kapnos", "Αντώνης Χατζής <a.chatzis@example.gr>", "Φορτιστής", "technical", "high",
"""Καλησπέρα σας,

Ο φορτιστής του ηλεκτρικού ποδηλάτου που μου πουλήσατε τον Απρίλιο
άρχισε χθες βράδυ να βγάζει λίγο καπνό από τις σχισμές και μύριζε
καμένο πλαστικό. Τον αποσύνδεσα αμέσως, η μπαταρία φαίνεται εντάξει.
Δεν τον ξαναχρησιμοποίησα. Πώς προχωράμε; Να τον φέρω στο κατάστημα;

Αντώνης Χατζής"""),
("el", "b137-gl-diadromos-xtypaei-reuma", "Popi Alex. <popi.alex@example.gr>", "diadromos", "technical", "high",
"""Geia sas, ton diadromo pou phrame apo sas ton Dekemvrio, otan ton
akoumpaw sta xerouli enw trexei, me xtypaei reuma, mia mikrh tsimpia.
To epathe kai o antras mou. Ton exoume bgalei apo thn priza. Einai se
kanonikh priza me geiwsh. Ti prepei na kanoume?
Poph"""),
("el", "b137-kentro-fysiotherapeias-rantevou-keno", "Κεντρο Φυσικοθεραπειας Κινηση <info@kinisi-physio.example>", "Προγραμμα ραντεβου", "technical", "high",
"""Καλημερα,

απο τις 8 το πρωι το προγραμμα ραντεβου δεν φορτωνει, βγαζει λευκη
σελιδα. Εχουμε 5 φυσικοθεραπευτες και η αιθουσα αναμονης ειναι γεματη,
δεν ξερουμε ποιος ασθενης ειναι για ποιον και τι ωρα. Τα SMS
υπενθυμισης δεν εφυγαν χθες, οποτε αλλοι ηρθαν και αλλοι οχι.
Παρακαλουμε καλεστε μας στο 210 5550 123 αμεσα.

Γραμματεια"""),
("el", "b137-kodikos-kleidoma-logariasmou", "Ελευθερία Σ. <eleftheria.s@example.gr>", "Δεν μπορώ να μπω", "technical", "",
"""Προσπάθησα να συνδεθώ στον λογαριασμό μου για να δω το πρόγραμμα των
μαθημάτων και μετά από τρεις λάθος προσπάθειες μου λέει ότι ο
λογαριασμός κλειδώθηκε. Πάτησα «Ξέχασα τον κωδικό» αλλά ο σύνδεσμος στο
email λέει «έληξε», ακόμα κι αν τον ανοίξω αμέσως. Τι κάνω;"""),
("el", "b137-gl-qr-pisina-den-diavazetai", "Marina Xat. <marina.xat@example.gr>", "eisodos pisinas", "technical", "",
"""kalhmera, o QR kwdikos sto kinhto mou den diabazetai sthn eisodo ths
pisinas edw kai 3 meres, kokkino fwtaki. ka8e fora prepei na me anoigei
h kopela apo to gkise. h syndromh einai energh mexri Septembrio. mhpws
prepei na ton ksanabgalw?"""),
("el", "b137-sxediastis-stolis-sfalma-500", "Λευτέρης Ζαχαρίου <l.zachariou@example.gr>", "Σχεδιαστής στολής", "technical", "",
"""Καλησπέρα, στον online σχεδιαστή για τις στολές του ποδοσφαιρικού μας
συλλόγου, όταν πατάω «Αποθήκευση σχεδίου» γυρίζει για λίγο και μετά
βγάζει «Σφάλμα 500». Έχω χάσει το σχέδιο δύο φορές ήδη, με το σήμα και
τα ονόματα των παικτών. Δοκίμασα Chrome και Firefox."""),
("el", "b137-chip-xronometrisis-lathos-xronos", "Γιαννης Πετρακης <g.petrakis@example.gr>", "Αποτελεσματα 10χλμ Ηρακλειου", "technical", "",
"""Καλησπερα. Στα αποτελεσματα του αγωνα της Κυριακης εχω χρονο 1:38:12
για τα 10 χιλιομετρα, ενω τερματισα σε 48 λεπτα περιπου (το γραφει και
το ρολοι μου). Μαλλον το chip δεν διαβαστηκε στην αφετηρια ή διαβαστηκε
δυο φορες. Αριθμος 2451."""),
("el", "b137-gl-boxing-gym-kartes-melwn", "Fight Club Patras <info@fightclubpatras.example>", "kartes melwn", "technical", "high",
"""Kalhspera, apo to mesimeri to systhma me tis kartes melwn den
leitourgei, h porta den anoigei me kamia karta kai sto pc leei
'database offline'. Exoume 3 mathhmata to apogeuma me 20-25 atoma to
ka8ena kai ta paidia perimenoun apekso. Anoigoume me to kleidi kai
grafoume onomata se xarti, alla etsi den kseroume poios exei plhrwmenh
syndromh. Parakalw kapoios na mas parei thlefwno twra.
Spyros, 6944 555 010"""),
("el", "b137-epeigon-programma-gymnasti", "Δήμητρα Κ. <dimitra.k@example.gr>", "ΕΠΕΙΓΟΝ!!!", "technical", "",
"""ΚΑΛΗΣΠΕΡΑ!!! Η ΕΦΑΡΜΟΓΗ ΔΕΝ ΜΟΥ ΔΕΙΧΝΕΙ ΤΟ ΠΡΟΓΡΑΜΜΑ ΠΟΥ ΜΟΥ ΕΦΤΙΑΞΕ Ο
ΓΥΜΝΑΣΤΗΣ ΜΟΥ, ΒΓΑΖΕΙ ΜΟΝΟ «ΔΕΝ ΥΠΑΡΧΟΥΝ ΠΡΟΠΟΝΗΣΕΙΣ». ΑΥΡΙΟ ΤΟ ΠΡΩΙ
ΘΕΛΩ ΝΑ ΠΑΩ ΓΥΜΝΑΣΤΗΡΙΟ ΚΑΙ ΔΕΝ ΘΥΜΑΜΑΙ ΤΙΠΟΤΑ!"""),
("el", "b137-re-kopilatiki-othoni-proistamenos", "Αλέξανδρος Νικολαΐδης <alex.nikolaidis@example.gr>", "Re: Αίτημα 4471 - κωπηλατική μηχανή", "technical", "high",
"""Τρίτη φορά σας γράφω. Ο τεχνικός σας ήρθε στις 12/3, άλλαξε την
πλακέτα, και η οθόνη της κωπηλατικής σβήνει πάλι μετά από πέντε λεπτά
προπόνησης, ακριβώς όπως πριν. Δεν θέλω τρίτη επίσκεψη από τον ίδιο
τεχνικό. Παρακαλώ να προωθήσετε το θέμα στον προϊστάμενο του τεχνικού
τμήματος.

Α. Νικολαΐδης

> Στις 13/3 ο/η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητέ κύριε Νικολαΐδη, η επισκευή ολοκληρώθηκε. Αν το πρόβλημα
> επανεμφανιστεί, απαντήστε σε αυτό το μήνυμα."""),
("el", "b137-noumera-fanelas-volei-ksekollane", "Όμιλος Βόλεϊ Κορυδαλλού <volley.korydallos@example.gr>", "Στάμπα", "technical", "",
"""Γεια σας, στις φανέλες βόλεϊ που μας φτιάξατε τον Σεπτέμβριο τα νούμερα
στην πλάτη έχουν αρχίσει να ξεκολλάνε και να σκάνε μετά από 3-4
πλυσίματα στους 30 βαθμούς. Στις παλιές μας φανέλες η στάμπα κράτησε
τρία χρόνια. Σας στέλνω φωτογραφίες. Είναι θέμα υλικού;"""),
("el", "b137-gl-pisina-pasxa-wrario", "Fotini P. <fotini.p@example.gr>", "Pasxa", "general", "",
"""Kalhmera, tha einai anoixth h pisina thn Megalh Evdomada kai th
Deftera tou Pasxa? Kai ti wres? Euxaristw"""),
("el", "b137-efxaristies-fysiotherapeftria-mesi", "Ευδοκία Παπαδάκη <evdokia.papadaki@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητή κυρία Λένα,

Σας γράφω με τη βοήθεια της εγγονής μου, γιατί με τα κομπιούτερ δεν τα
πάω καλά. Ήθελα να σας ευχαριστήσω για την υπομονή σας όλους αυτούς
τους μήνες με τη μέση μου. Στα 78 μου ξαναπήγα μόνη μου στη λαϊκή το
Σάββατο, και ανέβηκα και τα σκαλιά της εκκλησίας χωρίς μπαστούνι.
Ο Θεός να σας έχει καλά.

Ευδοκία Παπαδάκη"""),
("el", "b137-proponitis-pygmaxias-gios-idioktitis", "Θοδωρής Καραλής <th.karalis@example.gr>", "Συμπεριφορά προπονητή", "general", "high",
"""Καλησπέρα,

Την Πέμπτη στο παιδικό τμήμα πυγμαχίας ο προπονητής έβαλε τον 11χρονο
γιο μου να κάνει sparring με ένα παιδί δύο χρόνια μεγαλύτερο, χωρίς
κράνος, και όταν ο μικρός ζήτησε να σταματήσει τον αποκάλεσε «κοτούλα»
μπροστά σε όλους. Ο γιος μου γύρισε με ματωμένη μύτη και δεν θέλει να
ξαναπατήσει.

Θέλω να μιλήσω με τον ιδιοκτήτη της σχολής, όχι με τον συγκεκριμένο
προπονητή.

Θ. Καραλής"""),
("el", "b137-gl-ksexasa-gyalakia-apodytiria", "Manos R. <manos.r@example.gr>", "ta gyalakia mou", "general", "",
"""geia, ksexasa xtes to apogeuma ta gyalakia kolymbhshs (mple, Speedo)
kai mia kokkinh petseta sta antrika apodyteria, ston pagko dipla sta
ntous. mhpws ta vrhkate? perasa shmera alla h reception eixe kleisei.
euxaristw, Manos"""),
("el", "b137-stoles-paradosi-kafeneio-plateia", "Π.Ο. Όλυμπος Κατερίνης <info@olympos-podilasia.example>", "Αποστολή παραγγελίας 3402", "general", "",
"""Καλημέρα, για την αποστολή της παραγγελίας 3402 (ποδηλατικές στολές)
παρακαλούμε ο κούριερ να την αφήσει στο καφενείο «Ο Πλάτανος» στην
πλατεία, δίπλα στα γραφεία του ομίλου, γιατί τα γραφεία είναι ανοιχτά
μόνο Τρίτη και Πέμπτη απόγευμα. Ο κ. Στάθης του καφενείου το ξέρει.
Τηλ. 6977 555 321."""),
("el", "b137-gl-allagi-kinhtou-email", "Nikos Lazarou <nikoslaz@example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhspera, allaksa kinhto kai email. Neo kinhto 6955 555 887, neo
email ayto apo to opoio sas grafw. To palio (nlazarou@example.com) na
to sbhsete. Eimai melos sto gym ths Kalamarias. Eyxaristw"""),
("el", "b137-diagrafi-dedomenon-gdpr-sms", "Αννα Βλαχου <anna.vlachou@example.gr>", "Διαγραφη δεδομενων", "general", "",
"""Καλησπερα σας. Δεν ειμαι πλεον μελος του αθλητικου σας κεντρου απο το
2022. Συμφωνα με τον Γενικο Κανονισμο Προστασιας Δεδομενων ζητω να
διαγραψετε ολα τα προσωπικα μου δεδομενα, μαζι με τη φωτογραφια της
καρτας μελους, και να σταματησετε να μου στελνετε διαφημιστικα SMS.
Παρακαλω επιβεβαιωστε μου γραπτως.

Αννα Βλαχου"""),
("el", "b137-xorigia-farmakeio-podilatikos-gyros", "Φαρμακείο Μαργαρίτη <info@farmakeio-margariti.example>", "Χορηγία", "general", "",
"""Καλημέρα σας, είμαστε φαρμακείο στο Ναύπλιο και θα θέλαμε να
στηρίξουμε τον ποδηλατικό γύρο που διοργανώνετε τον Οκτώβριο, π.χ. με
νερά και είδη πρώτων βοηθειών στους σταθμούς ή με το λογότυπό μας στα
νούμερα των αθλητών. Με ποιον μπορούμε να μιλήσουμε;"""),
("el", "b137-gl-agonas-dromou-paidiko", "Lena M. <lena.m@example.gr>", "Erwthsh", "general", "",
"""Geia sas, ston agwna dromou ths Kyriakhs yparxei kai paidiko
agwnisma? H korh mou einai 9 xronwn kai thelei na treksei. Prepei na
einai mazi ths enhlikas h mporei na treksei monh ths?"""),
("el", "b137-spasmeno-skalopati-eisodos-gym", "Κωνσταντίνος Μ. <konst.m@example.gr>", "Σκαλοπάτι στην είσοδο", "general", "high",
"""Καλησπέρα,

Θα ήθελα να σας ενημερώσω ότι το δεύτερο σκαλοπάτι στην είσοδο του
γυμναστηρίου στην Κηφισιά έχει σπάσει στην άκρη και το μάρμαρο
κουνιέται. Σήμερα το πρωί ένας ηλικιωμένος κύριος από το πρωινό τμήμα
σκόνταψε και παραλίγο να πέσει με το κεφάλι. Δεν υπάρχει καμία σήμανση.

Καλό θα ήταν να το δει κάποιος πριν χτυπήσει άνθρωπος.

Κ. Μ."""),
("el", "b137-o-proponitis-me-skotose", "Ραφαέλα Κ. <rafaela.k@example.gr>", "Δευτέρα πρωί", "general", "",
"""Ο Μάκης στο πρωινό circuit της Δευτέρας με σκότωσε! Δεν μπορώ να
κατέβω τις σκάλες, πονάνε μέχρι τα φρύδια μου. Είναι σκέτος βασανιστής
και τον λατρεύω. Να του πείτε ότι την Πέμπτη θα είμαι πάλι εκεί, να μη
χαρεί!"""),
("el", "b137-gl-bravo-vradini-podilatodromia", "Takis K. <takis.k@example.gr>", "Kyriakh", "general", "",
"""Kalhspera, thelw na pw ena megalo mpravo sthn omada pou organwse th
vradinh podhlatodromia thn Kyriakh. Oi e8elontes sta stayrodromia htan
pantou, ta paidia mas to xarhkan poly. Tou xronou 8a er8oume me olh thn
parea. Takhs kai h oikogeneia"""),
("el", "b137-fysiotherapeia-parapempitiko-axilleios", "Ηλίας Τσολάκης <ilias.tsolakis@example.gr>", "Πληροφορίες", "general", "",
"""Καλησπέρα σας. Έχω ένα πρόβλημα στον αχίλλειο εδώ και δύο μήνες από
το τρέξιμο. Χρειάζεται να έχω παραπεμπτικό από ορθοπεδικό για να κλείσω
ραντεβού στο ιατρείο σας ή μπορώ να έρθω κατευθείαν; Και δουλεύετε
Σάββατο;"""),
# ---------------- Spanish ----------------
("es", "b137-cuota-piscina-cobrada-dos-veces", "Lucía Navarro <lucia.navarro@example.es>", "Cuota de octubre", "billing", "",
"""Hola, buenas tardes:

Este mes me habéis pasado dos veces el recibo de la piscina municipal,
38,50 € el día 1 y otros 38,50 € el día 3. Solo tengo una inscripción
(natación libre, adulto). ¿Me podéis devolver el segundo cargo?

Gracias,
Lucía Navarro"""),
("es", "b137-entrenador-meses-sin-intereses", "Diego Hernández <diego.hdz@example.com.mx>", "Paquete de entrenamiento personal", "billing", "",
"""Buenas tardes, me interesa el paquete de 12 sesiones con entrenador
personal en la sucursal Polanco, que en la página sale en $4,800 MXN.
¿Se puede pagar a meses sin intereses con tarjeta de crédito? ¿O
aceptan transferencia SPEI?
Saludos."""),
("es", "b137-baja-cuota-club-fallecio-papa", "Martina Sosa <martina.sosa@example.com.ar>", "Socio 1187 - Héctor Sosa", "billing", "",
"""Hola, les escribo por mi papá, Héctor Sosa, socio 1187 del club de
ciclismo desde hace más de treinta años. Falleció el mes pasado. La
cuota social de $18.000 se le sigue debitando de la tarjeta. Les pido
que la den de baja. Si necesitan el certificado de defunción me avisan
y se los mando.

Gracias por todo lo que el club fue para él.
Martina"""),
("es", "b137-dorsal-solidario-no-devolucion", "Álvaro Méndez <alvaro.mendez@example.es>", "Dorsal solidario Maratón Valencia", "billing", "",
"""Hola:

Tengo uno de vuestros dorsales solidarios para el Maratón de Valencia y
me acaban de operar del menisco, así que este año no corro. No quiero
que me devolváis los 120 € de la inscripción: quedáoslos como donativo
para la fundación. Lo único que necesito es el certificado de donación
para la renta, a nombre de Álvaro Méndez Ruiz, DNI 12345678Z.

Un saludo y mucho ánimo con el proyecto."""),
("es", "b137-factura-cif-equipaciones-club", "CD Atlético Vallecas Basket <secretaria@atvallecasbasket.example>", "Pedido 20931", "billing", "",
"""Buenos días:

Necesitamos la factura del pedido 20931 (30 equipaciones de juego con
nombre y número) a nombre del club, no del entrenador que hizo el
pedido: Club Deportivo Atlético Vallecas Basket, CIF G12345678, C/
Sierra de Cazorla 14, 28031 Madrid.

Sin la factura a nombre del club el ayuntamiento no nos justifica la
subvención.

Un saludo,
Secretaría"""),
("es", "b137-marcha-cicloturista-suspendida-consumo", "Jordi Puig <jordi.puig@example.es>", "Inscripción marcha 14 de septiembre", "billing", "high",
"""Buenas,

La marcha cicloturista del 14 de septiembre se suspendió la víspera y
desde entonces no hay manera de que me devolváis los 55 € de la
inscripción. Vuestro reglamento dice textualmente que «en caso de
suspensión por parte de la organización se devolverá el importe
íntegro». Ahora me ofrecéis un descuento del 20 % para la edición del
año que viene.

Si en diez días no tengo el dinero, presento una reclamación en la
oficina de consumo, con copia del reglamento.

Jordi Puig"""),
("es", "b137-fisio-cobro-sesion-no-realizada-gerente", "Gabriela Torres <gaby.torres@example.com.mx>", "Cobro indebido", "billing", "high",
"""Buenas tardes.

Me cobraron $850 por una sesión de fisioterapia del jueves 6 que NO se
realizó: llegué a la clínica de Coyoacán y me dijeron que el
fisioterapeuta no había ido. Quedaron en reembolsarla y hoy veo que
además me cobraron dos veces la sesión del lunes.

Ya hablé tres veces con recepción y nadie me resuelve. Quiero hablar
con el gerente de la clínica y que me devuelvan mi dinero.

Gabriela Torres"""),
("es", "b137-cambio-talla-guantes-boxeo", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Cambio de guantes", "billing", "",
"""Buenas tardes, compré unos guantes de boxeo de 10 oz en la tienda del
gimnasio en Chapinero ($180.000) pero el profe dice que para sparring
necesito de 14. No los he usado, todavía tienen la etiqueta. ¿Me los
pueden cambiar? Pago la diferencia si son más caros.
Gracias, muy amables."""),
("es", "b137-re-congelar-plan-intercambio", "Catalina Muñoz <catalina.munoz@example.cl>", "RE: Congelamiento de plan", "billing", "",
"""Hola Francisca, gracias por responder tan rápido. Entonces congelamos
el plan desde el 1 de agosto hasta el 31 de diciembre mientras estoy de
intercambio en Lyon, y no se me cobran los $34.990 mensuales en ese
periodo, ¿cierto? ¿Y en enero se reactiva solo o tengo que avisar?

Cata

De: Francisca - Atención Socios
Enviado: martes
Asunto: Congelamiento de plan
> Hola Catalina, sí, los planes anuales se pueden congelar por
> estudios en el extranjero hasta 6 meses, presentando la carta de la
> universidad. Avísanos desde qué fecha."""),
("es", "b137-descuento-familia-numerosa-piscina", "Paco Jimenez <paco.jimenez@example.es>", "descuento", "billing", "",
"""Buenas, somos familia numerosa (tres hijos) y queriamos apuntarnos los
cinco a la piscina cubierta. Hay algun descuento con el titulo de
familia numerosa? y se puede pagar trimestral en vez de mensual?
gracias"""),
("es", "b137-cobro-usd-tras-baja-desconocer", "Federico Ibarra <fede.ibarra@example.com.ar>", "Cobro en dólares", "billing", "high",
"""Hola. Me di de baja de la app de entrenamiento en marzo (tengo el mail
de confirmación de ustedes) y en abril y mayo me siguieron cobrando USD
14,99 por mes en la tarjeta, que con los impuestos me terminaron
costando casi $40.000 cada uno. Escribí dos veces y me contestaron con
un mensaje automático.

Ya hablé con el banco: si esta semana no me devuelven los dos cargos,
desconozco las compras con la tarjeta y que lo resuelvan ellos.

Federico Ibarra"""),
("es", "b137-traslado-tenerife-baja-boxeo", "Rubén Castaño <ruben.castano@example.es>", "Me voy a Tenerife", "billing", "",
"""Buenas, chavales. Me han trasladado por trabajo a Tenerife a partir
del mes que viene, así que toca despedirse del gimnasio. Que no me
paséis la cuota de noviembre (45 €), porfa. Ha sido un placer entrenar
con vosotros, a ver si encuentro algo parecido allí.
Rubén"""),
("es", "b137-certificado-regalo-box-vencido", "Verónica Salinas <vero.salinas@example.com.mx>", "Certificado de regalo", "billing", "",
"""Hola, mi novio me regaló un certificado de 8 clases de box ($1,600) en
mi cumpleaños, en enero. Quise reservar esta semana y el sistema dice
que el certificado venció el 30 de junio. Nadie nos dijo que tenía
vigencia. ¿Hay forma de extenderlo o de que quede como saldo a favor?"""),
("es", "b137-matricula-cobrada-al-renovar", "Sonia Prieto <sonia.prieto@example.es>", "Renovacion", "billing", "",
"""Hola, he renovado el bono anual del club de natacion y en el cargo me
habeis vuelto a cobrar los 30 euros de matricula, cuando en la web pone
que la matricula solo se paga el primer año. Llevo ya cuatro temporadas
con vosotros. Podeis revisarlo?
Sonia"""),
("es", "b137-app-reserva-calle-no-es-pago", "Marcos Ferrer <marcos.ferrer@example.es>", "App de reservas", "technical", "",
"""Hola, no es un tema de pagos, lo tengo todo al día. Desde la
actualización del lunes, al intentar reservar calle en la app me sale
«Error de conexión» y se queda la pantalla en blanco. Con el wifi de
casa y con datos, igual. Android 13, Samsung A54. Desde la web sí me
deja."""),
("es", "b137-pulsera-acceso-luz-roja", "Luis Ángel Pérez <luisangel.perez@example.com.mx>", "pulsera", "technical", "",
"""que tal, mi pulsera de acceso dejó de funcionar desde el sábado, la
paso por el torniquete y sale luz roja. La membresía está vigente hasta
diciembre, ya lo revisé en la app. En recepción me dejaron pasar pero
dicen que lo tiene que ver sistemas."""),
("es", "b137-rodillo-transformador-humo", "Íñigo Etxeberria <inigo.etxeberria@example.es>", "Rodillo inteligente", "technical", "high",
"""Buenas tardes:

Os escribo por el rodillo inteligente que compré en vuestra tienda
online en febrero (pedido 88213). Ayer, a los veinte minutos de
entrenamiento, el transformador empezó a echar un hilo de humo y olía a
quemado. Lo desenchufé enseguida y lo he dejado en la terraza. El
rodillo en sí parece estar bien.

¿Qué hago con él? No quiero volver a enchufarlo.

Un saludo,
Íñigo"""),
("es", "b137-bateria-bici-electrica-hinchada", "Paula Giménez <paula.gimenez@example.com.ar>", "Batería", "technical", "high",
"""Hola, buenas. La batería de la bici eléctrica que me vendieron en
noviembre está hinchada, se nota que la carcasa se abrió un poco de un
costado, y cuando la saqué del cargador estaba bastante caliente. La
dejé en el balcón, lejos de todo. ¿Qué hago con ella? ¿La llevo al
local o la pasan a buscar? No quiero tenerla adentro del departamento.
Paula"""),
("es", "b137-clinica-fisio-agenda-caida", "Clínica FisioSport Triana <recepcion@fisiosporttriana.example>", "Agenda", "technical", "high",
"""Buenos días,

Desde las 8:30 la agenda online no carga, sale la rueda girando y
después «sesión caducada». Tenemos la sala de espera llena, seis fisios
sin saber a quién les toca, y los pacientes no pueden ver ni cambiar
sus citas desde el móvil, así que el teléfono no para. Estamos
apuntando a mano como podemos.

Por favor, que alguien nos llame cuanto antes al 954 555 012.

Recepción - FisioSport Triana"""),
("es", "b137-codigo-verificacion-no-llega", "Laura Gómez <laura.gomez@example.com.co>", "No puedo ingresar", "technical", "",
"""Buenas noches, estoy tratando de ingresar a la plataforma de clases
virtuales y me pide un código de verificación que nunca me llega al
celular. Ya revisé que el número esté bien (310 555 4821). Lo intenté
como diez veces. Gracias por la ayuda."""),
("es", "b137-chip-no-aparezco-clasificacion", "Raquel Dominguez <raquel.dominguez@example.es>", "Clasificacion 10K", "technical", "",
"""Hola, corri el domingo la 10K, dorsal 3092, y no aparezco en la
clasificacion. Llevaba el chip en la zapatilla como deciais. Tengo la
foto de la llegada con el reloj de meta marcando 52:10. Podeis
revisarlo? Gracias"""),
("es", "b137-box-monterrey-torniquetes-sin-conexion", "Box Norte Monterrey <contacto@boxnortemty.example>", "sistema", "technical", "high",
"""Buenos días, desde las 5:45 el sistema de acceso no reconoce a ningún
socio, los torniquetes no abren y la tablet de recepción dice «sin
conexión con el servidor». A las 6 tenemos clase de 30 personas y ya
hay fila afuera, varios se fueron. Estamos dejando pasar a todos a mano
sin poder checar quién está al corriente. Necesitamos que alguien lo
revise YA.

Héctor Garza, encargado"""),
("es", "b137-personalizador-camisetas-procesando", "Nerea Alonso <nerea.alonso@example.es>", "Personalizador", "technical", "",
"""Hola, en el personalizador de camisetas de vuestra web, cuando subo el
escudo del club (PNG de 800 KB) se queda en «Procesando...» y no pasa
de ahí. Lo he probado con Chrome y con Safari, en dos ordenadores. ¿Os
lo puedo mandar por correo y lo colocáis vosotros?"""),
("es", "b137-clases-en-vivo-se-cortan", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Clases online", "technical", "",
"""Hola, las clases en vivo de funcional se cortan cada 5 minutos más o
menos desde la semana pasada, queda la imagen pegada y hay que salir y
volver a entrar. Tengo fibra de 600 megas y Netflix anda perfecto. Las
clases grabadas andan bien."""),
("es", "b137-urgente-plan-entreno-no-aparece", "Vanesa Ortiz <vanesa.ortiz@example.es>", "URGENTE", "technical", "",
"""URGENTEEE. Mi entrenador me ha subido el plan nuevo a la app y a mi no
me aparece NADA, solo el de hace dos meses. Mañana tengo entreno a las 7
y no se que hacer!!!"""),
("es", "b137-re-bici-estatica-pantalla-responsable", "Manuel Herrera <manuel.herrera@example.es>", "Re: Incidencia 55210 - bicicleta estática", "technical", "high",
"""Es la tercera vez que os escribo. La pantalla de la bicicleta estática
sigue sin encender después de la «reparación» del técnico del día 4,
que cambió un cable y se fue. Llevo seis semanas sin poder usarla.

No quiero más respuestas automáticas. Pido que el caso lo lleve un
responsable del servicio técnico y que me llame.

Manuel Herrera
Tel. 600 555 219

> El 05/11, Servicio Técnico escribió:
> Estimado cliente, le confirmamos que la intervención en su
> domicilio ha sido completada. Si el problema persiste, responda a
> este correo indicando el número de incidencia."""),
("es", "b137-vinilo-numeros-hockey-se-despega", "Los Andes Hockey <hockey.losandes@example.com.ar>", "Camisetas", "technical", "",
"""Hola, les compramos 22 camisetas de hockey con número y apellido en
vinilo en marzo. Después de tres o cuatro lavados, la mitad de los
números se están despegando de las puntas y algunos se cuartearon. Las
lavamos del revés y en frío como dice la etiqueta. ¿Es un problema del
material? Les mando fotos si quieren."""),
("es", "b137-horario-piscina-semana-santa", "Mercedes Lozano <mercedes.lozano@example.es>", "Semana Santa", "general", "",
"""Buenas, ¿qué horario tiene la piscina en Semana Santa? ¿Abre el Jueves
y el Viernes Santo? Gracias."""),
("es", "b137-agradecimiento-fisio-cadera", "Remedios Gil <remedios.gil@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Les escribo para dar las gracias a la fisioterapeuta Carmen, que me ha
atendido desde la operación de cadera en marzo. Tengo 81 años y pensaba
que ya no saldría a pasear sola. Pues la semana pasada fui andando
hasta el mercado y volví con la compra. Ha tenido mucha paciencia
conmigo, y siempre con una sonrisa.

Reciban un cordial saludo,
Remedios Gil Sanz"""),
("es", "b137-entrenador-box-humillo-hija-dueno", "Ricardo Aguilar <ricardo.aguilar@example.com.mx>", "Lo que pasó el martes", "general", "high",
"""Buenas noches.

El martes en la clase infantil de box el entrenador Omar le gritó a mi
hija de 10 años delante de todos que «pega como niña llorona» y la puso
a hacer lagartijas de castigo hasta que se puso a llorar. Otras dos
mamás lo vieron.

Quiero hablar directamente con el dueño del gimnasio, no con Omar ni
con recepción. Mientras tanto mi hija no regresa.

Ricardo Aguilar"""),
("es", "b137-olvide-gafas-reloj-vestuario", "Javi Martín <javi.martin@example.es>", "Objetos perdidos", "general", "",
"""Hola, ayer por la tarde me dejé en el vestuario de hombres unas gafas
de natación negras y un reloj Casio plateado, creo que en el banco de
las taquillas del fondo. ¿Los ha entregado alguien?
Gracias, Javi (socio 4471)"""),
("es", "b137-entrega-pedido-secretaria-club", "Gonzalo Ferreyra <gonzalo.ferreyra@example.com.ar>", "Pedido 7781", "general", "",
"""Buenas, para el envío del pedido 7781 les pido que lo dejen en la
secretaría del club (Av. San Martín 2250, Córdoba), de lunes a viernes
de 17 a 21. En la dirección de facturación no hay nadie durante el día.
Preguntar por Silvia.
Gracias!"""),
("es", "b137-actualizar-correo-celular", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes, por favor actualizar mis datos: nuevo celular 315 555
0987 y nuevo correo, este desde el que les escribo. Soy afiliada a la
sede de El Poblado. Mil gracias."""),
("es", "b137-rgpd-fotos-carreras-populares", "Sergio Lorenzo <sergio.lorenzo@example.es>", "Protección de datos", "general", "",
"""Buenos días:

En ejercicio de los derechos que me reconoce el RGPD, solicito acceso a
los datos personales que tienen sobre mí como participante de sus
carreras populares de 2023 y 2024, y que me indiquen si han cedido mis
fotografías o mis datos a patrocinadores o a terceros. Asimismo
solicito que se supriman mis fotografías de su galería web.

Atentamente,
Sergio Lorenzo Vidal"""),
("es", "b137-patrocinio-taqueria-5k", "Taquería El Güero <contacto@taqueriaelguero.example>", "Patrocinio", "general", "",
"""Qué tal, somos una taquería en Guadalajara y varios de nuestros
clientes corren con ustedes. Nos gustaría patrocinar la carrera de 5K
de noviembre, ya sea con playeras o con tacos para los corredores al
final. ¿Con quién podemos platicar?"""),
("es", "b137-10k-con-carro-de-bebe", "Tomás Vergara <tomas.vergara@example.cl>", "Consulta", "general", "",
"""Hola, ¿se puede correr los 10K con carro de bebé? Mi señora y yo
queremos ir con el Benja (1 año). Si se puede, ¿hay que partir atrás o
en algún bloque especial?"""),
("es", "b137-cristales-zona-chapoteo", "Beatriz Calvo <beatriz.calvo@example.es>", "Zona de chapoteo", "general", "high",
"""Hola:

Esta tarde, en la zona de chapoteo de la piscina de verano, había trozos
de cristal de una botella rota junto al borde, en el césped y dentro del
agua poco profunda. Avisé al socorrista y recogió algunos, pero los
niños siguieron bañándose y yo vi al menos otro trozo después. No ha
pasado nada, por suerte.

Creo que habría que revisar bien esa zona antes de abrir mañana.

Beatriz Calvo"""),
("es", "b137-spinning-fue-un-asesinato", "Nuria Sáez <nuria.saez@example.es>", "Spinning del miércoles", "general", "",
"""Lo de Dani el miércoles en spinning fue un asesinato en toda regla.
Salí muerta, me temblaban las piernas en la ducha y aun así ya me he
apuntado para el que viene. Qué bestia de clase. ¡Que no cambie nunca!"""),
("es", "b137-edad-escuelita-ciclismo", "Carolina Benítez <carolina.benitez@example.com.ar>", "Escuelita de ciclismo", "general", "",
"""Hola! ¿Desde qué edad pueden ir los chicos a la escuelita de ciclismo
de los sábados? Mi hijo tiene 7 y anda en bici sin rueditas desde los
5. ¿Tiene que llevar casco propio?"""),
("es", "b137-recepcionista-mal-genio-usaquen", "Mauricio Cárdenas <mauricio.cardenas@example.com.co>", "Atención en recepción", "general", "",
"""Buenas tardes. Quiero dejar constancia de que la recepcionista de la
sede de Usaquén del turno de la mañana (el lunes a las 7 am) me atendió
de muy mala manera cuando pregunté por el horario de la piscina, me
contestó sin mirarme y de mal genio. No es la primera vez. Ojalá lo
tengan en cuenta.
Mauricio"""),
# ---------------- Polish ----------------
("pl", "b137-karnet-basen-podwojne-obciazenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Karnet open na basen", "billing", "",
"""Dzień dobry,

za karnet open na basen na listopad (139 zł) zostałam obciążona dwa
razy - 2 i 3 listopada, obie transakcje widać na wyciągu. Mam tylko
jeden karnet. Proszę o zwrot drugiej kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b137-trener-personalny-raty-blik", "Kamil Nowicki <kamil.nowicki@example.pl>", "Pakiet treningów", "billing", "",
"""Cześć, interesuje mnie pakiet 12 treningów personalnych z Pawłem
(1 680 zł). Da się to rozłożyć na raty albo płacić za każdy miesiąc
osobno? I czy mogę zapłacić BLIKiem, czy tylko kartą na miejscu?"""),
("pl", "b137-tata-zmarl-karnet-seniora", "Marek Zielinski <marek.zielinski@example.pl>", "Karnet Jana Zielinskiego", "billing", "",
"""Dzien dobry, moj tata Jan Zielinski zmarl w zeszlym tygodniu. Mial
karnet seniora na silownie i basen, 89 zl miesiecznie sciagane z jego
konta. Prosze o zamkniecie karnetu i niepobieranie kolejnych oplat.
Jesli potrzebny jest akt zgonu, moge przeslac skan.

Marek Zielinski"""),
("pl", "b137-pakiet-charytatywny-maraton-bez-zwrotu", "Joanna Pawlak <joanna.pawlak@example.pl>", "Pakiet charytatywny - Maraton Warszawski", "billing", "",
"""Dzień dobry,

mam pakiet charytatywny na Maraton Warszawski przez Państwa fundację
(opłata 250 zł). Niestety lekarz zabronił mi biegać do końca roku -
zapalenie ścięgna. Nie chcę zwrotu pieniędzy, niech zostaną jako
darowizna na podopiecznych fundacji. Potrzebuję tylko potwierdzenia
darowizny do odliczenia w PIT.

Z pozdrowieniami
Joanna Pawlak"""),
("pl", "b137-faktura-nip-stroje-kolarskie", "KK Orzeł Radom <biuro@kkorzelradom.example>", "Zamówienie 7712", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT do zamówienia 7712 (18 kompletów
strojów kolarskich z nadrukiem) na dane klubu: Klub Kolarski Orzeł
Radom, ul. Struga 45, 26-600 Radom, NIP 796-000-00-00. Paragonu nie
możemy rozliczyć.

Z poważaniem
Skarbnik klubu"""),
("pl", "b137-wyscig-odwolany-rzecznik-konsumentow", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Zwrot opłaty startowej", "billing", "high",
"""Dzień dobry,

wyścig szosowy zaplanowany na 8 września został odwołany przez
organizatora dzień wcześniej. Zapłaciłem 180 zł opłaty startowej.
Regulamin (pkt 7.3) mówi jasno: w przypadku odwołania imprezy przez
organizatora opłata zostaje zwrócona w całości. Od trzech tygodni
dostaję tylko odpowiedzi, że „sprawa jest analizowana”, a teraz
proponujecie voucher na przyszły rok.

Jeśli w ciągu 7 dni nie otrzymam zwrotu na konto, zgłaszam sprawę do
miejskiego rzecznika konsumentów.

Tomasz Kaczmarek"""),
("pl", "b137-fizjo-oplata-nieodbyta-wizyta-kierownik", "Ewa Michalska <ewa.michalska@example.pl>", "Opłata za wizytę, która się nie odbyła", "billing", "high",
"""Dzień dobry,

w czwartek przyszłam na wizytę u fizjoterapeuty na 17:00 i okazało się,
że grafik był źle ustawiony i nikt mnie nie przyjmie. Dziś widzę, że
pobrano z karty 200 zł za tę wizytę jako „nieodwołaną”. Pani w
recepcji powiedziała, że nie może tego cofnąć.

Proszę o przekazanie sprawy kierownikowi gabinetu i zwrot 200 zł.

Ewa Michalska"""),
("pl", "b137-wymiana-rekawic-bokserskich", "Bartek Sowa <bartek.sowa@example.pl>", "rękawice", "billing", "",
"""hej, kupiłem u was rękawice bokserskie 12 oz, ale trener mówi że na
sparingi potrzebuję 16. Są nieużywane, w folii. Mogę je wymienić na 16
i dopłacić różnicę? Paragon mam."""),
("pl", "b137-re-zawieszenie-karnetu-ciaza", "Magdalena Król <magdalena.krol@example.pl>", "Re: Zawieszenie karnetu", "billing", "",
"""Dziękuję za szybką odpowiedź. W takim razie proszę o zawieszenie
karnetu od 1 lutego na 4 miesiące (w czerwcu termin porodu, więc potem
jeszcze się odezwę). Rozumiem, że w tym czasie nie będzie pobierana
opłata 149 zł, tylko 15 zł za utrzymanie ceny?

Magda

W dniu 20.01 Recepcja Fit Point napisał(a):
> Dzień dobry, karnet można zawiesić na maksymalnie 6 miesięcy z
> powodów zdrowotnych, w tym ciąży. W okresie zawieszenia pobieramy
> 15 zł miesięcznie za utrzymanie obecnej ceny karnetu."""),
("pl", "b137-znizka-karta-duzej-rodziny-basen", "Piotr Dudek <piotr.dudek@example.pl>", "Pytanie o zniżki", "billing", "",
"""Dzień dobry, czy na basenie honorujecie Kartę Dużej Rodziny? Chcemy
kupić karnety dla całej rodziny (2 dorosłych, 3 dzieci). A jeśli
kupimy na pół roku z góry, to jest jakiś rabat?"""),
("pl", "b137-oplata-po-rezygnacji-chargeback", "Lukasz Wojcik <lukasz.wojcik@example.pl>", "Rezygnacja", "billing", "high",
"""Dzien dobry,

zrezygnowalem z czlonkostwa w klubie bokserskim w sierpniu, z
zachowaniem miesiecznego okresu wypowiedzenia (mam potwierdzenie
mailowe z 14.08). Mimo to we wrzesniu i pazdzierniku pobraliscie z
karty po 199 zl. Dwa razy pisalem i nikt nie odpowiada.

Jesli do piatku nie dostane zwrotu 398 zl, skladam w banku reklamacje
transakcji (chargeback).

Lukasz Wojcik"""),
("pl", "b137-wyjazd-norwegia-koniec-silowni", "Krzysztof Mazur <krzysztof.mazur@example.pl>", "Wyjazd", "billing", "",
"""Siema, od stycznia jadę do roboty do Norwegii na dłużej, więc kończę z
siłownią na Bemowie. Nie ściągajcie mi już od stycznia tych 129 zł.
Dzięki za wszystko, szczególnie chłopakom z porannej zmiany.
Krzysiek"""),
("pl", "b137-voucher-treningi-niewazny", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Voucher", "billing", "",
"""Dzień dobry, dostałam od dzieci na imieniny voucher na 5 treningów
personalnych (500 zł). Chciałam się umówić, a w systemie wyskakuje, że
voucher jest nieważny od 31 sierpnia. Na samym voucherze nie ma żadnej
daty. Czy da się go przedłużyć?

Halina Kowalczyk"""),
("pl", "b137-potwierdzenie-wplaty-oboz-kolarski", "Grzegorz Lis <grzegorz.lis@example.pl>", "oboz kolarski - wplata", "billing", "",
"""Dzien dobry, 3 dni temu przelalem 1450 zl za letni oboz kolarski dla
syna (Oskar Lis, grupa junior), w tytule dalem imie i nazwisko syna. W
panelu rodzica dalej jest status „nieoplacone”. Czy przelew do was
dotarl?"""),
("pl", "b137-aplikacja-basen-to-nie-platnosc", "Natalia Baran <natalia.baran@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności - karnet mam opłacony. Od
wczoraj aplikacja pokazuje mi tylko „Coś poszło nie tak” przy próbie
zapisu na aqua aerobik. Wylogowanie i ponowne logowanie nie pomaga,
reinstalacja też nie. iPhone SE."""),
("pl", "b137-karta-klubowa-czerwona-dioda", "Damian Szymanski <damian.szymanski@example.pl>", "karta klubowa", "technical", "",
"""Dzien dobry, moja karta klubowa od poniedzialku nie otwiera bramki,
pika i pali sie czerwona dioda. Karnet jest aktywny do marca. Recepcja
mnie wpuszcza, ale prosze o sprawdzenie co jest nie tak."""),
("pl", "b137-trenazer-zasilacz-iskry-korki", "Rafał Górecki <rafal.gorecki@example.pl>", "Trenażer - zasilacz", "technical", "high",
"""Dzień dobry,

w trenażerze, który kupiłem u Państwa w listopadzie (zamówienie 44018),
przy podłączaniu zasilacza do gniazdka coś trzasnęło, z wtyczki poleciały
iskry i wybiło korki w całym mieszkaniu. Kabel wygląda na
nieuszkodzony. Od tamtej pory go nie używam. Jak mam postąpić?

Pozdrawiam
Rafał Górecki"""),
("pl", "b137-elektrostymulator-kopie-pradem", "Irena Lewandowska <irena.lewandowska@example.pl>", "Elektrostymulator", "technical", "high",
"""Dzień dobry,

kupiłam w sklepie przy Państwa gabinecie fizjoterapii elektrostymulator
do ćwiczeń w domu, polecony przez pana Adama. Na najniższej mocy, przy
zmianie programu, urządzenie mocno „kopie” prądem - aż podskoczyłam i
ręka bolała mnie przez pół godziny. Elektrody są nowe. Odłożyłam go i
nie używam.

Irena Lewandowska"""),
("pl", "b137-studio-treningowe-rezerwacje-padly", "Studio Forma <kontakt@studioforma.example>", "System rezerwacji", "technical", "high",
"""Dzień dobry,

od rana system rezerwacji nie działa - w panelu trenera pusty grafik, a
klienci dostają SMS-y o odwołaniu treningów, których nikt nie odwoływał.
Część ludzi nie przyszła, inni przyszli na godziny, które ktoś już
zajął. Mamy 6 trenerów i każdy ma dziś pełny dzień. Prosimy o pilny
telefon: 601 555 274.

Studio Forma, Gdańsk"""),
("pl", "b137-reset-hasla-link-404", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie mogę się zalogować do panelu klienta. Po kliknięciu w
link do zmiany hasła z maila pojawia się strona „404 - nie
znaleziono”. Próbowałam z telefonu i z komputera. Proszę o pomoc.

Zofia Adamczyk"""),
("pl", "b137-chip-dnf-polmaraton", "Michał Pietrzak <michal.pietrzak@example.pl>", "Wyniki półmaratonu", "technical", "",
"""Cześć, w wynikach niedzielnego półmaratonu mam DNF, a dobiegłem w 1:47
(numer 1203). Chip był przyczepiony do buta jak w instrukcji. Mam zapis
z zegarka i zdjęcie z mety, jak trzeba."""),
("pl", "b137-silownia-24h-czytnik-drzwi", "Fit24 Widzew <kierownik@fit24widzew.example>", "Drzwi", "technical", "high",
"""Od 5 rano czytnik przy drzwiach nie przyjmuje żadnej karty ani kodu z
aplikacji. Klub jest bez obsługi do 8, więc ludzie stoją pod drzwiami i
odchodzą, mamy już kilkanaście telefonów i zdjęcia kolejki na
Facebooku. Przyjechałem otworzyć kluczem, ale nie mogę tu siedzieć cały
dzień. Proszę o natychmiastowy kontakt, 502 555 903.

Paweł, kierownik klubu"""),
("pl", "b137-konfigurator-strojow-nie-zapisuje", "Oliwia Jabłońska <oliwia.jablonska@example.pl>", "Konfigurator", "technical", "",
"""Dzień dobry, w konfiguratorze strojów dla drużyny siatkarskiej nie da
się zapisać projektu - po kliknięciu „Zapisz” kręci się kółko i nic.
Dwa razy straciłam cały projekt z nazwiskami zawodniczek. Chrome,
Windows 11."""),
("pl", "b137-pas-tetno-nie-paruje", "Adrian Kubicki <adrian.kubicki@example.pl>", "pas HR", "technical", "",
"""czesc, pas na klatke ktory kupilem u was w zeszlym miesiacu przestal
sie parowac z zegarkiem. bateria nowa, resetowalem zegarek, usuwalem
czujnik i dodawalem od nowa. na zegarku kolegi tez go nie wykrywa.
chyba padl?"""),
("pl", "b137-pilne-plan-treningowy-zniknal", "Sandra Wieczorek <sandra.wieczorek@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Z APLIKACJI ZNIKNĄŁ MÓJ PLAN TRENINGOWY OD TRENERA. Jutro rano
mam trening i nie wiem co mam robić!!! Proszę szybko!!"""),
("pl", "b137-re-biezna-e05-przelozony", "Stanisław Wróblewski <stanislaw.wroblewski@example.pl>", "Re: Zgłoszenie serwisowe 30881 - bieżnia", "technical", "high",
"""Piszę trzeci raz. Po wizycie serwisanta 14.02 (wymiana czujnika)
bieżnia nadal zatrzymuje się sama po kilku minutach i pokazuje błąd
E05. To już druga „naprawa” i żadna nic nie dała. Proszę o przekazanie
sprawy przełożonemu działu serwisu, bo rozmowy z infolinią nic nie
dają.

S. Wróblewski

> Dnia 15.02 Serwis napisał:
> Szanowny Panie, informujemy, że zgłoszenie nr 30881 zostało
> zamknięte po wizycie technika. W razie dalszych problemów prosimy
> o odpowiedź na tę wiadomość."""),
("pl", "b137-nadruk-numerow-peka", "UKS Jedynka Tarnów <uks.jedynka@example.pl>", "Nadruk", "technical", "",
"""Dzień dobry, na koszulkach piłkarskich, które zrobiliście nam we
wrześniu, numery na plecach zaczynają się odklejać i pękać po kilku
praniach w 30 stopniach, na lewej stronie, bez suszarki. Na starych
koszulkach od innej firmy nadruk trzymał trzy sezony. Czy to wada
folii? Mogę przesłać zdjęcia."""),
("pl", "b137-godziny-basenu-boze-cialo", "Jadwiga Nowak <jadwiga.nowak@example.pl>", "Boze Cialo", "general", "",
"""Dzien dobry, czy basen bedzie czynny w Boze Cialo i w piatek po nim? W
jakich godzinach? Dziekuje"""),
("pl", "b137-podziekowanie-fizjoterapeutka-bark", "Teresa Kamińska <teresa.kaminska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym serdecznie podziękować pani Monice, która od stycznia
prowadzi moją rehabilitację barku. Mam 76 lat i myślałam, że już nie
podniosę ręki do szafki. Dziś sama powiesiłam firanki! Pani Monika ma
ogromną cierpliwość i złote ręce.

Z wyrazami szacunku
Teresa Kamińska"""),
("pl", "b137-trener-boksu-ponizal-syna-wlasciciel", "Robert Sikorski <robert.sikorski@example.pl>", "Zajęcia dla dzieci - wtorek", "general", "high",
"""Dzień dobry,

we wtorek na zajęciach boksu dla dzieci trener Marcin wyzywał mojego
10-letniego syna od „mięczaków” i kazał mu robić pompki za karę przy
całej grupie, aż syn się rozpłakał. Widziało to kilkoro rodziców.

Żądam rozmowy z właścicielem klubu, nie z trenerem ani recepcją. Do
tego czasu syn nie przyjdzie na zajęcia.

Robert Sikorski"""),
("pl", "b137-zgubione-sluchawki-szatnia", "Kasia Zając <kasia.zajac@example.pl>", "Zguba", "general", "",
"""Hej, w środę wieczorem zostawiłam chyba w damskiej szatni białe
słuchawki bezprzewodowe w etui, szafka koło suszarek. Czy ktoś je
oddał? Mogę podjechać w każdej chwili."""),
("pl", "b137-dostawa-do-paczkomatu-koszulki", "Wojciech Czarnecki <wojciech.czarnecki@example.pl>", "Zamówienie 7790", "general", "",
"""Dzień dobry, czy zamówienie 7790 (koszulki klubowe) możecie wysłać do
paczkomatu KRA45M zamiast na adres domowy? W ciągu dnia nikogo nie ma,
a kurier już raz zostawił awizo. Dziękuję."""),
("pl", "b137-zmiana-nazwiska-po-slubie", "Paulina Kowalska-Nowak <paulina.kn@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko na Kowalska-Nowak (wczesniej
Kowalska). Prosze o zmiane w moim koncie czlonkowskim, numer karty
00412. Reszta danych bez zmian. Dziekuje, Paulina"""),
("pl", "b137-rodo-usuniecie-zdjec-newsletter", "Andrzej Malinowski <andrzej.malinowski@example.pl>", "RODO", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych
osobowych z Państwa bazy, w tym zdjęć z zawodów pływackich z 2022 roku
opublikowanych na stronie, oraz o zaprzestanie wysyłania newslettera.
Proszę o pisemne potwierdzenie.

Andrzej Malinowski"""),
("pl", "b137-sponsoring-piekarnia-mtb", "Piekarnia Kłos <biuro@piekarniaklos.example>", "Współpraca", "general", "",
"""Dzień dobry, prowadzimy rodzinną piekarnię w Nowym Sączu i chcielibyśmy
zostać sponsorem Państwa wyścigu MTB w maju - np. drożdżówki na mecie i
nasze logo na numerach startowych. Do kogo możemy się zwrócić?"""),
("pl", "b137-gravel-na-maratonie-szosowym", "Marcin Głowacki <marcin.glowacki@example.pl>", "Pytanie", "general", "",
"""Cześć, czy na Waszym maratonie szosowym można jechać na gravelu z
oponami 40 mm? I czy na trasie 150 km jest limit czasu?"""),
("pl", "b137-brak-plytki-przejscie-brodzik", "Beata Olszewska <beata.olszewska@example.pl>", "Przejście do brodzika", "general", "high",
"""Dzień dobry,

chciałam zgłosić, że w przejściu z przebieralni do brodzika brakuje
jednej płytki na posadzce, a krawędzie dziury są ostre. Dziś moja córka
(6 lat) się o nie potknęła i rozcięła palec u stopy. Ratownik opatrzył,
nic poważnego. Dziura nie jest niczym oznaczona, a tamtędy chodzą
wszystkie dzieci z nauki pływania.

Beata Olszewska"""),
("pl", "b137-kuba-mnie-zabil-crossfit", "Marta Sadowska <marta.sadowska@example.pl>", "Czwartkowy crossfit", "general", "",
"""Kuba mnie w czwartek zabił. Serio. Do dziś nie mogę zejść po schodach,
a i tak zapisałam się na kolejny. Sadysta i najlepszy trener w klubie.
Pozdrówcie go ode mnie!"""),
("pl", "b137-syn-14-lat-silownia", "Dominik Walczak <dominik.walczak@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy 14-letni syn może chodzić ze mną na siłownię? Od
jakiego wieku można ćwiczyć samemu?
Pozdrawiam, Dominik"""),
("pl", "b137-recepcja-basen-niegrzecznie", "Elżbieta Jasińska <elzbieta.jasinska@example.pl>", "Obsługa", "general", "",
"""Dzień dobry, w sobotę rano pani z recepcji na basenie przy Wiejskiej
była bardzo niegrzeczna, gdy zapytałam o wolne tory - przewróciła
oczami i powiedziała, że „wszystko jest na tablicy”. Nie oczekuję
przeprosin, ale proszę o zwrócenie uwagi.

E. Jasińska"""),
]
