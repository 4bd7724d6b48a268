# batch140.py -- labelled mails held out of the tree until the rules it
# measures are final: written apart from the generator and the training
# lists, so that nothing is tuned or trained on them.  Kinds of business:
# children 3 -- nurseries and preschools, kids' football coaching,
# children's entertainers, school photography, tutoring apps, kids'
# smartwatches, toy subscription boxes.  The failure classes in new
# situations -- escalation demands and legal threats that keep their
# topic, chargebacks, negations, subjects that say nothing or something
# else, replies quoting an earlier mail, plans ended or paused in other
# words, outages of a business told by their consequences, safety hazards
# told calmly, praise, payment questions, Greeklish -- and everyday mail
# of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b140-en-tax-free-childcare-ref", "Hannah Whitfield <hannah.whitfield@example.co.uk>", "Paying fees through Tax-Free Childcare", "billing", "",
"""Hi there,

Oliver starts in the Caterpillar room on 2 September and I'd like to pay
his fees through my Tax-Free Childcare account rather than by direct
debit. The gov site is asking for the nursery's childcare provider
reference - could you send me that? Also, do I pay a month in advance or
in arrears? The September invoice I've had says £1,084.50.

Thanks,
Hannah"""),
("en", "b140-en-ncs-subsidy-missing", "Aoife Brennan <aoife.brennan@example.ie>", "NCS not taken off", "billing", "",
"""Hi Siobhan,
Just looking at the January statement from the creche and it's the full
€1,150 again, no NCS subsidy taken off. Our award is valid till June
(CHICK code is the same as before) and it was coming off grand up to
December. Could you check it on your side before the direct debit goes
out on Friday?
Thanks a mil,
Aoife (Cillian's mam, Wrens room)"""),
("en", "b140-en-too-big-for-box", "Derek Lowry <dlowry@example.com>", "Little Builders box", "billing", "",
"""Hey, my son Mason turned 8 last week and has informed us very seriously
that he is "too big" for Little Builders now. Who are we to argue. Can
you make sure the March box doesn't ship and we don't get charged the
$34.99? Account is under this email.
Thanks - Derek"""),
("en", "b140-en-sibling-discount-footy", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Term 2 fees", "billing", "",
"""G'day, I've enrolled both boys (Jack U8 and Tom U10) for the Term 2 footy
clinics at Bundoora. The website says 10% off for the second sibling but
I've been charged the full $185 twice, $370 all up. Can you refund the
difference or pop it on as a credit for Term 3? Cheers, Kylie"""),
("en", "b140-en-school-photos-charged-twice-bank", "Gareth Pryce <gareth.pryce@example.co.uk>", "Order SP-448120", "billing", "high",
"""I ordered the Premium Pack (£42) of my daughter's school photos from St
Teilo's on 3 October. My card was charged twice, £84 in total. I emailed
on the 9th and again on the 17th and have had nothing back but the
automatic reply.

If the duplicate £42 isn't back on my card by the end of next week I will
ask my bank to dispute the charge. I'd rather not, but I've run out of
patience.

Gareth Pryce"""),
("en", "b140-en-auto-renewal-grievance-officer", "Ramesh Iyer <ramesh.iyer@example.in>", "Escalation - ticket 88213", "billing", "high",
"""Dear Team,

This is regarding ticket no. 88213. Your app auto-renewed my son's Class 9
annual plan on 14th and debited Rs. 7,999 from my credit card without any
reminder. My son has joined a coaching institute since April and has not
opened the app in 5 months, which you can verify from your records.

Your support executive has told me twice that "renewals are
non-refundable" and closed the ticket. I request you to kindly escalate
this matter to a senior person or your grievance officer and arrange the
refund at the earliest.

Regards,
Ramesh Iyer
Chennai"""),
("en", "b140-en-entertainer-cancelled-small-claims", "Tonya Bishop <tonya.bishop@example.com>", "Deposit for Ava's party", "billing", "high",
"""I paid Bubbles & Co a $150 deposit in January for a princess character at
my daughter's party on April 6. Two days before, your office called to say
the performer was "unavailable" and nobody could cover. Fine, things
happen, we sorted something out ourselves. But it has now been six weeks,
the deposit still hasn't been returned and nobody answers the phone.

I have the small claims petition for Harris County filled out. I will
file it on Monday unless the $150 is back on my card before then.

Tonya Bishop"""),
("en", "b140-en-re-invoice-voucher-scheme", "Priya Shah <priya.shah@example.co.uk>", "Re: Invoice INV-2231 (Maya Shah)", "billing", "",
"""Hi Jo,

Thanks for that. Sorry to be a pain, but my employer's childcare voucher
scheme won't accept it unless the invoice shows the nursery's Ofsted URN
and is addressed to me rather than "Parent of Maya Shah". Could you
reissue it?

Priya

On Tue, 4 Feb 2025 at 10:12, Little Acorns Accounts <accounts@littleacorns.example> wrote:
> Dear Priya,
>
> Please find attached invoice INV-2231 for February (£968.00).
>
> Kind regards,
> Jo
> Little Acorns Day Nursery"""),
("en", "b140-en-freeze-football-cast", "Declan Moran <declan.moran@example.ie>", "Ruairi", "billing", "",
"""Hi lads, Ruairi broke his wrist on the trampoline (of course) and he's in
a cast till mid-March. Is there any way to freeze his €30 a month for the
two months instead of cancelling? He'll be back the minute he's allowed.
Declan"""),
("en", "b140-en-watch-plan-moving-nz", "Sarah Kowalski <sarah.kowalski@example.com.au>", "Hello", "billing", "",
"""Hello,

We're relocating to Christchurch at the end of the month for my husband's
work, and I understand the SIM in Ella's watch won't work over there
anyway. Could you please end the $12/month data plan from 30 June? We'll
hang on to the watch itself.

Thanks,
Sarah"""),
("en", "b140-en-exchange-dressup-size", "Megan Ortiz <megan.ortiz@example.com>", "Order #30917", "billing", "",
"""Hi! The firefighter dress-up set in this month's box is a 3T and my
daughter is nearly 5, it doesn't even go over her shoulders lol. Tags are
still on. Can I swap it for a 5T or do I need to send it back for a
refund? Either is fine.
Megan"""),
("en", "b140-en-gran-receipt-maths-lessons", "Margaret Howell <m.howell@example.co.uk>", "Question", "billing", "",
"""Dear Sir or Madam,

I pay for my grandson's maths lessons on your computer programme, which
my daughter set up on my card. I should like a proper receipt for each
payment of £14.99 please, as I keep all my accounts on paper. I have not
had anything through the post.

Yours faithfully,
Margaret Howell (Mrs)"""),
("en", "b140-en-grandad-card-passed-away", "Lisa Fenwick <lisa.fenwick@example.co.uk>", "Sessions for Alfie", "billing", "",
"""Hi,

Alfie's Saturday coaching has always been paid by his grandad, my dad,
on his card. Dad passed away last month. Please stop taking the payments
from his card - I'll set up a new direct debit from my account so Alfie
can carry on. He loves it and it's been a good distraction for him. Just
tell me what you need from me.

Lisa Fenwick"""),
("en", "b140-en-late-collection-fee-owner", "Craig Docherty <craig.docherty@example.co.uk>", "Late collection charge", "billing", "high",
"""I have been charged £30 for "late collection" on 11 March. I arrived at
17:58, the nursery closes at 18:00, and the room leader signed Isla out at
18:03 because she was still finishing her tea. That is not late
collection.

I've raised it with the room leader and the deputy and been told "the
system records the sign-out time". I want this looked at by the nursery
owner, not by the staff who applied the fee. Please pass this on to her
and remove the charge.

Craig Docherty"""),
("en", "b140-en-watch-offline-not-refund", "Tom Ashworth <tom.ashworth@example.co.uk>", "Watch not showing in app", "technical", "",
"""Before you send me the returns form again - I don't want a refund or a
replacement, the watch itself seems fine. The problem is the parent app.
Since it updated on Sunday, Freddie's watch shows as "offline" in the app
even though he can ring me from it. Logged out and in, reinstalled,
restarted the phone and the watch. Android 14, Pixel 7.

Tom"""),
("en", "b140-en-watch-back-pushed-out", "Bronwyn Carter <bron.carter@example.com.au>", "Charlie's watch", "technical", "high",
"""Hi,

Not sure how much of a big deal this is, but I thought I should let you
know. Charlie's watch was on the charger overnight and this morning the
back of it was quite warm and has bulged out so it doesn't sit flat
anymore - there's a little gap along the edge of the screen now. I've
unplugged it and put it on a plate out on the back verandah away from
everything for the time being.

He's fine, he wasn't wearing it. What should we do with it?

Bronwyn"""),
("en", "b140-en-reset-email-never-arrives", "Jason Whitaker <jwhitaker@example.com>", "can't log in", "technical", "",
"""Trying to log into my daughter's reading app account on the laptop.
Clicked "forgot password" 4 times, no email arrives - checked spam,
checked promotions. The email on the account is this one. She's got a
book report due and all her saved books are in there."""),
("en", "b140-en-live-classes-students-waiting", "Bright Minds Academy <admin@brightminds-academy.example>", "Classroom not opening - 3 batches today", "technical", "high",
"""Hello Support,

Since 4 pm today none of our teachers can start their live class from the
tutor dashboard - the "Start session" button keeps loading and then shows
Error 502. Our Class 10 board prep batch (48 students) sat waiting for 40
minutes and went home. We have two more batches at 6 pm and 7.30 pm with
about 70 students, and parents are already calling the centre.

Our institute ID is BMA-2207. Please call me on 98470 00326 at the
earliest.

Sunil Menon
Centre Head, Bright Minds Academy, Kochi"""),
("en", "b140-en-parent-app-photos-grey", "Niamh Gallagher <niamh.gallagher@example.ie>", "app photos", "technical", "",
"""hi the daily photos and the nappy/sleep log in the parent app have been
blank grey squares since last wednesday. the rest of the app works.
iphone 12, app is up to date. the other mams in the toddler room say
theirs is grand so not sure what's up with mine. niamh"""),
("en", "b140-en-nursery-tablets-no-register", "Manager <manager@sunflowerdaynursery.example>", "Kiosk and room tablets", "technical", "high",
"""Hi,

Since we opened at 7.30 this morning none of the four room tablets or the
front-door kiosk will get past the login screen ("unable to reach
server"). Our internet is fine - I'm sending this from the office PC.

What this means for us: we have no electronic register of which children
are in, no allergy or medication notes for lunchtime, and parents can't
be signed in or out. We are running on paper for 62 children and I've
had to put an extra member of staff on the door. We can't carry on like
this through the afternoon pick-up.

Please ring me on 01632 960418.

Debbie Holt
Nursery Manager, Sunflower Day Nursery"""),
("en", "b140-en-rocket-toy-battery-door", "Kristen Walsh <kwalsh@example.com>", "Light-up rocket from the January box", "technical", "high",
"""Hi, just a heads up about the light-up rocket that came in the January
Tiny Explorers box. The little screw that holds the battery door shut had
worked itself loose, and this morning I found my 2 year old with the door
off and the three button batteries on the rug. I got all three back and
she didn't swallow anything (I counted twice).

The toy is in the trash now. You might want to check the rest of that
batch though, those batteries are really dangerous for little kids.

Kristen"""),
("en", "b140-en-gallery-code-rejected", "Matt O'Brien <matt.obrien@example.com.au>", "Code on the photo card", "technical", "",
"""The card that came home in Lachie's bag says to go to the website and
enter code 7HK-29QX to see his class and individual photos. Every time I
enter it I get "invalid code or gallery has expired". Orders close Friday
according to the note. Tried on my phone and the laptop."""),
("en", "b140-en-watch-location-miles-off", "Rachel Dunn <rachel.dunn@example.co.uk>", "Location", "technical", "",
"""Hello, the location on my son's watch keeps putting him about two miles
away, in the middle of a field by the bypass, when he's actually sat in
his classroom in Stafford. Sometimes it corrects itself after 20 minutes
or so. Location is set to high accuracy in the app. Is this normal
indoors or is the watch faulty?
Rachel"""),
("en", "b140-en-urgent-boss-level-freeze", "Brittany Cole <brittany.cole@example.com>", "URGENT!!! app frozen", "technical", "",
"""URGENT PLEASE!!! my son is literally in tears, the math app freezes every
time he gets to the boss level on World 4, then it kicks him out and his
63 day streak is about to reset at midnight. iPad Air, updated
yesterday. please fix it or at least save his streak"""),
("en", "b140-en-watch-call-crackling", "Anil Deshmukh <anil.deshmukh@example.in>", "Voice issue in calls", "technical", "",
"""Hi,
Purchased the kids smart watch (model KW-4G Pro) for my daughter 3 weeks
back. When she calls me the voice is coming with heavy crackling and
breaking, I can hear only half. Video call is also same. Network is Jio
4G with full signal. Kindly advise if this is a settings issue or the
unit is defective.
Regards,
Anil"""),
("en", "b140-en-camp-booking-page-spins", "Grainne Kelly <grainne.kelly@example.ie>", "Easter camp", "technical", "",
"""Hi, trying to book the Easter camp in Ballincollig for my two and the
page just keeps spinning after I put in the kids' details, it never gets
to the payment bit. Tried Safari and Chrome, phone and laptop. It's not
my card, it doesn't even get that far. Is the site down? Grainne"""),
("en", "b140-en-grandad-video-call-black", "Bernard Ellis <bernard.ellis@example.co.uk>", "Video calls from my grandson's watch", "technical", "",
"""Good afternoon,

My grandson Theo has one of your watches and my daughter has added me as
a contact. He can ring me for an ordinary call, but when he tries to
video call me my telephone rings, and when I answer it the screen stays
black and then it cuts off. I have an iPhone which is about four years
old. Is there a setting I have missed?

With thanks,
Bernard Ellis"""),
("en", "b140-en-thanks-captain-calamity", "Sophie Marsh <sophie.marsh@example.co.uk>", "Saturday's party", "general", "",
"""Hi,

Just wanted to say a massive thank you to Captain Calamity for Noah's 6th
on Saturday. Twenty-two six year olds in a village hall is not for the
faint-hearted and he had every one of them in stitches, even the shy
ones. Several parents have asked for your details so hopefully a few
more bookings are coming your way!

Sophie"""),
("en", "b140-en-lost-boots-astro", "Paddy Keane <paddy.keane@example.ie>", "Boots left behind", "general", "",
"""Howya, our young lad Fionn left his boots (black and yellow Pumas, size
2, name written on the tongue) on the bench at the astro in Clondalkin
after training on Tuesday. Did any of the coaches pick them up?
Thanks, Paddy"""),
("en", "b140-en-coach-yelled-program-director", "Heather Lawson <heather.lawson@example.com>", "Coach Ryan - U7 Saturday group", "general", "high",
"""I'm writing about Coach Ryan who runs the U7 Saturday group in Plano.
This weekend he yelled at my son in front of the whole group for crying
after he got knocked over, told him to "quit being a baby" and made him
sit out the rest of the session. Two other parents saw it. My son is six
and now he doesn't want to go back.

I don't want this handled by Ryan himself. I want a call from the program
director this week.

Heather Lawson
(469) 555-0184"""),
("en", "b140-en-toddler-yard-gate-latch", "Amy Fitzgerald <amy.fitz@example.com.au>", "Side gate", "general", "high",
"""Hi Jenny,

Just mentioning it because I noticed at pick-up yesterday - the latch on
the side gate from the toddler yard out to the car park doesn't catch
anymore. It swung open when one of the little ones leant on it while I
was standing there. An educator pulled it shut, but it was open again
when I left. With the car park and Sydney Road right there I thought the
director should know.

Amy (Harper's mum)"""),
("en", "b140-en-playgroup-age-timings", "Kavitha Reddy <kavitha.reddy@example.in>", "Playgroup admission", "general", "",
"""Hi,
Our son will be 2 years 4 months in June. Is he eligible for Playgroup
this year or should we wait? Also what are the school timings, and is
daycare available after school till 6 pm? We stay in Kondapur.
Thanks,
Kavitha"""),
("en", "b140-en-new-address-emergency-contact", "James Barrow <james.barrow@example.co.uk>", "Change of address / contacts", "general", "",
"""Hi, please can you update Poppy's records:

- new address from 1 May: 7 Larch Close, Harrogate HG2 8TL
- remove Claire Wilkes (childminder) as an emergency contact
- add Susan Barrow (grandmother), 07700 900318 - she is also allowed
  to collect

Thanks, James"""),
("en", "b140-en-delete-daughters-photos", "Laura Chen <laura.chen@example.com>", "Request to delete my child's data", "general", "",
"""Hello,

Your company took picture day photos at Lincoln Elementary in October. I
did not purchase any, and I would like all photos of my daughter, Emma
Chen (2nd grade, Mrs. Ruiz's class), deleted from your systems along with
any other data you hold about her. Please confirm in writing when that
has been done.

Laura Chen"""),
("en", "b140-en-kit-sponsor-bakery", "Dean Parker <dean@parkersbakery.example>", "Sponsoring a team", "general", "",
"""Hi, I own Parker's Bakery on the high street in Rotherham and my lad
plays in your U9s. We'd be keen to sponsor next season's kit (logo on the
front). Who would I speak to about that? Cheers, Dean"""),
("en", "b140-en-communion-face-painter", "Orla Dunne <orla.dunne@example.ie>", "Communion party", "general", "",
"""Hi there, we're having a party at home in Navan for our daughter's
communion on Sat 17 May, 2-5pm, around 25 kids aged 4-10. Do you do a
face painter and a balloon modeller together, and are you free that day?
How much space would they need - it'll be in the back garden if the
weather holds. Orla"""),
("en", "b140-en-box-leave-with-neighbour", "Tegan Walker <tegan.walker@example.com.au>", "Delivery", "general", "",
"""Hi, could you please add a note to our monthly box deliveries to leave it
with the neighbours at number 14 (Pat) if no one's home? The last one sat
on the front step in the rain all afternoon. Thanks! Tegan, 12 Banksia
St, Toowoomba"""),
("en", "b140-en-re-picture-day-siblings", "Zainab Hussain <zainab.hussain@example.co.uk>", "Re: Picture Day - Thursday 14 March", "general", "",
"""Hi,

Thanks for the reminder. My two are at different sites of the same trust
(Amira is in Year 4 at Moorside Primary, Yusuf is at the nursery on the
Greenhill site). Is there any way of getting a photo of them together,
or can I bring Yusuf to Moorside on the day?

Zainab

-----Original Message-----
From: Snapshot School Photography <info@snapshot-schools.example>
Sent: 04 March 2024 16:20
Subject: Picture Day - Thursday 14 March

Dear Parent/Carer,
Our photographers will be at Moorside Primary on Thursday 14 March.
Sibling photos will be taken from 8.15am for families with more than one
child at the school."""),
("en", "b140-en-magician-killed-it", "Jenna Morales <jenna.morales@example.com>", "Wow", "general", "",
"""Okay your magician absolutely KILLED it at Liam's birthday. The kids were
dying, the grown-ups were dying, and the disappearing fire truck trick
blew Liam's tiny mind. He's been trying to make the dog vanish all week.
Do you guys do holiday parties for adults too? My office would lose it.
Jenna"""),
("en", "b140-en-front-desk-behaviour", "Sameer Khan <sameer.khan@example.in>", "Behaviour of front desk staff", "general", "",
"""Dear Sir/Madam,

I wish to bring to your notice the behaviour of the lady at the front
desk of your Andheri West centre on Saturday. When I asked politely about
my son's batch change, she kept using her phone, answered without looking
up and said "read the notice board" before walking off. It is a small
matter, but this is not expected from an institute of your standing.

Regards,
Sameer Khan"""),
# ---------------- Greek ----------------
("el", "b140-el-voucher-espa-diafora", "Σταυρούλα Μανωλάκη <s.manolaki@example.gr>", "Voucher ΕΣΠΑ και τροφεία", "billing", "",
"""Καλησπέρα σας,

Η κόρη μου η Δανάη πήρε θέση με voucher ΕΣΠΑ για τη νέα χρονιά και
ξεκινάει στο προνήπιο τον Σεπτέμβριο. Το voucher καλύπτει 180€ τον μήνα,
ενώ τα τροφεία σας είναι 290€. Η διαφορά των 110€ πληρώνεται κάθε μήνα
σε εσάς; Με κατάθεση ή μετρητά στη γραμματεία; Και μέχρι ποια μέρα του
μήνα;

Ευχαριστώ πολύ,
Σταυρούλα Μανωλάκη"""),
("el", "b140-el-gl-akadimia-diplh-xrewsh", "Thanos Papadakis <thanos.pap@example.gr>", "xrewsh 2 fores", "billing", "",
"""Kalhspera, plhrwsa thn etisia syndromh gia ton Giannh (K10, Nea Smyrnh)
sto site me karta, 240e. To site kollhse sto telos, to xanapathsa kai
twra vlepw sthn trapeza 2 xrewseis twn 240. Mporeite na mou gyrisete th
mia? Sas stelnw kai screenshot an xreiastei.
Thanos"""),
("el", "b140-el-kouti-paixnidion-paixnidadiko", "Μαρία Τσιρίγου <maria.tsirigou@example.gr>", "Κουτι Μαρτιου", "billing", "",
"""Καλημερα σας. Ειχαμε τη συνδρομη στο μηνιαιο κουτι για τον μικρο απο τα
δευτερα γενεθλια του, αλλα πλεον το σπιτι μας εχει γινει κανονικο
παιχνιδαδικο και δεν εχουμε που να τα βαλουμε! Σας παρακαλω να μην ερθει
αλλο κουτι και να μην ξαναχρεωθει η καρτα μου τα 29,90. Ευχαριστουμε για
ολα, ηταν πολυ ωραια.
Μαρια"""),
("el", "b140-el-fotografies-sxoleiou-amfisvitisi", "Απόστολος Καραγιάννης <a.karagiannis@example.gr>", "Παραγγελία φωτογραφιών Ε2", "billing", "high",
"""Κύριοι,

Στις 12 Νοεμβρίου παρήγγειλα από την ιστοσελίδα σας το πακέτο
φωτογραφιών του γιου μου (τμήμα Ε2, 3ο Δημοτικό Σχολείο Βύρωνα), αξίας
38€. Η κάρτα μου χρεώθηκε δύο φορές, σύνολο 76€. Σας έχω στείλει δύο
μηνύματα και έχω πάρει τηλέφωνο τρεις φορές χωρίς απάντηση.

Αν η διπλή χρέωση δεν επιστραφεί μέχρι την Παρασκευή, θα κάνω
αμφισβήτηση της συναλλαγής στην τράπεζά μου.

Απόστολος Καραγιάννης"""),
("el", "b140-el-gl-klooun-prokatavoli-synhgoros", "Dimitra Chatzi <dimitra.chatzi@example.gr>", "prokatavolh party", "billing", "high",
"""Geia sas. Eixa kleisei ton klooun gia ta genethlia ths korhs mou sto
Peristeri stis 9 tou mhna kai eixa dwsei 80e prokatavolh. Thn Pempth mou
eipate oti "den vgainei to programma" kai to akyrwsate. Apo tote zhtaw ta
80e pisw kai h kopela mou leei oti "8a ta kanoume pistwsh gia allo party".
Den thelw pistwsh, thelw ta lefta mou. An den ta parw mexri th Deutera 8a
kanw katagelia ston Synhgoro tou Katanalwth.
Dhmhtra"""),
("el", "b140-el-ananeosi-platformas-proistamenos", "Ελένη Βλαχοπούλου <eleni.vlachopoulou@example.gr>", "Αίτημα 45120 - ανανέωση", "billing", "high",
"""Καλησπέρα,

Η πλατφόρμα σας ανανέωσε αυτόματα τη συνδρομή της κόρης μου (Γ΄
Γυμνασίου) για άλλον έναν χρόνο, 149€, χωρίς καμία ειδοποίηση πριν. Η
κόρη μου πηγαίνει σε φροντιστήριο από τον Οκτώβριο και δεν έχει μπει
στην εφαρμογή από τότε.

Έχω μιλήσει δύο φορές με την εξυπηρέτηση πελατών και μου λένε απλώς ότι
"οι ανανεώσεις δεν επιστρέφονται". Ζητώ να εξεταστεί το θέμα από
προϊστάμενο και να με καλέσει κάποιος υπεύθυνος στο 6973 000 512.

Ελένη Βλαχοπούλου"""),
("el", "b140-el-re-apodeixeis-forologiki", "Γιώργος Αντωνίου <g.antoniou@example.gr>", "Re: Τροφεία Μαρτίου", "billing", "",
"""Καλημέρα κυρία Ρένα,

Ευχαριστώ για την υπενθύμιση, η πληρωμή έγινε σήμερα. Θα ήθελα όμως από
εδώ και πέρα να μου κόβετε απόδειξη στο όνομά μου με τον ΑΦΜ μου, γιατί
ο λογιστής μου λέει ότι αλλιώς δεν μπαίνει στη φορολογική δήλωση. Μπορείτε
να εκδώσετε και για Ιανουάριο και Φεβρουάριο;

Γιώργος

Στις Δευ 3 Μαρ 2025 στις 9:40 π.μ., ο/η Παιδικός Σταθμός Τα Χαμογελάκια <info@xamogelakia.example> έγραψε:
> Αγαπητοί γονείς,
> σας υπενθυμίζουμε ότι τα τροφεία Μαρτίου (260€) καταβάλλονται έως τις
> 10 του μήνα.
> Με εκτίμηση,
> Ρένα Αλεξίου"""),
("el", "b140-el-gl-pagwma-kalokairi-xwrio", "Kostas Mavridis <kmavridis@example.gr>", "kalokairi", "billing", "",
"""Kalhmera, o Nikolas 8a leipei olo ton Ioulio kai ton Augousto sto xwrio
sthn Kastoria me th giagia tou. Ginetai na pagwsoume th syndromh (35e to
mhna) gia autous tous 2 mhnes kai na synexisoume kanonika ton Septemvrio?
Na mhn xasei kai th 8esh tou sthn omada.
Eyxaristw, Kostas"""),
("el", "b140-el-roloi-kinito-telos-paketou", "Αθηνά Ρήγα <athina.riga@example.gr>", "Πακέτο δεδομένων", "billing", "",
"""Γεια σας,

Η κόρη μου πήγε Γυμνάσιο και, όπως καταλαβαίνετε, πλέον έχει κανονικό
κινητό, οπότε το ρολόι κάθεται σε ένα συρτάρι. Θα ήθελα να κλείσει το
μηνιαίο πακέτο των 7,90€ από τον επόμενο μήνα. Το ρολόι το κρατάμε για τον
μικρό της αδερφό αργότερα.

Ευχαριστώ,
Αθηνά Ρήγα"""),
("el", "b140-el-gl-idio-paixnidi-dyo-fores", "Lena Kouvara <lena.kouvara@example.gr>", "kouti Apriliou", "billing", "",
"""Geia sas! sto kouti tou Apriliou hr8e to idio puzzle me ta zwakia pou
eixe er8ei kai ton Fevrouario. Einai akomh sto zelofan. Mporw na sas to
steilw pisw kai na mou steilete kati allo, h na parw pisw ta lefta gia
auto? opoio einai pio eukolo.
Lena"""),
("el", "b140-el-giagia-katathesi-gkise", "Ευανθία Μπούρα <ev.boura@example.gr>", "Ερώτηση", "billing", "",
"""Αγαπητοί κύριοι,

Είμαι η γιαγιά του Παναγιώτη Μπούρα, που παίζει στο τμήμα των 8 ετών.
Θέλω να πληρώνω εγώ τη μηνιαία συνδρομή του εγγονού μου, αλλά δεν έχω
κάρτα για το ίντερνετ. Μπορώ να καταθέτω τα χρήματα στην τράπεζα, στο
γκισέ; Αν ναι, παρακαλώ να μου στείλετε τον λογαριασμό και τι πρέπει να
γράφω.

Με εκτίμηση,
Ευανθία Μπούρα"""),
("el", "b140-el-gl-doseis-etisio-paketo", "Nefeli Argyrou <nefeli.arg@example.gr>", "doseis?", "billing", "",
"""Kalhspera, endiaferomaste gia to etisio paketo proetoimasias gia thn A'
Lykeiou (320e). Ginetai na plhrw8ei se doseis me pistwtikh h mono
efapax? Kai an nai, se poses?
Eyxaristw
Nefelh"""),
("el", "b140-el-metakomisi-larisa-eggyisi", "Παναγιώτης Ζαφειρίου <p.zafeiriou@example.gr>", "Αποχώρηση Άρη από 1/9", "billing", "",
"""Καλησπέρα σας,

Λόγω μετάθεσης της συζύγου μου μετακομίζουμε στη Λάρισα στα τέλη
Αυγούστου, οπότε ο Άρης δεν θα συνεχίσει στον σταθμό τον Σεπτέμβριο.
Θα ήθελα να σταματήσει η πάγια εντολή για τα τροφεία μετά την πληρωμή
του Ιουλίου και να μάθω πώς θα μας επιστραφεί η εγγύηση των 150€ που
είχαμε δώσει στην εγγραφή.

Σας ευχαριστούμε πολύ για όλα αυτά τα χρόνια, θα μας λείψετε.

Παναγιώτης Ζαφειρίου"""),
("el", "b140-el-kleistos-stathmos-idioktitria", "Ρούλα Σπανού <roula.spanou@example.gr>", "Τροφεια Φεβρουαριου", "billing", "high",
"""Καλησπερα.
Τον Φεβρουαριο ο σταθμος ηταν κλειστος 8 εργασιμες μερες για τις
εργασιες στην κουζινα, με δικη σας αποφαση. Παρολα αυτα χρεωθηκαμε
ολοκληρο το ποσο των 280€ χωρις καμια εκπτωση. Οταν το ρωτησα στη
γραμματεια μου ειπαν "ετσι ειναι η πολιτικη μας".
Δεν δεχομαι αυτη την απαντηση. Ζητω να μιλησω με την ιδιοκτητρια του
σταθμου, την κα Λαμπρακη, για να δουμε τι θα επιστραφει.
Ρουλα Σπανου
6944 000 213"""),
("el", "b140-el-gl-roloi-den-fortizei", "Spyros Lazaridis <spyros.laz@example.gr>", "roloi", "technical", "",
"""Kalhmera. To roloi ths korhs mou (to roz) den fortizei pia. To vazw sto
kalwdio me th magnhtikh epafh kai den anavei tipota, oute to lampaki.
Dokimasa kai allo fortisth kinhtou. Den thelw na to allaxw oute na parw
ta lefta pisw, apla peite mou ti na dokimasw h pou na to steilw gia
episkeuh.
Spyros"""),
("el", "b140-el-roloi-zestathike-myrodia", "Χριστίνα Παππά <christina.pappa@example.gr>", "Ρολόι Kido S2", "technical", "high",
"""Καλησπέρα σας,

Να σας ενημερώσω για κάτι που έγινε σήμερα. Ο γιος μου ο Στέλιος (7
ετών) φορούσε το ρολόι στο σχολείο και στο διάλειμμα είπε στη δασκάλα
ότι "τον έκαιγε". Όταν το πήρα στο χέρι ήταν πράγματι πολύ ζεστό από
πίσω και μύριζε λίγο σαν καμένο πλαστικό. Δεν ήταν καν στη φόρτιση. Το
παιδί είναι καλά, έχει μόνο ένα κόκκινο σημάδι στον καρπό.

Το έχω βγάλει και το έχω σε ένα μεταλλικό κουτί στο μπαλκόνι. Τι πρέπει
να κάνω με αυτό;

Χριστίνα Παππά"""),
("el", "b140-el-kodikos-den-dexetai", "Ιωάννα Δήμου <ioanna.dimou@example.gr>", "Κωδικος", "technical", "",
"""Γεια σας, προσπαθω να μπω στην εφαρμογη με τον λογαριασμο του γιου μου
και μου βγαζει "λαθος στοιχεια", ενω ειμαι σιγουρη για τον κωδικο. Εκανα
και επαναφορα κωδικου, εβαλα καινουργιο, και παλι το ιδιο. Απο τον
υπολογιστη μπαινει κανονικα, απο το τηλεφωνο (Xiaomi) οχι."""),
("el", "b140-el-frontistirio-diagonismata-peftoun", "Φροντιστήριο Πρίσμα <grammateia@prisma-frontistirio.example>", "Διαγωνίσματα Σαββάτου", "technical", "high",
"""Καλημέρα,

Από τις 9:00 σήμερα το πρωί η πλατφόρμα σας πετάει έξω τους μαθητές μας
στη μέση του διαγωνίσματος, με το μήνυμα "Η συνεδρία έληξε", και οι
απαντήσεις τους χάνονται. Είναι τα διαγωνίσματα προσομοίωσης
Πανελλαδικών, 94 μαθητές της Γ΄ Λυκείου σε τρία τμήματα. Τα παιδιά
κάθονται και περιμένουν και οι γονείς μάς παίρνουν τηλέφωνο ο ένας μετά
τον άλλον. Στις 12:00 ξεκινάει η Φυσική και δεν ξέρουμε αν θα γίνει.

Κωδικός πελάτη: PR-0833. Παρακαλώ καλέστε με στο 2310 000 447.

Μιχάλης Τσολάκης
Διευθυντής σπουδών, Φροντιστήριο Πρίσμα, Θεσσαλονίκη"""),
("el", "b140-el-gl-efarmogi-stathmou-eidopoihseis", "Vicky Stamou <vicky.stamou@example.gr>", "eidopoihseis", "technical", "",
"""Geia sas, sthn efarmogh tou paidikou den mou erxontai pia eidopoihseis,
oute gia ta mhnymata twn nhpiagwgwn oute gia tis fwtografies. Ta vlepw
mono an mpw mesa sthn efarmogh. Stis rythmiseis tou kinhtou einai
energopoihmenes. iPhone 13, exw kanei kai enhmerwsh. Mhpws allaxe kati?
Vicky"""),
("el", "b140-el-xylino-skylaki-matakia", "Νίκη Ανδρεάδου <niki.andreadou@example.gr>", "Ξύλινο σκυλάκι από το κουτί Μαΐου", "technical", "high",
"""Καλησπέρα,

Στο κουτί του Μαΐου (για ηλικίες 12-24 μηνών) ήρθε ένα ξύλινο σκυλάκι
που το τραβάς με κορδόνι. Τα πλαστικά ματάκια του είναι απλώς
κολλημένα και το ένα ξεκόλλησε από την πρώτη κιόλας μέρα. Η κόρη μου
(15 μηνών) το είχε στο στόμα της όταν το πρόσεξα. Ευτυχώς το πρόλαβα.

Το πέταξα, αλλά σκέφτηκα ότι πρέπει να το ξέρετε, γιατί το ίδιο
παιχνίδι το έχουν σίγουρα πάρει κι άλλα μωρά.

Νίκη Ανδρεάδου"""),
("el", "b140-el-link-lipsis-fotografion", "Θοδωρής Κούκος <thodoris.koukos@example.gr>", "Ψηφιακα αρχεια", "technical", "",
"""Καλημερα, αγορασα τα ψηφιακα αρχεια απο τη φωτογραφιση του νηπιαγωγειου
(2ο Νηπιαγωγειο Χαλανδριου). Ηρθε το email με το link για το κατεβασμα
αλλα οταν το πατω βγαζει "Error 404 - Not found". Δοκιμασα απο κινητο και
απο υπολογιστη. Τι φταιει;
Θοδωρης"""),
("el", "b140-el-roloi-lathos-ora-xypnitiri", "Σοφία Μελετίου <sofia.meletiou@example.gr>", "Λάθος ώρα", "technical", "",
"""Καλησπέρα,

Από την αλλαγή ώρας την Κυριακή το ρολόι του γιου μου δείχνει μία ώρα
πίσω και το ξυπνητήρι για το σχολείο χτυπάει στις 8:00 αντί για τις 7:00.
Στην εφαρμογή η ζώνη ώρας είναι Αθήνα. Το έκλεισα και το ξανάνοιξα αλλά
τίποτα. Υπάρχει τρόπος να διορθωθεί;

Ευχαριστώ,
Σοφία"""),
("el", "b140-el-gl-app-kratiseis-kollaei", "Manos Fragkos <manos.fragkos@example.gr>", "app", "technical", "",
"""Kalhspera, h efarmogh ths akadhmias pou kleinoume tis proponhseis
kollaei sthn othonh "Epilogh hmeromhnias", gyrnaei to kyklaki kai den
vgazei tipota. Xthes douleue. Android, Samsung A52. To kanei kai sto
kinhto ths gynaikas mou.
Manos"""),
("el", "b140-el-stathmoi-minimata-xionia", "Παιδικοί Σταθμοί Κουκουβάγια <dioikisi@koukouvagia-stathmoi.example>", "Δεν φεύγουν μηνύματα", "technical", "high",
"""Καλησπέρα σας,

Από το μεσημέρι κανένα μήνυμα δεν φεύγει από την πλατφόρμα προς τους
γονείς, ούτε ομαδικό ούτε ατομικό - μένουν όλα "Σε αναμονή". Ο Δήμος
μόλις ανακοίνωσε ότι αύριο οι σταθμοί μένουν κλειστοί λόγω χιονόπτωσης
και πρέπει να ενημερώσουμε 140 οικογένειες στις τρεις μονάδες μας μέχρι
το βράδυ. Αυτή τη στιγμή οι νηπιαγωγοί παίρνουν τηλέφωνο τους γονείς
έναν-έναν από τα προσωπικά τους κινητά.

Παρακαλώ να το κοιτάξετε άμεσα. Τηλέφωνο: 210 000 9914.

Κατερίνα Λουκά
Διοίκηση, Παιδικοί Σταθμοί Κουκουβάγια"""),
("el", "b140-el-kamera-roloiou-tholi", "Αντώνης Βερύκιος <a.verykios@example.gr>", "καμερα", "technical", "",
"""Γεια σας, η καμερα στο ρολοι του παιδιου βγαζει ολες τις φωτογραφιες
θολες και στις βιντεοκλησεις δεν βλεπω τιποτα, μονο χρωματα. Το τζαμακι
ειναι καθαρο, το σκουπισαμε. Το εχουμε 2 μηνες."""),
("el", "b140-el-ichos-tablet-samsung", "Φωτεινή Καλλέργη <foteini.kallergi@example.gr>", "Δεν ακούγεται τίποτα", "technical", "",
"""Καλημέρα σας,

Στην εφαρμογή για τα αγγλικά ο μικρός δεν ακούει ούτε τις οδηγίες ούτε
τις λέξεις, ενώ η εικόνα παίζει κανονικά. Σε άλλες εφαρμογές και στο
YouTube ο ήχος στο tablet (Samsung Tab A8) ακούγεται μια χαρά, και στο
δικό μου κινητό η ίδια εφαρμογή έχει ήχο. Τι να ελέγξω;

Φωτεινή"""),
("el", "b140-el-gl-fwtografies-gkri-koutakia", "Aris Papanikolaou <aris.papanik@example.gr>", "fwtografies sxoleiou", "technical", "",
"""Mpainw me ton kwdiko pou mas edwse to sxoleio alla sth selida vlepw mono
gkri koutakia anti gia tis fwtografies. Apo katw grafei "Fwtografia 1, 2,
3" alla den fortwnei kamia. Dokimasa Chrome kai Firefox. Thelw na dialexw
poies 8a paraggeilw prin kleisei.
Arhs"""),
("el", "b140-el-efcharistoume-proponiti", "Ιωάννης Κυριακίδης <i.kyriakidis@example.gr>", "Ευχαριστούμε τον κ. Μάκη", "general", "",
"""Καλησπέρα σας,

Θέλαμε να πούμε ένα μεγάλο ευχαριστώ στον προπονητή των 6χρονων, τον κ.
Μάκη. Ο Φίλιππος ήταν πολύ ντροπαλό παιδί και τον Σεπτέμβριο έκλαιγε
στην πόρτα του γηπέδου. Τώρα μετράει τις μέρες μέχρι το Σάββατο. Φαίνεται
ότι έχει απίστευτη υπομονή με τα παιδιά και ότι δεν παίρνει το σκορ πιο
σοβαρά από το παιχνίδι.

Να είστε καλά,
Ιωάννης και Άννα Κυριακίδη"""),
("el", "b140-el-gl-mpoufan-xexasmeno-party", "Tasos Delis <tasos.delis@example.gr>", "xexasmeno mpoufan", "general", "",
"""Geia sas, sto party ths Kyriakhs sto xwro sas sto Marousi (genethlia ths
Irinis) h kori mou xexase to mpoufan ths, mple skouro me roz koukoula,
Zara 7-8 etwn. Mhpws to vrhkate? Mporoume na perasoume na to paroume.
Tasos"""),
("el", "b140-el-nipiagogos-fonaxe-dieftyntria", "Μαρίνα Ζερβού <marina.zervou@example.gr>", "Συμπεριφορά βοηθού νηπιαγωγού", "general", "high",
"""Καλησπέρα,

Χθες το μεσημέρι, την ώρα που παρέλαβα την κόρη μου την Ευγενία από το
τμήμα με τις Πεταλούδες, είδα τη βοηθό νηπιαγωγού να φωνάζει σε ένα
αγοράκι επειδή έχυσε το νερό του και να το τραβάει απότομα από το μπράτσο
ως τη γωνία. Η κόρη μου μού είπε στο αυτοκίνητο ότι "η κυρία φωνάζει
συνέχεια".

Δεν θέλω να το συζητήσω ούτε με τη βοηθό ούτε με την υπεύθυνη του
τμήματος. Ζητώ συνάντηση με τη διευθύντρια του σταθμού μέσα σε αυτή την
εβδομάδα.

Μαρίνα Ζερβού"""),
("el", "b140-el-terma-xalaro-gipedo", "Λευτέρης Αθανασίου <lefteris.ath@example.gr>", "Τερμα στο μικρο γηπεδο", "general", "high",
"""Καλησπερα,
απλα να το ξερετε. Στο μικρο γηπεδο πισω απο τα αποδυτηρια, το αριστερο
φορητο τερμα δεν ειναι στερεωμενο κατω. Την Τεταρτη στην προπονηση των
7χρονων δυο παιδια κρεμαστηκαν απο το δοκαρι και το τερμα εγειρε
μπροστα, ο προπονητης προλαβε και το κρατησε. Ειναι αρκετα βαρυ για να
χτυπησει ασχημα παιδι. Καλο ειναι να δεθει η να μπουν βαριδια πριν την
επομενη προπονηση.
Λευτερης (ο μπαμπας του Οδυσσεα)"""),
("el", "b140-el-orario-avgoustos", "Δέσποινα Λιάπη <despoina.liapi@example.gr>", "Αύγουστος", "general", "",
"""Καλημέρα, θα ήθελα να ρωτήσω αν ο σταθμός μένει ανοιχτός τον Αύγουστο
και με τι ωράριο. Εμείς δουλεύουμε και οι δύο μέχρι τις 14 Αυγούστου.
Ευχαριστώ, Δέσποινα (μαμά του Λουκά, Κουνελάκια)"""),
("el", "b140-el-gl-allagh-thlefwnou", "Eva Karra <eva.karra@example.gr>", "nea stoixeia", "general", "",
"""Kalhmera! Allaksame thlefwno kai die8ynsh, parakalw enhmerwste to
fakelo ths Melinas:
kinhto mamas: 6945 000 771
nea die8ynsh: Iasonidou 14, Kalamaria
to palio kinhto (6932...) den isxyei pia.
Eyxaristw poly!
Eva"""),
("el", "b140-el-gdpr-fotografies-paidiou", "Νικόλαος Σιδέρης <n.sideris@example.gr>", "Αίτημα για προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Η εταιρεία σας φωτογράφισε τα παιδιά του 5ου Δημοτικού Σχολείου Πάτρας
τον Οκτώβριο. Σύμφωνα με τον ΓΚΠΔ, παρακαλώ να με ενημερώσετε ποια
δεδομένα της κόρης μου, Δήμητρας Σιδέρη (Δ2), τηρείτε, για πόσο διάστημα
και σε ποιους τα έχετε διαβιβάσει, και στη συνέχεια να διαγραφούν οι
φωτογραφίες της από τα αρχεία σας.

Με εκτίμηση,
Νικόλαος Σιδέρης"""),
("el", "b140-el-xorigia-farmakeio-fanelles", "Φαρμακείο Ράλλη <info@farmakeio-ralli.example>", "Χορηγια", "general", "",
"""Καλησπερα σας, εχουμε το φαρμακειο στην πλατεια της Νεας Ιωνιας και τα
δυο μας παιδια παιζουν στην ακαδημια. Θα θελαμε να χορηγησουμε τις
φανελες για τα τμηματα Κ8 και Κ10 την επομενη σεζον. Με ποιον μπορουμε
να μιλησουμε;
Κατερινα Ραλλη"""),
("el", "b140-el-gl-animateur-vaftisia", "Giota Anastasiou <giota.anast@example.gr>", "vaftisia 8 Iouniou", "general", "",
"""Kalhspera sas, kanoume vaftisia se ktima sto Koropi thn Kyriakh 8
Iouniou, h dexiwsh einai apo tis 8 to vrady. 8a exoume peripou 30 paidia
apo 3 ews 12. Eiste dia8esimoi gia animateur kai mpalonia? 8eloume kai
kati gia ta megalytera paidia na mhn varie8oun.
Giwta"""),
("el", "b140-el-paradosi-thyroros", "Στέφανος Γεωργίου <stefanos.georgiou@example.gr>", "Παράδοση κουτιού", "general", "",
"""Καλησπέρα, μπορείτε να σημειώσετε στις παραδόσεις μας να αφήνει ο
κούριερ το κουτί στον θυρωρό της πολυκατοικίας (κ. Βαγγέλης, ισόγειο) αν
δεν απαντάμε στο κουδούνι; Τις καθημερινές δεν είμαστε σπίτι πριν τις 6.
Ευχαριστώ!"""),
("el", "b140-el-re-imera-fotografisis-oxi", "Ειρήνη Μαυρομμάτη <eirini.mavrommati@example.gr>", "Re: Ημέρα φωτογράφισης 20/11", "general", "",
"""Καλησπέρα,

Σας ευχαριστώ για την ενημέρωση. Θα ήθελα να ΜΗΝ φωτογραφηθεί ο γιος
μου, Κωνσταντίνος Μαυρομμάτης (τμήμα Γ1), ούτε ατομικά ούτε στην
ομαδική φωτογραφία της τάξης. Έχω ενημερώσει και τη δασκάλα του. Πείτε
μου αν χρειάζεται να συμπληρώσω κάποιο έντυπο.

Ειρήνη Μαυρομμάτη

-----Αρχικό μήνυμα-----
Από: Φωτογραφείο Κάδρο <sxoleia@kadro-foto.example>
Ημερομηνία: 10/11/2024 18:05
Θέμα: Ημέρα φωτογράφισης 20/11

Αγαπητοί γονείς,
την Τετάρτη 20/11 θα βρίσκεται στο σχολείο ο φωτογράφος μας για τις
ατομικές και τις ομαδικές φωτογραφίες. Αν δεν επιθυμείτε να
φωτογραφηθεί το παιδί σας, παρακαλούμε ενημερώστε μας."""),
("el", "b140-el-gl-magos-htan-fwtia", "Stella Nikolaou <stella.nikolaou@example.gr>", "o magos!!", "general", "",
"""Kalhspera!! O magos sto party tou Aggelou htan FWTIA, ta paidia
trelathikan! Akoma syzhtane sto sxoleio to kouneli pou eksafanisthke apo
to kapelo xaxa. Ton Dekemvrio kanoume party kai gia th mikrh, kanete kai
gia 4xrona h einai poly mikra gia magia?
Stella"""),
("el", "b140-el-dokimastiki-koritsia", "Χαρά Μήτσου <chara.mitsou@example.gr>", "Ερωτηση", "general", "",
"""Καλησπερα, η κορη μου ειναι 9 χρονων και θελει πολυ να παιξει
ποδοσφαιρο. Εχετε τμημα μονο για κοριτσια η παιζουν μαζι με τα αγορια;
Και μπορει να ερθει για μια δοκιμαστικη προπονηση πριν γραφτει;
Ευχαριστω, Χαρα"""),
# ---------------- Spanish ----------------
("es", "b140-es-cheque-guarderia-empresa", "Lucía Fernández <lucia.fernandez@example.es>", "Pago con cheque guardería", "billing", "",
"""Buenos días:

Mi hijo Hugo empieza en el aula de 1-2 años en septiembre. En mi empresa
tenemos retribución flexible y puedo pagar la escuela infantil con cheque
guardería. ¿Estáis adheridos a Cobee o a algún otro? Si no, ¿qué
documentación necesita mi empresa para pagaros directamente los 395 € al
mes?

Gracias,
Lucía Fernández"""),
("es", "b140-es-caja-ya-le-queda-chica", "Daniela Ramírez <dani.ramirez@example.com.mx>", "suscripcion", "billing", "",
"""Hola! mi hija Renata ya entro a primaria y ya le quedan chicas las
cajitas de 3 a 5 años, la verdad ya ni las abre. Me pueden dar de baja
para que ya no me cobren los $599 de cada mes? Gracias por todo, le
encantaron mientras duraron.
Dani"""),
("es", "b140-es-cuota-doble-mercadopago-desconozco", "Martín Sosa <martin.sosa@example.com.ar>", "Cuota de abril", "billing", "high",
"""Buenas. La cuota de abril de la escuelita de mi hijo Bauti (categoría
2016) me la debitaron dos veces por Mercado Pago, $38.000 cada una. Les
mandé el comprobante por WhatsApp al profe y al mail de la administración
hace diez días y nadie me contesta.

Si no me devuelven los $38.000 esta semana, desconozco el segundo pago con
la tarjeta y que lo resuelva el banco.

Martín Sosa"""),
("es", "b140-es-fotos-escolares-no-llegan-omic", "José Antonio Moreno <jantonio.moreno@example.es>", "Pedido de fotos escolares sin entregar", "billing", "high",
"""Buenas tardes:

El 20 de octubre pagué 45 € por el pack de fotos individuales y de grupo
de mi hija (CEIP Miguel Hernández, 3º B). Me dijeron que se entregarían en
el colegio antes de Navidad. Estamos a finales de enero, no han llegado y
en el teléfono que figura en el sobre no contesta nadie.

Les pido que me devuelvan el importe. Si no tengo respuesta en quince
días, presentaré una reclamación en la OMIC de mi ayuntamiento.

José Antonio Moreno
Alicante"""),
("es", "b140-es-app-refuerzo-renovacion-supervisor", "Carolina Muñoz <carolina.munoz@example.cl>", "Reclamo renovación plan anual", "billing", "high",
"""Estimados:

El 2 de marzo se renovó automáticamente el plan anual de la app de
reforzamiento de mi hijo, por $59.990, sin ningún aviso previo. Mi hijo se
cambió de colegio y no la usa desde diciembre.

Ya hablé dos veces con el chat y la respuesta es siempre la misma: "no se
hacen devoluciones". Quiero que un supervisor revise mi caso y me llame al
+56 9 0000 4418. Por favor no me vuelvan a responder con un mensaje
automático.

Carolina Muñoz
Viña del Mar"""),
("es", "b140-es-anticipo-payaso-profeco", "Alejandro Torres <ale.torres@example.com.mx>", "Anticipo fiesta 16 de marzo", "billing", "high",
"""Buenas tardes,

Contraté con ustedes un show de payasos para la fiesta de mi hijo el 16 de
marzo en Coyoacán y di un anticipo de $1,500 por transferencia. Un día
antes me avisaron por WhatsApp que el payaso se había enfermado y que no
tenían quién lo cubriera. Desde entonces les he pedido tres veces que me
regresen el anticipo y nada más me dicen "ya mero".

Si el dinero no está en mi cuenta el viernes, pongo la queja en Profeco.

Alejandro Torres"""),
("es", "b140-es-re-recibos-nif-deduccion", "Pablo Serrano <pablo.serrano@example.es>", "RE: Recibo de marzo - Escuela Infantil Los Pinos", "billing", "",
"""Hola Marisa,

Gracias. Una cosa: para la deducción autonómica de la renta me piden que
los recibos vayan a nombre del padre o de la madre con NIF, y los vuestros
salen a nombre de la niña. ¿Podéis rehacer los de enero a marzo a mi
nombre, Pablo Serrano Gil?

Un saludo,
Pablo

-----Mensaje original-----
De: Escuela Infantil Los Pinos <administracion@eilospinos.example>
Enviado el: lunes, 3 de marzo de 2025 9:15
Asunto: Recibo de marzo - Escuela Infantil Los Pinos

Buenos días, os adjuntamos el recibo del mes de marzo (380,00 €).
Cualquier duda estamos a vuestra disposición.
Marisa - Administración"""),
("es", "b140-es-congelar-cuota-pueblo", "Raquel Ortega <raquel.ortega@example.es>", "julio", "billing", "",
"""Hola, en julio nos vamos al pueblo todo el mes y Adrian no va a poder ir
a los entrenamientos. Se puede congelar la cuota de ese mes (40 euros) sin
perder la plaza para septiembre? gracias
Raquel"""),
("es", "b140-es-reloj-robado-plan", "Andrés Castaño <andres.castano@example.com.co>", "Plan del reloj de Samuel", "billing", "",
"""Buenas tardes, a mi hijo Samuel le robaron el reloj en la ruta del
colegio la semana pasada, ya pusimos el denuncio. Por ahora no vamos a
comprar otro, así que les pido cancelar el plan de datos de $32.900
mensuales que se cobra a mi tarjeta. Quedo atento.
Andrés Castaño
Medellín"""),
("es", "b140-es-colonia-cuotas-sin-interes", "Florencia Giménez <flor.gimenez@example.com.ar>", "Consulta colonia de verano", "billing", "",
"""Hola! Queria consultar si la colonia de verano de enero se puede pagar en
cuotas sin interes con tarjeta, o si hay descuento pagando todo junto por
transferencia. Serian dos chicos, de 5 y 7 años.
Gracias!! Flor"""),
("es", "b140-es-caja-edad-equivocada-cambio", "Irene Navarro <irene.navarro@example.es>", "Pedido 20418", "billing", "",
"""Hola, nos ha llegado la caja de 0-12 meses cuando la suscripción es para
2-3 años (mi hija tiene 26 meses). Está sin abrir. ¿Me mandáis una
etiqueta para devolverla y me enviáis la correcta, o preferís abonarme los
34,90 €? Lo que os resulte más fácil.
Irene"""),
("es", "b140-es-descuento-hermanos-estancia", "Verónica Hernández <vero.hdz@example.com.mx>", "Informes colegiatura", "billing", "",
"""Buen día, tengo a mi hija Valeria en maternal y quiero inscribir también
a su hermanito de 10 meses en lactantes a partir de agosto. ¿Tienen
descuento por hermanos en la colegiatura? ¿Y la inscripción se paga
completa para el segundo? Actualmente pago $6,800 mensuales.
Saludos,
Verónica Hernández"""),
("es", "b140-es-abuela-transferencia", "Carmen Delgado <carmen.delgado@example.es>", "Consulta", "billing", "",
"""Muy señores míos:

Soy la abuela de Marcos Delgado, que da las clases de inglés por la
aplicación. Quisiera pagar yo el curso, pero no me fío de poner la
tarjeta en internet. ¿Pueden darme un número de cuenta para hacer una
transferencia desde mi banco? Serían los 89 euros del trimestre.

Atentamente,
Carmen Delgado"""),
("es", "b140-es-cobro-materiales-jardin", "Francisca Rojas <fran.rojas@example.cl>", "Cobro de materiales", "billing", "",
"""Hola, buenas tardes. En la mensualidad de abril del jardín me aparece un
cobro extra de $25.000 por "materiales", que no estaba en el contrato y
nadie nos avisó. En la reunión de apoderados dijeron que los materiales
estaban incluidos en la matrícula. ¿Me pueden explicar o corregirlo?
Saludos, Francisca (mamá de Amanda, medio mayor)"""),
("es", "b140-es-reloj-no-vincula-no-devolver", "Sergio Lozano <sergio.lozano@example.es>", "No se vincula", "technical", "",
"""Buenas. Antes de nada: no quiero devolver el reloj ni que me devolváis el
dinero, a mi hija le encanta. El problema es que no hay manera de
vincularlo con la app. Escaneo el código QR de la caja y me sale
"dispositivo no encontrado" todo el rato. La SIM está activada y el reloj
tiene cobertura, porque recibe llamadas. iPhone 14.
Sergio"""),
("es", "b140-es-reloj-cargador-olor-quemado", "Paola Méndez <paola.mendez@example.com.mx>", "Reloj de mi hijo", "technical", "high",
"""Hola, buenas noches.

Les escribo para avisarles de algo que pasó hoy. Puse a cargar el reloj
de mi hijo con el cable original y como a la media hora empezó a oler a
quemado. Fui a ver y el conector magnético estaba negro de un lado y el
reloj muy caliente, casi no se podía agarrar. Lo desconecté y no lo he
vuelto a conectar. Nadie salió lastimado.

¿Qué hago con él? No me atrevo a cargarlo otra vez.

Paola Méndez
Guadalajara"""),
("es", "b140-es-no-puedo-entrar-app", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, no puedo entrar a la app con la cuenta de mi hija. pongo el mail y
la contraseña y me dice "usuario bloqueado por seguridad". no lo intente
muchas veces, 2 nomas. tiene clase de matematica con la profe mañana a
las 18. como lo desbloqueo?"""),
("es", "b140-es-academia-simulacro-caido", "Academia Nexo <direccion@academianexo.example>", "Plataforma caída - simulacro", "technical", "high",
"""Buenos días:

Desde las 10:00 la plataforma no deja entrar a nuestros alumnos: la
página de acceso se queda en blanco y al rato da "Error 503". Hoy
teníamos el simulacro de la EvAU para 82 alumnos de 2º de Bachillerato en
tres turnos, y el primero ya se ha tenido que suspender. Las familias
están llamando a la academia y los profesores no tienen cómo pasar los
exámenes.

Nuestro código de centro es ACN-1147. Por favor, llamadme al 600 000 281
en cuanto sepáis algo.

Elena Prieto
Directora, Academia Nexo (Valladolid)"""),
("es", "b140-es-app-jardin-fotos-no-cargan", "Natalia Ospina <natalia.ospina@example.com.co>", "App del jardín", "technical", "",
"""Hola, desde hace una semana en la app del jardín no me cargan las fotos
ni los videos que suben las profes, solo sale el círculo dando vueltas.
Los mensajes de texto sí los veo. Ya la desinstalé y la volví a instalar.
Tengo un Motorola g54. Gracias
Natalia"""),
("es", "b140-es-sonajero-bolitas-sueltas", "Marta Iglesias <marta.iglesias@example.es>", "Sonajero de la caja de febrero", "technical", "high",
"""Hola:

Os escribo por el sonajero transparente que venía en la caja de febrero
(0-12 meses). A mi hijo se le cayó desde la trona, una altura normal, y
se ha rajado por la unión del plástico. Las bolitas de colores de dentro
se salen por la raja y son más pequeñas que un garbanzo. Las he recogido
todas, o eso creo.

No ha pasado nada, el niño está bien, pero creo que deberíais revisarlo,
porque a esa edad se lo meten todo en la boca.

Marta Iglesias"""),
("es", "b140-es-galeria-fotos-codigo-no-valido", "Ignacio Contreras <ignacio.contreras@example.cl>", "Fotos del colegio", "technical", "",
"""Buenas tardes. Me llegó el papel con el código para ver las fotos de mi
hija (Colegio San Esteban, 2° básico A), pero al ingresarlo en la página
me sale "Código no válido". Lo he escrito en mayúsculas y en minúsculas,
igual. El plazo para comprar termina el domingo.
Ignacio"""),
("es", "b140-es-app-reservas-se-cierra", "Jorge Salinas <jorge.salinas@example.com.mx>", "La app se cierra", "technical", "",
"""Que tal, la app para reservar los entrenamientos de la academia se cierra
sola en cuanto le doy a "Reservar". Ya la borré y la volví a bajar, y pasa
igual en mi cel y en el de mi esposa (los dos Android). Mi hijo va martes
y jueves a la sede Satélite.
Jorge"""),
("es", "b140-es-escuela-infantil-comedor-sin-datos", "Escuela Infantil Pompitas <direccion@pompitas.example>", "No carga nada", "technical", "high",
"""Hola,

Desde esta mañana el programa de gestión no carga: ni las asistencias, ni
las fichas de los niños, ni el listado del comedor. Sale "Error de
conexión con el servidor" en los tres ordenadores y en las tabletas de las
aulas.

El problema es que la cocinera no sabe cuántos menús preparar ni, sobre
todo, qué niños tienen alergias o dietas especiales, porque todo eso está
ahí. Tenemos 74 niños y lo estamos sacando de memoria y de papeles viejos.
Las familias tampoco pueden ver la agenda del día.

Por favor, llamadnos al 910 000 562 lo antes posible.

Beatriz Campos
Directora, EI Pompitas (Getafe)"""),
("es", "b140-es-reloj-ubicacion-no-actualiza", "Gabriela Paz <gabi.paz@example.com.ar>", "Ubicacion", "technical", "",
"""Hola, el reloj de mi nena muestra siempre la misma ubicacion, la de casa,
aunque este en el colegio o en lo de la abuela. Si toco "actualizar" en
la app dice "ubicando..." y despues queda igual. El reloj tiene señal y
las llamadas andan bien. Que puede ser?
Gabriela"""),
("es", "b140-es-re-incidencia-zip-danado", "Alberto Ruiz <alberto.ruiz@example.es>", "Re: Incidencia 5521 - descarga de fotos", "technical", "",
"""Hola Nuria,

He probado lo que me decías (otro navegador, borrar la caché y usar el
enlace desde el ordenador) y sigue igual: el ZIP se descarga, pero al
abrirlo dice que el archivo está dañado. Son las fotos de la graduación
de infantil de mi hijo y ya están pagadas.

Alberto

El 12/06/2024, a las 17:03, Soporte FotoCole <soporte@fotocole.example> escribió:
> Hola Alberto:
> Sentimos las molestias. Por favor, prueba a descargar el archivo desde
> otro navegador, borrando antes la caché, y a ser posible desde un
> ordenador.
> Un saludo,
> Nuria - Soporte FotoCole"""),
("es", "b140-es-app-fracciones-se-cierra-no-pago", "Leticia Aguilar <leticia.aguilar@example.com.mx>", "Pago", "technical", "",
"""Buenas tardes, puse "pago" en el asunto porque es lo que me salía en el
menú, pero no es por el pago, eso ya quedó y hasta me llegó el recibo. Lo
que pasa es que desde que pagamos la versión completa la app se cierra
cada vez que mi hijo abre los ejercicios de fracciones. Es una tablet
Lenovo Tab M10. Los demás temas sí abren.
Leticia"""),
("es", "b140-es-abuelo-videollamada-reloj", "Manuel Gómez <manuel.gomez@example.es>", "Videollamadas del reloj", "technical", "",
"""Buenas tardes:

Mi nieta Alba tiene uno de sus relojes y mi hija me ha puesto en la lista
de contactos. Las llamadas normales funcionan, pero cuando la niña me hace
una videollamada a mí solo me llega una llamada corriente, sin imagen.
Tengo un móvil Samsung de hace unos años. ¿Tengo que instalar algo?

Gracias de antemano,
Manuel Gómez"""),
("es", "b140-es-gracias-animadora-cumple", "Sofía Benítez <sofi.benitez@example.com.ar>", "Gracias!!", "general", "",
"""Hola! Queria agradecerles muchisimo por el cumple de Olivia el sabado.
Cami, la animadora, fue un amor con los chicos, hasta los mas timidos
terminaron bailando. Y se quedo un rato mas para las fotos sin que se lo
pidieramos. Ya les pase el contacto a dos mamas del jardin.
Besos, Sofi"""),
("es", "b140-es-chaqueta-olvidada-campo", "Noelia Castro <noelia.castro@example.es>", "Chaqueta olvidada", "general", "",
"""Hola, mi hijo Izan (benjamines, grupo de los miércoles) se dejó ayer en
el banquillo del campo 2 una chaqueta azul marino del Decathlon con su
nombre en la etiqueta. ¿La habéis visto? Puedo pasar a recogerla el
viernes.
Gracias, Noelia"""),
("es", "b140-es-entrenador-insultos-director", "Ricardo Vázquez <ricardo.vazquez@example.com.mx>", "Queja sobre el entrenador de la categoría 2015", "general", "high",
"""Buenas tardes,

El sábado, en el partido de la categoría 2015 en Zapopan, el entrenador
Luis se la pasó gritándoles groserías a los niños desde la banca, y a mi
hijo le dijo "inútil" delante de todos cuando falló un pase. No es la
primera vez; otros papás ya se quejaron con él directamente y no cambia
nada.

No quiero volver a hablarlo con Luis. Pido hablar con el director de la
academia esta misma semana.

Ricardo Vázquez"""),
("es", "b140-es-cristales-arenero-patio", "Silvia Ramos <silvia.ramos@example.es>", "Arenero", "general", "high",
"""Buenas tardes:

Esta tarde, al recoger a Leo, he visto en el arenero del patio pequeño
varios trozos de cristal verde, como de una botella rota. Parece que
alguien la ha tirado por encima de la valla desde la calle. Se lo he
comentado a la educadora que estaba fuera y ha recogido los que se veían,
pero seguramente quedan más enterrados en la arena.

Os lo digo para que lo reviséis bien antes de que los niños vuelvan a
jugar allí.

Silvia Ramos"""),
("es", "b140-es-edad-horario-jardin", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Información", "general", "",
"""Buenos días, quisiera información sobre el jardín. Mi hija cumple 2 años
en marzo, ¿a partir de qué edad la reciben? ¿Cuál es el horario, y tienen
jornada extendida hasta las 5 pm? Vivimos en Chapinero.
Muchas gracias,
Juliana Restrepo"""),
("es", "b140-es-autorizar-retiro-hermana", "Valentina Soto <vale.soto@example.cl>", "Retiro de Tomás", "general", "",
"""Hola tía Pame, le escribo para avisar que desde el lunes a Tomás lo va a
ir a buscar mi hermana, Camila Soto, porque yo cambié de turno en el
trabajo. ¿La pueden agregar a la lista de personas autorizadas? Mañana le
mando la fotocopia de su carnet en la libreta. Mi número nuevo es
+56 9 0000 7731.
Gracias!
Valentina"""),
("es", "b140-es-rgpd-supresion-imagenes", "Javier Molina <javier.molina@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Estimados señores:

Por medio del presente ejerzo, en nombre de mi hijo menor de edad Daniel
Molina Sanz (alumno del CEIP Las Acacias, 5º A), el derecho de supresión
previsto en el artículo 17 del RGPD respecto de todas las imágenes y datos
personales suyos que conserven de la sesión de fotos escolares del curso
pasado.

Les ruego que me confirmen la supresión por escrito.

Atentamente,
Javier Molina"""),
("es", "b140-es-sponsor-ferreteria-camisetas", "Ferretería Don Tito <ventas@ferreteriadontito.example>", "Sponsor camisetas", "general", "",
"""Buenas, tengo la ferretería de Av. San Martín y Mitre, en Ramos Mejía, y
mi nieto juega en la escuelita. Me gustaría poner el logo del negocio en
las camisetas de la categoría 2015 para el torneo. ¿Con quién tengo que
hablar?
Saludos, Tito"""),
("es", "b140-es-comunion-animacion-mayo", "Rocío Sánchez <rocio.sanchez@example.es>", "Animación comunión", "general", "",
"""Hola! Celebramos la comunión de mi hijo el sábado 17 de mayo en un
restaurante de Dos Hermanas, a partir de las 14:00. Serán unos 25 niños
de entre 3 y 11 años. ¿Tenéis disponibilidad ese día para animación y
pintacaras? ¿Necesitáis algo del restaurante (espacio, enchufes)?
Un saludo, Rocío"""),
("es", "b140-es-caja-dejar-caseta", "Mariana Cruz <mariana.cruz@example.com.mx>", "entregas", "general", "",
"""Hola, para las próximas cajas porfa indiquen que se dejen en la caseta
de vigilancia del fraccionamiento (Privada Los Sauces, Querétaro), el
guardia ya está avisado. Al repartidor del mes pasado no lo dejaron pasar
y se regresó la caja. Gracias!"""),
("es", "b140-es-hola-orla-graduacion", "AMPA CEIP Rosalía de Castro <ampa.rosalia@example.es>", "Hola", "general", "",
"""Hola, buenas:

Os escribimos desde el AMPA del CEIP Rosalía de Castro (Vigo). Estamos
organizando la graduación de 6º para el 20 de junio y queríamos saber si
hacéis orlas y reportaje del acto, y con cuánta antelación habría que
reservar la fecha.

Un saludo,
Iria Pereira (AMPA)"""),
("es", "b140-es-fiesta-una-bomba", "Agustina Romero <agus.romero@example.com.ar>", "La rompieron!!", "general", "",
"""Chicos la fiesta fue una BOMBA. El mago la rompió, los chicos estaban
muertos de risa y mi viejo todavía no entiende cómo apareció su reloj en
el bolsillo del nene. Mil gracias! El año que viene repetimos seguro, ¿ya
se puede reservar para agosto?
Agus"""),
("es", "b140-es-profes-inhabilidades", "Macarena Fuentes <maca.fuentes@example.cl>", "Pregunta", "general", "",
"""Hola, estoy pensando en contratar clases particulares de lenguaje para
mi hija de 10 años por la app. Antes quería saber: ¿a los profesores les
revisan el registro de inhabilidades para trabajar con menores? ¿Y las
clases quedan grabadas para que uno las pueda ver después?
Saludos,
Macarena"""),
# ---------------- Polish ----------------
("pl", "b140-pl-aktywnie-w-zlobku-oplata", "Katarzyna Wiśniewska <k.wisniewska@example.pl>", "Program Aktywnie w żłobku", "billing", "",
"""Dzień dobry,

złożyłam wniosek o dofinansowanie z programu „Aktywnie w żłobku” dla Zosi
(grupa Misie). Czy od października będę płacić Państwu tylko różnicę
między czesnym 1 650 zł a kwotą dofinansowania, czy na razie pełną kwotę,
a potem dostanę zwrot? I czy wyżywienie (15 zł dziennie) płacę osobno,
tak jak do tej pory?

Pozdrawiam,
Katarzyna Wiśniewska"""),
("pl", "b140-pl-pudelko-za-duza-koniec", "Magda Zielinska <magda.zielinska@example.pl>", "subskrypcja", "billing", "",
"""Czesc, corka skonczyla 7 lat i oznajmila, ze jest juz za duza na
"pudelka dla maluchow", teraz tylko klocki i klocki. Prosze wiec o
zakonczenie subskrypcji, zeby kwietniowe pudelko juz nie przyszlo i nie
zeszlo 89 zl z karty. Dziekuje, bylo super przez te dwa lata!
Magda"""),
("pl", "b140-pl-szkolka-podwojna-oplata-chargeback", "Paweł Kowalczyk <pawel.kowalczyk@example.pl>", "Składka za marzec", "billing", "high",
"""Dzień dobry,

za marcową składkę syna (rocznik 2015, trener Michał) pobrano mi z karty
dwa razy po 180 zł, 6 i 7 marca. Pisałem już 12 i 19 marca na adres
biura, bez żadnej odpowiedzi, a trener mówi, że „to nie do niego”.

Jeśli do końca miesiąca nie dostanę zwrotu 180 zł, składam w banku
reklamację transakcji (chargeback) i niech bank to wyjaśnia.

Paweł Kowalczyk"""),
("pl", "b140-pl-zdjecia-szkolne-rzecznik", "Grażyna Lewandowska <grazyna.lewandowska@example.pl>", "Zamówienie zdjęć nr 7731 – brak realizacji", "billing", "high",
"""Szanowni Państwo,

w listopadzie zamówiłam i opłaciłam (95 zł) pakiet zdjęć szkolnych syna,
SP nr 12 w Lublinie, klasa 2b. Według informacji od wychowawczyni zdjęcia
miały być rozdane przed świętami. Jest luty, inne dzieci zdjęcia dostały,
mój syn nie. Na dwa maile nie otrzymałam odpowiedzi.

Proszę o zwrot 95 zł w ciągu 14 dni. W przeciwnym razie zgłoszę sprawę
do miejskiego rzecznika konsumentów.

Z poważaniem
Grażyna Lewandowska"""),
("pl", "b140-pl-przedluzenie-roczne-przelozony", "Tomasz Mazur <tomasz.mazur@example.pl>", "Zgłoszenie 30917 – proszę o przekazanie wyżej", "billing", "high",
"""Dzień dobry,

8 września aplikacja automatycznie przedłużyła synowi roczny plan „Matura
Max” za 599 zł. Nie dostałem żadnego przypomnienia, a syn zdał maturę w
maju i od czerwca nie korzysta z aplikacji – łatwo to sprawdzić w
Państwa systemie.

Konsultantka na czacie dwa razy odpisała, że „zgodnie z regulaminem”
zwrot nie przysługuje, i zamknęła zgłoszenie. Proszę o przekazanie sprawy
przełożonemu albo kierownikowi działu obsługi klienta i o kontakt
telefoniczny: 600 000 417.

Tomasz Mazur"""),
("pl", "b140-pl-animatorka-zaliczka-sad", "Joanna Kamińska <joanna.kaminska@example.pl>", "Zaliczka 300 zł", "billing", "high",
"""Dzień dobry,

wpłaciłam 300 zł zaliczki za animacje na urodziny córki 15 czerwca w
Gdyni. 13 czerwca dostałam SMS-a, że „z przyczyn losowych” animatorka nie
przyjedzie, i tyle. Od tamtej pory trzy razy prosiłam o zwrot zaliczki –
raz obiecano, że „w tym tygodniu”, potem cisza.

To Państwo odwołali usługę, więc zaliczka ma wrócić w całości. Daję czas
do 10 lipca, potem składam pozew do sądu w postępowaniu
elektronicznym.

Joanna Kamińska"""),
("pl", "b140-pl-re-rachunek-imienny-zfss", "Michał Nowicki <michal.nowicki@example.pl>", "Re: Rachunek za czesne – listopad", "billing", "",
"""Dzień dobry Pani Ewo,

dziękuję za rachunek. Czy od grudnia mogłyby Panie wystawiać rachunki
imiennie na mnie, a nie na Jasia? Pracodawca dopłaca do przedszkola z
ZFŚS i wymaga dokumentu z nazwiskiem pracownika. Jeśli to możliwe,
poproszę też o poprawiony rachunek za listopad.

Pozdrawiam
Michał Nowicki

W dniu 02.11.2024 o 10:21, Przedszkole Niezapominajka <sekretariat@niezapominajka.example> pisze:
> Szanowni Państwo,
> w załączeniu przesyłamy rachunek za czesne za listopad (890,00 zł).
> Z pozdrowieniami
> Ewa Jasińska, sekretariat"""),
("pl", "b140-pl-zawieszenie-zlamana-noga", "Lukasz Wojcik <lukasz.wojcik@example.pl>", "Kuba - przerwa", "billing", "",
"""Dzien dobry, Kuba zlamal noge na nartach w ferie i ma gips do konca
marca, potem rehabilitacja. Czy mozna zawiesic mu skladke (150 zl/mies.)
na luty i marzec, zamiast wypisywac go ze szkolki? Wroci, jak tylko
lekarz pozwoli.
Pozdrawiam, Lukasz Wojcik"""),
("pl", "b140-pl-zegarek-telefon-komunia", "Anna Dąbrowska <anna.dabrowska@example.pl>", "Abonament zegarka", "billing", "",
"""Dzień dobry, syn dostał na komunię telefon i zegarek od razu poszedł w
odstawkę :) Proszę o zakończenie abonamentu 19,99 zł miesięcznie na kartę
SIM w zegarku od czerwca. Sam zegarek zostawiamy dla młodszej córki, może
kiedyś wrócimy.
Anna Dąbrowska"""),
("pl", "b140-pl-raty-kurs-osmoklasisty", "Beata Szymańska <beata.szymanska@example.pl>", "Kurs ósmoklasisty – płatność", "billing", "",
"""Dzień dobry, interesuje mnie roczny kurs przygotowujący do egzaminu
ósmoklasisty (matematyka + polski, 1 190 zł). Czy można zapłacić w
ratach, np. co miesiąc, i czy da się BLIK-iem? Czy jest jakaś zniżka
przy płatności z góry?
Pozdrawiam, Beata"""),
("pl", "b140-pl-ksiazka-po-angielsku-wymiana", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Zamówienie 4418", "billing", "",
"""Dzień dobry, w majowym pudełku przyszła książeczka po angielsku, a w
ustawieniach konta mam zaznaczoną wersję polską (córka ma 3 latka, sama
jeszcze nie czyta, ale ja jej czytam po polsku ;)). Książka jest nowa, w
folii. Czy mogę ją odesłać i dostać polską wersję?
Ewelina"""),
("pl", "b140-pl-znizka-rodzenstwo-przedszkole", "Marcin Kaczmarek <marcin.kaczmarek@example.pl>", "Pytanie o czesne", "billing", "",
"""Dzien dobry, od wrzesnia do przedszkola pojdzie tez mlodszy syn (2,5
roku), starszy jest w grupie Biedronek. Czy jest znizka na drugie
dziecko w czesnym (teraz placimy 1 100 zl)? I czy wpisowe trzeba placic
drugi raz?
Marcin Kaczmarek"""),
("pl", "b140-pl-babcia-przekaz-poczta", "Halina Grabowska <halina.grabowska@example.pl>", "Zapytanie", "billing", "",
"""Szanowni Państwo,

jestem babcią Oliwera Grabowskiego, który chodzi na zajęcia piłkarskie w
grupie żaków. Chciałabym opłacać wnukowi zajęcia, ale nie mam karty ani
banku w internecie. Czy mogę wpłacać składkę przekazem na poczcie albo
gotówką u trenera? Proszę o numer konta i informację, co wpisać w
tytule.

Z poważaniem
Halina Grabowska"""),
("pl", "b140-pl-odpis-za-wyzywienie", "Karolina Michalska <karolina.michalska@example.pl>", "Rozliczenie wyżywienia za luty", "billing", "",
"""Dzień dobry,

Antek był chory od 5 do 16 lutego (nieobecność zgłaszałam codziennie rano
w aplikacji). W rozliczeniu za luty wyżywienie jest naliczone za cały
miesiąc, 20 dni x 14 zł. Według umowy za zgłoszone nieobecności
przysługuje odpis. Proszę o korektę.

Karolina Michalska"""),
("pl", "b140-pl-zegarek-offline-nie-zwrot", "Rafał Jankowski <rafal.jankowski@example.pl>", "Zegarek – nie chodzi o zwrot", "technical", "",
"""Dzień dobry, od razu zaznaczam: nie chodzi mi o zwrot pieniędzy ani o
wymianę. Zegarek córki od czwartku pokazuje w aplikacji „offline”,
chociaż sam działa, pokazuje godzinę i ma zasięg. Nie mogę do niej
zadzwonić ani zobaczyć lokalizacji. Karta SIM (Play) ma środki. Restart
zegarka i telefonu nic nie dał.
Rafał"""),
("pl", "b140-pl-ladowarka-zegarka-iskry", "Dorota Wróbel <dorota.wrobel@example.pl>", "Ładowarka do zegarka", "technical", "high",
"""Dzień dobry,

piszę, żeby dać znać o ładowarce do zegarka syna. Wczoraj wieczorem przy
przykładaniu magnetycznej końcówki do zegarka pojawiły się iskry i było
słychać trzaski, a po chwili poleciał cienki dymek. Od razu wyjęłam
wtyczkę z gniazdka. Na stoliku została ciemna plamka, a końcówka jest
lekko nadtopiona.

Nikomu nic się nie stało, ale więcej tego nie podłączę. Co mam zrobić z
zegarkiem i ładowarką?

Dorota Wróbel"""),
("pl", "b140-pl-logowanie-kod-sms", "Kamil Zajac <kamil.zajac@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do aplikacji na konto corki.
Wpisuje haslo, potem ma przyjsc kod SMS i nie przychodzi, a po minucie
jest "kod wygasl". Numer telefonu w profilu jest dobry. Korepetycje z
chemii ma dzis o 17."""),
("pl", "b140-pl-szkola-jezykowa-tablica-nie-dziala", "Szkoła Językowa Lingwista <biuro@lingwista.example>", "Zajęcia online – nic nie działa", "technical", "high",
"""Dzień dobry,

od 15:00 żaden z naszych lektorów nie może otworzyć sali na platformie –
po kliknięciu „Rozpocznij zajęcia” tablica się nie ładuje, a uczniowie
widzą tylko czarny ekran i komunikat „Oczekiwanie na prowadzącego”. Dwie
grupy maturalne (razem 26 osób) odesłaliśmy już do domu, a o 17:00 i
18:30 mamy kolejne cztery grupy, w tym dzieci z podstawówki. Rodzice
dzwonią do biura i pytają o odrabianie zajęć.

ID szkoły: LNG-0415. Proszę o pilny kontakt pod numerem 58 000 41 20.

Marta Cieślak
Dyrektor, Szkoła Językowa Lingwista, Gdańsk"""),
("pl", "b140-pl-aplikacja-przedszkola-wiadomosci", "Natalia Krol <natalia.krol@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, w aplikacji przedszkola nie otwieraja mi sie wiadomosci od
pani z grupy Zabek. Widze temat, klikam i wyskakuje "Wystapil blad,
sprobuj ponownie". Ogloszenia i jadlospis dzialaja. Telefon Samsung
A34, aplikacja zaktualizowana wczoraj. Inne mamy nie maja tego problemu.
Natalia"""),
("pl", "b140-pl-klocki-magnetyczne-magnesy", "Agnieszka Sadowska <agnieszka.sadowska@example.pl>", "Klocki magnetyczne z marcowego pudełka", "technical", "high",
"""Dzień dobry,

w marcowym pudełku (3–5 lat) były kolorowe klocki magnetyczne. Po dwóch
tygodniach zabawy dwa klocki pękły na łączeniu i wypadły z nich małe
okrągłe magnesy. Znalazłam je na dywanie, syn niczego nie połknął –
sprawdziłam i policzyłam.

Wiem, że połknięcie dwóch takich magnesów może się skończyć operacją,
więc piszę, żeby Państwo sprawdzili tę partię i ostrzegli innych
rodziców. Klocki schowałam wysoko.

Agnieszka Sadowska"""),
("pl", "b140-pl-galeria-link-wygasl", "Piotr Wieczorek <piotr.wieczorek@example.pl>", "Galeria zdjęć – przedszkole nr 5", "technical", "",
"""Dzień dobry, dostaliśmy kartkę z hasłem do galerii zdjęć z Przedszkola
nr 5 w Rzeszowie (grupa Sówki), ale link z kartki prowadzi do strony
„Galeria wygasła lub nie istnieje”, chociaż zamówienia są do piątku.
Sprawdzałem na telefonie i na komputerze.
Piotr Wieczorek"""),
("pl", "b140-pl-zegarek-restartuje-sie", "Monika Baran <monika.baran@example.pl>", "Zegarek się resetuje", "technical", "",
"""Dzień dobry, zegarek syna od kilku dni sam się wyłącza i włącza co parę
minut – pokazuje logo i znowu ekran główny. W tym czasie nie da się do
niego dodzwonić. Bateria jest naładowana, stał całą noc na ładowarce.
Nie był zamoczony. Co można z tym zrobić?
Monika"""),
("pl", "b140-pl-zlobek-czytniki-kart-wejscie", "Żłobek Małe Stópki <kontakt@malestopki.example>", "Czytniki przy wejściu", "technical", "high",
"""Dzień dobry,

od rana czytniki kart przy obu wejściach do żłobka nie reagują – ekran
pokazuje „Brak połączenia z serwerem”. Rodzice nie mogą otworzyć drzwi
swoimi kartami, więc od 7:00 do 8:30 jedna opiekunka musiała stać przy
drzwiach i wpuszczać ponad 50 rodzin, zamiast być z dziećmi w sali. Nie
mamy też dzisiejszej listy obecności, bo tworzy się ona z odczytów kart.

Odbiory zaczynają się o 15:00 i znowu będziemy mieli ten sam problem.
Proszę o pilny kontakt: 22 000 18 40.

Iwona Kubiak
Dyrektor, Żłobek Małe Stópki, Warszawa-Bemowo"""),
("pl", "b140-pl-pilne-apka-matma-zawiesza", "Sylwia Gorska <sylwia.gorska@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! aplikacja do matmy zawiesza sie na tablicy wynikow po kazdym
tescie i trzeba ja zamykac, a wtedy wynik sie nie zapisuje. Corka
zrobila ten sam test 3 razy i dalej ma 0 punktow, jest wsciekla :(
tablet Huawei MatePad, najnowsza wersja apki"""),
("pl", "b140-pl-re-zgloszenie-brak-dzwieku", "Adam Sikorski <adam.sikorski@example.pl>", "Re: Zgłoszenie 55810", "technical", "",
"""Dzień dobry,

zrobiłem wszystko, co Pani napisała – przywrócenie ustawień fabrycznych,
ponowne sparowanie – i nadal to samo: zegarek przy połączeniu tylko
wibruje, nie wydaje żadnego dźwięku, a w czasie rozmowy syn mnie nie
słyszy. Głośność jest ustawiona na maksimum.

Adam Sikorski

-----Wiadomość oryginalna-----
Od: Pomoc KidWatch <pomoc@kidwatch.example>
Wysłano: wtorek, 14 maja 2024 11:02
Temat: Zgłoszenie 55810

Dzień dobry,
prosimy o przywrócenie ustawień fabrycznych zegarka (Ustawienia >
System > Reset) i ponowne dodanie go w aplikacji. Jeśli problem nie
ustąpi, prosimy o informację.
Pozdrawiamy, Justyna"""),
("pl", "b140-pl-dziadek-nie-dodzwania-sie", "Józef Kalinowski <jozef.kalinowski@example.pl>", "Telefon do wnuczki", "technical", "",
"""Szanowni Państwo,

moja wnuczka Lena ma Państwa zegarek. Córka mówi, że dodała mój numer do
kontaktów. Kiedy jednak dzwonię na zegarek ze swojego telefonu, od razu
słyszę, że „abonent jest czasowo niedostępny”, a córka i zięć
dodzwaniają się bez kłopotu w tej samej chwili. Mój telefon to zwykła
Nokia z klawiszami. Czy coś jest źle ustawione?

Z wyrazami szacunku
Józef Kalinowski"""),
("pl", "b140-pl-formularz-oboz-nie-wysyla", "Ola Malinowska <ola.malinowska@example.pl>", "Obóz letni", "technical", "",
"""Hej, próbuję zapisać syna na obóz piłkarski w Wiśle (lipiec, turnus II)
przez formularz na stronie i po kliknięciu „Wyślij” nic się nie dzieje,
tylko pole z PESEL-em robi się czerwone, chociaż wpisuję dobry numer.
Próbowałam trzy razy, na komputerze i na telefonie. Zostawcie mi proszę
miejsce, jeśli się da :)
Ola"""),
("pl", "b140-pl-podziekowanie-panie-zlobek", "Justyna Olszewska <justyna.olszewska@example.pl>", "Podziękowanie", "general", "",
"""Drogie Panie z grupy Motylków,

w piątek był ostatni dzień Hani w żłobku, od września idzie do
przedszkola. Chcieliśmy z całego serca podziękować za te dwa lata – za
cierpliwość przy adaptacji, za codzienne zdjęcia i za to, że Hania
wbiegała do Was rano z uśmiechem. Pani Basiu, szczególnie Pani!

Justyna i Bartek Olszewscy"""),
("pl", "b140-pl-zgubiona-torba-korki", "Robert Zawadzki <robert.zawadzki@example.pl>", "zguba", "general", "",
"""Dzien dobry, syn (grupa 2016, trener Darek) zostawil w sobote na Orliku
przy Szkole nr 3 granatowa torbe Adidasa z korkami i bluza. Na torbie
jest naszywka z imieniem Igor. Moze ktos z trenerow zabral?
Pozdrawiam, Robert"""),
("pl", "b140-pl-trener-wyzywa-prezes", "Izabela Stępień <izabela.stepien@example.pl>", "Skarga na trenera grupy 2014", "general", "high",
"""Dzień dobry,

w niedzielę podczas turnieju w Pruszkowie trener grupy 2014, pan
Krystian, przez cały mecz krzyczał na chłopców, a mojego syna po
straconej bramce nazwał „ofermą” przy wszystkich rodzicach i kazał mu
siedzieć na ławce do końca. Syn płakał całą drogę do domu i mówi, że nie
chce już chodzić na treningi. Nie jestem jedynym rodzicem, który to
słyszał.

Nie chcę wyjaśniać tego z samym trenerem. Proszę o spotkanie z prezesem
klubu w tym tygodniu.

Izabela Stępień"""),
("pl", "b140-pl-plac-zabaw-drabinka-szczebel", "Krzysztof Adamczyk <krzysztof.adamczyk@example.pl>", "Plac zabaw", "general", "high",
"""Dzień dobry,

przy odbiorze Mai zauważyłem, że na drewnianej drabince przy zjeżdżalni
na placu zabaw przedszkola jeden szczebel jest pęknięty na pół i trzyma
się tylko z jednej strony, a obok wystaje gwóźdź. Dzieci normalnie się
po niej wspinały. Powiedziałem pani, która była z nimi na dworze, ale
chyba warto to zagrodzić, zanim ktoś spadnie.

Krzysztof Adamczyk"""),
("pl", "b140-pl-dyzur-wakacyjny", "Paulina Nowak <paulina.nowak@example.pl>", "Wakacje", "general", "",
"""Dzien dobry, czy przedszkole jest otwarte w lipcu i sierpniu, czy jest
przerwa wakacyjna? Jesli jest dyzur, to w jakich godzinach i do kiedy
trzeba zglosic dziecko? Pozdrawiam, Paulina (mama Frania z Jezykow)"""),
("pl", "b140-pl-upowaznienie-do-odbioru", "Marta Jaworska <marta.jaworska@example.pl>", "Upoważnienie do odbioru", "general", "",
"""Dzień dobry,

od przyszłego tygodnia Stasia będzie odbierał także mój tata, Zbigniew
Jaworski. Proszę o dopisanie go do listy osób upoważnionych – czy mam
przynieść podpisane upoważnienie na papierze? Przy okazji: zmienił mi się
numer telefonu, nowy to 600 000 952.

Marta Jaworska"""),
("pl", "b140-pl-rodo-dane-syna", "Wojciech Pietrzak <wojciech.pietrzak@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie dane osobowe mojego
syna, Filipa Pietrzaka (konto w aplikacji zakładałem na ten adres
e-mail), Państwo przetwarzają, w jakim celu i komu je udostępniono, a
także czy nagrania lekcji wideo są przechowywane i jak długo. Proszę o
kopię tych danych.

Z poważaniem
Wojciech Pietrzak"""),
("pl", "b140-pl-sponsoring-warsztat", "Auto-Serwis Mróz <biuro@autoserwismroz.example>", "Sponsoring", "general", "",
"""Dzień dobry, prowadzę warsztat samochodowy w Tarnowie, a mój syn trenuje
u Państwa w roczniku 2015. Chętnie zasponsorowalibyśmy stroje meczowe
albo wyjazd na turniej. Z kim mogę o tym porozmawiać?
Grzegorz Mróz"""),
("pl", "b140-pl-animator-komunia-wolny-termin", "Ewa Czarnecka <ewa.czarnecka@example.pl>", "Komunia 18 maja", "general", "",
"""Dzien dobry, szukamy animatora na przyjecie komunijne 18 maja w
restauracji pod Poznaniem (Suchy Las), od 15 do 19. Bedzie ok. 20 dzieci
w wieku 2-12 lat. Czy macie wolny termin? Czy animator ma swoje
naglosnienie, czy trzeba cos zalatwic w restauracji?
Ewa Czarnecka"""),
("pl", "b140-pl-pudelko-do-paczkomatu", "Daria Sobczak <daria.sobczak@example.pl>", "Dostawa", "general", "",
"""Dzień dobry, czy od następnego miesiąca pudełka mogą przychodzić do
paczkomatu zamiast kurierem? Kurier przyjeżdża zawsze, kiedy jesteśmy w
pracy, i paczka jeździ potem dwa dni po mieście. Mój paczkomat to
WAW123M (ul. Górczewska). Dziękuję!"""),
("pl", "b140-pl-dzien-dobry-dzien-otwarty", "Aleksandra Witkowska <ola.witkowska@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry,

szukamy przedszkola dla córki od września (będzie miała 3 lata i 2
miesiące). Czy organizują Państwo dzień otwarty albo czy można przyjść
obejrzeć sale i porozmawiać z dyrekcją? Interesuje mnie też, czy są
zajęcia z logopedą.

Pozdrawiam
Aleksandra Witkowska"""),
("pl", "b140-pl-animatorka-rozwalila-system", "Karol Laskowski <karol.laskowski@example.pl>", "Urodziny Tymka", "general", "",
"""Hej! Impreza była bombowa, pani Kasia totalnie rozwaliła system – bańki
mydlane wielkości dziecka, dzieciaki wyły z radości, a teściowa płakała
ze śmiechu przy przeciąganiu liny z tatusiami. Tymek pyta, kiedy znowu
będą urodziny :) Dzięki wielkie i pozdrowienia dla Kasi!
Karol"""),
("pl", "b140-pl-niemila-pani-recepcja", "Elżbieta Górecka <elzbieta.gorecka@example.pl>", "Uwaga", "general", "",
"""Dzień dobry,

chciałam zwrócić uwagę na zachowanie pani w recepcji Państwa centrum
nauki przy ul. Piotrkowskiej. Kiedy w czwartek zapytałam o zmianę
godziny zajęć wnuczki, pani odpowiedziała mi podniesionym głosem, że
„wszystko jest na stronie”, i odwróciła się do komputera. Jestem starszą
osobą i nie wszystko umiem znaleźć w internecie. Może warto z nią
porozmawiać.

Elżbieta Górecka"""),
]
