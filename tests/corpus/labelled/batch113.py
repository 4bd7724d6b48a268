# batch113.py -- labelled test mails, held out of the tree until the rules
# it measures are final, so that nothing is tuned or trained on them.
# Kinds of business drawn on: young people -- scouts and guides, youth
# clubs, summer language courses abroad, au pair agencies, student
# exchange programmes, babysitting apps, driving-theory apps.  The failure
# classes in these new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in unusual wording, outages of a business told
# only by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  40 mails each in
# en, el, es and pl, written separately for each language.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b113-en-malta-course-voucher-chargeback", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Malta course - cancelled by you", "billing", "high",
"""Dear Sir or Madam,

My daughter Ella was booked on your two-week Junior English & Activities
course in St Julian's, 21 July - 4 August. I paid the full 1,640.00 in
March. Last week you emailed to say the course "will not run this year
due to low numbers" and that you would issue a credit voucher for 2025.

Ella will be 18 next year and too old for the junior course, so a
voucher is of no use to us whatsoever. You cancelled, not us, and I want
the money back to my card.

If I don't have confirmation of a full refund by Friday 14 June I will
raise a chargeback with my card provider. I have kept all the emails.

Rebecca Hollis"""),
("en", "b113-en-aupair-left-placement-fee-court", "Mark Devlin <mark.devlin@example.co.uk>", "Placement fee - au pair left after 12 days", "billing", "high",
"""To whom it may concern,

We paid your agency a placement fee of 850.00 on 2 September for an au
pair. She arrived on 9 September and left on 21 September to go home
for family reasons - no fault of ours and I don't blame her.

Your terms say clearly that if a placement ends within the first four
weeks you will either find a replacement within 30 days or refund 50%
of the fee. It has now been seven weeks. No replacement, and two emails
asking about the refund have gone unanswered.

I would like the 425.00 paid within 10 working days. Otherwise I will
file a claim through Money Claim Online, which I'd rather not do but
will.

Mark Devlin
Harrogate"""),
("en", "b113-en-exchange-regional-fee-supervisor", "Denise Alvarez <denise.alvarez@example.com>", "Extra $600 \"regional fee\"???", "billing", "high",
"""Hi,

Our son Marcus is going to Germany with your high school exchange program
this fall. We signed the contract in January for $11,450 all-in. Now
there's a new line on the payment portal: "regional coordination fee
$600.00", due in 10 days.

I called and the rep told me it's "standard" and she couldn't remove it.
It's not in anything we signed. I'm done going around in circles with
the call center - I want a supervisor or someone in your finance office
to call me, please. (512) 555-0148, any time after 4pm Central.

Denise Alvarez
Austin, TX"""),
("en", "b113-en-theory-passed-no-more-app", "Niamh O'Connell <niamh.oc@example.ie>", "passed!!!", "billing", "",
"""hi so I passed my theory test this morning 49 out of 50 :) thanks for
the app, the practice questions were spot on.

I won't be needing it anymore so can you make sure it doesn't take the
6.99 again on the 20th? I couldn't find where to stop it in the settings.

Niamh"""),
("en", "b113-en-scouts-subs-emigrating", "Claire Benson <claire.benson@example.co.uk>", "Harry and Josh - leaving", "billing", "",
"""Hi Akela and Skip,

Some news - we're emigrating to Perth (the Australian one!) at the end
of August, so this summer term will be the boys' last with 14th
Stockport. They've loved every minute.

Could you make sure the termly subs direct debit for both of them is
stopped after this term? I think the next one would go out in September.

We'll be in touch to say goodbye properly at the last meeting.

Claire (mum of Harry - Cubs, and Josh - Scouts)"""),
("en", "b113-en-sitter-booking-fee-twice", "Tegan Walsh <tegan.walsh@example.com.au>", "Booking 88213", "billing", "",
"""Hey team,

Booked a sitter for Saturday night through the app (booking 88213) and
my card shows the $14.50 booking fee twice. Sitter was lovely btw, no
issue there. Could you reverse the second one?

Cheers,
Tegan (Newcastle NSW)"""),
("en", "b113-en-guides-india-trip-instalments", "Sarah Whitfield <s.whitfield@example.co.uk>", "Sangam 2025 - paying in parts", "billing", "",
"""Hello,

My daughter Grace has been offered a place on the Guides trip to Sangam
in Pune next February. The letter gives the total as 1,150 and asks for
a 200 deposit by 30 June.

Is it possible to pay the remaining 950 in monthly amounts rather than
in one go in November? We could do about 120 a month from July. And can
the deposit be paid by bank transfer, or does it have to be through the
online system?

Many thanks,
Sarah Whitfield"""),
("en", "b113-en-youthclub-freeze-wrist", "Dave Kerrigan <dave.kerrigan@example.co.uk>", "Jamie", "billing", "",
"""Jamie broke his wrist at football on Saturday, he's in a cast for
six weeks and can't do the climbing or the five-a-side. Can we put his
club membership on hold until he's back rather than paying the 22 a
month for nothing? He'll be back as soon as the cast is off, he's
gutted.

Dave"""),
("en", "b113-en-re-invoice-school-po", "Bursar <bursar@stcolmans-college.example.ie>", "Re: Spain exchange 2024 - payment", "billing", "",
"""Hi Aoife,

Thanks for this. Before we can pay, our accounts system needs an invoice
addressed to the school (St Colman's College, Kilmallock Road,
Charleville, Co. Cork) with our purchase order number PO-24-0117 on it.
The email below is fine for the parents but we can't process it as it
stands. Could you reissue it?

Regards,
Brendan Mulcahy
Bursar

-----Original Message-----
From: Aoife Nolan <aoife@exchange-bridges.example.ie>
Sent: 3 May 2024 10:12
Subject: Spain exchange 2024 - payment

Dear Mr Mulcahy,
Please find below the balance due for the Salamanca exchange group
(22 students, 2 teachers): EUR 9,460.00, payable by 31 May.
Kind regards, Aoife"""),
("en", "b113-en-dublin-course-sibling-discount", "Rajesh Iyer <rajesh.iyer@example.in>", "Summer programme Dublin - twins", "billing", "",
"""Dear Team,

Greetings from Bengaluru. I wish to enrol my twin daughters (age 15) in
the 3-week Dublin summer English programme starting 7 July. The fee on
website is EUR 2,890 per student including homestay.

Kindly inform whether any sibling concession is available for two
students from same family, and whether the fee may be remitted from an
Indian bank account by wire transfer in two parts. Also please confirm
if the airport pickup charge is included or extra.

Thanks and regards,
Rajesh Iyer"""),
("en", "b113-en-hello-scout-shirt-size", "Lorraine Pike <lorraine.pike@example.co.uk>", "Hello", "billing", "",
"""Hello, I bought a Beavers sweatshirt from the online shop for my
grandson and it's far too big, age 9-10 instead of 6-7, my mistake. It's
not been worn and still has the label. Can I swap it for the smaller
one or do I have to send it back and buy again?

Thank you
Lorraine Pike"""),
("en", "b113-en-sitter-cancelled-fee-charged", "Jordan Whitaker <jordan.whitaker@example.com>", "Cancellation fee??", "billing", "",
"""So the sitter cancelled on US an hour before, which, fine, things
happen. But I just got an email receipt for a $25 "late cancellation
fee" charged to MY card. I didn't cancel anything. Please refund it.

Jordan"""),
("en", "b113-en-late-dad-premium-plan", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Account in my father's name", "billing", "",
"""Good afternoon,

My father, Huw Lloyd, set up a yearly Premium plan on your driving theory
app for my son last spring and paid for it on his own card. Dad died in
April. I've just seen on his bank statement that the plan renewed on
2 May for 39.99.

My son has already passed his theory test. Could you please cancel the
plan and refund the renewal to Dad's account? I'm the executor and can
provide the paperwork.

Thank you,
Gareth Lloyd"""),
("en", "b113-en-not-tech-school-code", "Amelia Grant <amelia.grant@example.com>", "code from school leaflet", "billing", "",
"""Hi - first off this isn't a problem with the app, the app works fine.
Our school handed out leaflets with a code (SCHOOL20) for 20% off the
yearly plan. I bought the plan yesterday and put the code in, it said
"applied", but I was charged the full 29.99. Can you refund the 6?

Amelia"""),
("en", "b113-en-hazard-clips-crash-no-refund", "Tom Brennan <tom.brennan@example.ie>", "Hazard perception crashing", "technical", "",
"""Hello,

Not looking for my money back, I want to make that clear, the question
practice is great. But the hazard perception part crashes every single
time on clip 3 - the video starts, freezes, and the app closes. Same on
my phone (Samsung A54) and my mam's iPad. I've uninstalled and put it
back on twice. My test is in three weeks and that's the bit I need most.

Tom"""),
("en", "b113-en-driving-school-pupils-locked-out", "Office <office@roadready-driving.example.co.uk>", "Pupils", "technical", "high",
"""Morning,

Since about 8 this morning not one of our pupils can get into the theory
portal - it just says "Licence not recognised". That's all 64 of them on
our school account. We've had three classroom sessions booked today and
the pupils are sat in our training room with nothing to do, and the
phones haven't stopped. Several have their tests at the Lancaster centre
this week.

I've checked our account page and it says the licence is active and paid
until December.

Please ring me on 01524 960 213.

Karen Moss
Road Ready Driving School"""),
("en", "b113-en-headtorch-battery-swelled", "Paul Redmond <paul.redmond@example.co.uk>", "Rechargeable head torch", "technical", "high",
"""Hello,

We bought one of your rechargeable head torches from the scout shop
in April for our son's camp. Last night it was charging on the kitchen
table and he noticed the battery compartment had bulged and the case
was too hot to hold. There was a faint chemical smell.

I've unplugged it and put it outside on the patio in a metal tin. Nobody
has been hurt. I thought you should know in case others from the same
batch do the same - the code on the box is HT-300 / 2403.

What should I do with it now?

Paul Redmond"""),
("en", "b113-en-residence-shower-shock", "Orla Fitzpatrick <orla.fitzpatrick@example.ie>", "Salamanca residence - Room 214", "technical", "high",
"""Hi,

My daughter Saoirse is on your Spanish course in Salamanca and staying
in the residence. She mentioned on the phone tonight, quite casually,
that she gets a little electric shock when she touches the shower tap
while the water is running, and that the girl in the next room said the
same. She thought it was "just static".

I don't think it is. Could someone have a look at it as soon as
possible, and in the meantime make sure the girls don't use those
showers?

Orla Fitzpatrick"""),
("en", "b113-en-sitter-app-login-loop", "Ben Hargreaves <ben.hargreaves@example.co.uk>", "Can't log in", "technical", "",
"""I reset my password yesterday and now when I log in it goes to the
home screen for a second and then throws me back to the login page. Over
and over. iPhone 13, app updated this morning. My wife can log in fine
on hers.

Ben"""),
("en", "b113-en-sitter-side-no-job-alerts", "Kayla Simmons <kayla.simmons@example.com>", "Not getting job notifications", "technical", "",
"""Hi there,

I'm a sitter on the app (profile name Kayla S., Columbus OH). Since
about two weeks ago I'm not getting any notifications for new job
requests. Parents are telling me they sent me requests and by the time
I see them in the app they've gone to someone else. Notifications are
turned on in my phone settings and in the app. I've logged out and back
in.

Thanks,
Kayla"""),
("en", "b113-en-exchange-portal-passport-upload", "Hannah Cho <hannah.cho@example.com>", "Application portal", "technical", "",
"""Hello,

I'm trying to finish my application for the semester exchange to Japan
and the documents page won't take my passport scan. It's a PDF, 1.2 MB,
and it gets to 100% and then says "Upload failed - unsupported file".
I tried a JPG too and got the same message. Application deadline is
Friday.

Hannah Cho"""),
("en", "b113-en-placement-test-listening-freeze", "Meera Pillai <meera.pillai@example.in>", "Online level test", "technical", "",
"""Dear Sir/Madam,

My son Arjun is registered for the July French course in Nice and was
asked to complete the online placement test before arrival. Each time
he reaches the listening section (Part 3) the audio does not play and
the page stops responding. He has tried Chrome and Edge on our laptop
and also on my phone. The reading and grammar parts worked properly.

Kindly advise how he may complete the test.

Regards,
Meera Pillai
Kochi"""),
("en", "b113-en-district-camp-medical-forms", "Ian Peel <ian.peel@example.org.uk>", "Online membership system", "technical", "high",
"""Hello,

I'm the district camp chief for Wirral North. We have 140 young people
and 30 leaders leaving for district camp on Saturday. Since yesterday
afternoon none of our leaders can open anyone's record in the online
membership system - it shows the list of names but every record says
"Error 500".

That's where all the medical and allergy details and emergency contacts
are. We can't hand out medication or finalise the tent groups without
them, and the coach company needs the final list tomorrow.

Ian Peel
District Camp Chief"""),
("en", "b113-en-tent-pole-snapped", "Stuart Fraser <stuart.fraser@example.co.uk>", "Patrol tent", "technical", "",
"""Hello,

We bought two of your 4-man patrol tents for the troop in March. On the
first camp one of the fibreglass poles on each tent split along its
length while we were putting them up - no wind, nothing unusual, the
kids were supervised. Is this a known problem? They've been used once.

Stuart Fraser
Scout Leader, 3rd Dunblane"""),
("en", "b113-en-re-reinstall-progress-gone", "Liam Hughes <liam.hughes@example.co.uk>", "Re: Ticket #40721", "technical", "",
"""Hi,

So I did what you said and reinstalled it, and now everything's gone.
It says 0% on every topic and my mock test history is empty. I'd done
about 600 questions. I'm logged in with the same email as before. Can
you get it back?

Liam

On 12 Mar 2024, at 09:31, Support <help@theorypass.example> wrote:
> Hi Liam,
> Sorry to hear the app keeps freezing on the road signs section.
> Please try uninstalling and reinstalling the app - your progress is
> saved to your account.
> Thanks, Jess"""),
("en", "b113-en-question-clips-no-sound", "Mitch Cameron <mitch.cameron@example.com.au>", "Question", "technical", "",
"""G'day, quick one - the hazard videos play on my iPad but there's no
sound at all, everything else on the iPad has sound. Is it meant to be
silent or is something broken?

Mitch"""),
("en", "b113-en-urgent-reset-email-missing", "Chloe Adeyemi <chloe.adeyemi@example.co.uk>", "URGENT!!!!", "technical", "",
"""I HAVE ASKED FOR THE PASSWORD RESET EMAIL FIVE TIMES AND IT NEVER
COMES. Not in spam either. I just want to do some practice questions
on the bus. Email is this one.

Chloe"""),
("en", "b113-en-thanks-dofe-leaders", "Margaret Ellison <m.ellison@example.co.uk>", "Thank you", "general", "",
"""Dear Mr Pearce and Miss Khan,

I just wanted to say thank you for everything you did for Olivia's
Duke of Edinburgh expedition in the Peak District last weekend. She came
home filthy, exhausted and happier than I've seen her in months. She
told me you walked the last stretch with her group in the rain when one
of the boys was struggling.

It's not easy being a volunteer and I don't think you hear thank you
often enough.

With best wishes,
Margaret Ellison (Olivia's gran)"""),
("en", "b113-en-lost-sleeping-bag-camp", "Joanne Price <joanne.price@example.co.uk>", "left at camp", "general", "",
"""Hi, Sophie came back from Guide camp at Foxlease without her sleeping
bag. It's a navy Vango one in a red stuff sack with SOPHIE P written on
the label. Did anyone find it? We can collect from the hut on Tuesday.
Thanks, Jo"""),
("en", "b113-en-youthclub-broken-step", "Sharon Mullins <sharon.mullins@example.co.uk>", "Front steps", "general", "high",
"""Hi,

I'm not sure who looks after the building, so I'm sending this here. The
second step up to the front door of the youth centre on Elm Road has a
big chunk broken off the edge and the rest of it rocks when you stand on
it. My son caught his foot on it on Thursday night and went down hard -
he's fine, just grazed hands - but it was dark and the outside light
wasn't on.

There are 40-odd kids going up and down those steps every evening.
Please could it be fenced off or fixed before someone gets properly
hurt.

Sharon Mullins"""),
("en", "b113-en-aupair-told-to-leave-tonight", "Larissa Souza <larissa.souza@example.com.br>", "please help - host family", "general", "high",
"""Hello,

I am an au pair placed by your agency with a family in Rathfarnham,
Dublin, since January. Tonight the mother told me I must leave the house
tomorrow morning because they "don't need an au pair anymore". I have no
other place to stay in Ireland and I don't know anyone here. I have
around 200 euro.

I tried to call the office number but it is closed. Please can someone
call me as soon as possible: +353 85 555 0192.

Larissa Souza"""),
("en", "b113-en-sitter-phone-all-night-manager", "Victoria Hale <victoria.hale@example.co.uk>", "Complaint about a sitter", "general", "high",
"""Dear Sir or Madam,

I'm writing about the sitter we booked through your app last Friday,
7-11pm, for our two children (5 and 8). Our eight-year-old told us the
next morning that the sitter spent the evening on a video call in the
kitchen, told them to "sort yourselves out" when they asked for a drink,
and didn't put the little one to bed - she fell asleep on the sofa at
half ten.

I'm not asking for money back. I want this taken seriously by someone
with actual authority, not another automated "thank you for your
feedback". Please have a manager contact me - I'd like to know what
checks you do and what happens to this sitter's profile.

Victoria Hale"""),
("en", "b113-en-new-emergency-contact", "Kevin Doherty <kevin.doherty@example.ie>", "Change of contact details - Aisling Doherty", "general", "",
"""Hi,

Could you update the emergency contact for my daughter Aisling (Youth
Club, Thursday juniors)? It should now be her aunt, Maeve Doherty,
087 555 0133, instead of my old work number which no longer works.
Our home address is the same.

Thanks,
Kevin Doherty"""),
("en", "b113-en-photos-facebook-data", "Anjali Mehta <anjali.mehta@example.co.uk>", "Photos of my son", "general", "",
"""Hello,

I've noticed several photos of my son (Rohan Mehta, Cubs) on the group's
public Facebook page from the June sleepover. I didn't give consent for
his photo to be used online - I ticked "no" on the form.

Please could you remove them, and also let me know what personal
information you hold about him and who it's shared with.

Thank you,
Anjali Mehta"""),
("en", "b113-en-bakery-sponsor-kits", "Tony Russo <tony@russosbakery.example.co.uk>", "Sponsorship", "general", "",
"""Hi there,

I own Russo's Bakery on the high street - a few of your youth club lot
come in after school for sausage rolls! I'd be happy to sponsor
something for the club this year, maybe the football kits or a trip.
Who should I talk to about it?

Tony Russo"""),
("en", "b113-en-beavers-waiting-list", "Laura Bennett <laura.bennett@example.co.uk>", "Beavers", "general", "",
"""Hi, my son turns 6 in October. Do you have space in Beavers or is
there a waiting list, and what night do you meet? Thanks, Laura"""),
("en", "b113-en-kids-dying-campfire", "Rob Chambers <rob.chambers@example.com.au>", "Cub camp next month", "general", "",
"""Hi Rachel,

The twins are absolutely dying to go to camp - they've talked about
nothing else since the campfire night, which they said was a blast.
Couple of questions: do they need their own plates and cutlery, and
is there somewhere to charge a phone (for me, not them!)? Also what time
is pick-up on the Sunday?

Cheers,
Rob"""),
("en", "b113-en-homestay-vegetarian-jain", "Priya Shah <priya.shah@example.in>", "Homestay food query", "general", "",
"""Dear Admissions Team,

Our son Dev (14) has been accepted for the August exchange programme in
Canterbury. We follow a Jain vegetarian diet - no meat, fish or eggs,
and ideally no onion, garlic or root vegetables. Is it possible to
request a host family who is comfortable with this, or should he
expect to manage some of his own meals?

Warm regards,
Priya Shah
Ahmedabad"""),
("en", "b113-en-re-visa-acceptance-letter", "Sean Kelly <sean.kelly@example.com>", "Re: Welcome to the Fall semester program!", "general", "",
"""Hi Megan,

Thanks so much for the welcome pack! One thing - the Italian consulate
in Chicago needs an official acceptance letter on letterhead with the
program dates and the school's address for my student visa appointment
on the 18th. The welcome email below isn't enough for them. Can you
send one?

Sean

> Hi Sean, Congratulations and welcome to the Fall semester program in
> Florence! Your orientation is on 2 September. We'll send your housing
> details in July.
> Best, Megan (Student Services)"""),
("en", "b113-en-order-uniform-leave-neighbour", "Gillian Ford <gillian.ford@example.co.uk>", "Order 48213", "general", "",
"""Hi, I'm out at work all day Thursday when the uniform order is due.
Could the driver leave it with my neighbour at number 17 please, or in
the green bin store by the side gate? Thanks, Gill"""),
# ---------------- Greek ----------------
("el", "b113-el-gl-perasa-theoria-stop", "Thanos M. <thanos.m@example.gr>", "syndromh", "billing", "",
"""kalhspera, perasa simera th8ewria sto ypoyrgeio me 0 la8h!! 8enkiou
gia thn efarmogh. den 8a th xreiastw allo, mporeite na kleisete th
syndromh na mhn xrew8w ta 5,99 ton allo mhna? den vriskw pou ginetai
apo to kinhto.
Thanos"""),
("el", "b113-el-etisio-plano-xreothike-amfisvitisi", "Μαρίνα Κωνσταντίνου <marina.konstantinou@example.gr>", "Ετήσια χρέωση μετά από ακύρωση", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 2 Μαΐου ακύρωσα από την εφαρμογή την ετήσια συνδρομή μου για
μπέιμπι σίτερ και έλαβα και email «Η συνδρομή σας ακυρώθηκε» (το έχω
κρατήσει). Παρ' όλα αυτά, στις 15 Μαΐου η κάρτα μου χρεώθηκε 119€ για
ανανέωση.

Έστειλα μήνυμα από τη φόρμα πριν από δέκα μέρες και δεν έχω πάρει καμία
απάντηση. Αν τα χρήματα δεν επιστραφούν μέχρι το τέλος της εβδομάδας,
θα ζητήσω από την τράπεζα αμφισβήτηση της συναλλαγής.

Με εκτίμηση,
Μαρίνα Κωνσταντίνου
Χαλάνδρι"""),
("el", "b113-el-kataskinosi-prokatavoli-synigoros", "Γιάννης Παπαθανασίου <g.papathanasiou@example.gr>", "Προκαταβολή κατασκήνωσης", "billing", "high",
"""Καλησπέρα σας,

Τον Μάρτιο πληρώσαμε προκαταβολή 300€ για τη δεύτερη περίοδο στην
κατασκήνωση στον Άγιο Ανδρέα για την κόρη μας. Στις αρχές Μαΐου
ενημερώσαμε εγγράφως ότι ακυρώνουμε, 55 μέρες πριν την έναρξη, ενώ οι
όροι σας γράφουν ότι η προκαταβολή επιστρέφεται για ακυρώσεις έως 45
ημέρες πριν.

Από τότε έχουμε στείλει τρία email και έχουμε πάρει πέντε φορές
τηλέφωνο. Κανείς δεν απαντά για τα χρήματα. Αν δεν επιστραφεί η
προκαταβολή εντός 10 ημερών θα κάνουμε καταγγελία στον Συνήγορο του
Καταναλωτή.

Γιάννης Παπαθανασίου"""),
("el", "b113-el-gl-babysitter-diplh-xrewsh", "Eleni Tz. <elenitz@example.gr>", "xrewsh", "billing", "",
"""Geia sas, xtes ekleisa babysitter mesa apo thn efarmogh gia 3 wres
kai h karta mou xrew8hke 2 fores ta 36 eyrw. H kopela hr8e mia fora
fysika :) mporeite na epistrepsete thn mia xrewsh?
Eyxaristw, Elenh"""),
("el", "b113-el-antallagi-doseis-xoris-tonous", "Βασιλης Αργυρης <v.argyris@example.gr>", "Προγραμμα ανταλλαγης Γερμανια - πληρωμη", "billing", "",
"""Καλημερα σας,

Η κορη μου εγινε δεκτη στο εξαμηνιαιο προγραμμα ανταλλαγης μαθητων στο
Μοναχο. Το κοστος ειναι 6.400€. Θα ηθελα να ρωτησω αν μπορουμε να το
πληρωσουμε σε δοσεις και ποσες, και αν γινεται με πιστωτικη καρτα ή
μονο με καταθεση σε λογαριασμο.

Ευχαριστω πολυ,
Βασιλης Αργυρης"""),
("el", "b113-el-aupair-timologio-eponymia", "Αθηνά Ρούσσου <athina.roussou@example.gr>", "Τιμολόγιο γραφείου au pair", "billing", "",
"""Καλημέρα,

Πληρώσαμε χθες τα 650€ για την τοποθέτηση της au pair (παραγγελία
AP-2291), αλλά η απόδειξη βγήκε στο όνομα του συζύγου μου. Μπορείτε να
εκδώσετε τιμολόγιο στην εταιρεία μου; Ρούσσου Αθηνά - Αρχιτεκτονικό
Γραφείο, ΑΦΜ 099888777, ΔΟΥ Καλαμαριάς.

Ευχαριστώ,
Αθηνά Ρούσσου"""),
("el", "b113-el-omilos-panellinies-pagoma", "Κατερίνα Δούκα <katerina.douka@example.gr>", "Νίκος Δούκας - τμήμα εφήβων", "billing", "",
"""Γεια σας,

Ο Νίκος φέτος δίνει Πανελλήνιες και μέχρι τον Ιούνιο δεν θα έχει χρόνο
για τις δραστηριότητες του ομίλου. Μπορούμε να σταματήσει προσωρινά η
μηνιαία συνδρομή των 25€ και να την ξαναρχίσουμε τον Σεπτέμβριο; Δεν
θέλουμε να χάσει τη θέση του στην ομάδα ρομποτικής.

Ευχαριστώ,
Κατερίνα Δούκα"""),
("el", "b113-el-gl-proskopoi-megalwse", "Sotiria P. <sotiria.p@example.gr>", "etisia eisfora", "billing", "",
"""Kalhmera,
h korh mou h Marianna htan sta lykopoula ka8e xrono alla fetos
megalwse kai leei oti 8elei na asxolh8ei me to volley. Opote den 8a
synexisei. Eida oti mas hr8e xrewsh gia thn etisia eisfora 45 eyrw gia
th nea xronia, mporei na akyrw8ei? Den exei paei se kamia synanthsh.
Sas eyxaristoume gia ola ta xronia!
Swthria"""),
("el", "b113-el-re-apodeixi-forologiki", "Δημήτρης Λαμπρόπουλος <d.lampropoulos@example.gr>", "Re: Επιβεβαίωση εγγραφής - Θερινά αγγλικά Μπράιτον", "billing", "",
"""Καλησπέρα,

Ευχαριστώ για την επιβεβαίωση. Θα χρειαστώ όμως νόμιμη απόδειξη
παροχής υπηρεσιών με το ΑΦΜ μου για το ποσό που πλήρωσα, όχι μόνο το
email, γιατί ο λογιστής μου τη ζητάει. Μπορείτε να μου τη στείλετε;

Δημήτρης Λαμπρόπουλος

-------- Αρχικό μήνυμα --------
Από: Γραφείο Εγγραφών <eggrafes@glossa-taxidia.example.gr>
Θέμα: Επιβεβαίωση εγγραφής - Θερινά αγγλικά Μπράιτον
> Αγαπητέ κ. Λαμπρόπουλε,
> Σας επιβεβαιώνουμε την εγγραφή της Ιωάννας στο πρόγραμμα 30/6-20/7
> και την εξόφληση του ποσού των 2.750€.
> Με εκτίμηση, Γραφείο Εγγραφών"""),
("el", "b113-el-adelfia-ekptosi-kataskinosi", "Φωτεινή Σταυροπούλου <foteini.stav@example.gr>", "Έκπτωση για αδέρφια;", "billing", "",
"""Καλησπέρα, θέλουμε να στείλουμε και τα τρία παιδιά στην κατασκήνωση
τον Ιούλιο (12, 10 και 7 ετών). Υπάρχει κάποια έκπτωση για αδέρφια ή
για τρίτο παιδί; Η τιμή που βλέπω είναι 520€ ανά παιδί.

Φωτεινή"""),
("el", "b113-el-stoli-allagi-megethous", "Παναγιώτα Ζαχαρίου <p.zachariou@example.gr>", "Πουκάμισο στολής", "billing", "",
"""Καλημέρα σας. Πήρα από το κατάστημά σας στη Θεσσαλονίκη το πουκάμισο
στολής για τον γιο μου σε medium, αλλά του είναι μεγάλο. Δεν έχει
φορεθεί, έχει ακόμα την ετικέτα. Μπορώ να το αλλάξω με small σε
οποιοδήποτε κατάστημα ή πρέπει να πάω στο ίδιο; Έχω την απόδειξη.
Ευχαριστώ"""),
("el", "b113-el-epistrofi-didaktron-proistamenos", "Αλέξανδρος Νικολαΐδης <alex.nikolaidis@example.gr>", "3η φορά - επιστροφή διδάκτρων", "billing", "high",
"""Καλησπέρα,

Γράφω για τρίτη φορά. Τον Απρίλιο μου επιβεβαιώσατε γραπτώς ότι θα
επιστραφούν τα δίδακτρα των 1.200€ για το καλοκαιρινό πρόγραμμα στο
Δουβλίνο, επειδή η κόρη μου έσπασε το πόδι και δεν μπορεί να
ταξιδέψει. Μου είπατε «εντός 20 ημερών». Έχουν περάσει 45.

Κάθε φορά που τηλεφωνώ μιλάω με άλλον υπάλληλο που «θα το
προωθήσει». Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να με
καλέσει ο υπεύθυνος του γραφείου σας ή ο διευθυντής σήμερα.

Αλέξανδρος Νικολαΐδης
697 555 0142"""),
("el", "b113-el-gl-geia-plhrwmh-iris", "Kostas Vl. <kostasvl@example.gr>", "Geia sas", "billing", "",
"""Geia sas, gia to mathima proetoimasias gia to diplwma mporw na
plhrwsw me IRIS h mono me karta? Den exw pistwtikh.
Kwstas"""),
("el", "b113-el-kori-spoudes-telos-aupair", "Ευαγγελία Μπαλτά <evangelia.balta@example.gr>", "Ανανέωση μέλους οικογένειας", "billing", "",
"""Καλησπέρα σας,

Η μικρή μας τελείωσε φέτος το λύκειο και τον Σεπτέμβριο φεύγει για
σπουδές στο Γκρόνινγκεν, οπότε η Κλάρα, η au pair μας, είναι η
τελευταία που φιλοξενήσαμε - και ήταν υπέροχη. Δεν θα χρειαστούμε πια
τις υπηρεσίες σας.

Είδα ότι η ετήσια συνδρομή μέλους οικογένειας (180€) ανανεώνεται
αυτόματα την 1η Αυγούστου. Σας παρακαλώ να μην ανανεωθεί.

Με εκτίμηση,
Ευαγγελία Μπαλτά"""),
("el", "b113-el-gl-efarmogh-kollaei-oxi-lefta", "Stathis K. <stathis.k@example.gr>", "efarmogh", "technical", "",
"""Kalhspera. Den 8elw na mou epistrepsete ta xrhmata oute na akyrwsw,
apla na douleuei. H efarmogh kollaei panta sthn enothta "Shmata
kykloforias" sthn erwthsh 12 kai meta kleinei monh ths. Xiaomi Redmi
Note 11, exw kanei update. Se 2 evdomades dinw 8ewria...
Sta8hs"""),
("el", "b113-el-frontistiria-prosomoiosi-syneria", "Φροντιστήρια Γλωσσομάθεια <it@glossomatheia.example.gr>", "Πλατφόρμα - σήμερα", "technical", "high",
"""Καλημέρα,

Σήμερα στις 9:00 ξεκινούσαν οι προσομοιώσεις εξετάσεων B2 στα τρία
παραρτήματά μας (Νέα Σμύρνη, Καλλιθέα, Πειραιάς). 180 μαθητές κάθονται
μπροστά στους υπολογιστές και σε όλους, μόλις πατήσουν «Έναρξη», βγαίνει
«Η συνεδρία σας έληξε» και τους πετάει έξω. Οι καθηγητές δεν μπορούν
να δουν τίποτα από τον πίνακα ελέγχου. Οι γονείς έχουν πάρει άδεια από
τις δουλειές τους για να φέρουν τα παιδιά, και οι πραγματικές εξετάσεις
είναι σε δέκα μέρες.

Παρακαλώ καλέστε με αμέσως στο 210 555 0134.

Μιχάλης Ταμπάκης
Υπεύθυνος Πληροφορικής"""),
("el", "b113-el-anemistiras-usb-kapnos", "Σπύρος Αντωνίου <spyros.antoniou@example.gr>", "Ανεμιστηράκι από το κυλικείο", "technical", "high",
"""Καλησπέρα,

Ο γιος μου αγόρασε από το κυλικείο της κατασκήνωσης ένα από τα μικρά
ανεμιστηράκια με μπαταρία που πουλάτε. Σήμερα που γύρισε, το έβαλε να
φορτίσει στο δωμάτιό του και μετά από λίγο βγήκε καπνός από τη θύρα
φόρτισης. Το πλαστικό γύρω της έχει λιώσει.

Το αποσυνδέσαμε και το βγάλαμε στο μπαλκόνι. Όλοι είμαστε καλά. Σας
γράφω γιατί ξέρω ότι πολλά παιδιά τα πήραν φέτος.

Σπύρος Αντωνίου"""),
("el", "b113-el-gl-kataskhnwsh-priza-spin8hres", "Litsa G. <litsa.g@example.gr>", "priza sto koinoxrhsto", "technical", "high",
"""Kalhspera sas,
o gios mou einai sthn kataskhnwsh sas sto Pilio (2h periodos). Mou eipe
sto thlefwno oti sto koinoxrhsto me ta ntous, h priza dipla ston
ka8refth petaei spi8hres otan vazoun to pistolaki kai oti mirizei
kammeno plastiko. Ta paidia synexizoun na th xrhsimopoioun.
Mporei kapoios na to koitaksei amesa kai na mhn thn akoumpane mexri
tote? Den 8elw na panikovlh8w alla den mou aresei ka8olou.
Litsa Gewrgiou"""),
("el", "b113-el-babysitting-kodikos-den-allazei", "Χριστίνα Μανωλάκη <ch.manolaki@example.gr>", "Δεν μπορώ να μπω στον λογαριασμό", "technical", "",
"""Γεια σας, πατάω «Ξέχασα τον κωδικό», μου έρχεται το email, βάζω νέο
κωδικό και μου λέει «Ο σύνδεσμος έχει λήξει». Το έχω κάνει 4 φορές μέσα
σε λίγα λεπτά. Τι να κάνω;

Χριστίνα"""),
("el", "b113-el-antallagi-portal-den-anevazei", "Ορέστης Καλλέργης <orestis.kallergis@example.gr>", "Πρόβλημα στην πλατφόρμα αιτήσεων", "technical", "",
"""Καλημέρα,

Προσπαθώ να ολοκληρώσω την αίτηση για το πρόγραμμα ανταλλαγής στον
Καναδά και η σελίδα «Έγγραφα» δεν ανεβάζει τη βεβαίωση σπουδών. Το
αρχείο είναι PDF 800KB. Φτάνει η μπάρα στο τέλος και μετά γράφει
«Σφάλμα διακομιστή». Δοκίμασα από Chrome και Firefox, και από άλλον
υπολογιστή.

Ορέστης Καλλέργης"""),
("el", "b113-el-gl-test-epipedou-den-fortwnei", "Mary Papadopoulou <mary.pap@example.gr>", "test epipedou", "technical", "",
"""Kalhmera,
h kori mou prepei na kanei to online test epipedou prin to 8erino sto
Edimvourgo. Mpainei kanonika alla otan patame "Enarksh" h selida menei
leykh. Dokimasame laptop kai tablet. Ti na kanoume?
Maria"""),
("el", "b113-el-gl-re-meta-to-update-agglika", "Nikolas Th. <nikolas.th@example.gr>", "Re: Aitima #33104", "technical", "",
"""To ekana update opws mou eipate kai to pagwma fygei, alla twra oles
oi erwthseis kai ta menou vgainoun sta agglika. Sto "Glwssa" exei mono
English kai Deutsch, ta ellhnika eksafanisthkan. Egw dinw 8ewria sta
ellhnika...

Nikolas

> Agaphte Nikola,
> Gia to provlhma me to "pagwma" ths efarmoghs, parakalw enhmerwste
> thn sthn teleytaia ekdosh apo to Play Store.
> Me ektimhsh, Omada Yposthriksis"""),
("el", "b113-el-sitter-eidopoiiseis-den-erxontai", "Ραφαέλα Ιωαννίδου <rafaela.ioannidou@example.gr>", "Ειδοποιήσεις", "technical", "",
"""Καλησπέρα σας,

Είμαι μπέιμπι σίτερ στην πλατφόρμα σας εδώ και ένα χρόνο (Ηράκλειο).
Εδώ και δέκα μέρες δεν μου έρχονται ειδοποιήσεις για νέα αιτήματα,
ούτε στο κινητό ούτε με email. Οι γονείς μού λένε ότι μου έστειλαν
αίτημα και όταν το βλέπω έχει ήδη κλείσει με άλλη. Οι ειδοποιήσεις
είναι ενεργές στις ρυθμίσεις.

Ραφαέλα"""),
("el", "b113-el-erotisi-video-xoris-ixo", "Μιχάλης Δρακόπουλος <m.drakopoulos@example.gr>", "Ερωτηση", "technical", "",
"""Τα βιντεο στην ενοτητα «Συμπεριφορα οδηγου» δεν εχουν καθολου ηχο στο
tablet. Ολα τα υπολοιπα εχουν ηχο κανονικα. Ειναι χαλασμενο η ειναι
ετσι;"""),
("el", "b113-el-skini-fermouar", "Αρχηγός 2ης Ομάδας Βόλου <archigos2.volos@example.gr>", "Σκηνές 6 ατόμων", "technical", "",
"""Καλημέρα σας,

Προμηθευτήκαμε τον Απρίλιο τέσσερις σκηνές 6 ατόμων από εσάς για την
ομάδα. Στην πρώτη εξόρμηση, σε δύο από αυτές το φερμουάρ της πόρτας
ξηλώθηκε από το ύφασμα με την πρώτη χρήση, και στη μία μπήκαν νερά από
τη ραφή της οροφής με μια ελαφριά βροχή. Οι σκηνές χρησιμοποιήθηκαν
μία φορά. Πώς προχωράμε;

Με προσκοπικούς χαιρετισμούς,
Λευτέρης Καραγιάννης"""),
("el", "b113-el-gl-epeigon-email-epalitheysis", "Dimitra S. <dimitra.s@example.gr>", "EPEIGON!!!", "technical", "",
"""DEN MOU ERXETAI TO EMAIL EPALH8EYSHS GIA NA FTIAKSW LOGARIASMO!!! to
zhthsa 6 fores, oute sta anepi8ymhta. 8elw na arxisw na diavazw gia th
8ewria. Dhmhtra"""),
("el", "b113-el-kataskinosi-check-in-leoforeia", "Γραφείο Κατασκηνώσεων Αίγλη <grafeio@aigli-kataskinoseis.example.gr>", "Εφαρμογή γονέων - αναχώρηση", "technical", "high",
"""Καλημέρα,

Βρισκόμαστε αυτή τη στιγμή στο σημείο αναχώρησης στο ΣΕΦ με 6 λεωφορεία
και 240 παιδιά για την 1η περίοδο. Οι συνοδοί δεν μπορούν να κάνουν
check-in κανένα παιδί στην εφαρμογή - οι λίστες εμφανίζονται άδειες.
Χωρίς το check-in δεν βλέπουμε αλλεργίες και φάρμακα, και οι γονείς
δεν παίρνουν επιβεβαίωση επιβίβασης. Τα λεωφορεία έπρεπε να έχουν
φύγει στις 9:00 και περιμένουν, οι γονείς είναι στο πεζοδρόμιο.

Καλέστε αμέσως στο 210 555 0188.

Σοφία Κοντού
Συντονίστρια"""),
("el", "b113-el-efxaristies-omadarxes", "Ελπίδα Χατζηγεωργίου <elpida.chatzi@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σας,

Θέλω απλώς να πω ένα μεγάλο ευχαριστώ στους ομαδάρχες της 2ης
περιόδου και ιδιαίτερα στη Δανάη. Η Ζωή πήγε πρώτη φορά κατασκήνωση,
πολύ ντροπαλή, και γύρισε με φίλες, με τραγούδια που δεν σταματάει να
λέει και με τη φράση «του χρόνου πάλι». Για μας που φοβόμασταν μήπως
μας πάρει τηλέφωνο από την πρώτη μέρα να την πάρουμε, είναι θαύμα.

Να είστε καλά!
Ελπίδα"""),
("el", "b113-el-gl-xamena-gyalia", "Panos R. <panos.r@example.gr>", "gyalia", "general", "",
"""geia sas o gios mou (Aggelos, 3h omada) 3exase ta gyalia oraseos
sthn synanthsh to Savvato sto kalyvi. mavro skeletaki se mple 8hkh.
ta vrhke kaneis? Panos"""),
("el", "b113-el-spasmena-gyalia-avli", "Μαρία Σιδέρη <maria.sideri@example.gr>", "Αυλή του ομίλου", "general", "high",
"""Καλησπέρα,

Πήγα σήμερα να πάρω τον μικρό από το απογευματινό πρόγραμμα και είδα
ότι στην αυλή, κάτω από την τσουλήθρα, υπάρχουν σπασμένα γυαλιά από
μπουκάλια, μάλλον από κάποιους που μπήκαν το βράδυ. Τα παιδιά
έπαιζαν εκεί ξυπόλυτα. Μάζεψα όσα είδα, αλλά είναι και μέσα στην άμμο.

Παρακαλώ κλείστε την αυλή μέχρι να καθαριστεί σωστά, πριν κοπεί
κάποιο παιδί.

Μαρία Σιδέρη"""),
("el", "b113-el-antallagi-monos-xoris-fagito", "Ροδάνθη Βλάχου <rodanthi.vlachou@example.gr>", "ΒΟΗΘΕΙΑ - Στέφανος στις ΗΠΑ", "general", "high",
"""Καλησπέρα,

Ο γιος μου Στέφανος (16) είναι με το πρόγραμμά σας σε οικογένεια στο
Οχάιο. Μόλις μου τηλεφώνησε: η οικογένεια έφυγε για διακοπές την
Παρασκευή και τον άφησε μόνο στο σπίτι για μία εβδομάδα. Δεν έχει σχεδόν
φαγητό, δεν έχει αυτοκίνητο για να πάει πουθενά και ο τοπικός σας
συντονιστής δεν απαντά στο τηλέφωνο.

Είναι ανήλικος, μόνος του σε ξένη χώρα. Χρειάζομαι να επικοινωνήσει
κάποιος μαζί του σήμερα. Το τηλέφωνό του είναι +1 614 555 0172.

Ροδάνθη Βλάχου"""),
("el", "b113-el-omadarxis-fonaze-proistamenos", "Κωνσταντίνος Φραγκιαδάκης <k.fragiadakis@example.gr>", "Συμπεριφορά ομαδάρχη", "general", "high",
"""Κύριοι,

Την Κυριακή στην εκδρομή του ομίλου ο ομαδάρχης της ομάδας των 10χρονων
φώναξε στον γιο μου μπροστά σε όλους ότι είναι «άχρηστος» και τον
έβαλε να κάθεται μόνος του στο λεωφορείο όλη την επιστροφή επειδή
έχασε το καπέλο του. Ο γιος μου γύρισε κλαίγοντας και δεν θέλει να
ξαναπάει.

Δεν με ενδιαφέρει συγγνώμη από τον ίδιο με ένα μήνυμα. Ζητώ να με
καλέσει ο υπεύθυνος του ομίλου ή όποιος είναι ανώτερός του, για να
μου εξηγήσει τι θα γίνει.

Κωνσταντίνος Φραγκιαδάκης"""),
("el", "b113-el-allagi-dieythynsis-tilefonou", "Ιφιγένεια Λύτρα <ifigeneia.lytra@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα σας. Μετακομισαμε. Η νεα μας διευθυνση ειναι Καναρη 14,
Πατρα 26222, και το σταθερο δεν ισχυει πια - κρατηστε μονο το κινητο
694 555 0123. Ειναι για την Ελενη Λυτρα, τμημα ανιχνευτων.
Ευχαριστω"""),
("el", "b113-el-gl-fwtografies-instagram", "Giota Karra <giota.karra@example.gr>", "fwtografies", "general", "",
"""Kalhspera,
eida oti sto instagram tou systhmatos exete anevasei fwtografies apo
thn ekdromh opou fainetai ka8ara to proswpo ths korhs mou (Afroditi).
Sto entypo eggrafhs eixa dhlwsei oti DEN symfwnw gia fwtografies.
Parakalw na tis katevasete kai na mou peite ti allo stoixeio ths exete
apo8hkeymeno kai poios to vlepei.
Giwta Karra"""),
("el", "b113-el-xorigia-asfalistiko-mpasket", "Ασφαλιστικό Γραφείο Πετράκη <info@petrakis-asfaleies.example.gr>", "Ομάδα μπάσκετ εφήβων", "general", "",
"""Καλησπέρα σας,

Ο γιος μου παίζει στην ομάδα μπάσκετ των εφήβων του ομίλου σας. Ως
γραφείο θα θέλαμε να καλύψουμε φέτος τις εμφανίσεις της ομάδας ή τα
έξοδα για το τουρνουά του Πάσχα στην Καλαμάτα. Ποιος είναι αρμόδιος να
το συζητήσουμε;

Νίκος Πετράκης"""),
("el", "b113-el-gl-ores-grafeiou-aygoustos", "Vicky T. <vicky.t@example.gr>", "wrario", "general", "",
"""geia sas, to grafeio sto Maroussi einai anoixto ton Avgousto? 8elw na
perasw na rwthsw gia ta programmata au pair gia ton Septemvrio.
eyxaristw"""),
("el", "b113-el-oikogeneia-filoxenias-nisteia", "Ευδοκία Παπαϊωάννου <evdokia.papaioannou@example.gr>", "Διατροφή στην οικογένεια φιλοξενίας", "general", "",
"""Καλημέρα σας,

Ο γιος μου θα πάει με το πρόγραμμά σας στη Γαλλία τον Μάρτιο, στη
Σαρακοστή. Είναι πολύ θρήσκος και θέλει να νηστεύει. Είναι δυνατόν να
ενημερωθεί η οικογένεια φιλοξενίας ή να επιλεγεί οικογένεια που δεν θα
το βρει περίεργο; Επίσης είναι αλλεργικός στα φιστίκια.

Ευχαριστώ πολύ,
Ευδοκία Παπαϊωάννου"""),
("el", "b113-el-gl-paraggelia-stoles-geitona", "Tasos Lemonis <tasos.lemonis@example.gr>", "Paraggelia 40518", "general", "",
"""Kalhmera, ayrio pou erxetai to dema me tis stoles (paraggelia 40518)
8a eimai sth douleia. Afhste to sto periptero katw apo thn polykatoikia,
ton kserei ton kyrio Mitso. Eyxaristw! Tasos"""),
("el", "b113-el-fotia-na-paei", "Ηλέκτρα Δημοπούλου <ilektra.dimopoulou@example.gr>", "Εκδρομή Σαββάτου", "general", "",
"""Γεια σας! Ο Άρης έχει πάρει φωτιά να πάει στην εκδρομή στον Όλυμπο,
μου έχει «σκοτώσει» τα αυτιά όλη τη βδομάδα. Μπορεί να πάρει μαζί το
κινητό του ή το κρατάτε εσείς; Και πού ακριβώς είναι το σημείο
συνάντησης το Σάββατο;
Ηλέκτρα"""),
("el", "b113-el-vevaiosi-symmetoxis-sxoleio", "ΚΑΤΕΡΙΝΑ ΖΑΦΕΙΡΙΟΥ <k.zafeiriou@example.gr>", "Βεβαίωση", "general", "",
"""Καλησπέρα σας,

Το σχολείο της κόρης μου ζητάει βεβαίωση ότι συμμετείχε στο πρόγραμμα
ανταλλαγής στην Ισπανία από 3 έως 17 Μαρτίου, για να δικαιολογηθούν οι
απουσίες. Μπορείτε να μας τη στείλετε υπογεγραμμένη;

Κατερίνα Ζαφειρίου"""),
# ---------------- Spanish ----------------
("es", "b113-es-curso-cork-suplemento-contracargo", "Montserrat Vidal <montse.vidal@example.es>", "Suplemento de residencia - curso de Cork", "billing", "high",
"""Buenos días:

Para el curso de inglés de tres semanas en Cork de mi hijo Pau pagamos
2.350 € más un suplemento de 380 € por residencia con baño privado. Al
llegar le dijeron que la residencia estaba llena y lo alojaron en una
familia a cincuenta minutos en autobús de la escuela, con baño
compartido con cuatro personas.

Pau está bien y no vamos a sacarlo del curso, pero exijo la devolución
de los 380 € del suplemento. Ya lo pedí por teléfono y me dijeron que
"lo estudiarían". Si en diez días no tengo el dinero, pediré a mi banco
la retrocesión del cargo.

Atentamente,
Montserrat Vidal
Sabadell"""),
("es", "b113-es-candidata-au-pair-inscripcion-abogado", "Irene Castaño <irene.castano@example.es>", "Devolución de la cuota de inscripción", "billing", "high",
"""Estimados señores:

En enero pagué 350 € de cuota de inscripción como candidata au pair
para Alemania. Su contrato dice que si en tres meses no me han
presentado ninguna familia, me devuelven la cuota. Han pasado cinco
meses y solo he recibido dos correos automáticos.

Pedí la devolución el 3 de mayo y el 20 de mayo. Ninguna respuesta. Mi
padre es abogado y ya tiene preparada la reclamación; si no recibo los
350 € antes del 15 de junio, la presentaremos.

Irene Castaño
Logroño"""),
("es", "b113-es-intercambio-cambio-vuelo-profeco", "Guadalupe Ríos <lupita.rios@example.com.mx>", "Cobro por cambio de vuelo", "billing", "high",
"""Buenas tardes,

Mi hija Ximena está en el semestre de intercambio en Canadá con
ustedes. Ustedes cambiaron la fecha de regreso del programa del 14 al
20 de diciembre, y ahora nos quieren cobrar $14,500 MXN por el cambio
de su vuelo. Nosotros no pedimos ningún cambio; el boleto lo compraron
ustedes con el paquete.

Si no retiran ese cobro y me dan una respuesta por escrito esta semana,
voy a presentar una queja ante la PROFECO. Tengo el contrato y todos
los correos.

Guadalupe Ríos
Guadalajara, Jal."""),
("es", "b113-es-renovo-anual-quiero-mensual", "Alvaro Gil <alvaro.gil@example.es>", "renovacion", "billing", "",
"""hola, se me ha renovado solo el plan anual de la app de test (29,99)
y yo el carnet lo voy a sacar en un par de meses como mucho. se puede
cambiar a mensual y que me devolvais la diferencia? no sabia que se
renovaba automaticamente
Alvaro"""),
("es", "b113-es-app-ninera-doble-cobro", "Fernanda Castillo <fer.castillo@example.com.mx>", "Me cobraron dos veces", "billing", "",
"""Hola! El sábado reservé a una niñera por la app para 4 horas y en mi
tarjeta aparecen dos cargos de $620 MXN. La niñera vino una sola vez
(y súper bien, los niños la adoran). ¿Me pueden regresar el segundo
cargo?

Fernanda"""),
("es", "b113-es-campamento-cuotas-sin-interes", "Martín Sosa <martin.sosa@example.com.ar>", "Consulta por campamento de verano", "billing", "",
"""Hola, qué tal.

Queremos anotar a nuestros dos hijos (11 y 13) en el campamento de
enero en Villa General Belgrano. Vimos que sale $485.000 por chico.
¿Se puede pagar en cuotas sin interés con tarjeta? ¿Con qué bancos?
Y si pagamos por transferencia, ¿hay algún descuento?

Gracias,
Martín Sosa"""),
("es", "b113-es-scout-cuota-semestre-padre", "Raquel Pons <raquel.pons@example.es>", "Cuota de Marc", "billing", "",
"""Hola, Kraal:

Marc se va a vivir con su padre a Córdoba este semestre (de febrero a
junio), así que no podrá venir a las reuniones de los sábados. En
septiembre vuelve con nosotros y quiere seguir en la unidad, no lo
quitéis de la lista.

¿Podéis dejar de pasarle la cuota mensual mientras esté fuera?

Un abrazo,
Raquel"""),
("es", "b113-es-re-factura-ampa", "AMPA CEIP Los Almendros <ampa.losalmendros@example.es>", "RE: Inscripción grupo campamento de inglés", "billing", "",
"""Buenas tardes, Lucía:

Gracias por la información. Para poder pagar desde la cuenta del AMPA
necesitamos una factura a nombre de la asociación, con nuestro CIF
(G-99887766) y el desglose por alumno. El correo de abajo no nos sirve
como justificante para la tesorera.

Un saludo,
Pilar Ortega (secretaria AMPA)

> De: Lucía Herrero <lucia@campus-idiomas.example.es>
> Enviado: martes, 7 de mayo de 2024 11:02
> Asunto: Inscripción grupo campamento de inglés
>
> Hola Pilar:
> Os confirmamos las 18 plazas para el campamento de inglés de julio.
> Importe total: 5.940 €, a pagar antes del 31 de mayo.
> Un saludo, Lucía"""),
("es", "b113-es-pronto-pago-cop", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Descuento", "billing", "",
"""Buen día, en la feria del colegio nos dijeron que el curso de verano en
Toronto tiene descuento por pronto pago. Si consigno el total
($14.200.000 COP) antes del 30 de este mes, ¿me aplica? ¿Y cuánto
sería? Muchas gracias.

Camilo Restrepo
Medellín"""),
("es", "b113-es-devolver-saco-sobrante", "Encarni López <encarni.lopez@example.es>", "Saco de dormir", "billing", "",
"""Buenas, compré dos sacos de dormir en la tienda online para mis
nietos y resulta que su madre ya le había comprado uno al mayor. El
segundo está sin abrir, en su bolsa. ¿Lo puedo devolver y que me
reintegren el dinero? ¿El envío lo pago yo?

Gracias
Encarnación López"""),
("es", "b113-es-hola-bizum", "Javi Moreno <javi.moreno@example.es>", "Hola", "billing", "",
"""Hola, para la salida de fin de semana de la sección, ¿se puede pagar
por Bizum o solo por transferencia? Son los 65 € de la acampada.
Javi (padre de Hugo)"""),
("es", "b113-es-horas-extra-clp", "Constanza Muñoz <coni.munoz@example.cl>", "Cobro de horas", "billing", "",
"""Hola, reservé niñera el viernes de 19 a 23 h. Llegamos a las 22:40 y
ella se fue altiro, pero me cobraron hasta la 1 de la mañana: $36.000
en vez de $24.000. ¿Me pueden corregir el cobro?

Saludos,
Coni"""),
("es", "b113-es-perro-murio-paseadores", "Beatriz Navarro <bea.navarro@example.es>", "Plan mensual", "billing", "",
"""Hola,

Teníamos contratado el plan mensual de paseadores en la app para nuestro
perro, Toby. Toby murió la semana pasada, tenía catorce años. Os
agradecería que dierais de baja el plan para que no se vuelva a cobrar
el mes que viene.

Gracias por todo, los paseadores fueron un encanto con él.

Bea"""),
("es", "b113-es-no-es-tecnico-subio-precio", "Sebastián Ortiz <sebas.ortiz@example.com.ar>", "precio", "billing", "",
"""Hola, aclaro que no es un problema de la app, la app anda joya. Lo
que pasa es que el mes pasado pagué $6.500 por el plan mensual del
examen teórico y este mes me debitaron $9.800 sin ningún aviso. ¿Por
qué? ¿No tendrían que avisar antes de subir el precio?
Sebastian"""),
("es", "b113-es-app-test-cierra-no-reembolso", "Lucía Ferrer <lucia.ferrer@example.es>", "Los test de señales se cierran", "technical", "",
"""Hola:

Antes de nada: no quiero que me devolváis el dinero, la app me gusta.
Pero cada vez que abro los test del tema 4 (señales) se queda en negro
y se cierra. Los demás temas van bien. Tengo un iPhone 12 con la última
versión. La he borrado y vuelto a instalar y sigue igual.

Gracias,
Lucía"""),
("es", "b113-es-hotel-ninieras-caida", "Recepción Hotel Mar Azul <recepcion@hotelmarazul.example.es>", "Cuenta de empresa - reservas", "technical", "high",
"""Buenas tardes:

Somos un hotel familiar en Salou y usamos su app de empresa para
reservar canguros a nuestros huéspedes. Desde las 17:00 la app solo
muestra "No hay profesionales disponibles" para cualquier fecha y
franja, y las reservas ya confirmadas para esta noche han desaparecido
del panel.

Tenemos 14 familias que han pagado cena en el restaurante contando con
el servicio y ahora están en recepción preguntando. Las canguros no
saben si vienen o no.

Llámenme, por favor: 977 555 031.

Nuria Casals
Jefa de Recepción"""),
("es", "b113-es-estufa-local-enchufe-quemado", "Andrés Quiroga <andres.quiroga@example.es>", "Estufa que os compramos", "technical", "high",
"""Hola, buenas.

En noviembre os compramos una estufa eléctrica de aceite para el local
del grupo. Ayer, durante la reunión de lobatos, saltó el diferencial dos
veces y cuando fui a desenchufarla la clavija estaba ennegrecida y olía
a quemado; el enchufe de la pared también tiene una marca negra.

La hemos desenchufado y la hemos apartado. Los niños no llegaron a
tocarla. ¿Cómo procedemos?

Andrés Quiroga
Grupo Scout Breogán"""),
("es", "b113-es-piso-estudiantes-olor-gas", "Silvina Ferraro <silvina.ferraro@example.com.ar>", "Departamento de los estudiantes en Montreal", "technical", "high",
"""Hola,

Mi hijo Tomás está en el departamento compartido que ustedes gestionan
para los estudiantes del programa en Montreal. Me comentó, como si nada,
que desde hace dos días la cocina tiene olor a gas cuando prenden la
hornalla, y que los chicos abren la ventana y siguen cocinando.

Por favor manden a alguien a revisarlo hoy mismo y avísenles que no
usen la cocina hasta entonces.

Silvina Ferraro"""),
("es", "b113-es-ninera-no-puedo-entrar", "Diego Paredes <diego.paredes@example.cl>", "No puedo iniciar sesión", "technical", "",
"""Cada vez que pongo mi correo y contraseña me sale "Error inesperado,
intenta más tarde". Hace tres días. Android, la app está actualizada.
Mi señora sí puede entrar desde su teléfono.

Diego"""),
("es", "b113-es-formulario-se-borra", "Valentina Herrera <valen.herrera@example.com.co>", "El formulario se borra", "technical", "",
"""Buenas noches,

Estoy llenando la postulación al intercambio en Alemania y cada vez que
le doy a "Guardar y continuar" en la sección 3 (datos familiares) me
devuelve a la sección 1 y todo lo que escribí desaparece. Ya lo hice
cuatro veces, en el computador y en el celular. Cierra el viernes.

Valentina Herrera"""),
("es", "b113-es-app-alumnos-perfil-no-encontrado", "Mercedes Salinas <mercedes.salinas@example.es>", "App del curso", "technical", "",
"""Buenos días,

Mi hija está en el curso de verano de Bournemouth. Nos dijeron que el
horario de clases y actividades está en la app de alumnos, pero cuando
entra con el usuario que le dieron le sale "Perfil no encontrado". Lo
hemos probado desde su móvil y desde el mío.

Un saludo,
Mercedes Salinas"""),
("es", "b113-es-re-calendario-hora-mal", "Pablo Cuesta <pablo.cuesta@example.es>", "Re: Incidencia 55720", "technical", "",
"""He sincronizado el calendario como me dijisteis, pero ahora todas las
reservas aparecen una hora más tarde de lo que son. La canguro del
sábado me sale a las 20:00 y es a las 19:00. En la app tengo bien puesta
la zona horaria (Madrid).

Pablo

El 4 mar 2024, a las 10:15, Soporte <soporte@canguroya.example.es> escribió:
> Hola Pablo:
> Para ver las reservas en tu calendario del móvil, ve a Ajustes >
> Calendario y activa "Sincronizar reservas".
> Un saludo, Marta"""),
("es", "b113-es-ninera-checkin-gps", "Yesenia Cruz <yesenia.cruz@example.com.mx>", "No me deja marcar llegada", "technical", "",
"""Hola, soy niñera en la app. Cuando llego a la casa de la familia y le
doy a "Marcar llegada" me dice que estoy a 3 km de la dirección, aunque
estoy en la puerta. El GPS del teléfono está prendido y Google Maps me
ubica bien. Así no puedo iniciar el servicio y la familia se desespera.

Yesenia"""),
("es", "b113-es-consulta-cronometro-pausa", "Rodrigo Vega <rodrigo.vega@example.com.ar>", "Consulta", "technical", "",
"""Buenas, en el simulacro de examen le doy a pausa y el cronómetro sigue
corriendo igual, y cuando vuelvo ya se me terminó el tiempo. ¿Es así o
falla algo?"""),
("es", "b113-es-mochilas-correas-rotas", "Jesús Romero <jesus.romero@example.es>", "Mochilas de 50 litros", "technical", "",
"""Buenas:

Compramos en marzo ocho mochilas de 50 l para la ruta de la unidad
esculta. En la primera salida, a tres de ellas se les descosió la
correa del hombro de la parte de arriba, con un peso normal (unos 10
kg). Solo se han usado una vez.

¿Cómo lo tramitamos?

Jesús Romero
Responsable de material, Grupo Scout Alborán"""),
("es", "b113-es-urgente-sms-codigo", "Abril Domínguez <abril.dominguez@example.com.mx>", "URGENTE!!!", "technical", "",
"""NO ME LLEGA EL CODIGO POR SMS PARA ENTRAR A LA APP!!! ya lo pedí como
10 veces. Quiero practicar para el examen de manejo. Mi número es el
mismo de siempre."""),
("es", "b113-es-inscripciones-caidas-familias", "Asociación Juvenil Horizonte <secretaria@ajhorizonte.example.es>", "Plataforma de inscripciones", "technical", "high",
"""Hola:

Hoy a las 10:00 abríamos las inscripciones para los campamentos de
verano (unas 420 plazas). Desde las 10:01 la página de pago da "Error
502" y ningún pago se completa, pero a muchas familias se les ha
descontado la plaza del contador y a algunas el dinero de la cuenta.

Tenemos el teléfono colapsado, las redes sociales llenas de quejas y
familias haciendo cola en la puerta del local. Los monitores no
pueden ver quién está inscrito.

Necesitamos que nos llaméis ya: 954 555 210 (Rocío).

Rocío Márquez
Secretaría"""),
("es", "b113-es-gracias-monitores", "Carmen Aguilar <carmen.aguilar@example.es>", "Gracias de corazón", "general", "",
"""Hola a todo el equipo:

Os escribo solo para daros las gracias. Lucas tiene TDAH y siempre
volvía de los campamentos con alguna nota o alguna llamada. Este año ha
vuelto de Gredos contentísimo, diciendo que Irene y Dani le dejaron ser
"jefe de leña" y que por fin tiene amigos en el grupo.

No sabéis lo que eso significa para nosotros. Gracias.

Carmen"""),
("es", "b113-es-perdida-cantimplora-chaqueta", "Ramiro Benítez <ramiro.benitez@example.com.ar>", "Objetos perdidos", "general", "",
"""Hola, mi hija Sofi (manada, grupo de los sábados) se olvidó la campera
azul con capucha y la cantimplora verde en el fogón del sábado. ¿Las
encontró alguien? Gracias. Ramiro"""),
("es", "b113-es-columpio-roto-local", "Elena Sanz <elena.sanz@example.es>", "Columpio del patio", "general", "high",
"""Hola:

Esta tarde, en la ludoteca, uno de los columpios del patio se ha soltado
de un lado de la cadena mientras se columpiaba una niña de unos seis
años. Ha caído de lado; por suerte solo se ha raspado. El columpio sigue
colgando de un solo enganche y los niños siguen jugando alrededor.

Por favor, retirad el columpio o cerrad esa zona hasta que se revise.

Elena Sanz"""),
("es", "b113-es-hijo-no-bajo-del-autobus", "Camila Ríos <camila.rios@example.es>", "MI HIJO NO VIENE EN EL AUTOBÚS", "general", "high",
"""Acaba de llegar a la estación de autobuses de Zaragoza el autobús del
campamento de Jaca y mi hijo Mateo (10 años) NO viene en él. Los
monitores que vienen en el autobús dicen que creían que iba en el otro
autobús, y el otro ya ha llegado a Huesca y tampoco está. Nadie sabe
decirme dónde está. No coge el teléfono de la coordinadora.

Llámenme YA: 655 555 017.

Camila Ríos"""),
("es", "b113-es-monitora-video-burla-director", "Rafael Ibáñez <rafael.ibanez@example.es>", "Lo que pasó en la convivencia", "general", "high",
"""Buenas tardes:

En la convivencia del fin de semana, una de las monitoras grabó a mi
hija Alba mientras lloraba porque echaba de menos a casa, hizo
comentarios sobre su peso y compartió el vídeo en el grupo de WhatsApp
de los chavales. Alba no quiere volver a salir de casa.

No me vale un mensaje de disculpa. Exijo que el director de la
asociación, o quien esté por encima de los monitores, me llame esta
semana y me explique qué medidas van a tomar y cuándo se borrará el
vídeo.

Rafael Ibáñez"""),
("es", "b113-es-cambio-datos-alergia", "Pilar Domínguez <pilar.dominguez@example.es>", "Actualizar datos de Carla", "general", "",
"""Hola,

Os escribo para actualizar los datos de mi hija Carla Domínguez
(rangers). Nuevo teléfono de contacto: 644 555 019. Y el pediatra le
ha diagnosticado alergia a los frutos secos, así que por favor añadidlo
a su ficha antes de la acampada.

Gracias,
Pilar"""),
("es", "b113-es-rgpd-acceso-datos", "Óscar Peña <oscar.pena@example.es>", "Solicitud de acceso a datos personales", "general", "",
"""Estimados señores:

Al amparo del artículo 15 del RGPD, solicito que me informen de qué
datos personales tratan sobre mí y sobre mi hijo menor, Daniel Peña
Gómez, usuario de su aplicación de prácticas del examen teórico, con
qué finalidad y a quién se han cedido.

Atentamente,
Óscar Peña Gómez"""),
("es", "b113-es-patrocinio-carrera-solidaria", "Ferretería Hermanos Lozano <hnos.lozano@example.es>", "Carrera solidaria", "general", "",
"""Buenas,

Hemos visto el cartel de la carrera solidaria que organiza el centro
juvenil en octubre. Como ferretería del barrio nos gustaría colaborar:
dorsales, avituallamiento, lo que haga falta. ¿Con quién tenemos que
hablar?

Un saludo,
Tomás Lozano"""),
("es", "b113-es-horario-oficina-agosto", "Marisa Calvo <marisa.calvo@example.es>", "Horario de verano", "general", "",
"""Hola, ¿la oficina de Zaragoza abre en agosto? Queremos pasar a
informarnos sobre el año escolar en Estados Unidos para el curso que
viene."""),
("es", "b113-es-familia-celiaquia", "Natalia Fuentes <natalia.fuentes@example.cl>", "Consulta alimentación familia anfitriona", "general", "",
"""Estimados:

Mi hijo Benjamín viajará en agosto al programa de intercambio en Nueva
Zelanda. Es celíaco. ¿Las familias anfitrionas están informadas sobre
eso? ¿Conviene que lleve algo desde Chile, o allá es fácil encontrar
productos sin gluten?

Saludos cordiales,
Natalia Fuentes
Viña del Mar"""),
("es", "b113-es-pedido-dejar-conserje", "Gonzalo Reyes <gonzalo.reyes@example.es>", "Pedido 55102", "general", "",
"""Hola, el pedido de las pañoletas llega el jueves y no estaré en casa.
Podéis dejarlo al conserje del portal, se llama Andrés. Gracias!"""),
("es", "b113-es-se-muere-de-ganas", "Verónica Lara <veronica.lara@example.com.mx>", "Campamento de verano", "general", "",
"""Hola!! Mi hijo se muere de ganas de ir al campamento, dice que el del
año pasado estuvo bomba. ¿Cuánto dinero le recomiendan que lleve para
la tiendita, y a qué hora regresan el domingo?
Gracias!!
Vero"""),
("es", "b113-es-carta-consulado-visado", "Lucas Medina <lucas.medina@example.com.ar>", "Carta para el consulado", "general", "",
"""Hola, para el turno de la visa en el consulado de Estados Unidos en
Buenos Aires me piden una carta de la organización con las fechas del
programa de intercambio y el nombre de la escuela y de la familia
anfitriona. ¿Me la pueden mandar firmada? El turno es el 22.
Gracias!
Lucas Medina"""),
# ---------------- Polish ----------------
("pl", "b113-pl-kolonie-anglia-termin-rzecznik", "Agnieszka Wróblewska <agnieszka.wroblewska@example.pl>", "Obóz językowy w Anglii - zmiana terminu", "billing", "high",
"""Dzień dobry,

w styczniu wpłaciłam 6 890 zł za obóz językowy w Eastbourne dla córki
(turnus 6-19 lipca). W zeszłym tygodniu dostałam maila, że turnus
zostaje przesunięty na 20 lipca - 2 sierpnia, a jeśli ten termin nam nie
odpowiada, mogę dostać bon na przyszły rok.

Ten termin nam nie odpowiada (córka ma od 21 lipca obóz sportowy,
opłacony wcześniej), a bonu nie chcę. Zmiana terminu wyszła od Państwa,
więc żądam zwrotu całej wpłaconej kwoty. Jeśli w ciągu 14 dni nie
otrzymam pieniędzy, zwrócę się do miejskiego rzecznika konsumentów i
złożę skargę do UOKiK.

Z poważaniem
Agnieszka Wróblewska
Łódź"""),
("pl", "b113-pl-aupair-ubezpieczenie-chargeback", "Kasia Michalak <kasia.michalak@example.pl>", "podwojna oplata za ubezpieczenie", "billing", "high",
"""Dzien dobry,

jestem au pair w Holandii przez Panstwa agencje. W marcu zaplacilam
ubezpieczenie na caly rok - 420 EUR - i w maju zostalo mi pobrane z
karty jeszcze raz. Pisalam juz dwa razy na adres biura, raz dostalam
odpowiedz ze "sprawdzicie" i cisza od trzech tygodni.

Jezeli do konca miesiaca pieniadze nie wroca, zglaszam w banku
reklamacje transakcji (chargeback). Mam potwierdzenia obu platnosci.

Katarzyna Michalak"""),
("pl", "b113-pl-wymiana-zaliczka-przelozony", "Tomasz Jabłoński <tomasz.jablonski@example.pl>", "Zaliczka 2 500 zł - trzeci raz to samo", "billing", "high",
"""Dzień dobry,

w lutym wpłaciliśmy 2 500 zł zaliczki za program wymiany syna w USA
(potwierdzenie przelewu w załączniku). W panelu rodzica nadal widnieje
"zaliczka: nieopłacona", a teraz dostaliśmy wezwanie do zapłaty całości,
czyli 24 900 zł, z terminem do piątku - bez odliczenia zaliczki.

Dzwoniłem trzy razy. Za każdym razem konsultant mówi, że "przekaże do
działu finansowego". Nie chcę rozmawiać z kolejnym konsultantem -
proszę, żeby zadzwonił do mnie ktoś z kierownictwa albo przełożony
działu finansowego: 601 555 204.

Tomasz Jabłoński"""),
("pl", "b113-pl-syn-wyjezdza-zawiesic-subskrypcje", "Ewa Kaczmarek <ewa.kaczmarek@example.pl>", "subskrypcja syna", "billing", "",
"""Dzien dobry, syn wyjezdza na studia do Wroclawia i prawo jazdy robi
dopiero po pierwszym semestrze, bo teraz nie bedzie mial czasu. Czy
mozna zawiesic subskrypcje na testy na jakies pol roku zamiast placic
co miesiac 24,99 zl za nic? Placi z mojej karty.
Ewa Kaczmarek"""),
("pl", "b113-pl-premium-po-okresie-probnym", "Monika Sadowska <monika.sadowska@example.pl>", "Opłata za Premium", "billing", "",
"""Dzień dobry,

zainstalowałam aplikację, żeby znaleźć opiekunkę na jeden wieczór, i
skorzystałam z 7 dni za darmo. Nigdzie nie widziałam, że potem samo
przejdzie w płatne Premium - a dziś pobraliście 79,99 zł. Proszę o
anulowanie i zwrot, nie zamawiałam tego.

Monika Sadowska"""),
("pl", "b113-pl-oboz-raty-zfss", "Grzegorz Zieliński <grzegorz.zielinski@example.pl>", "Obóz harcerski - płatność", "billing", "",
"""Czołem,

zapisałem syna na obóz hufca w Borach Tucholskich (1 890 zł). Dwa
pytania:
1. Czy można zapłacić w dwóch lub trzech ratach?
2. Mój zakład pracy dopłaca do wypoczynku dzieci z ZFŚS, ale potrzebuje
faktury wystawionej na mnie z nazwą turnusu i terminem. Czy możecie
taką wystawić?

Pozdrawiam
Grzegorz Zieliński"""),
("pl", "b113-pl-mundur-na-kolek-skladki", "Dorota Górecka <dorota.gorecka@example.pl>", "Kuba", "billing", "",
"""Czuwaj!

Kuba po sześciu latach w drużynie postanowił powiesić mundur na
kołku - ma teraz treningi pływackie pięć razy w tygodniu i nie daje
rady. Bardzo dziękujemy za wszystko.

Proszę o wstrzymanie składek, które płacimy zleceniem stałym co
kwartał - czy mam je sama odwołać w banku, czy to musi przejść przez
skarbnika?

Dorota Górecka"""),
("pl", "b113-pl-re-faktura-nip-szkola", "Sekretariat LO nr 3 <sekretariat@lo3-przykladowo.example.pl>", "Re: Wymiana z Lyonem - rozliczenie", "billing", "",
"""Dzień dobry,

dziękujemy za zestawienie. Szkoła może zapłacić tylko na podstawie
faktury wystawionej na: Miasto Przykładowo - III Liceum Ogólnokształcące,
ul. Słoneczna 5, NIP 999-888-77-66. Samo zestawienie z maila nie
wystarczy księgowości.

Z poważaniem
Beata Nowicka
sekretariat

> Dzień dobry,
> w załączeniu zestawienie kosztów wymiany z Lyonem dla grupy 16
> uczniów i 2 opiekunów: 31 680 zł, płatne do 15 maja.
> Pozdrawiamy, Biuro Programów Wymiany"""),
("pl", "b113-pl-bon-turystyczny-kolonie", "Halina Wiśniewska <halina.wisniewska@example.pl>", "Bon turystyczny", "billing", "",
"""Dzień dobry, czy za kolonie nad morzem dla wnuczki mogę zapłacić Polskim
Bonem Turystycznym? Zostało mi na nim 500 zł, resztę dopłaciłabym
przelewem.
Halina Wiśniewska"""),
("pl", "b113-pl-plecak-za-duzy-zwrot", "Marcin Lewandowski <marcin.lewandowski@example.pl>", "Zwrot plecaka", "billing", "",
"""Hej, zamówiłem w sklepie harcerskim plecak 65 l dla córki, ale jest
dla niej za duży, nie da się go dopasować. Nieużywany, z metkami.
Wolałbym zwrot pieniędzy niż wymianę - jak to zrobić?
Marcin"""),
("pl", "b113-pl-pytanie-blik-zbiorka", "Paweł Dudek <pawel.dudek@example.pl>", "Pytanie", "billing", "",
"""Czy za biwak (180 zł) można zapłacić BLIKiem przez stronę, czy tylko
przelewem na konto drużyny? I do kiedy?
Paweł"""),
("pl", "b113-pl-aupair-drugie-dziecko-pakiet", "Joanna Kowalczyk <joanna.kowalczyk@example.pl>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

w sierpniu urodzi nam się drugie dziecko i od września będziemy
potrzebowali au pair na pełny wymiar, a nie jak teraz na 20 godzin. Mamy
u Państwa pakiet "Part-time" opłacony do grudnia. Ile wyniesie dopłata
do pakietu "Full-time" i czy można ją rozłożyć na miesiące?

Pozdrawiam
Joanna Kowalczyk"""),
("pl", "b113-pl-gotowka-i-karta", "Natalia Baran <natalia.baran@example.pl>", "Podwójnie zapłacone", "billing", "",
"""Dzień dobry, w sobotę zapłaciłam opiekunce gotówką (160 zł), bo tak się
umówiłyśmy, a aplikacja i tak pobrała 160 zł z mojej karty. Opiekunka
potwierdza, że dostała gotówkę. Proszę o zwrot z karty.
Natalia Baran"""),
("pl", "b113-pl-nie-reklamacja-faktura-firma", "Robert Szymański <robert@szymanski-transport.example.pl>", "Faktura VAT", "billing", "",
"""Dzień dobry,

nie jest to reklamacja ani zgłoszenie błędu - aplikacja działa
bez zarzutu. Wykupiłem roczną subskrypcję testów dla syna (119 zł), ale
płaciłem kartą firmową. Czy mogę dostać fakturę VAT na firmę?
Szymański Transport, NIP 999-111-22-33, ul. Kolejowa 8, 41-200 Sosnowiec.

Robert Szymański"""),
("pl", "b113-pl-filmy-nie-laduja-bez-zwrotu", "Oliwia Krawczyk <oliwia.krawczyk@example.pl>", "filmy w testach", "technical", "",
"""Dzien dobry, od razu mowie ze nie chce zwrotu pieniedzy, aplikacja
jest super. Ale od aktualizacji pytania z filmami sie nie laduja,
pokazuje "Brak polaczenia z internetem", a internet mam (wifi i LTE,
wszystko inne dziala). Pytania ze zdjeciami sa ok. Egzamin w WORD mam
za 10 dni.
Oliwia"""),
("pl", "b113-pl-osk-kalendarz-jazd-pusty", "OSK Zakręt <biuro@osk-zakret.example.pl>", "Panel szkoły", "technical", "high",
"""Dzień dobry,

od rana panel naszej szkoły pokazuje wszystkim instruktorom pusty
kalendarz jazd - zero zaplanowanych lekcji. Kursanci przyjeżdżają na
plac o umówionych godzinach, a instruktorzy nie wiedzą, kto z kim
jedzie i z jakiego miejsca odebrać kursanta. Mamy 9 instruktorów i ok.
70 jazd na dziś, część kursantów ma jutro egzamin praktyczny w WORD.
Ludzie wydzwaniają, a my nie mamy skąd tego odtworzyć.

Proszę o pilny telefon: 32 555 01 88.

Iwona Nowak
OSK Zakręt, Katowice"""),
("pl", "b113-pl-kuchenka-turystyczna-gaz", "Michał Pawlak <michal.pawlak@example.pl>", "Kuchenka turystyczna", "technical", "high",
"""Dzień dobry,

kupiliśmy w Waszym sklepie harcerskim kuchenkę gazową turystyczną na
kartusze (w kwietniu). Wczoraj na biwaku przy podłączonym nowym
kartuszu czuć było wyraźnie gaz przy pokrętle, nawet gdy było zakręcone,
a słychać było cichy syk. Kartusz odkręciliśmy i odłożyliśmy kuchenkę,
nikomu nic się nie stało.

Czy to wada tego modelu? Nie chcę, żeby ktoś z drużyny jeszcze z niej
korzystał.

Michał Pawlak, drużynowy 5 DH"""),
("pl", "b113-pl-harcowka-grzejnik-dymi", "Aleksandra Kamińska <ola.kaminska@example.pl>", "Harcówka przy Lipowej", "technical", "high",
"""Czuwaj,

dziś na zbiórce grzejnik elektryczny przymocowany do ściany w harcówce
przy Lipowej zaczął dymić od spodu i było czuć spaleniznę. Wyłączyłam
bezpiecznik, wyprowadziłam dzieci na korytarz, po kilku minutach dym
przestał lecieć. Kontakt pod grzejnikiem jest przyciemniony.

Kto z hufca zajmuje się instalacją w tym budynku? Do czasu sprawdzenia
raczej nie powinniśmy tam robić zbiórek, a w czwartek ma tam być
gromada zuchowa.

phm. Aleksandra Kamińska"""),
("pl", "b113-pl-konto-zablokowane-nowy-numer", "Katarzyna Wojciechowska <k.wojciechowska@example.pl>", "Konto zablokowane", "technical", "",
"""Zmieniłam numer telefonu i teraz aplikacja przy logowaniu wysyła kod na
stary numer, którego już nie mam. Po trzech próbach pokazuje "Konto
tymczasowo zablokowane". Jak zmienić numer, skoro nie mogę się
zalogować?"""),
("pl", "b113-pl-umowa-podpis-profil-zaufany", "Jakub Mazur <jakub.mazur@example.pl>", "Podpis umowy", "technical", "",
"""Dzień dobry,

przy podpisywaniu umowy na wymianę w panelu rodzica wybieram podpis
Profilem Zaufanym, loguję się, potwierdzam - i wracam na stronę z
komunikatem "Dokument nie został podpisany". Próbowałem 5 razy, na
dwóch przeglądarkach. Profil Zaufany działa mi normalnie w innych
urzędach.

Jakub Mazur"""),
("pl", "b113-pl-lekcje-online-przed-wyjazdem-obraz", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Lekcje przygotowawcze", "technical", "",
"""Dzien dobry,
corka ma przed wyjazdem na kurs na Malte 4 lekcje online na Waszej
platformie. Dzwiek jest, ale obrazu nauczyciela nie widac, tylko czarny
prostokat. Kamera corki dziala, na innych stronach wszystko ok.
Laptop z Windows, Chrome.
Zofia Adamczyk"""),
("pl", "b113-pl-re-haslo-drugi-telefon", "Piotr Wieczorek <piotr.wieczorek@example.pl>", "Re: Zgłoszenie 20931", "technical", "",
"""Dzień dobry,

zmieniłem hasło tak jak Pani pisała. Na moim telefonie działa, ale na
telefonie żony (wspólne konto rodzica) dalej jest "Nieprawidłowe hasło",
choć wpisujemy nowe, to samo. Wylogowanie i ponowna instalacja nic nie
dały.

Piotr Wieczorek

> Dzień dobry,
> prosimy o zmianę hasła przez opcję "Nie pamiętam hasła" - powinno to
> rozwiązać problem z logowaniem.
> Pozdrawiamy, Dział Obsługi Klienta"""),
("pl", "b113-pl-weryfikacja-dowodu-odrzucona", "Wiktoria Sikora <wiktoria.sikora@example.pl>", "weryfikacja", "technical", "",
"""hej, chce zalozyc profil opiekunki i przy weryfikacji dowodu ciagle
wyskakuje "Zdjecie nieczytelne, sprobuj ponownie", a robilam juz chyba
15 zdjec w dobrym swietle. moze to przez nowy wzor dowodu?
Wiktoria"""),
("pl", "b113-pl-witam-brak-synchronizacji", "Bartosz Kowalski <bartosz.kowalski@example.pl>", "Witam", "technical", "",
"""Witam, rozwiązuję testy na telefonie i na tablecie, na tym samym koncie,
ale wyniki się nie synchronizują - na tablecie mam 300 pytań zrobionych,
na telefonie 120. Który jest prawdziwy i jak to naprawić?
Bartek"""),
("pl", "b113-pl-spiwor-zamek-rozszedl", "Renata Kubiak <renata.kubiak@example.pl>", "Śpiwór", "technical", "",
"""Dzień dobry,

śpiwór kupiony u Państwa przed obozem - zamek rozszedł się już drugiej
nocy i nie da się go zasunąć, suwak "jedzie" a ząbki się nie łączą. Syn
resztę obozu spał w rozpiętym. Śpiwór był używany tylko na tym obozie.

Renata Kubiak"""),
("pl", "b113-pl-pilne-wynik-egzaminu-probnego", "Julia Lis <julia.lis@example.pl>", "PILNE!!!!!", "technical", "",
"""NIE POKAZUJE MI WYNIKU EGZAMINU PROBNEGO!!! rozwiazuje wszystkie 32
pytania, klikam zakoncz i tylko kolko sie kreci. juz trzeci raz.
Julia"""),
("pl", "b113-pl-zapisy-oboz-system-padl", "Komenda Hufca Przykładowo <komenda@hufiec-przykladowo.example.pl>", "System zapisów", "technical", "high",
"""Dzień dobry,

dziś o 18:00 ruszyły zapisy na obozy letnie hufca - ok. 300 miejsc. Od
18:02 formularz po kliknięciu "Zapisz" wyświetla pustą stronę, a lista
zgłoszeń w panelu jest pusta, mimo że rodzice dostają maile "Dziękujemy
za zgłoszenie". Nie wiemy, kto jest zapisany, a kto nie.

Rodzice piszą do nas setkami, na grupie hufca jest awantura, a jutro
mamy przekazać listy do ośrodka i przewoźnika.

Prosimy o pilny kontakt: hm. Adam Wilk, 501 555 310.

Komenda Hufca"""),
("pl", "b113-pl-podziekowania-druzynowa", "Barbara Wójcik <barbara.wojcik@example.pl>", "Podziękowanie dla druhny Marty", "general", "",
"""Dzień dobry,

chciałabym bardzo podziękować druhnie Marcie za opiekę nad Zuzią na
obozie. Zuzia pierwszy raz wyjechała na dwa tygodnie i pierwszego dnia
dzwoniła z płaczem. Druhna Marta zadzwoniła do nas sama wieczorem,
powiedziała, jak sobie z tym radzą, i codziennie przysyłała krótką
wiadomość. Zuzia wróciła opalona, z nowymi przyjaciółkami i z
pierwszą sprawnością.

Takich ludzi powinno być więcej.

Barbara Wójcik"""),
("pl", "b113-pl-zgubiony-aparat-ortodontyczny", "Sylwia Grabowska <sylwia.grabowska@example.pl>", "zguba", "general", "",
"""Dzien dobry, syn zostawil na zbiorce w piatek aparat ortodontyczny
(ruchomy, niebieski, w bialym pudelku). Czy ktos znalazl? Mozemy
podjechac do harcowki.
Sylwia Grabowska"""),
("pl", "b113-pl-harcowka-porecz-schody", "Krzysztof Olszewski <krzysztof.olszewski@example.pl>", "Schody do piwnicy w harcówce", "general", "high",
"""Dzień dobry,

przy odbiorze syna zauważyłem, że poręcz przy schodach do piwnicy w
harcówce na Kościuszki trzyma się już tylko na jednej śrubie - po
oparciu się odchyla się od ściany na kilkanaście centymetrów. Schody są
strome i betonowe, a dzieci po zbiórce zbiegają po nich po plecaki.

Proszę o zabezpieczenie tego miejsca, zanim ktoś spadnie.

Krzysztof Olszewski"""),
("pl", "b113-pl-opiekunka-pod-wplywem", "Magdalena Krajewska <magdalena.krajewska@example.pl>", "Opiekunka z aplikacji", "general", "high",
"""Dzień dobry,

wczoraj wieczorem zamówiliśmy przez aplikację opiekunkę do dwójki dzieci
(3 i 6 lat). Po powrocie o 22:30 zastaliśmy ją śpiącą na kanapie, czuć
było od niej alkohol, a na stole stała pusta butelka wina z naszej
kuchni. Młodsze dziecko stało płacząc w łóżeczku.

Ta osoba ma w aplikacji same piątki i nadal przyjmuje zlecenia. Dziś ma
u kogoś kolejne. Proszę natychmiast zablokować jej profil i
skontaktować się ze mną.

Magdalena Krajewska
600 555 917"""),
("pl", "b113-pl-komendant-telefony-rozmowa-hufiec", "Waldemar Czarnecki <waldemar.czarnecki@example.pl>", "Obóz w Olecku - skarga na komendanta", "general", "high",
"""Szanowni Państwo,

mój syn wrócił wczoraj z obozu w Olecku. Dopiero teraz dowiedzieliśmy
się, że przez trzy dni miał wysoką gorączkę i leżał w namiocie, a
komendant zabrał dzieciom telefony na cały turnus i nie pozwolił mu
do nas zadzwonić. Nikt z kadry nas nie poinformował.

Oczekuję rozmowy z komendantem hufca, a nie z komendantem obozu, który
na moje pytania odpowiada, że "takie są zasady". Proszę o kontakt w
tym tygodniu.

Waldemar Czarnecki"""),
("pl", "b113-pl-zmiana-nazwiska-adresu", "Anna Nowak-Zając <anna.nowakzajac@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko (z Nowak na Nowak-Zając) i
przeprowadziliśmy się na ul. Ogrodową 12/4, 30-001 Kraków. Proszę o
zmianę danych na koncie rodziny goszczącej.
Anna Nowak-Zając"""),
("pl", "b113-pl-rodo-usuniecie-danych-corki", "Izabela Mroczek <izabela.mroczek@example.pl>", "Usunięcie danych", "general", "",
"""Dzień dobry,

moja córka (17 lat) założyła w zeszłym roku profil opiekunki w Waszej
aplikacji i przesłała skan dowodu osobistego. Nie korzysta z aplikacji
od miesięcy. Na podstawie RODO proszę o usunięcie jej profilu i
wszystkich danych, w tym skanu dowodu, oraz o potwierdzenie, że dane
zostały usunięte.

Izabela Mroczek"""),
("pl", "b113-pl-festyn-gra-terenowa", "Rada Rodziców SP 14 <rada.rodzicow.sp14@example.pl>", "Festyn rodzinny 8 czerwca", "general", "",
"""Dzień dobry,

organizujemy w szkole festyn rodzinny 8 czerwca. Czy harcerze z
Waszego szczepu mogliby poprowadzić grę terenową albo stoisko z
węzłami i pionierką dla młodszych dzieci? Zapewniamy poczęstunek dla
kadry i miejsce na stoisko z informacją o naborze.

Z pozdrowieniami
Elżbieta Sowa, Rada Rodziców"""),
("pl", "b113-pl-biuro-godziny-wakacje", "Leszek Borkowski <leszek.borkowski@example.pl>", "Biuro", "general", "",
"""W jakich godzinach czynne jest biuro w lipcu? Chcę przyjść osobiście z
dokumentami córki do programu wymiany."""),
("pl", "b113-pl-oboz-dieta-weganska", "Karolina Jasińska <karolina.jasinska@example.pl>", "dieta na obozie", "general", "",
"""Czesc, moja corka jest weganka. Czy na obozie w Bieszczadach kuchnia
przygotowuje posilki weganskie, czy lepiej zeby wziela cos swojego?
Karolina"""),
("pl", "b113-pl-zamowienie-zmiana-paczkomatu", "Mateusz Kozłowski <mateusz.kozlowski@example.pl>", "Zamówienie 33871", "general", "",
"""Dzień dobry, czy w zamówieniu 33871 (mundur i chusta) można jeszcze
zmienić paczkomat na KRA05M? Wyjeżdżam na weekend i nie odbiorę z tego,
który wybrałem.
Mateusz"""),
("pl", "b113-pl-umiera-z-tesknoty-zimowisko", "Renata Głowacka <renata.glowacka@example.pl>", "Zimowisko", "general", "",
"""Dzień dobry!

Syn wrócił z obozu i od tygodnia "umiera z tęsknoty" za lasem - mówi,
że obóz był bombowy, a wieczorny ogień to była "petarda". Kiedy ruszają
zapisy na zimowisko i gdzie ono będzie w tym roku?

Pozdrawiam
Renata Głowacka"""),
("pl", "b113-pl-wiek-au-pair-limit", "Marta Domańska <marta.domanska@example.pl>", "Au pair - wiek", "general", "",
"""Dzień dobry,

mam 29 lat, w październiku skończę 30. Czy mogę jeszcze wyjechać jako
au pair do Niemiec albo Austrii? Słyszałam, że jest limit wieku. Mówię
po niemiecku na poziomie B1.

Marta Domańska"""),
]
