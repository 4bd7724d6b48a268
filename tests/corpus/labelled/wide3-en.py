# wide3-en.py -- a third wide batch of labelled English mails, for
# training, spread over many kinds of business (clinics and labs, online
# pharmacy, dental and physiotherapy, universities and exam boards, summer
# camps, tour operators, campsites, car sharing, tolls and parking,
# marketplaces and auctions, buy-now-pay-later, cashback, news and
# magazines, audiobooks, game subscriptions, translation, tax preparation,
# funerals, weddings and portraits, furniture rental, smart locks and
# cameras, solar leasing, boiler cover, phone repair by post, museums,
# pet sitters, school meals) so that the model sees how customers of many
# kinds of business write about money, faults and everything else.  Same
# tuple format as batch16.py: (lang, slug, from, subject, queue,
# priority or "", body).
M += [
# ---------------- English ----------------
# --- private clinic and medical lab
("en", "w3-clinic-blood-panel-took-twice", "Harriet Osei <harriet.osei@example.co.uk>", "Well woman blood panel", "billing", "",
"""Hello,

I had the well woman blood panel done at your Marylebone clinic on
Tuesday. It's 149 and I paid at reception by card. Checking my app
this morning you've taken 149 twice, both on the same day, a minute
apart. I only had one set of bloods taken, I promise!

Could one of them go back on my card please.

Many thanks
Harriet Osei"""),
("en", "w3-lab-results-page-empty", "Graham Petrie <g.petrie@example.net>", "results", "technical", "",
"""hi, got the text saying my results are ready (thyroid + vit D) but when
i log in to the patient portal the results tab is just a white box. no
error, nothing. tried on my phone and on the laptop, same. logged out and
in again. its been 3 days now. can someone sort it or just email the pdf
Graham"""),
("en", "w3-clinic-insurer-itemised", "Dr. Anil Varma <anil.varma@example.com>", "Claim paperwork - consultation 2 May", "billing", "",
"""Dear Sir or Madam,

My health insurer has rejected my claim for the dermatology consultation
and biopsy on 2 May because the receipt you gave me shows only a single
total of 420.00. They need an itemised statement showing the procedure
codes and the consultant's name separately.

Could you send me one at this address? My patient number is P-0088143.

Yours faithfully,
Anil Varma"""),
("en", "w3-clinic-fasting-cholesterol", "Nadia Kowal <nadia.kowal@example.org>", "Tomorrow 8.15 appointment", "general", "",
"""Hi there, I've paid the 45 online already for the cholesterol check
tomorrow at 8.15 so that's all sorted - I just realised nobody told me
whether I need to fast beforehand? Can I have a coffee in the morning
(black) or is that a no? And water is ok I assume.

Thanks
Nadia"""),
("en", "w3-lab-home-kit-lancet", "Sam Whitfield <sam.whitfield@example.co.uk>", "Home test kit", "technical", "",
"""Hello, the finger-prick kit arrived today but both lancets in the pack
just click and nothing comes out - the needle doesn't seem to spring
forward at all. I pressed quite hard. The kit is the HbA1c one, order
LK-55203. Is there a trick to it, or can you post me working ones? I
need to send the sample back by Friday.

Sam"""),
("en", "w3-clinic-wrong-patient-results", "Beatrice Langford <b.langford@example.co.uk>", "SERIOUS - I have been sent someone else's test results", "general", "high",
"""To whom it may concern,

This afternoon I received an email from your clinic with an attachment
that I assumed was my blood results. It is not. It contains the full
name, date of birth and results (including an STI screen) of another
patient. I have not forwarded it to anyone.

I am extremely worried that my own results may have gone to a stranger
in the same way. I want the person in charge of data protection at your
clinic, or the clinic director, to call me today, and I want to know
whether this is being reported to the Information Commissioner.

Beatrice Langford
07700 900 318"""),
("en", "w3-clinic-mri-deposit-bank", "Kenneth Awolowo <ken.awolowo@example.com>", "MRI booking ref MR-20417", "billing", "high",
"""I paid a 150 deposit for a knee MRI on 3 June. The clinic rang on
2 June to say the scanner was broken and the appointment was cancelled,
and that the 150 would come back "within 5 working days". That was five
weeks ago. I've rung four times.

I've now filled in the dispute form with my credit card company and sent
them the booking email. If you'd rather sort it out yourselves before
they do, you know where I am.

K. Awolowo"""),
("en", "w3-clinic-referral-portal-down", "Practice Manager <manager@eastgate-surgery.example>", "Referral portal not loading - urgent", "technical", "high",
"""Good morning,

Since about 8am none of our GPs can get into your referral portal to
send patients for scans. The page loads the logo and then times out.
We have around thirty patients today who've been told they'll be
referred before they leave, and our reception is having to ring them
back one by one. Our other web systems are working fine so it isn't
our internet.

Please let me know as soon as it's back, or if there's another way to
send referrals in the meantime.

Julie Hammond
Practice Manager, Eastgate Surgery"""),
# --- online pharmacy and prescriptions
("en", "w3-pharmacy-gp-changed-tablets", "Roy Ellison <roy.ellison@example.co.uk>", "My monthly pack", "billing", "",
"""Dear pharmacy,

My GP has changed me from the ramipril to a different tablet which the
surgery chemist down the road is doing now, so I won't be needing the
monthly pack from you that comes out at 9.99 each month. Please make sure
nothing else goes out of my account from June onwards.

Thank you for your help over the past two years.

Roy Ellison"""),
("en", "w3-pharmacy-exempt-asked-to-pay", "Chloe Dennehy <chloe.dennehy@example.com>", "why did i pay for this", "billing", "",
"""I'm pregnant and have a maternity exemption certificate which I put
the number of in my account when I signed up. But for my last
prescription the checkout made me pay 9.90 before it would let me go
through. I thought I shouldn't pay anything at all? Can I get the 9.90
back please, exemption number is in my profile.
Chloe"""),
("en", "w3-pharmacy-app-camera-crash", "Ahmed Nasser <ahmed.nasser@example.net>", "Uploading prescription", "technical", "",
"""Hello,

Every time I tap "Scan paper prescription" in your app it opens the
camera for one second and then the whole app closes. I have an Android
phone (Pixel 6), app updated yesterday. I've given it camera permission.
I can't find another way to upload it.

Ahmed"""),
("en", "w3-pharmacy-neighbour-parcel", "Lorraine Tebbit <lorraine.tebbit@example.co.uk>", "Deliveries", "general", "",
"""Hi, just a small request. Can you put a note on my account that my
parcels are NOT to be left with the neighbour at number 14? Twice now my
medication has been handed to him and I'd rather nobody knew what I'm
taking, if you understand. I'm in most days and if I'm not, a card
through the door is fine and I'll collect.

Lorraine Tebbit"""),
("en", "w3-pharmacy-child-opened-cap", "Kirsty Barr <kirsty.barr@example.co.uk>", "Bottle cap", "technical", "high",
"""Hello,

I'm writing so you know about this before it happens to someone else.
The liquid paracetamol that came in yesterday's order has the push-and-
turn cap, but it just turns off without pushing. My three-year-old had
it open on the kitchen floor this morning. Luckily I saw him straight
away and I don't think he drank any - he's absolutely fine.

It's bottle batch 4471B. I've put the rest of our medicines up high.

Kirsty Barr"""),
("en", "w3-pharmacy-sms-code-missing", "Percy Hale <percy.hale@example.org>", "Login code", "technical", "",
"""Dear Sir/Madam

I am trying to order my repeat but the website says it has sent a six
digit code to my mobile, and no code comes. I have pressed resend about
ten times. My mobile number has not changed. I am 79 and not very good
with these things so please explain simply.

Percy Hale"""),
("en", "w3-pharmacy-speak-to-pharmacist", "Ines Ferreira <ines.ferreira@example.com>", "Question for a pharmacist", "general", "",
"""Hello, I want to ask a pharmacist whether I can take the hay fever
tablets I bought from you together with my antidepressant. Is there a
number I can ring, and what time is the pharmacist there? I am working
until 6 most days. My English is not perfect sorry.

Ines"""),
("en", "w3-pharmacy-three-payments-unknown", "Miles Cartwright <miles.cartwright@example.co.uk>", "Payments I did not make", "billing", "high",
"""There are three payments on my card to your pharmacy in the past week,
32.50, 32.50 and 64.00. I have never ordered from you. I've cancelled
the card and my bank has opened a fraud dispute on all three. Please
confirm what account they were made under and close it.

Miles Cartwright"""),
# --- dental chain
("en", "w3-dental-plan-moving-portugal", "Sarah-Jane Pike <sj.pike@example.co.uk>", "Leaving the area", "billing", "",
"""Hi all at the Harbour Road practice,

We're moving to Portugal at the end of August for my husband's job, so
that'll be the end of my time with you - I'm so sad, you've been
brilliant. I'm on the Essentials care plan at 16.50 a month. Is there
anything I need to fill in so the direct debit finishes after August?

Sarah-Jane"""),
("en", "w3-dental-hygienist-55-75", "Craig Munro <craig.munro@example.net>", "Hygienist yesterday", "billing", "",
"""Hello

When I booked the hygienist online the price said 55. At the desk
yesterday I was asked for 75 and I paid because there was a queue
behind me and I didn't want to argue. Nobody explained the difference.
Either tell me what the extra 20 was for or pop it back please.

Craig Munro"""),
("en", "w3-dental-booking-all-grey", "Priyanka Rao <priyanka.rao@example.com>", "cant book", "technical", "",
"""Hi, your online booking shows every single day as grey for the next
two months at Clifton branch. Surely you're not that full?? When I pick
a different branch it's the same. Chrome and Safari both. Think
something's broken with the calendar.
Priyanka"""),
("en", "w3-dental-nervous-patient-thanks", "Duncan Fairley <duncan.fairley@example.co.uk>", "Thank you Dr Okafor", "general", "",
"""I've avoided the dentist for eleven years because of one bad
experience as a kid. On Thursday Dr Okafor did two fillings and explained
every single step before she did it, let me stop whenever I wanted and
never once made me feel stupid. I actually booked my next check-up at
the desk on the way out, which I never thought I'd do.

Please pass this on to her and to the nurse (sorry, I didn't catch her
name - dark hair, very calm).

Duncan"""),
("en", "w3-dental-lip-swelling-after-filling", "Olga Petrenko <olga.petrenko@example.net>", "After my appointment today", "general", "high",
"""Hello,

I had a filling at the Northgate practice at 11 this morning. About an
hour after, my top lip and the left side of my face swelled up and I
have an itchy red rash on my neck. I took an antihistamine I had at home
and it is a little better now, and I can breathe normally. I think it
might be a reaction to something that was used.

Can the dentist please call me and tell me exactly what was used, so I
can tell my GP? 07700 900 512.

Olga Petrenko"""),
("en", "w3-dental-aligner-photos-wont-sync", "Tyler Grant <tyler.grant@example.com>", "Aligner app", "technical", "",
"""The SmileTrack app is supposed to upload my weekly photos so the
orthodontist can check I'm ready for the next set of aligners. Since
week 6 it says "Upload pending" forever and the orthodontist hasn't got
anything. I've deleted and reinstalled it, the photos are still on my
phone. iPhone 13, iOS up to date. I'm meant to be moving to set 8 on
Monday.

Tyler"""),
("en", "w3-dental-records-new-dentist", "Margaret Finch <margaret.finch@example.co.uk>", "Dental records", "general", "",
"""Dear Sir or Madam,

I have registered with a new dentist closer to my daughter's home. They
have asked whether you could send them my x-rays and treatment notes.
Their address is Millbrook Dental, 4 Station Parade, Harpenden. Please
let me know if you need my written permission for this.

Yours faithfully,
Margaret Finch
Date of birth 14/02/1949"""),
# --- physiotherapy
("en", "w3-physio-four-sessions-left", "Jon Esposito <jon.esposito@example.com>", "Session bundle", "billing", "",
"""Hey,

I bought the six-session bundle for my shoulder back in March (240
total) and only ended up using two - the shoulder's been fine since
April and Rachel signed me off. Is there any way to get the value of the
four I didn't use back? Or at least some of it?

Cheers
Jon"""),
("en", "w3-physio-video-no-sound", "Alison Crane <alison.crane@example.co.uk>", "Online session this morning", "technical", "",
"""Hello,

I had my online physio appointment at 9.30 today. I could see the
physio and she could see me but neither of us could hear a thing. She
tried typing in the chat but the chat box wouldn't open for me either.
We gave up after 15 minutes. Laptop mic and speakers work fine on other
calls. Can someone tell me what to change before next week's one?

Alison Crane"""),
("en", "w3-physio-receipt-for-health-cash", "Tom O'Driscoll <tom.odriscoll@example.net>", "receipts please", "billing", "",
"""Hiya, my work health cash plan pays back physio but they want a
receipt for each session showing the physio's registration number.
Could you send me receipts for my 5 sessions between Jan and March?
The ones in the app don't have the number on.
Tom O'Driscoll"""),
("en", "w3-physio-parking-clinic", "Hilary Ward <hilary.ward@example.org>", "First appointment Thursday", "general", "",
"""Hello, I'm coming to your Beech Road clinic for the first time on
Thursday. Is there parking at the clinic or nearby? I'll be on crutches
so I can't walk far. Also should I bring shorts?

Thank you
Hilary"""),
("en", "w3-physio-tens-hot-burning", "Declan Moore <declan.moore@example.co.uk>", "TENS machine you lent me", "technical", "high",
"""Hi,

The TENS machine your clinic lent me for my back was on the charger on
my bedside table last night and when I picked it up this morning the
case was too hot to hold and there was a burning plastic smell. The
charging light was flashing red. I've unplugged it and left it on the
windowsill. I'm not going to use it again. How do you want me to get it
back to you?

Declan"""),
("en", "w3-physio-cancelled-three-times-manager", "Rosalind Cheng <rosalind.cheng@example.com>", "Third cancellation", "general", "high",
"""This is the third time in a row my Friday appointment has been
cancelled by text the night before. I've rearranged work each time. I'm
four weeks post knee surgery and my surgeon was very clear about
starting physio promptly.

I would like the clinic manager to contact me personally and explain
how you are going to get me seen this week, not an automated message.

Rosalind Cheng
07700 900 771"""),
# --- universities and exam boards
("en", "w3-uni-resit-fee-two-debits", "Kwame Asante <k.asante@student.example.ac.uk>", "Resit fee", "billing", "",
"""Dear Student Finance Office,

I paid the resit fee for module ECON2041 through the student portal on
12 July. The portal showed an error so I tried again and it went
through. My bank statement now shows two payments of 60.00 to the
university on that day. Could the second one be returned please?

Student number 21904417.

Kind regards,
Kwame Asante"""),
("en", "w3-uni-portal-login-loop", "Lily Tran <lily.tran@student.example.ac.uk>", "Re: Re: Moodle", "technical", "",
"""Still not working. I type my uni username and password, it does the
Microsoft approve thing on my phone, I approve it, then it goes straight
back to the login page again. Round and round. I've cleared cookies like
you said and tried incognito. Essay is due on Friday and the brief is
only on there.

Lily

On Mon, 14 Oct, IT Service Desk <itservice@example.ac.uk> wrote:
> Hi Lily, please try clearing your browser cookies and cache and
> signing in again. Let us know if the issue persists."""),
("en", "w3-examboard-certificate-spelling", "Fatima Zahra Belkacem <fz.belkacem@example.com>", "Mistake on my certificate", "general", "",
"""Hello,

I have received my certificate for the Level 3 Diploma but my surname
is spelt "Belkacen" instead of "Belkacem". I need it for a job
application. How can I get a corrected certificate? My candidate number
is 7720-0193 and I have attached my passport.

Regards,
Fatima Zahra Belkacem"""),
("en", "w3-uni-instalment-after-loan", "Oliver Brennan <oliver.brennan@example.co.uk>", "Fees plan", "billing", "",
"""Hi,

I'm on the three-instalment plan for my tuition. The second instalment
comes out on 15 January but my maintenance loan doesn't come in until
the 22nd. Can the January one be moved a week later without a penalty?

Thanks,
Oliver Brennan (year 2, Architecture)"""),
("en", "w3-examboard-online-exam-froze", "Exams Officer <exams@kingsmead-college.example>", "URGENT - on-screen exam frozen for all candidates", "technical", "high",
"""We are 25 minutes into the on-screen Business Studies paper (unit 3)
and every one of our 62 candidates' screens has frozen on question 4
with the spinning wheel. Invigilators have restarted two machines and
they come back to the login screen saying "session in progress on
another device". The candidates are sitting in silence in the hall
waiting.

Please ring the exams office immediately on 01632 960 228. We need to
know whether to hold them or send them out.

Marion Fletcher
Exams Officer, Kingsmead College"""),
("en", "w3-uni-halls-deposit-small-claims", "Ruth Hanley <ruth.hanley@example.com>", "Halls deposit - final request", "billing", "high",
"""Dear Accommodation Office,

My son moved out of Penrose Hall on 14 June. The room inspection form,
signed by your warden, says "no damage, room clean". It is now
September and the 250 deposit has still not been returned despite three
emails.

If the deposit is not paid back by 30 September I will be making a
claim through the small claims court without further notice.

Ruth Hanley (on behalf of Callum Hanley, student 22011873)"""),
("en", "w3-uni-open-day-parents", "Gary Penrose <gary.penrose@example.co.uk>", "Open day 19th October", "general", "",
"""Hello,

My daughter is coming to your open day on 19 October and I'd like to
come along too. Do parents need to register separately, and are there
any talks for parents specifically (accommodation, that sort of thing)?
We'll be driving down from Leeds - is there parking on campus?

Gary Penrose"""),
("en", "w3-examboard-remark-cost", "Jasper Quill <jasper.quill@example.net>", "remark", "billing", "",
"""hi
how much does a remark for A level chemistry paper 2 cost and if my
grade goes up do i get that money back? school said to ask you directly.
i only missed an A by 2 marks
jasper"""),
# --- summer camps
("en", "w3-camp-sibling-discount", "Emma Lindgren <emma.lindgren@example.com>", "Booking for Freddie and Ada", "billing", "",
"""Hi,

I've just booked both my kids onto the multi-activity week starting
29 July. The website says there's 10% off for a second sibling but I've
been taken the full 285 for each of them. Could you sort out the
difference for Ada's place?

Thanks
Emma"""),
("en", "w3-camp-peanut-snack", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "My son - nut allergy", "general", "high",
"""I collected my son Leo (8) from your Greenfield camp at 4pm today and
his face and lips were swollen and blotchy. He told me the group was
given cereal bars as an afternoon snack and his had peanuts in it. His
nut allergy is on the booking form in two places and on the medical
sheet I handed in on Monday.

He's been seen by the GP and is recovering, thank God. I need to know
how this happened and what you are going to change before I send him
back tomorrow - or whether I should send him back at all.

Rebecca Hollis"""),
("en", "w3-camp-what-to-pack", "Marcus Bell <marcus.bell@example.net>", "First time at camp", "general", "",
"""Hi there! Our twins are going to the Lakeside adventure week in August,
their first time away. Is there a kit list? Do they need wetsuits for
the kayaking or do you provide them? And can they bring phones or is
that a no-go?

Thanks, Marcus"""),
("en", "w3-camp-form-wont-submit", "Siobhan Keane <siobhan.keane@example.co.uk>", "Medical form", "technical", "",
"""Hello, I've tried four times to submit the medical and consent form
for my daughter and every time I click Submit at the end it goes back to
page 1 and everything I typed is gone. It's a long form! Is there a
paper version I can fill in instead, or can you fix it?
Siobhan"""),
("en", "w3-camp-mia-one-week-only", "Daniel Okonkwo <daniel.okonkwo@example.com>", "Mia - week 2", "billing", "",
"""Hello,

Change of plan on our side: Mia's grandparents are taking her to
Scotland for the second half of August, so she'll only do the first week
of camp with you. She's booked on both at the moment and I'm paying in
two halves. The second half is due on the 1st - please don't take it.

Daniel"""),
("en", "w3-camp-parent-app-no-photos", "Laura Whitmore <laura.whitmore@example.co.uk>", "No photos", "technical", "",
"""Hi, the welcome letter said we could see daily photos of the kids in
the CampLink app. I'm logged in, it shows the right camp and the right
week, but the Gallery just says "No photos yet" and it's day 4. A
friend with a child in the same group can see dozens. Is it something on
my account?

Laura"""),
("en", "w3-camp-cancelled-week-card-dispute", "Graham Hurst <graham.hurst@example.net>", "Cancelled football camp", "billing", "high",
"""You cancelled the Easter football camp at Ashby two days before it
started because "not enough coaches". I paid 180 for my two boys. I was
promised the money back in 5-7 days. It has been six weeks.

I've had enough of chasing. I have raised a dispute with my card
provider today and given them copies of your cancellation email.

Graham Hurst"""),
# --- tour operators
("en", "w3-tour-single-supplement-sharing", "Pauline Greaves <pauline.greaves@example.co.uk>", "Booking TR-60218 Lake Garda", "billing", "",
"""Dear Sirs,

My friend Maureen and I booked the Lake Garda tour together and asked
to share a twin room, which the confirmation shows. However each of our
booking totals includes a single room supplement of 195. Since we are
sharing, neither of us should be paying it. Please correct both
bookings and return the supplements.

Yours faithfully,
Pauline Greaves"""),
("en", "w3-tour-app-itinerary-blank", "Stefan Novak <stefan.novak@example.com>", "Itinerary in app is empty", "technical", "",
"""Hello, we leave for the Norway fjords trip on Saturday. Your app says
"Your itinerary will appear here" but nothing appears - no flights, no
hotels, no documents. My wife's app shows everything for the same
booking. We have both the latest version. I want to have the documents
offline before we go.

Stefan Novak"""),
("en", "w3-tour-balance-when-due", "Yasmin Haddad <yasmin.haddad@example.net>", "question", "billing", "",
"""hi, we paid 400 deposit for Morocco in October. when is the rest due
and can i pay it in two bits instead of one? thanks yasmin"""),
("en", "w3-tour-guide-elena-praise", "Bernard Clough <bernard.clough@example.co.uk>", "Our week in Sicily", "general", "",
"""Dear all,

We have just returned from the Sicily Highlights tour and I wanted to
write to say how much we enjoyed it, largely thanks to our guide Elena.
She knew every stone of Agrigento, found a pharmacy for my wife at ten
at night, and kept 28 people cheerful through a coach breakdown near
Enna. We will certainly travel with you again.

Bernard and Jean Clough"""),
("en", "w3-tour-coach-seatbelts", "Anita Shah <anita.shah@example.com>", "Safety on your coach - Croatia tour", "general", "high",
"""I'm writing calmly but I think this needs looking at urgently. On the
Dubrovnik to Split day of our tour (group 44C) most of the seat belts in
the back half of the coach either had no buckle or didn't latch. I had
my 10-year-old with me. I mentioned it to the driver who shrugged. The
group continues on that coach until Sunday.

Please make sure someone checks it before the next family sits in those
seats.

Anita Shah"""),
("en", "w3-tour-cancelled-solicitor", "Richard Mallory <richard.mallory@example.co.uk>", "Cancelled Peru tour - refund", "billing", "high",
"""Dear Sir/Madam,

You cancelled our Peru tour (booking 58820) in March. Under the Package
Travel Regulations a full refund of 4,380 was due within 14 days. I
have received nothing but "your refund is being processed".

I have instructed a solicitor and a letter before action will follow
unless the full amount is in my account by Friday 12 April.

Richard Mallory"""),
("en", "w3-tour-visa-vietnam", "Chen Wei <chen.wei@example.org>", "Vietnam trip in November", "general", "",
"""Hello, I have Chinese passport but I live in UK. For your Vietnam tour
in November do I need a visa, or can you arrange? Other people in my
booking have British passport. Thank you, Chen Wei"""),
("en", "w3-tour-agent-portal-errors", "Lakeview Travel <bookings@lakeviewtravel.example>", "Agent portal - can't confirm any bookings", "technical", "high",
"""Hello,

Since this morning every booking we try to confirm on your agent portal
fails at the last step with "Error 502 - upstream". We've had a walk-in
queue all day for your autumn offers and we can't book a single one of
them - customers are leaving to book elsewhere. Three of our agents, two
different offices, same thing.

Please get back to me urgently.

Dawn Pickering
Lakeview Travel"""),
# --- campsites and glamping
("en", "w3-glamping-hot-tub-cold", "Natasha Bright <natasha.bright@example.co.uk>", "Hot tub add-on", "billing", "",
"""Hi,

We stayed in the Willow pod last weekend and paid the extra 40 for the
hot tub. It was stone cold on the Friday, the warden said it would be
warm by Saturday, and it never got above lukewarm. We didn't get to use
it once. The pod itself was lovely. We'd just like the 40 back for the
hot tub please.

Natasha"""),
("en", "w3-glamping-stove-smoke-alarm", "Hugo Pennington <hugo.pennington@example.com>", "Bell tent 6 - wood burner", "technical", "high",
"""Hello,

We're in bell tent 6 right now. Last night the wood burner started
pushing smoke back into the tent instead of up the flue and the carbon
monoxide alarm went off at about 2am. We got the kids out, opened
everything and slept in the car. Nobody answered the warden's number.

We're fine, but nobody should be using that burner until it's looked
at. Please send someone this morning.

Hugo Pennington"""),
("en", "w3-campsite-two-dogs", "Gwen Pryce <gwen.pryce@example.co.uk>", "Dogs", "general", "",
"""Hello, are two dogs allowed on a grass pitch? They're both small
(a jack russell and a dachshund), very quiet. And is there anywhere on
site to walk them off lead? Thinking of the first week in June.

Gwen"""),
("en", "w3-campsite-rain-deposit", "Phil Danvers <phil.danvers@example.net>", "Deposit for pitch 31", "billing", "",
"""Hi,

We had pitch 31 booked from the 14th with a 50 deposit. With the
flood warnings for the whole valley that weekend we didn't come - I did
ring on the Thursday to say so. Can the 50 be moved to a weekend in
September instead of losing it? Or paid back, either is fine.

Phil Danvers"""),
("en", "w3-campsite-calendar-jumps", "Anna Lindqvist <anna.lindqvist@example.com>", "Booking website", "technical", "",
"""Hej, when I click a date in July on your booking page, the calendar
jumps to August and selects 1 August instead. Every time. I cannot pick
any date in July at all. I try on my phone and my computer. Maybe you
know this problem?
Anna"""),
("en", "w3-campsite-lost-rabbit", "Ellie Marsh <ellie.marsh@example.co.uk>", "Lost toy rabbit!!", "general", "",
"""Hello!! We left Bramble Meadow this morning and my daughter has just
realised her toy rabbit isn't in the car. He's grey with one floppy ear
and a blue ribbon, very loved. We were on pitch 12, so he might be in the
hedge or by the shower block. If anyone finds him we will happily pay
postage. She is heartbroken.

Ellie Marsh 07700 900 604"""),
("en", "w3-campsite-hookup-tripping", "Robert Sayle <robert.sayle@example.co.uk>", "Electric on pitch 8", "technical", "",
"""Hello,

Our electric hook-up on pitch 8 keeps tripping every time we put the
kettle on, even with nothing else running. Our caravan's own trip doesn't
go, it's the post on your side. The neighbours on 9 have the same
problem. Could someone have a look today if possible?

Robert Sayle"""),
# --- car sharing
("en", "w3-carshare-cleaning-fee-not-me", "Priya Malhotra <priya.malhotra@example.com>", "Cleaning fee??", "billing", "",
"""Hi, I've been hit with a 25 "excessive dirt" fee for the Corsa I had
on Sunday. It was already full of sand and a kid's juice carton when I
picked it up, I even reported it in the app before I started the trip
(there's a photo on there). Please take that off, it wasn't me.

Priya"""),
("en", "w3-carshare-wont-unlock", "Leo Brandt <leo.brandt@example.net>", "Car won't open", "technical", "",
"""Standing next to the Golf on Ash Street right now. The app says
"Unlocked" but the doors stay locked. Tried 5 times, walked round it,
turned bluetooth off and on. Booking started 10 minutes ago and the
clock is running. Help!
Leo"""),
("en", "w3-carshare-why-12-more", "Gemma Rourke <gemma.rourke@example.co.uk>", "My monthly statement", "billing", "",
"""Hello,

I use the car maybe twice a month for the big shop, always the same
trip, about 90 minutes. Last month my statement was 21.40, this month
it's 33.40 for exactly the same two trips. Why 12 more? Did the per-minute
rate go up without anyone telling me?

Gemma Rourke"""),
("en", "w3-carshare-brakes-grinding", "Farid Haidari <farid.haidari@example.com>", "Toyota Yaris KX19 ...", "technical", "high",
"""Hello, I just finished a trip in the white Yaris (reg starts KX19,
parked at Cromwell Road bay 3). The brakes made a loud grinding noise
from the front and the car pulled hard to the left every time I braked.
On the dual carriageway it was actually frightening. I've ended the trip
and left it in the bay, but the app still shows it as available for the
next person. Please block it.

Farid"""),
("en", "w3-carshare-new-licence", "Joanna Szymanska <joanna.szymanska@example.com>", "New driving licence", "general", "",
"""Hello, I have changed my name after marriage and got a new licence
with my new surname (Szymanska-Reid) and new address. How can I update
this on my account? In the app I can't edit the name field.
Thank you
Joanna"""),
("en", "w3-carshare-bought-own-car", "Ian Holloway <ian.holloway@example.co.uk>", "Membership", "billing", "",
"""Hi there

Finally bought a car of my own last week, so the 7.99 a month membership
isn't really doing anything for me now. Can you make sure July is the
last one? Thanks for the last two years, it got me through.

Ian"""),
("en", "w3-carshare-sunglasses-left", "Mei Ling Ong <meiling.ong@example.net>", "left my sunglasses", "general", "",
"""hi i think i left my sunglasses (black ray-ban, in a brown case) in
the passenger door of the blue Fiat 500 at the train station bay,
yesterday around 6pm. if the next driver or your cleaner finds them can
you let me know?? thanks so much
Mei Ling"""),
("en", "w3-carshare-business-account-down", "Fleet Admin <fleet@quickfix-plumbing.example>", "Business account - nobody can book", "technical", "high",
"""Hello,

We run our plumbers' van bookings through your business account. Since
7am every booking attempt from any of our 14 drivers ends in "Account
suspended - contact support", but the account is paid up and nobody's
touched it. Our engineers are standing at the bays with jobs booked all
over town and can't get a vehicle.

Please call me straight away: 01632 960 553.

Ray Kimber
QuickFix Plumbing"""),
# --- toll tags and parking operators
("en", "w3-toll-tag-silent", "Bob Ferris <bob.ferris@example.co.uk>", "Tag not working", "technical", "",
"""Hello, the toll tag on my windscreen has stopped beeping at the
barriers on the M6 Toll, and yesterday the barrier didn't lift so I had
to pay cash. The light on the tag doesn't come on at all any more. It's
stuck where the instructions say. Does it need a new battery or a new
tag?

Bob Ferris"""),
("en", "w3-parking-notice-paid-in-app", "Helena Voss <helena.voss@example.com>", "PCN 88104227 - I paid!", "billing", "",
"""Dear Sir/Madam,

I have received a parking charge notice for 100 (reduced to 60 if paid
in 14 days) for the Riverside car park on 3 May. I paid for 3 hours in
your own app that day, from 10:02, and the notice says I was there
10:14 to 12:40. A screenshot of the app payment is attached.

Please cancel the notice.

Helena Voss"""),
("en", "w3-toll-topup-doubled", "Marek Nowicki <marek.nowicki@example.com>", "Top up", "billing", "",
"""Hello, I topped up my toll account 20 on Monday with auto top-up and
the account shows 20 added but on my bank you took 40. Two times 20.
Please give back the second. Account number TA-4401927.
Marek"""),
("en", "w3-parking-exit-barrier-stuck", "Duty Manager <duty@westgate-shopping.example>", "Exit barrier level 2 - cars trapped", "technical", "high",
"""Your exit barriers on level 2 of the Westgate car park have been stuck
down for 40 minutes. The pay machines accept payment but the barriers
won't read the tickets. There are about 60 cars queued down the ramp,
people are getting very angry and my security staff are having to manage
it. Your out-of-hours number rings out.

Can you open the barriers remotely or send an engineer now?

Kevin Doyle
Duty Manager, Westgate Shopping Centre"""),
("en", "w3-parking-season-ticket-wfh", "Alice Thornbury <alice.thornbury@example.co.uk>", "My space at Canal Street", "billing", "",
"""Hello,

My employer has moved us all to working from home permanently from 1
October, so the reserved space at Canal Street won't be needed after
September. It's the monthly season ticket, 95 a month by direct debit.
Please let me know if you need anything from me to bring it to a close.

Alice Thornbury"""),
("en", "w3-toll-add-second-car", "Derek Nwosu <derek.nwosu@example.net>", "Adding a car", "general", "",
"""Hi, my wife has a new car and we'd like to add it to our toll account
so she can use the second tag. Reg is LM24 XVP, Kia Niro, white. Is that
something you can do or do I need to do it online? Thanks Derek"""),
("en", "w3-parking-app-wrong-zone", "Shauna Kelly <shauna.kelly@example.co.uk>", "App keeps putting me in the wrong zone", "technical", "",
"""Hi,

When I open the parking app on Harbour Street it keeps picking zone 4412
(which is the other side of the river, apparently) and there's no way to
change it - the zone field is greyed out. Location is on, I've tried
typing the zone code from the sign but it says "not valid here". I'm
worried I'll get a ticket.

Shauna"""),
("en", "w3-parking-debt-letters-court", "Neil Armitage <neil.armitage@example.co.uk>", "Re: Final demand - ref ZT-55012", "billing", "high",
"""I have now had a "final demand" from your debt collectors for 170,
over a parking charge at a hospital car park when I was visiting my
dying father and had a valid blue badge displayed. I appealed at the
time and never got a reply.

If you continue with this I will defend it in court and I will be
reporting your conduct to the British Parking Association. I'd advise
you to cancel it now.

Neil Armitage

> Dear Mr Armitage, despite previous reminders the balance of 170.00
> remains unpaid. If payment is not received within 14 days we may
> recommend that our client commences court proceedings."""),
# --- second-hand marketplace and online auctions
("en", "w3-auction-premium-not-shown", "Clive Barrington <clive.barrington@example.co.uk>", "Lot 214", "billing", "",
"""Good afternoon,

I won lot 214 (the pair of Victorian brass candlesticks) at 85. The
invoice is 106.25 because of a 25% buyer's premium. Nowhere on the lot
page did it say anything about a premium, only the hammer price. I'm
happy to pay the 85 but I'd like an explanation for the rest.

Clive Barrington"""),
("en", "w3-marketplace-bike-money-not-in", "Kyle Dempsey <kyle.dempsey@example.net>", "sold my bike - where's the money", "billing", "",
"""sold my road bike on here 10 days ago, buyer collected and marked it
received. app says "payout sent" on the 3rd but the 320 still isnt in
my bank. bank details are right ive checked. whats going on
Kyle"""),
("en", "w3-marketplace-photos-fail", "Rosa Martinez <rosa.martinez@example.com>", "Can't list anything", "technical", "",
"""Hi, for two days I can't create a listing. The photos upload to 100%,
then a red triangle appears on each one and it says "Something went
wrong, try again". I tried small photos, different phone, and on the
website. I have about 15 things to sell from clearing my mum's flat.

Rosa"""),
("en", "w3-auction-last-second-bid", "Geoffrey Lam <geoffrey.lam@example.org>", "My bid was not accepted", "technical", "",
"""Dear Sir,

On the watch auction that ended at 20:00 last night I placed a bid of
410 at 19:59:40 according to my phone. The page showed a spinning icon
and then "Auction ended". The winning bid was 380. My bid never
appeared in the bid history. Was there an error on your servers? I have
a screen recording if useful.

Geoffrey Lam"""),
("en", "w3-marketplace-fake-trainers-report", "Tasha Green <tasha.green@example.co.uk>", "Fake listings", "general", "",
"""Just flagging that seller "kickzdeals_uk" has about 40 listings of
brand-new designer trainers at a third of shop price, all using the same
photos copied from the brand's website. They're almost certainly fake.
I haven't bought anything from them - I just don't want someone else
getting caught out.

Tasha"""),
("en", "w3-auction-viewing-saturday", "Harold Beech <harold.beech@example.co.uk>", "Viewing", "general", "",
"""Hello, will there be an in-person viewing for the 14 June furniture
sale, and at which saleroom? I'm interested in a couple of the dining
chairs but would like to see them before bidding. Thank you. H. Beech"""),
("en", "w3-marketplace-buyer-protection-supervisor", "Carla Jensen <carla.jensen@example.com>", "Case 7720318 - I want a supervisor", "billing", "high",
"""I paid 240 for a camera through your buyer protection. It never
arrived, the tracking number the seller gave is for a parcel delivered
in another city, and the seller's account has now vanished. Your agent
closed my case saying "the seller provided tracking".

That's absurd. I want this reviewed by a supervisor and my 240 back,
which is exactly what your buyer protection promises.

Carla Jensen"""),
("en", "w3-auction-account-strange-bids", "Imran Qureshi <imran.qureshi@example.net>", "Someone has been in my account", "technical", "",
"""Hello,

I've just had four emails saying I've placed bids on phones and
gaming laptops. I didn't. When I try to log in, it says the password is
wrong - I think someone has changed it. Please lock the account and help
me get back in. I haven't won anything yet as far as I can see.

Imran Qureshi"""),
# --- buy now pay later shops
("en", "w3-bnpl-still-paying-returned-coat", "Lucy Fairbairn <lucy.fairbairn@example.co.uk>", "Coat returned weeks ago", "billing", "",
"""Hi,

I sent back the wool coat (order 90214) on 2 March and your returns
page says "received". But my split-pay plan is still active and the
third instalment of 43.33 came out yesterday. The first two haven't come
back either. I thought returning it would stop the whole thing?

Lucy"""),
("en", "w3-bnpl-late-fee-paid-on-time", "Andre Baptiste <andre.baptiste@example.com>", "Late fee", "billing", "",
"""I was given a 12 late fee on my instalment for the 5th but I paid it
on the 5th, in the morning, through the app. I have the confirmation.
Please remove it.
Andre"""),
("en", "w3-bnpl-option-greyed", "Sofia Russo <sofia.russo@example.net>", "pay in 3 option", "technical", "",
"""Hello, the "Pay in 3" option at checkout is greyed out for me with no
message. My basket is 180 and the site says it's available from 50 to
1000. I have used it before with no problems. I'm logged in. Any
idea why?

Sofia"""),
("en", "w3-bnpl-credit-file-ombudsman", "Winston Boateng <winston.boateng@example.co.uk>", "Formal complaint - missed payment on credit file", "billing", "high",
"""Dear Complaints Team,

A missed payment has been reported on my credit file for March. I did
not miss any payment - your system failed to take the instalment on the
due date because of your own outage (your email of 14 March confirms
this), and I paid it manually the same week.

This marker has already caused a mortgage application to be declined.
If it is not removed within 8 weeks I will refer this to the Financial
Ombudsman Service.

Winston Boateng"""),
("en", "w3-bnpl-new-debit-card", "Megan Foster <megan.foster@example.com>", "new card", "billing", "",
"""hey my bank sent me a new debit card because the old one expired, how
do i put the new one on my plan so the last 2 payments come from that?
the app only shows the old one with no edit button
megan"""),
("en", "w3-bnpl-when-is-delivery", "Patrick Ekwueme <patrick.ekwueme@example.net>", "Order 44187", "general", "",
"""Hello, I ordered the garden bench a week ago with pay later, the first
payment has gone out fine, but the order page still says "Preparing".
Do you have any idea when it will be dispatched? We've got a family
party on the 22nd and wanted it out for that.

Patrick"""),
("en", "w3-bnpl-selfie-check-loops", "Daisy Holm <daisy.holm@example.co.uk>", "ID check", "technical", "",
"""Hi, your app asks me to do a selfie to verify my ID before I can use
the pay later option. I take the selfie, it says "Verifying..." and then
asks for the selfie again. Six times now. Good light, no glasses. It's a
Samsung A52. Really frustrating.
Daisy"""),
# --- cashback and price-comparison sites
("en", "w3-cashback-energy-switch-missing", "Trevor Gould <trevor.gould@example.co.uk>", "Missing cashback", "billing", "",
"""Hello,

In January I switched energy supplier through your site, clicking the
link with the 65 cashback offer. The switch went through fine in
February. Your site still shows the cashback as "Untracked" and the
claim form won't let me submit because it's "outside the window". I've
got the supplier's welcome email with the date on it. Can someone add
the 65 manually?

Trevor Gould"""),
("en", "w3-cashback-withdrawal-pending", "Zara Ahmed <zara.ahmed@example.com>", "withdrawal", "billing", "",
"""hi i asked to withdraw my 48.20 to paypal on the 2nd, it still says
pending and its the 19th. normally it's a couple days. is something
wrong?"""),
("en", "w3-compare-filter-suggestion", "Owen Price <owen.price@example.net>", "Suggestion for the broadband comparison", "general", "",
"""Hello,

A small suggestion: on the broadband comparison it would be really
useful to filter by contract length, or at least sort by it. I wanted
a 12-month deal and had to open every single one to check. Otherwise a
very handy site, I've used it for years.

Owen"""),
("en", "w3-cashback-extension-not-popping", "Felicity Hart <felicity.hart@example.co.uk>", "Browser add-on", "technical", "",
"""Hi, since the last Chrome update your browser extension doesn't
show the little "activate cashback" banner on any shop any more. The
icon is there in the toolbar but clicking it just shows a blank square.
Removed it and added it again - same. Worried I'm missing cashback on
my holiday booking tonight.

Felicity"""),
("en", "w3-compare-delete-my-data", "Graham Ostler <graham.ostler@example.com>", "Data deletion request", "general", "",
"""Dear Data Protection Officer,

Under Article 17 of the UK GDPR I ask you to erase all personal data
you hold about me, including quote history and marketing preferences,
and to confirm once this is done. The email address on the account is
the one I'm writing from.

Graham Ostler"""),
("en", "w3-cashback-plus-no-longer", "Beth Morrison <beth.morrison@example.co.uk>", "Plus membership", "billing", "",
"""Hi, I signed up for Plus at 2.99 a month thinking I'd use it loads,
but honestly I've earned about 3 in boosted cashback since Christmas. I
don't think it's for me. Please put me back on the free account from
the next billing date.

Beth"""),
("en", "w3-compare-clicks-not-tracking-merchant", "Partnerships <partners@nordicsofa.example>", "Affiliate tracking broken since Tuesday", "technical", "high",
"""Hi team,

Since Tuesday's change on your side, every click from your comparison
pages to our store lands on our homepage instead of the product, and the
tracking parameter is stripped. Our sales from your channel have dropped
from about 90 a day to zero, and it's our biggest sale week of the year.

We need this fixed today. Please call me on 01632 960 719.

Ingrid Halvorsen
E-commerce Manager, Nordic Sofa Co."""),
# --- newspapers and magazines online
("en", "w3-news-one-pound-then-nine", "Gordon Fyfe <gordon.fyfe@example.co.uk>", "Re: Your subscription", "billing", "high",
"""I signed up for your "1 a month for 6 months" offer. Month 4 you took
9.99. I wrote, your reply (below) says the offer "ended early due to a
pricing review". That's not what I signed up to. I want the 8.99
difference back for this month and next, and I want this looked at by a
supervisor, not another template.

Gordon Fyfe

> Thank you for contacting us. Following a pricing review, introductory
> offers ended on 1 May. We are sorry for any inconvenience."""),
("en", "w3-news-paywall-logged-in", "Marion Leask <marion.leask@example.com>", "Paywall", "technical", "",
"""Hello, I am a paying digital subscriber but for the last week every
article I open on the website shows "Subscribe to continue reading", even
though my name shows at the top right saying I'm signed in. The app on
my phone works fine. Firefox on a Windows laptop. Could you look into it?

Marion Leask"""),
("en", "w3-news-letter-to-editor", "Rev. Peter Amos <peter.amos@example.org>", "Letter for publication", "general", "",
"""Sir,

Your report on Saturday on the closure of rural bus routes omitted to
mention that the 47 service is the only way to reach the cottage
hospital from four villages. For many older residents, the closure will
mean missing appointments altogether.

Yours faithfully,
Rev. Peter Amos
Little Bardfield"""),
("en", "w3-news-print-to-digital", "Susan Ebbs <susan.ebbs@example.co.uk>", "Weekend paper", "billing", "",
"""Hello,

I currently get the print edition delivered on Saturdays plus the digital
access, at 18 a month. My eyesight isn't what it was and I read on the
tablet now with big text, so the paper just goes in the recycling. Could
I move to digital only from next month? What would that cost?

Susan Ebbs"""),
("en", "w3-magazine-march-issue", "Terry Cullen <terry.cullen@example.net>", "March issue", "general", "",
"""Hi, the March issue of the gardening magazine hasn't turned up - Feb
came fine and April came this week, so it's just the one. Could you
send another copy of March? It's the one with the greenhouse special I
was looking forward to. Address same as always. Thanks, Terry"""),
("en", "w3-news-father-passed", "Claire Whitley <claire.whitley@example.co.uk>", "My father's subscription", "billing", "",
"""Dear Sir or Madam,

My father, George Whitley, passed away last month. He read your paper
every day for fifty years. I'm dealing with his affairs and would be
grateful if his subscription could be brought to an end and the monthly
payments stopped. His customer number was on a letter: 0044871. I can
send a copy of the death certificate if needed.

Claire Whitley"""),
("en", "w3-news-ipad-app-closes", "Omar Farouk <omar.farouk@example.com>", "iPad app", "technical", "",
"""The iPad app closes as soon as I tap on the crossword. Every time. The
rest of the app works. iPad Air, latest iPadOS. It's the main reason I
subscribe to be honest.
Omar"""),
# --- audiobooks and e-books
("en", "w3-audiobook-credits-vanished", "Hazel Brooks <hazel.brooks@example.co.uk>", "My credits", "billing", "",
"""Hello,

I paused my membership for three months over the summer. When it
restarted I found the four credits I had saved up had gone - the
account shows 1. Nobody told me credits expire during a pause, and I
paid 9.99 for each of them. I'd like them back please.

Hazel Brooks"""),
("en", "w3-audiobook-download-stuck-78", "Nikhil Desai <nikhil.desai@example.com>", "Download stuck", "technical", "",
"""Hi, trying to download a 22-hour audiobook for a flight tomorrow and
it sticks at 78% every time. Deleted and restarted twice, plenty of
space on the phone (40GB free). Other books download fine. Book is
"The Long Northern Road".

Nikhil"""),
("en", "w3-ebook-kobo-before-buying", "Agnes Whyte <agnes.whyte@example.org>", "Before I buy", "general", "",
"""Hello, before I spend 7.99 on the new Hilary Lowe novel: will your
e-books open on a Kobo reader, or only in your own app? I don't really
want to read a whole novel on my phone.

Thanks,
Agnes"""),
("en", "w3-audiobook-son-bought-four", "Mark Tillman <mark.tillman@example.net>", "Purchases I didn't make", "billing", "",
"""Hi,

My 11-year-old has bought four audiobooks on my account on the tablet
this weekend without asking - 46 in total. Three of them he hasn't even
started. He's been suitably told off. Is there any chance of getting
those back, and how do I put a PIN on purchases so it can't happen again?

Mark Tillman"""),
("en", "w3-audiobook-narrator-thanks", "Ruth Penhaligon <ruth.penhaligon@example.co.uk>", "The Cornish trilogy", "general", "",
"""I just wanted to say that whoever chose Tamsin Rowe to narrate the
Cornish trilogy deserves a medal. I've listened to all three on my
commute and I'm genuinely sad it's over. More of her please!
Ruth"""),
("en", "w3-ebook-chapters-missing", "Lewis Carrick <lewis.carrick@example.com>", "Book jumps from chapter 11 to 15", "technical", "",
"""Hello,

The e-book of "Salt and Iron" I bought yesterday goes straight from the
end of chapter 11 to the start of chapter 15. The contents page lists
12, 13 and 14 but tapping them does nothing. Redownloaded it, same. I'm
not after my money back, I just want the whole book.

Lewis Carrick"""),
("en", "w3-audiobook-annual-let-it-lapse", "Devika Raman <devika.raman@example.com>", "Annual membership", "billing", "",
"""Hi, my annual membership is up on 3 September. I'd like to let it run
out rather than roll over for another year - I'm using the library app
now. I'll spend the credits I've got before then. Thanks!
Devika"""),
# --- console and PC game subscriptions
("en", "w3-games-cancelled-still-billed", "Callum Reid <callum.reid@example.co.uk>", "Still being billed", "billing", "",
"""I cancelled Game Pass Ultimate in my account settings in April - I've
got the confirmation email. 14.99 went out again in May and June. Please
return those two and confirm there's nothing else coming.

Callum Reid"""),
("en", "w3-games-cloud-stutter", "Jae-won Park <jaewon.park@example.net>", "Cloud gaming lag", "technical", "",
"""Hello. Since last week the cloud streaming is unplayable - every 20
or 30 seconds the picture freezes for a second and the input lags. My
internet is 300 Mbps fibre, speed test is fine, other streaming is fine.
Wired connection to the console. Was fine before the update.

Jae-won"""),
("en", "w3-games-controller-melted", "Sharon Baines <sharon.baines@example.co.uk>", "controller", "technical", "high",
"""Hi, my son's controller was charging on the dock last night and this
morning the plastic round the charging port has gone soft and brown and
it smells burnt. The dock is warm too. He's 9. I've unplugged everything
and put the controller in the garage. It was bought with the console in
November.

Sharon Baines"""),
("en", "w3-games-servers-down-gaming-cafe", "Pixel Lounge <hello@pixellounge.example>", "Can't log any of our stations in", "technical", "high",
"""Hi,

We run a gaming cafe with 24 PCs on your subscription. Since 2pm none of
them can sign in - "Service unavailable (0x8015)". We've got a booked
tournament tonight with 40 players paid up and the first round starts at
7. Your status page says everything's green.

Anything you can tell us, please, and fast.

Marco Bianchi
Pixel Lounge"""),
("en", "w3-games-parental-limits", "Yvette Lambert <yvette.lambert@example.com>", "Setting screen time limits", "technical", "",
"""Hello, I'm trying to set up a child account for my daughter with a
2-hour daily limit, but on the family settings page the "Screen time"
option doesn't appear under her name, only under mine. She's 10 and I
entered her birthday correctly. What am I doing wrong?

Yvette"""),
("en", "w3-games-join-family-plan", "Ravi Subramanian <ravi.subramanian@example.co.uk>", "Family plan", "billing", "",
"""Hi,

My brother and I both have individual subscriptions at 10.99 each. If I
switch to the family plan and add him, will his subscription stop on its
own or does he have to end it himself? We don't want to pay twice for
a month.

Ravi"""),
("en", "w3-games-change-gamertag", "Kai Mendes <kai.mendes@example.net>", "username change", "general", "",
"""yo can i change my username? picked it when i was 12 and its
embarrassing now lol. its "SpongeKai2011". is the first change free or
whatever, just point me to where"""),
("en", "w3-games-dispute-with-bank", "Norma Healey <norma.healey@example.co.uk>", "Charges on my card", "billing", "high",
"""I don't own a games console. I don't know what your company is. There
are five charges from you on my credit card this month adding up to
over 200 for "in-game currency". My card company has reversed them and
opened a dispute, and they've told me to tell you too. Please make sure
my card number is removed from whatever account this is.

Norma Healey"""),
# --- translation agency
("en", "w3-translation-certified-turnaround", "Lukas Becker <lukas.becker@example.com>", "Translation of university diploma", "general", "",
"""Good day,

I need my German university diploma and transcript translated into
English with certification for a job in Manchester. It is 3 pages. Do
you do certified translations that are accepted by UK employers, and how
long would it take? My budget is around 100, I hope that is realistic.

Best regards,
Lukas Becker"""),
("en", "w3-translation-vat-number-invoice", "Finance <finance@orbis-medical.example>", "Invoice TR-2291 - VAT number", "billing", "",
"""Hello,

Your invoice TR-2291 for the patient leaflet translations doesn't show
our VAT number (GB 123 4567 89) and is addressed to our old office in
Reading. Please reissue it with the VAT number and our Bristol address
so we can process payment.

Thanks,
Paula Grant
Orbis Medical Ltd"""),
("en", "w3-translation-portal-upload-error", "Sunita Kapoor <sunita.kapoor@example.co.uk>", "Client portal", "technical", "",
"""Hi,

I'm trying to upload a 40-page PDF contract to your client portal for a
quote but it fails every time with "File type not supported". It's a
normal PDF, 6MB. A small test PDF went through fine. Is there a size
limit that's not mentioned?

Sunita"""),
("en", "w3-translation-late-visa-solicitor", "Adebayo Ogunleye <adebayo.ogunleye@example.com>", "Late translation - complaint", "billing", "high",
"""Dear Sir/Madam,

I paid 185 for the express certified translation of my marriage
certificate and bank statements, guaranteed within 48 hours, because my
visa appointment was on 9 May. The documents arrived on 13 May. I had
to rebook the appointment at a cost of 120.

I expect both the 185 and the 120 to be reimbursed. My solicitor has
advised me that I have a claim and I will pursue it if I do not hear
from you within 7 days.

Adebayo Ogunleye"""),
("en", "w3-translation-thanks-adoption-papers", "Maria Kowalski <maria.kowalski@example.co.uk>", "Thank you", "general", "",
"""Dear Agnieszka,

Just to let you know the court accepted all the adoption documents you
translated for us, without a single question. Thank you for being so
careful with all those old handwritten records. We are now officially a
family of four!

Maria and Tom"""),
("en", "w3-translation-rush-not-rushed", "Henry Marsh <henry.marsh@example.net>", "Rush fee", "billing", "",
"""Hello,

On job 5521 I paid the 60 rush surcharge for same-day delivery of the
Spanish website copy. It came back at 11am the next day, which is your
standard turnaround. The translation itself is fine. Could the rush
surcharge be taken off?

Henry"""),
# --- tax preparation service
("en", "w3-tax-fee-more-than-quote", "Diane Osborne <diane.osborne@example.co.uk>", "Your bill for my return", "billing", "",
"""Hello,

You quoted 250 for my self-assessment return back in November. The
bill that came yesterday says 340. The only difference this year is one
small rental property, which I told you about when you quoted. Please
can you explain or adjust it.

Diane Osborne"""),
("en", "w3-tax-portal-upload-spins", "Rahul Bhatt <rahul.bhatt@example.com>", "Uploading my P60", "technical", "",
"""Hi, the document upload on your client portal just spins forever
when I try to add my P60 and the rental statements. Tried JPG and PDF,
Chrome and Edge. Nothing ever appears in the list. Deadline is in 2
weeks so I'd like to get them to you soon.

Rahul"""),
("en", "w3-tax-penalty-your-fault-manager", "Ewan McLeish <ewan.mcleish@example.co.uk>", "HMRC penalty - your late filing", "billing", "high",
"""I sent you every document on 4 January, confirmed by your email of 5
January. You filed my return on 6 February. HMRC have now fined me 100
for late filing.

I expect you to pay the penalty since the delay was entirely yours. I
want the partner responsible for my account, not the admin team, to
call me about it this week.

Ewan McLeish"""),
("en", "w3-tax-what-documents", "Becky Shaw <becky.shaw@example.net>", "First year as self employed", "general", "",
"""Hi! This is my first year as a self-employed hairdresser so I have no
idea what I'm doing. What do you actually need from me to do my tax
return - just bank statements, or receipts for everything? I have a
shoebox, I'm not joking.

Becky"""),
("en", "w3-tax-2fa-new-phone", "Alan Greaves <alan.greaves@example.co.uk>", "Can't log in since changing phone", "technical", "",
"""Good morning,

I changed my mobile phone last week and now your client portal asks for
a code from the authenticator app, which was on the old phone (now
wiped and traded in). There's no option to use SMS instead. How can I
get back into my account?

Alan Greaves"""),
("en", "w3-tax-retired-nothing-left", "Brenda Collier <brenda.collier@example.co.uk>", "Going forward", "billing", "",
"""Dear Mr Sandhu,

Now that I have fully retired and my pensions are taxed at source, I
don't think I need a return done any more - HMRC have confirmed I'm out
of self assessment. So there's nothing left for you to do for me, and I
assume the quarterly 90 can come to an end after this quarter.

Thank you for all your help over the years.

Brenda Collier"""),
("en", "w3-tax-new-address", "Tom Verity <tom.verity@example.com>", "Moved house", "general", "",
"""Hi, please update my address to 22 Orchard Close, Wetherby, LS22 6XX,
from 1 August. Everything else stays the same. Thanks, Tom Verity"""),
# --- funeral services
("en", "w3-funeral-plan-mum-passed-payments", "Stephen Rowlands <stephen.rowlands@example.co.uk>", "Mum's funeral plan", "billing", "",
"""Dear Sirs,

My mother, Joan Rowlands, passed away on 2 March and her funeral was
carried out by you under her prepaid plan on the 14th. Thank you, it
was done beautifully.

However the monthly 28.50 for the plan has come out of her account
again on 1 April. I understood the plan was paid up by then. Could you
check and return anything paid after her death to her estate account?

Stephen Rowlands"""),
("en", "w3-funeral-stream-froze", "Leila Nasser <leila.nasser@example.com>", "Live stream of my grandfather's service", "technical", "",
"""Hello,

Yesterday my family in Lebanon and Canada watched my grandfather's
service on your live stream link. About ten minutes in the picture froze
and the stream never came back, even after refreshing. They missed the
eulogies. Is there a recording you can send us, or some way to play it
again? It would mean a great deal.

Leila Nasser"""),
("en", "w3-funeral-staff-thanks", "Eileen Doherty <eileen.doherty@example.co.uk>", "Thank you", "general", "",
"""To Mr Harris and all the staff,

Thank you for the care you showed our family when Frank died. You
guided us through everything so gently, and on the day not a single
thing went wrong. Frank would have approved of the old Rover hearse
too. I'll settle the last of the account this week as discussed.

With gratitude,
Eileen Doherty"""),
("en", "w3-funeral-donations-instead", "Martin Hale <martin.hale@example.net>", "Donations instead of flowers", "general", "",
"""Hello,

For my aunt's funeral on the 21st the family would prefer donations to
the hospice rather than flowers. Can you collect donations on our behalf
and put a note in the newspaper notice? And what should we tell people
who still want to send flowers?

Martin Hale"""),
("en", "w3-funeral-disbursements-question", "Angela Price <angela.price@example.co.uk>", "Final account - Mr D. Price", "billing", "",
"""Dear Sir or Madam,

Thank you for the final account. Could you explain the item
"Disbursements - 1,240"? Our estimate only listed 860 for the
crematorium and doctors' fees. I'd like a breakdown before I pay the
balance.

Angela Price"""),
("en", "w3-funeral-wrong-name-director", "Victoria Ambrose <victoria.ambrose@example.co.uk>", "My father's service - the order of service", "general", "high",
"""I asked three times for the name on the order of service to be checked.
It was printed "Arthur Ambrose" - my father's name was Albert. Two
hundred people were handed it at the door. My mother cried through the
whole service.

I want a call from the funeral director in charge of your branch, not
an apology email from the office.

Victoria Ambrose
07700 900 845"""),
# --- wedding planner and portrait photographer
("en", "w3-photo-gallery-zip-broken", "Amira Hassan <amira.hassan@example.com>", "Download wedding photos", "technical", "",
"""Hi Jess!

We are loving the photos, thank you! But when we click "Download all"
the zip file comes down and then Windows says it's invalid or corrupted.
We've tried three times, on two laptops. Downloading one by one works
but there are 640 of them...

Amira and Sam"""),
("en", "w3-wedding-date-moved-deposit", "Chloe Harrington <chloe.harrington@example.co.uk>", "Moving our date", "billing", "",
"""Hi Lauren,

Our venue has had to move us from 14 June to 20 September because of
building work. We still want you as our planner! Can the 800 we've
already paid as a deposit carry over to the new date, or would we need
to pay a new one?

Chloe and James"""),
("en", "w3-photo-prints-never-came", "Graham Tully <graham.tully@example.net>", "Prints", "billing", "",
"""Hello,

We had a family portrait session in April and paid an extra 65 for a
set of five mounted prints, to be posted in 3 weeks. It's July and no
prints have come, and two emails have gone unanswered. If they aren't
going to happen I'd like the 65 returned.

Graham Tully"""),
("en", "w3-wedding-venue-ideas", "Sophie Nakamura <sophie.nakamura@example.com>", "Hello", "general", "",
"""Hi there!

We're just starting to plan for summer next year - about 80 guests,
something outdoorsy, ideally within an hour of Bath. Do you have any
venues you'd recommend, and what's the first step if we want to work
with you? Happy to come in for a chat.

Sophie x"""),
("en", "w3-photo-newborn-outfits", "Kate Donnelly <kate.donnelly@example.co.uk>", "Newborn shoot Saturday", "general", "",
"""Hi, for the newborn shoot on Saturday do you provide the little wraps
and hats or should we bring our own? And is it ok if big sister (3)
comes for a couple of photos at the end? Thanks! Kate"""),
("en", "w3-wedding-planner-vanished-court", "Ryan Douglas <ryan.douglas@example.co.uk>", "Planner did not turn up", "billing", "high",
"""Dear Sir or Madam,

We paid your company 2,200 for full on-the-day coordination of our
wedding on 3 August. Our coordinator never arrived and did not answer
her phone. Our mothers ended up running the day.

We want the full 2,200 back. If we have not received it within 14 days
we will issue a claim in the county court. We have also written to
Trading Standards.

Ryan and Holly Douglas"""),
("en", "w3-photo-gallery-password", "Jenny Abbott <jenny.abbott@example.org>", "Gallery password", "technical", "",
"""Hello, I had the headshots done last month and I've lost the email
with the gallery password. The "forgot password" link on the gallery
page says my email isn't recognised, but it's the same one I booked with.
Can you resend it or reset it?
Jenny Abbott"""),
# --- furniture and appliance rental
("en", "w3-rental-fridge-warm", "Aaron Blake <aaron.blake@example.co.uk>", "Rented fridge freezer", "technical", "",
"""Hi,

The fridge freezer we rent from you (agreement RF-30981) has stopped
getting cold in the fridge part. The freezer's still freezing but the
fridge is about room temperature and the milk went off overnight. The
light comes on, and we can hear it running. Can someone come and look?

Aaron"""),
("en", "w3-rental-moving-in-with-partner", "Georgia Lane <georgia.lane@example.com>", "End of rental", "billing", "",
"""Hi, I'm moving in with my partner in October and his flat is already
furnished, so I won't need the sofa, bed and table anymore. My agreement
runs until next March. What happens with the monthly payments if I hand
them back early - is there a fee to end it?

Georgia"""),
("en", "w3-rental-washer-water-socket", "Paul Nkemelu <paul.nkemelu@example.net>", "Washing machine leaking", "technical", "high",
"""Hello,

The rented washing machine leaked during a wash this evening and there's
water all round the back and under the socket it plugs into. When I
touched the door to open it I got a little tingle/shock in my fingers.
I've switched it off at the fuse box. Please send someone as soon as
possible, we have a baby and can't leave the kitchen like this.

Paul Nkemelu"""),
("en", "w3-rental-scratch-fee", "Lisa Harcourt <lisa.harcourt@example.co.uk>", "Collection of dining table", "billing", "",
"""Hello,

You collected the rented dining table last week and I've now been told
I'll be charged 90 for "surface damage". The scratch in question was
there when it was delivered and I reported it in the delivery app
(photo attached again). I'd like the 90 taken off my final statement.

Lisa Harcourt"""),
("en", "w3-rental-collection-date", "Mohammed Ali <mohammed.ali@example.com>", "Collection", "general", "",
"""Hi, my rental ends on 30 June. When will you come to pick up the
furniture and do I need to be home? I'm at work 8 till 5 weekdays, my
flatmate is usually in though. Thanks, Mo"""),
("en", "w3-rental-keep-the-sofa", "Rachel Ogden <rachel.ogden@example.co.uk>", "sofa", "billing", "",
"""We've had the grey corner sofa for 18 months and the kids have
well and truly broken it in, so we'd like to keep it. How much would it
cost to buy it outright now rather than carry on renting?
Rachel"""),
("en", "w3-rental-delivery-thanks", "Bill Atkinson <bill.atkinson@example.co.uk>", "Delivery team", "general", "",
"""Just a note to say the two lads who delivered our furniture on
Wednesday were excellent - got a king size bed up a very narrow
staircase without a scratch on the walls and took all the packaging
away. Please say thank you from us.
Bill and Sue"""),
# --- smart locks and home security cameras
("en", "w3-lock-dead-battery-locked-out", "Zoe Kirkland <zoe.kirkland@example.com>", "LOCKED OUT", "technical", "",
"""I'm standing outside my own front door. The smart lock keypad is dead,
no light, nothing, and the app says "Lock offline". I never got a low
battery warning. My keys are inside. Is there an emergency way in?? I
saw something about a 9V battery on the bottom but I don't have one.

Zoe"""),
("en", "w3-camera-drop-to-basic-plan", "Howard Sims <howard.sims@example.co.uk>", "Cloud plan", "billing", "",
"""Hello,

I'm on the Premium cloud plan at 9.99 a month for 4 cameras. I've
taken two cameras down since we built the extension and I don't need
30-day history. Can I move to the Basic plan from next month?

Howard Sims"""),
("en", "w3-camera-all-stores-offline", "Security Lead <security@hollowayretail.example>", "All 12 store cameras offline", "technical", "high",
"""Since last night's firmware update, every camera at all twelve of our
shops shows "Offline" in the business dashboard. None of them are
recording. We've power-cycled the units at two stores with no change.
This leaves us with no CCTV coverage at all, and our insurer requires it
to be running.

Please escalate and call me on 01632 960 184.

Nadia Forbes
Loss Prevention, Holloway Retail"""),
("en", "w3-lock-guest-codes-after-update", "Pierre Dubois <pierre.dubois@example.net>", "Guest codes not working", "technical", "",
"""Hello,

I rent my flat on short lets and give each guest a code for the lock.
Since the update on Tuesday, codes I create in the app show as active
but the lock doesn't accept them - just a red flash. My own code works.
I have guests arriving Friday.

Pierre"""),
("en", "w3-camera-approved-installer", "Margaret O'Neill <margaret.oneill@example.co.uk>", "Installer", "general", "",
"""Good afternoon, I'd like to buy two of your outdoor cameras but I'm
not confident on a ladder at my age. Do you have a list of approved
installers in the Shrewsbury area, or do you do installation yourselves?
Many thanks, Margaret O'Neill"""),
("en", "w3-lock-want-it-to-work", "Ben Adeyemi <ben.adeyemi@example.com>", "Re: Your return request", "technical", "",
"""No, I don't want to send it back for a refund. I like the lock. I
just want the auto-unlock to work - it's supposed to open when I get
home with my phone and it never does, I always have to open the app.
Geofence is on, location set to "always". Can someone actually help me
set it up properly?

Ben

> We're sorry the product didn't meet your expectations. You can
> request a return for a full refund within 30 days of delivery."""),
("en", "w3-camera-two-plans-one-camera", "Tanya Bishop <tanya.bishop@example.co.uk>", "Why two payments?", "billing", "",
"""Hi, I've only got one doorbell camera but every month I see two
payments to you, 3.49 and 3.49. In the app there's only one plan
listed. Looks like I'm paying twice for the same thing, since February.
Can you look and put it right?
Tanya"""),
("en", "w3-lock-battery-pack-sparked", "Alex Morton <alex.morton@example.net>", "Rechargeable battery pack", "technical", "high",
"""Hi,

I was charging the lock's rechargeable battery pack with the cable that
came in the box, and when I plugged it in it sparked and there was a
pop. The pack is now swollen at one end. I've put it outside on the
patio, away from anything. Is it safe to put the other pack in the lock
in the meantime?

Alex"""),
# --- solar panel leasing
("en", "w3-solar-lease-went-up", "Keith Barlow <keith.barlow@example.co.uk>", "Monthly payment", "billing", "",
"""Hi,

My lease payment has been 54 a month since we had the panels fitted. This
month it's 66. I don't remember any letter about it. Why 12 more a
month, and is it going to keep going up?

Keith Barlow"""),
("en", "w3-solar-inverter-f32", "Amanda Royce <amanda.royce@example.com>", "Inverter", "technical", "",
"""Hello, the inverter in our loft is showing error F32 and a red light,
and the app says we've generated 0 kWh since Sunday even though it's been
sunny. I've switched it off and on at the isolator as the leaflet said.
Could an engineer come?

Amanda Royce"""),
("en", "w3-solar-export-money-not-paid", "Colin Draper <colin.draper@example.co.uk>", "Export payments", "billing", "",
"""Good morning,

Under my lease agreement I'm supposed to receive the export payments for
electricity sent back to the grid, quarterly. The last payment I had
was October. The meter readings are all in the app. Where is the money
for the last two quarters?

Colin Draper"""),
("en", "w3-solar-survey-visit", "Sinead Flynn <sinead.flynn@example.com>", "Roof survey", "general", "",
"""Hi, I got the letter about the roof survey before installation. The
date you've given (Tuesday 10th) I'm away. Could we do the following
week instead? Any day but Wednesday. Also does someone need to be home
or is it just outside on a ladder?

Sinead"""),
("en", "w3-solar-app-stuck-yesterday", "Nigel Ferrier <nigel.ferrier@example.net>", "app", "technical", "",
"""the solar app has shown the same figures since last thursday. generation
graph is flat, total doesn't change. panels are definitely working (meter
is going backwards lol). wifi box in the loft has a green light. is it
your end?"""),
("en", "w3-solar-isolator-scorch", "Helen Cartwright <helen.cartwright@example.co.uk>", "Burning smell in the loft", "technical", "high",
"""Hello,

I went into the loft this afternoon to get the Christmas boxes and
noticed a hot, burnt smell near the DC isolator switch for the solar
panels. The plastic cover looks slightly brown round the screws. There
are no flames and no smoke. I've switched the isolator off and turned the
inverter off as well. Could someone come out to check it? I'm not sure
whether it's safe to leave the panels connected.

Helen Cartwright"""),
("en", "w3-solar-installers-praise", "Dev Patel <dev.patel@example.com>", "Installation at 14 Rowan Way", "general", "",
"""Just wanted to say your installation team (Craig, Tom and the young
lad on his first week) were superb. Tidy, polite, explained the
inverter to my dad properly. The panels look great. We've already
recommended you to two neighbours.

Dev Patel"""),
# --- boiler cover
("en", "w3-boiler-renewal-price-jump", "Gillian Reeves <gillian.reeves@example.co.uk>", "Renewal quote", "billing", "",
"""Dear Sir or Madam,

My boiler cover renewal letter quotes 28.40 a month, up from 16.90 last
year. I have made no claims. A new customer on your website would pay
14.50 for the same cover. Please explain the increase, or offer me the
same price as a new customer.

Gillian Reeves"""),
("en", "w3-boiler-faint-gas-smell", "Arthur Blundell <arthur.blundell@example.co.uk>", "Boiler", "technical", "high",
"""Dear Sirs,

For the last two days there has been a faint smell of gas in the
kitchen near the boiler, mostly in the mornings when the heating first
comes on. It isn't strong. My wife thinks I am making a fuss. Should I
have someone look at it under my cover?

Arthur Blundell
Policy BC-7719204"""),
("en", "w3-boiler-engineer-no-show-still-cold", "Kerry Fenwick <kerry.fenwick@example.com>", "Engineer didn't come", "technical", "",
"""Hi,

I took the day off yesterday for the engineer, booked 8am-1pm, to fix
my boiler which shows fault code E119 and won't fire up. Nobody came,
nobody rang. Still no heating or hot water. Please rebook urgently and
make sure someone actually turns up this time.

Kerry Fenwick
Job ref J-550318"""),
("en", "w3-boiler-annual-service-slot", "Hamid Rezaei <hamid.rezaei@example.net>", "Annual service", "general", "",
"""Hello, my annual boiler service is due in March. Could I book it for
a Saturday morning? Boiler is working fine, it's just the yearly check.
Thanks, Hamid Rezaei"""),
("en", "w3-boiler-callout-charged-covered", "Sandra Whyte <sandra.whyte@example.co.uk>", "Engineer visit 4th", "billing", "",
"""Hi,

The engineer fixed my pump on the 4th and everything's working, so
thank you. But I've been billed 75 for the call-out. I have the
Complete plan which says call-outs are included. I don't understand why
I'm paying it.

Sandra Whyte"""),
("en", "w3-boiler-sold-house", "Geoff Lyle <geoff.lyle@example.co.uk>", "House sold", "billing", "",
"""Hello, we completed on the sale of 9 Thornfield Road last Friday, so
the boiler there isn't ours to worry about anymore. Please don't take
any more for the cover on that address. We're renting for a while so
we don't need it moved anywhere.

Geoff Lyle"""),
("en", "w3-boiler-smart-thermostat-offline", "Lydia Chambers <lydia.chambers@example.com>", "Thermostat offline", "technical", "",
"""Hi, the smart thermostat that came with my cover has shown "offline"
in the app for 3 days. The wall unit still shows the temperature but I
can't change the schedule from the app. The wifi router hasn't changed.
I tried re-pairing and it fails at step 3.

Lydia"""),
("en", "w3-boiler-landlord-six-flats-manager", "Graham Wheeler <graham.wheeler@example.co.uk>", "No heating in 6 flats - third day", "technical", "high",
"""I'm the landlord of Arden House, six flats on one communal boiler
under your commercial cover. The boiler failed on Monday. Your engineer
came Tuesday, said a part was needed, and nobody has been since. It is
now Thursday, it's below freezing at night, and one of my tenants is 84.

I want a manager to ring me today with a time the part will be fitted.

Graham Wheeler
07700 900 662"""),
# --- mobile phone repair by post
("en", "w3-phonerepair-corner-dead", "Jade Whitlock <jade.whitlock@example.co.uk>", "Repair R-40277 came back", "technical", "",
"""Hi,

Got my phone back from you this morning after the screen replacement.
Screen looks perfect but the bottom right corner doesn't respond to
touch at all - I can't hit the send button in WhatsApp or the 0 on the
keypad. It was fine before the glass broke, it's only the new screen.

Jade"""),
("en", "w3-phonerepair-quote-grew", "Victor Osei <victor.osei@example.com>", "Quote", "billing", "",
"""Hello,

When I sent the phone in your website said 89 for a battery replacement.
Now I've had an email saying the repair is done and asking me to pay 129
before you send it back. Nobody asked me about extra work. What's the 40
for?

Victor Osei"""),
("en", "w3-phonerepair-no-postage-bag", "Lorna McKenzie <lorna.mckenzie@example.co.uk>", "Postage pack", "general", "",
"""Hello, I booked a repair on Monday and the confirmation said a padded
postage bag would arrive in 1-2 days. It's Friday and nothing's come.
Can I just use my own envelope and send it to you? If so, what address
and should it be tracked?

Lorna"""),
("en", "w3-phonerepair-new-battery-bulging", "Dmitri Volkov <dmitri.volkov@example.net>", "after battery change - phone is bending", "technical", "high",
"""Hello. Two weeks ago you changed the battery in my iPhone. Now the
screen is lifting from the frame on one side and the phone is getting
very hot when it charges, too hot to hold. I think the new battery is
swelling. I have switched it off and put it in a metal tin. What should
I do now?

Dmitri Volkov"""),
("en", "w3-phonerepair-lost-in-transit-trading-standards", "Carol Benton <carol.benton@example.co.uk>", "My phone has been lost", "billing", "high",
"""Dear Sir or Madam,

I sent my phone (a Samsung S23, bought for 749 last year) to you for a
charging port repair on 2 May using your prepaid tracked label. Your
tracking shows it arrived at your workshop on 3 May. You now say you
can't find it.

I expect compensation for the full value of the phone. If I do not have
a satisfactory offer within 10 days I will be contacting Trading
Standards and taking the matter further.

Carol Benton"""),
("en", "w3-phonerepair-face-id-gone", "Rhys Llewellyn <rhys.llewellyn@example.co.uk>", "Face ID", "technical", "",
"""Hiya, phone came back with the new screen, thank you, but now Face ID
says "Face ID is not available, try setting it up later". It worked
fine before I sent it. Is that something to do with the screen you put
on? Don't want a refund, just want Face ID back.
Rhys"""),
("en", "w3-phonerepair-quick-thanks", "Ayesha Siddiqui <ayesha.siddiqui@example.com>", "Thanks!", "general", "",
"""Hi, just to say my phone got back yesterday, 3 days door to door, and
it's like new. The 69 was well worth it compared to what the shop in
town wanted. I'll be telling my friends about you.
Ayesha"""),
# --- museum and gallery tickets
("en", "w3-museum-membership-not-again", "Jonathan Reese <jonathan.reese@example.co.uk>", "Membership renewal", "billing", "",
"""Dear Membership Team,

My annual membership renews automatically on 1 November. We're moving
to Edinburgh in the autumn so we won't be able to make good use of it.
Please don't renew it this time. It's been a joy, particularly the late
openings.

Jonathan Reese
Member no. 220417"""),
("en", "w3-museum-qr-wont-scan", "Ana Pereira <ana.pereira@example.com>", "tickets not scanning", "technical", "",
"""Hi, I'm at the entrance of the Turner exhibition now and the staff
scanner says my e-tickets are "not recognised". The booking ref is
EX-771024, 2 adults 14:30. It's on my phone in the email. They told me
to email you. Can you confirm they are valid?

Ana"""),
("en", "w3-museum-wheelchair-lifts", "David Hogarth <david.hogarth@example.co.uk>", "Visiting with a wheelchair", "general", "",
"""Good morning,

I'd like to bring my father, who uses a wheelchair, to the gallery next
Tuesday. Are all the floors reachable by lift, and do you lend
wheelchairs in case his battery chair is too wide for some rooms? Is
there an accessible parking space nearby?

David Hogarth"""),
("en", "w3-museum-tickets-wrong-day", "Emily Carter <emily.carter@example.net>", "Booked the wrong date - can you swap?", "billing", "",
"""Hi, silly me, I booked four tickets for the Egypt exhibition for 12
March instead of 12 April (we're on holiday in March). They were 22
each. The website says tickets aren't refundable - can I at least swap
them to April or get a credit? Booking EG-55803.
Emily"""),
("en", "w3-museum-school-visit", "Mrs J. Okafor <j.okafor@stmarys-primary.example>", "Year 4 class visit", "general", "",
"""Dear Learning Team,

We would like to bring our Year 4 class (29 children and 5 adults) to
the Romans gallery in the second half of the spring term. Do you run
workshops for this age group, and is there somewhere for the children to
eat packed lunches?

Kind regards,
Mrs J. Okafor
St Mary's Primary School"""),
("en", "w3-museum-group-tickets-wont-load", "Coach Tours North <ops@coachtoursnorth.example>", "Group booking GR-2210 - 48 people waiting", "technical", "high",
"""We are outside the main entrance with a coach party of 48 for the
11:00 slot. The group tickets in your booking portal won't load - it
shows "Booking not found" for GR-2210, which we paid for in January.
Your front desk says they can't let us in without the tickets scanning
and can't reach your ticketing team.

Please call our tour leader, Brian, on 07700 900 233 immediately.

Coach Tours North"""),
# --- pet sitters and dog walkers
("en", "w3-dogwalk-extra-walk-billed", "Joanne Pratt <joanne.pratt@example.co.uk>", "This month's bill", "billing", "",
"""Hi Sarah,

This month I've been billed for 21 walks but Biscuit only had 20 - we
were at my mum's on the 14th and I messaged you the week before. Could
you take one off (14)?

Thanks, Joanne"""),
("en", "w3-petsit-gps-map-blank", "Simon Ashcroft <simon.ashcroft@example.com>", "Walk tracking", "technical", "",
"""Hi, the walk report in the app used to show a map of the route and
photos. For the last week it just shows "Walk completed, 45 mins" with
a blank grey map and no photos. Our walker says she's taking them. It
isn't a big deal but we like seeing them!
Simon"""),
("en", "w3-dogwalk-gate-open-owner", "Carolyn Hughes <carolyn.hughes@example.co.uk>", "Our dog got out", "general", "high",
"""Yesterday after the lunchtime walk our back gate was left open and
Pepper got out. A neighbour found her on the main road, in the traffic,
an hour later. She could have been killed.

I'm not interested in hearing from the walker. I want the owner of the
business to call me and tell me what happens now, and whether I can
trust anyone from your team with our keys again.

Carolyn Hughes
07700 900 417"""),
("en", "w3-petsit-christmas-week", "Fergus Lyall <fergus.lyall@example.net>", "Christmas", "general", "",
"""Hello, are you taking bookings for home visits over Christmas? We'd
need someone to feed and play with our two cats from 23 to 28 December,
twice a day. Do you charge extra for Christmas Day?

Fergus"""),
("en", "w3-dogwalk-pause-while-away", "Harriet Moss <harriet.moss@example.co.uk>", "Monthly package", "billing", "",
"""Hi! We're going travelling for the whole of September and Rolo is
going to stay with my sister on her farm. Can we put the monthly walking
package on hold for September so we don't pay for it, and start again in
October? Same days as now.

Harriet"""),
("en", "w3-petsit-new-keysafe-code", "Tony Sheridan <tony.sheridan@example.com>", "Keysafe", "general", "",
"""Hi, we've changed the keysafe code after the builders finished, new
one is 4-1-9-7. Could you update it on our notes so whoever comes on
Monday knows? Thanks, Tony"""),
# --- school meal payments
("en", "w3-schoolmeals-topup-missing", "Natalie Jordan <natalie.jordan@example.co.uk>", "Money not on Ethan's account", "billing", "",
"""Hello,

I put 25 on my son Ethan's dinner account on Sunday night. It's gone
from my bank but his balance still says 0.80 and the school has told
him he's in debt. Can you find where it went?

Natalie Jordan
(Ethan Jordan, Year 8, Oakfield Academy)"""),
("en", "w3-schoolmeals-free-meals-charged", "Shona Begg <shona.begg@example.com>", "free school meals", "billing", "",
"""hi my daughter gets free school meals since january, the school has the
letter from the council, but your system is still taking 2.40 off her
account each day. its now 36 pounds that i put on for breakfast club
that has gone on her dinners. can you fix and put it back
thanks shona"""),
("en", "w3-schoolmeals-parent-login-reset", "Michael Tan <michael.tan@example.net>", "Can't sign in to parent account", "technical", "",
"""Hello, I've forgotten my password and when I click reset, the email
never arrives (checked spam). I tried twice yesterday and once this
morning. Username is the email I'm writing from. I need to book the
kids' lunches for next week by Friday.

Michael Tan"""),
("en", "w3-schoolmeals-tills-down-canteen", "Bursar <bursar@highfield-school.example>", "Canteen tills not working", "technical", "high",
"""Urgent - the canteen tills at Highfield School haven't connected to
your system since 11:30. Pupils can't pay by fingerprint and the staff
can't see balances or allergy flags. Lunch service for 900 students
starts in 25 minutes and we have no way of knowing who has which
allergy except the paper list in the office.

Please phone me now on 01632 960 305.

Janet Lowther
Bursar"""),
("en", "w3-schoolmeals-move-balance-sibling", "Rob Hendry <rob.hendry@example.co.uk>", "Leftover balance", "billing", "",
"""Hi,

Our eldest, Isla, left Year 11 in the summer and still has 17.60 on her
dinner account. Her brother Finn is still at the school (Year 8). Can
the 17.60 be moved over to his account rather than sitting there?

Rob Hendry"""),
("en", "w3-schoolmeals-menu-sesame", "Ingrid Sorensen <ingrid.sorensen@example.com>", "Menu and allergens", "general", "",
"""Hello,

My son starts in Reception in September and has a sesame allergy. Is
the allergen information for each day's menu shown anywhere in the
parent app before we book, or do I have to ask the school kitchen each
week? I'd like to know before I start putting money on his account.

Ingrid Sorensen"""),
]
