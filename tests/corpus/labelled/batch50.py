# batch50.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: money advice -- will writers,
# probate services, mortgage brokers, equity release, independent
# financial advisers, insurance brokers, tax return services for
# freelancers (a few others too).  The failure classes in new situations
# -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, plans ended or paused in unusual wording, business outages
# told only by their consequences, safety hazards told calmly, praise,
# payment questions -- and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b50-mirror-wills-charged-twice", "Graham Pickering <graham.pickering@example.co.uk>", "Mirror wills payment", "billing", "",
"""Hello,

My wife and I did the mirror wills package online on Sunday evening.
The price was 180.00 for the pair, but my card statement shows 180.00
taken twice, both on the same day about a minute apart. I only pressed
the pay button once as far as I know.

Could you check and put one of them back please.

Regards,
Graham Pickering"""),
("en", "b50-probate-fixed-fee-now-percentage", "Deirdre Fallon <deirdre.fallon@example.co.uk>", "Your final invoice for my brother's estate", "billing", "high",
"""Dear Sirs,

When I engaged you to deal with the grant of probate for my late
brother's estate I was given, in writing, a fixed fee of 1,450 plus VAT.
I have that letter in front of me. Your final invoice, which you have
already deducted from the estate account without asking me, is for
3,920 plus VAT and describes the work as "administration at 1.5% of
gross estate value".

Nobody ever mentioned a percentage. I am the executor and I have to
account to my nieces for every penny.

I expect the difference to be paid back into the estate account within
14 days. If it is not I will be taking this to the Legal Ombudsman and
I have already spoken to a solicitor friend who is happy to help.

Deirdre Fallon
Executor, estate of the late Brendan Fallon"""),
("en", "b50-broker-fee-missed-deadline-fos", "Tom Aldridge <tom.aldridge@example.com>", "Broker fee - formal complaint", "billing", "high",
"""I paid you a 495 broker fee in February for our remortgage. Your
adviser sat on the application for five weeks, the product was
withdrawn in the meantime and we've now rolled onto the lender's SVR,
which is costing us about 310 a month more.

I want the 495 refunded and I want you to cover the extra interest
until we're on a new deal. If I don't have a proper answer in eight
weeks this goes to the Financial Ombudsman Service, which your own
complaints leaflet tells me I'm entitled to do.

Tom Aldridge"""),
("en", "b50-dad-gone-will-storage", "Julie Hammond <julie.hammond@example.com>", "Will storage - Mr R Hammond", "billing", "",
"""Hi there,

Dad went into the crem last Thursday, so I'm working through his bank
statements and I see he was still paying you 3.50 a month for keeping
his will in your vault. We've collected the will now so there's no
need for it any more - can you stop the payments and let me know if
anything's owed either way?

Thanks,
Julie (daughter and executor)"""),
("en", "b50-back-to-perth-no-return-next-year", "Liam Costello <liam.costello@example.com.au>", "Next year", "billing", "",
"""G'day,

Quick one - I've packed up and moved home to Perth for good, so I won't
be filing a UK tax return after this last one you're doing for me.
Please don't roll my annual plan over in April. Happy to pay whatever's
left for this year's return, just don't want another 240 coming out.

Cheers,
Liam"""),
("en", "b50-tax-return-fee-in-three", "Priya Raghavan <priya.raghavan@example.co.uk>", "Query regarding payment", "billing", "",
"""Dear Team,

I am a freelance translator and have been referred to you by a friend
for filing my self assessment. Your website says the fee is 325 for
returns with one source of self employed income. Kindly let me know
whether it is possible to pay this in three monthly parts, as January
is a tight month for me. Also please confirm if you accept payment by
bank transfer or only card.

Thanks and regards,
Priya Raghavan"""),
("en", "b50-equity-release-valuation-fee-back", "Arthur Benson <arthur.benson@example.org>", "Valuation fee", "billing", "",
"""Dear Madam or Sir

My wife and I had a gentleman from your firm round in May to talk
about releasing some money from the house. A valuation was done and
600 pounds was taken from our account for it. After talking it over
with our son and daughter we have decided not to go ahead after all.

Is any of the 600 pounds refundable, as no loan was taken out? We did
not fully understand this at the time.

Yours faithfully
Arthur and Margaret Benson"""),
("en", "b50-ifa-fee-after-transfer-chargeback", "Ciarán Doherty <ciaran.doherty@example.ie>", "Ongoing advice charge - still being taken", "billing", "high",
"""Hi,

I moved my pension and investment account to another adviser in
September and sent you the signed letter of authority on the 4th. Your
1% ongoing advice charge has been taken twice since then, EUR 412.60 in
October and EUR 409.15 in November, for advice I am not getting.

I rang twice and was told someone would look into it. Nobody has. I
have now raised a dispute with my bank for both debits and cancelled
the direct debit mandate. If you want to avoid that going further,
refund both amounts and confirm in writing.

Ciarán Doherty
Ennis, Co. Clare"""),
("en", "b50-homeowners-premium-twice-supervisor", "Shannon Miller <shannon.miller@example.com>", "DOUBLE CHARGE - need a supervisor today", "billing", "high",
"""Hi,

You renewed our homeowners policy through your brokerage last week and
the premium of $1,284.00 has been pulled from our checking account TWICE.
That put us into overdraft and the bank is charging us $35 a day.

I've already spoken to two people on your phone line who both said "it
will drop off". It hasn't. I need a supervisor to call me today at
(614) 555-0187. I am not waiting another week on this.

Shannon Miller
Columbus, OH"""),
("en", "b50-invoice-reissue-ltd-vat", "Accounts <accounts@northgate-joinery.example>", "Invoice INV-22817", "billing", "",
"""Hi,

Can you re-issue invoice INV-22817 (key person insurance review) to the
company rather than to our MD personally please: Northgate Joinery Ltd,
Unit 4 Canal Wharf, Leeds LS11 5PS, VAT no GB 318 4492 07. We can't
put it through the books as it stands.

Thanks
Karen
Accounts, Northgate Joinery"""),
("en", "b50-nhs-discount-code-not-applied", "Becky Shaw <becky.shaw@example.co.uk>", "discount", "billing", "",
"""hi, I'm a nurse and I used the NHS20 code on your will writing page
but it took the full 149 off my card not 119.20. the code box said
"applied" in green. can you sort the difference out? thanks becky"""),
("en", "b50-re-quote-lpa-registration", "Hugh Pemberton <hugh.pemberton@example.co.uk>", "Re: Your quotation - Lasting Powers of Attorney", "billing", "",
"""Thank you. Before I go ahead, does your 395 include the Office of the
Public Guardian registration fee, or is that on top? We want both the
health and the property ones, for both of us, so that's four.

Hugh Pemberton

> Dear Mr Pemberton,
>
> Thank you for your enquiry. Our fee for preparing Lasting Powers of
> Attorney for a couple is 395 including VAT. Please let us know if
> you would like to proceed.
>
> Kind regards,
> Client Services"""),
("en", "b50-hello-maternity-pause", "Hannah Okafor <hannah.okafor@example.com>", "Hello", "billing", "",
"""Hello!

Baby arrived three weeks early (all fine!) so I won't be doing any
freelance work until at least next spring. Is it possible to put my
monthly bookkeeping and tax plan on hold while I'm off rather than
cancelling altogether? It's the 45 a month one. I'd like to come back
to it when I start taking on clients again.

Hannah"""),
("en", "b50-not-app-problem-dd-date", "Robert Ng <robert.ng@example.co.uk>", "Direct debit", "billing", "",
"""Nothing wrong with the app, it's working fine - I just want to move
my monthly direct debit for the tax plan from the 1st to the 28th, as
that's when I get paid. Is that something I can do myself or do you
need to do it?

Rob"""),
("en", "b50-portal-p60-unsupported", "Sunita Menon <sunita.menon@example.com>", "Upload issue", "technical", "",
"""Hi,

I am trying to upload my P60 and two invoices to the client portal but
every time it says "Unsupported file type". They are normal PDFs saved
from my bank and from my email. I have tried on laptop and phone. The
deadline you gave me is Friday so please advise.

Sunita"""),
("en", "b50-esign-link-expired-loop", "Patrick Doyle <patrick.doyle@example.ie>", "Can't sign the will", "technical", "",
"""Just to be clear, I don't want a refund and I'm not cancelling - I
just want to be able to sign the thing.

The e-signing link in your email says "This link has expired". I
clicked "send me a new link", got a new email two minutes later, and
that one ALSO says expired. Done it four times now. Tried on my phone
and my PC.

Patrick"""),
("en", "b50-receipts-app-crash-not-billing", "Aidan Brooks <aidan.brooks@example.com>", "App keeps closing", "technical", "",
"""This isn't about my bill, before it goes to the wrong team.

Since the update on Tuesday your expenses app shuts itself down every
time I take a photo of a receipt. It gets as far as the "processing"
screen and then I'm back on my home screen. iPhone 13, latest iOS. I've
deleted it and put it back. I've got about forty fuel receipts to get
in before the quarter ends.

Aidan Brooks
Brooks Electrical"""),
("en", "b50-reset-email-never-arrives", "Vikram Sethi <vikram.sethi@example.in>", "Unable to reset password", "technical", "",
"""Dear Sir/Madam,

I am unable to log in to my account for the last two days. When I click
on "Forgot password" the screen says the reset mail is sent, but no
mail is coming, not in inbox and not in spam. I have tried five times.

My registered email is this one only. Kindly check and revert at the
earliest.

Regards,
Vikram Sethi"""),
("en", "b50-2fa-codes-old-phone", "Megan Price <megan.price@example.co.uk>", "Login codes", "technical", "",
"""I changed my mobile number last month and your login codes are still
going to my old number, which I don't have anymore. I can't find
anywhere to change it without logging in first, which I can't do
without the code! Help?"""),
("en", "b50-affordability-calculator-blank", "Josh Carter <josh.carter@example.com>", "calculator on your site", "technical", "",
"""fyi the how much can I borrow calculator on your site just says NaN
when you put in two incomes. works with one. tried on chrome and edge.
bit of a problem for a mortgage broker lol"""),
("en", "b50-video-meeting-no-sound", "Eileen Walsh <eileen.walsh@example.co.uk>", "My appointment this morning", "technical", "",
"""Dear Sirs,

I was supposed to have my video appointment with Mr Carter at 10 this
morning about my pension. I could see him on the screen and he could
see me but neither of us could hear the other. My granddaughter set
the laptop up and the sound works on everything else. We gave up in
the end.

Could somebody tell me what I need to do before we try again next
week?

Mrs Eileen Walsh"""),
("en", "b50-re-appointment-vault-blank", "Daniel Frost <daniel.frost@example.com>", "Re: Your appointment on Thursday 14th", "technical", "",
"""Appointment's fine, see you Thursday. But the document vault link
you mentioned below just gives me a white page - nothing loads, no
error, no login box. Same on my wife's laptop. Could you check it
before Thursday so I can get the payslips on there?

Dan

> Dear Mr Frost,
>
> This is to confirm your mortgage appointment with Sarah Quinn on
> Thursday 14th at 2.30pm. Before then, please upload your last three
> payslips and bank statements to your secure document vault.
>
> Kind regards,
> The Mortgage Team"""),
("en", "b50-gas-smell-after-cover-engineer", "Margaret Holt <margaret.holt@example.co.uk>", "Home emergency visit yesterday", "technical", "high",
"""Good afternoon,

You arranged my home emergency cover last year and yesterday I used it
for the first time when the boiler stopped. The engineer they sent
replaced a part and left about four o'clock.

Since this morning there has been a faint smell of gas in the kitchen
near the boiler cupboard. I have turned the boiler off at the switch
and opened the back door, and I am sitting in the front room for now.
I did not know whether to ring you or the insurer, so I am doing both.

Margaret Holt
14 Fern Close, Kendal"""),
("en", "b50-loaned-tablet-swollen", "Gordon Lacey <gordon.lacey@example.org>", "The tablet your lady left", "technical", "high",
"""Hello,

When your adviser visited my mother about the equity release she left
a tablet so Mum could do the follow-up meetings by video. It has been
on charge by Mum's chair, and today I noticed the screen has lifted at
one corner and the back has bulged out. It was warm to the touch even
unplugged. I have put it outside on the patio table for now.

Mum is 84 so I would rather she did not have it in the house. What do
you want us to do with it?

Gordon Lacey"""),
("en", "b50-practice-portal-31-january", "Lindsay Burns <lindsay@burns-bookkeeping.example>", "Submissions", "technical", "high",
"""It's 31 January. Since about 8 this morning every return we press
submit on comes back with a grey screen and then sits in "pending" for
ever. Nothing has gone to HMRC. We have 37 clients left to file today,
three of us on the phones telling people we can't promise anything,
and I'm looking at 100 penalty letters landing on all of them
tomorrow.

Please phone me on 01382 555 410 - it rings straight through to me.

Lindsay Burns
Burns Bookkeeping, Dundee"""),
("en", "b50-broker-office-cant-submit", "Mitch Reynolds <mitch@harbourside-home-loans.example>", "Lodging apps", "technical", "high",
"""Morning,

None of the six brokers in our Newcastle (NSW) office have been able to
lodge a single application through your aggregator platform since
yesterday arvo. We hit lodge, it spins, then kicks us back to the
dashboard with the file untouched. Two clients have pre-approvals
expiring Friday and one settlement is at risk if we can't get the
docs in today.

Tried different browsers, different machines, cleared everything.
Please call me on 0412 555 903.

Mitch Reynolds
Harbourside Home Loans"""),
("en", "b50-locked-out-third-time-escalate", "Farah Siddiqui <farah.siddiqui@example.co.uk>", "Third time of asking - account locked", "technical", "high",
"""This is the third time I have written about this.

My account has been locked for nineteen days. Each time I'm told it
has been "reset at our end" and each time I try to log in I get the
same "Your account has been suspended for security reasons" message.
My annual review documents and my ISA transfer forms are all sitting
in there and I cannot get to them.

I want this passed to someone senior who can actually fix it, not
another ticket number. Please have a manager contact me.

Farah Siddiqui"""),
("en", "b50-thanks-siobhan-probate", "Nuala Brennan <nuala.brennan@example.ie>", "Thank you", "general", "",
"""Hello,

I just wanted to say a big thank you to Siobhan who looked after
Mammy's estate for us. It was a hard year and she was so patient with
all my questions, even the same ones twice. She rang me on Mammy's
anniversary just to see how I was, which I will never forget.

Please make sure her manager sees this.

Nuala Brennan
Athlone"""),
("en", "b50-saturday-signing", "Keith Lowther <keith.lowther@example.co.uk>", "Saturdays?", "general", "",
"""Are you open on Saturdays at all? Need to come in and sign our wills
with two witnesses and we both work Monday to Friday in Carlisle."""),
("en", "b50-left-glasses-office", "Valerie Stokes <valerie.stokes@example.com>", "Reading glasses", "general", "",
"""Hello, I think I left my reading glasses on the table in your
meeting room at the Harrogate office on Tuesday afternoon, when I saw
Mr Ellis. They are in a red case with a butterfly on it. Could someone
have a look? I can pick them up any day this week.

Many thanks
Valerie Stokes"""),
("en", "b50-name-address-change", "Emma Walker <emma.walker@example.co.uk>", "Change of details", "general", "",
"""Hi,

Can you update my details please? I got married in August and have
moved house.

Old: Emma Clarke, 22 Station Road, Lincoln LN2 4EE
New: Emma Walker, 7 Orchard Way, Nettleham, Lincoln LN2 2QT

Same mobile and email. Policy reference HB-440192.

Thanks,
Emma"""),
("en", "b50-subject-access-request", "Daniel Kirwan <daniel.kirwan@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including call recordings, notes of meetings with
your advisers between 2019 and 2023, and details of any third parties
(lenders, insurers) with whom my data has been shared.

Please send the information electronically to this address. My date
of birth is 03/11/1978 and my former address was 9 Quarry Hill,
Sheffield S10 3JF.

Yours faithfully,
Daniel Kirwan"""),
("en", "b50-deeds-return-post-instructions", "Pauline Ashworth <pauline.ashworth@example.co.uk>", "Sending the deeds back", "general", "",
"""Hello,

When you post our original deeds and the old wills back after the
remortgage, please send them special delivery and NOT on a Friday -
we're away from Friday 9th to the 23rd and the post lady leaves
things with next door, who is not someone we'd trust with them. Any
day the week after is fine.

Pauline Ashworth"""),
("en", "b50-pensions-evening-bring-husband", "Jean Moffat <jean.moffat@example.co.uk>", "Pensions evening 18th", "general", "",
"""Good morning,

I have booked a place on your free "Planning for retirement" evening
at the Chelmsford library on the 18th. Is it all right to bring my
husband along, or does he need his own booking? And is there parking
nearby?

Kind regards,
Jean Moffat"""),
("en", "b50-cricket-club-sponsorship", "Sanjay Kapoor <sanjay.kapoor@example.co.uk>", "Sponsorship - Ashdown Cricket Club", "general", "",
"""Dear Sir/Madam,

I'm the treasurer of Ashdown Cricket Club, a village club with 60-odd
juniors. We're looking for a local business to sponsor our new junior
kit next season - in return your logo would go on the shirts and on
the boundary board by the pavilion. A few of our parents are already
clients of yours.

Would you be open to a chat? Happy to send our sponsorship pack.

Best wishes,
Sanjay Kapoor"""),
("en", "b50-question-scottish-estate", "Alison Munro <alison.munro@example.com>", "Question", "general", "",
"""My aunt died in Inverness but I live in Bristol. Do you deal with
estates in Scotland, i.e. confirmation rather than probate, or should
I be looking for a Scottish firm?"""),
("en", "b50-rude-adviser-want-manager", "Colin Pryor <colin.pryor@example.co.uk>", "Meeting with Mr Davies on Monday", "general", "high",
"""I have been a client of your firm for eleven years and I have never
been spoken to the way your Mr Davies spoke to me on Monday. When I
asked why my wife couldn't sit in on the meeting he rolled his eyes,
called it "a waste of both our time" and spent the rest of the hour
on his phone. My wife was in tears in the car.

I want a call from the branch manager or whoever Mr Davies answers to.
I will not be seeing him again.

Colin Pryor"""),
("en", "b50-loose-step-office", "Rhona Jamieson <rhona.jamieson@example.co.uk>", "Your front step", "general", "high",
"""Hello,

Just so you know, the stone step at the front door of your Perth Road
office is loose - it rocks when you put your weight on the left side.
I caught my heel on it this morning and only the handrail stopped me
going over. Not hurt, but a lot of your clients are older than me and
I'd hate to see someone take a tumble. Might be worth a cone or a sign
until it's fixed.

Rhona"""),
("en", "b50-tax-talk-was-killer", "Jess Ortiz <jess.ortiz@example.com>", "last night!!", "general", "",
"""Your tax talk for freelancers last night was an absolute killer, the
room was on fire. Ben explaining payments on account with a pizza
was genius. Loads of us from the co-working space are still talking
about it this morning. Please do another one on VAT!!

Jess"""),
("en", "b50-case-number-executor-filing", "Denise Kowalski <denise.kowalski@example.com>", "Case #4471", "general", "",
"""Hi there,

Quick question on my dad's file (case #4471). Now that I've been
appointed executor, am I the one who signs his final 1040, or does that
wait until the estate's own return? The court clerk in Toledo told me
to "ask the tax people" so here I am. Not in a rush, just want to know
what's coming.

Thanks so much,
Denise"""),
# ---------------- Greek ----------------
("el", "b50-gl-diplh-xrewsh-dhlwsh", "Stratos K. <stratos.k@example.gr>", "xrewsh 2 fores", "billing", "",
"""Kalhspera sas,
plhrwsa xtes me karta to paketo gia th dhlwsh E1 (80 eyrw) kai sthn
efarmogh ths trapezas vlepw dyo xrewseis twn 80 me diafora enos
leptou. Egw patisa mia fora. Mporeite na koitaxete kai na mou
epistrepsete th mia?
Eyxaristw
Stratos Kalogerakis"""),
("el", "b50-apodoxi-klironomias-timologio", "Ευανθία Ρήγα <evanthia.riga@example.gr>", "Τιμολόγιο για την αποδοχή κληρονομιάς", "billing", "",
"""Καλημέρα σας,

Τον Μάιο μου δώσατε γραπτή προσφορά 650 ευρώ για τη δήλωση φόρου
κληρονομιάς και την αποδοχή για το διαμέρισμα της μητέρας μου στην
Καλαμαριά. Σήμερα πήρα τιμολόγιο 980 ευρώ. Στην ανάλυση υπάρχει μια
γραμμή "πρόσθετες εργασίες" 330 ευρώ χωρίς καμία εξήγηση.

Θα ήθελα να μου πείτε τι αφορά πριν το πληρώσω.

Με εκτίμηση,
Ευανθία Ρήγα"""),
("el", "b50-mesitis-daneiou-amoivi-synigoros", "Παναγιώτης Σαββίδης <p.savvidis@example.gr>", "Αμοιβή διαμεσολάβησης δανείου - επιστροφή", "billing", "high",
"""Κύριοι,

Σας κατέβαλα 1.200 ευρώ τον Μάρτιο ως αμοιβή για τη διαμεσολάβηση στο
στεγαστικό μας δάνειο. Η τράπεζα απέρριψε τον φάκελο γιατί εσείς
στείλατε το Ε9 του προηγούμενου έτους και βεβαίωση αποδοχών άλλου
εργοδότη. Το λάθος είναι αποκλειστικά δικό σας και εμείς χάσαμε το
σπίτι που είχαμε κλείσει.

Ζητώ την επιστροφή ολόκληρου του ποσού εντός δέκα ημερών. Σε αντίθετη
περίπτωση θα απευθυνθώ στον Συνήγορο του Καταναλωτή και έχω ήδη δώσει
τον φάκελο σε δικηγόρο.

Παναγιώτης Σαββίδης"""),
("el", "b50-gl-pateras-efyge-e2", "Marilena Th. <marilena.th@example.gr>", "o logariasmos tou patera mou", "billing", "",
"""Geia sas,
o pateras mou, o Thanashs Theodorou, efyge apo th zwh ton Iounio. Eixe
mhniaio paketo me sas gia ta enoikia (E2) 35 eyrw to mhna kai vlepw
oti synexizei na kovetai apo to logariasmo tou. Ta spitia ta
analamvanoume twra emeis ta paidia, opote to dikou tou paketo mporei
na stamathsei. Ti xreiazeste apo emena gia na ginei?
Marilena"""),
("el", "b50-kleino-to-blokaki-monaxo", "Γιαννης Ψαρρος <giannis.psarros@example.gr>", "Απο Σεπτεμβρη", "billing", "",
"""Καλησπερα,

Απο 1η Σεπτεμβρη πιανω δουλεια ως μισθωτος σε εταιρεια στο Μοναχο,
οποτε το μπλοκακι κλεινει. Δεν θα χρειαστω αλλο τη μηνιαια λογιστικη
υποστηριξη των 60 ευρω. Θελω μονο να κανετε τη διακοπη εργασιας στην
εφορια και μετα να σταματησουν οι χρεωσεις. Πειτε μου αν η διακοπη
χρεωνεται ξεχωριστα.

Ευχαριστω,
Γιαννης Ψαρρος"""),
("el", "b50-asfalisi-autokinitou-doseis", "Κατερίνα Μπλέτσα <katerina.bletsa@example.gr>", "Ανανέωση ασφάλειας αυτοκινήτου", "billing", "",
"""Καλημέρα,

Μου ήρθε η ειδοποίηση για την ανανέωση της ασφάλειας του αυτοκινήτου
(ΙΚΥ 4821), 412 ευρώ για το εξάμηνο. Μπορώ να το πληρώσω με πιστωτική
σε δόσεις και αν ναι, είναι άτοκες; Την περσινή φορά το είχα πληρώσει
εφάπαξ στο γραφείο σας στο Βόλο.

Ευχαριστώ πολύ
Κατερίνα"""),
("el", "b50-gl-timologio-gia-eksoda", "Nikos Alexiou <nikos.alexiou@example.gr>", "apodeixh", "billing", "",
"""kalhmera, plhrwsa 150 gia th symvoulh gia to E3 alla den phra pote
timologio h apodeixh. to xreiazomai gia ta eksoda tou mplokakiou mou
(AFM 128 440 917). mporeite na mou to steilete sto mail? eyxaristw"""),
("el", "b50-asfalistro-katoikias-dyo-fores-proistamenos", "Σοφία Κουτσούκου <sofia.koutsoukou@example.gr>", "ΔΙΠΛΗ ΧΡΕΩΣΗ ασφαλίστρου", "billing", "high",
"""Καλησπέρα,

Το ασφάλιστρο κατοικίας των 286 ευρώ χρεώθηκε δύο φορές στον
λογαριασμό μου στις 2 του μήνα. Έχω τηλεφωνήσει τρεις φορές στο
γραφείο σας και κάθε φορά μου λένε "θα σας καλέσουμε". Δεν με έχει
καλέσει κανείς.

Δεν θέλω να ξαναμιλήσω με τη γραμματεία. Θέλω να με πάρει τηλέφωνο ο
προϊστάμενος του γραφείου ή ο ίδιος ο κ. Μαυρίδης σήμερα, στο
6944 555 218.

Σοφία Κουτσούκου"""),
("el", "b50-skylos-efyge-asfaleia-katoikidiou", "Λευτέρης Ζαχαρίου <lefteris.zachariou@example.gr>", "Ο Ρόκυ", "billing", "",
"""Καλησπέρα σας,

Ο Ρόκυ, ο σκύλος μας, έφυγε την Κυριακή στα δεκατέσσερα του. Μέσω
του γραφείου σας είχαμε κάνει την ασφάλεια υγείας του, που
πληρώνεται ετήσια και ανανεώθηκε μόλις τον Φεβρουάριο. Μπορείτε να τη
σταματήσετε και να μας πείτε αν επιστρέφεται κάτι για τους μήνες
που περισσεύουν;

Ευχαριστούμε για όλα αυτά τα χρόνια,
Λευτέρης και Μαίρη"""),
("el", "b50-gl-ekptwsh-systash", "Dimitra P. <dimitra.p@example.gr>", "ekptwsh filou", "billing", "",
"""Geia sas! Hr8a se sas apo systash ths filhs mou ths Rania (exei ton
kwdiko RANIA20) kai mou eipan sto thlefwno oti 8a eixa 20% ekptwsh
sthn prwth dhlwsh. Sto link plhrwmhs omws moy zhthse oloklhro to poso,
95 eyrw. Mhpws ginetai na mou epistrafei h diafora h na mpei sto
epomeno? Eyxaristw!!"""),
("el", "b50-re-ypenthymisi-iris-exoflisa", "Αντώνης Φραγκιαδάκης <antonis.fragkiadakis@example.gr>", "Re: Υπενθύμιση πληρωμής - τιμολόγιο 2024-0871", "billing", "",
"""Καλησπέρα,

Το έχω εξοφλήσει από τις 3 του μήνα μέσω IRIS στον αριθμό κινητού
που μου δώσατε. Σας επισυνάπτω το αποδεικτικό από την τράπεζα. Ίσως
δεν έγραψα τον αριθμό τιμολογίου στην αιτιολογία, συγγνώμη γι' αυτό.

Αντώνης

> Αγαπητέ πελάτη,
>
> Σας υπενθυμίζουμε ότι το τιμολόγιο 2024-0871 ποσού 240,00 ευρώ
> παραμένει ανεξόφλητο. Παρακαλούμε για την εξόφλησή του το
> συντομότερο.
>
> Λογιστήριο"""),
("el", "b50-geia-sas-epoxiki-pagoma", "Μιχάλης Βρέντζος <michalis.vrentzos@example.gr>", "Γεια σας", "billing", "",
"""Γεια σας,

Έχω καντίνα στην παραλία στη Χαλκιδική και δουλεύω μόνο Μάιο με
Οκτώβριο. Τον χειμώνα δεν έχω καθόλου κίνηση. Γίνεται να παγώσω τη
μηνιαία συνδρομή των 50 ευρώ από Νοέμβριο μέχρι Απρίλιο και να την
ξαναρχίσουμε την άνοιξη; Δεν θέλω να την κόψω τελείως, είμαι πολύ
ευχαριστημένος.

Μιχάλης"""),
("el", "b50-amfisvitisi-xreosis-ependytiki", "Ηλέκτρα Σταματοπούλου <ilektra.stamatopoulou@example.gr>", "Χρέωση χωρίς εντολή", "billing", "high",
"""Προς την εταιρεία,

Στις 14/10 χρεώθηκε η κάρτα μου με 750 ευρώ με την περιγραφή "ετήσια
επενδυτική συμβουλή". Δεν έχω υπογράψει καμία σύμβαση ετήσιας
συμβουλής. Είχα μία μόνο συνάντηση γνωριμίας με τον σύμβουλό σας, η
οποία μου είχε ειπωθεί ότι είναι δωρεάν.

Έχω ήδη υποβάλει αμφισβήτηση της συναλλαγής στην τράπεζά μου και, αν
δεν λάβω εξήγηση και επιστροφή, θα απευθυνθώ και στην Επιτροπή
Κεφαλαιαγοράς.

Ηλέκτρα Σταματοπούλου"""),
("el", "b50-gl-den-einai-texniko-fpa", "Kwstas M. <kostas.m@example.gr>", "erwthsh", "billing", "",
"""Kalhspera, den einai texniko to 8ema, to app douleyei mia xara.
H timh pou grafei sto site gia to ethsio paketo freelancer (199) einai
me to FPA h xwris? Giati an einai xwris vgainei para panw apo oti
ypologiza.
Kwstas"""),
("el", "b50-anevasma-eggrafon-sfalma", "Δέσποινα Λαμπράκη <despoina.lambraki@example.gr>", "Δεν ανεβαίνουν τα έγγραφα", "technical", "",
"""Καλημέρα,

Προσπαθώ να ανεβάσω στην πλατφόρμα σας τα παραστατικά για τη δήλωση
(ενοικιαστήριο, βεβαίωση τόκων, ιατρικές αποδείξεις) και μετά από
λίγα δευτερόλεπτα βγάζει "Σφάλμα 413". Τα αρχεία είναι PDF από το
κινητό, 3-4 MB το καθένα. Δοκίμασα και από υπολογιστή.

Τι να κάνω;
Δέσποινα"""),
("el", "b50-gl-app-kleinei-oxi-epistrofi", "Aris Tzanetos <aris.tzanetos@example.gr>", "to app", "technical", "",
"""Geia sas. Na to pw apo thn arxh: DEN 8elw epistrofh xrhmatwn, 8elw na
doulevei. To app sas kleinei mono tou molis pataw "Nea apodeixh". Egine
meta to update ths Deyteras. Android, Xiaomi. To exw svhsei kai
3ana-egkatasthsei, tipota.
Aris"""),
("el", "b50-kodikos-link-den-ischyei", "Βασιλικη Ντουμα <vasiliki.ntouma@example.gr>", "Κωδικος", "technical", "",
"""Καλημερα σας,

Ξεχασα τον κωδικο μου και πατησα "ξεχασα τον κωδικο". Μου ηρθε το
email αλλα οταν πατω το link λεει "Μη εγκυρο ή ληγμενο αιτημα". Το
εκανα αμεσως, μεσα σε ενα λεπτο. Το δοκιμασα τρεις φορες.

Βασιλικη Ντουμα"""),
("el", "b50-psifiaki-ypografi-otp", "Ορέστης Καλλέργης <orestis.kallergis@example.gr>", "Ψηφιακή υπογραφή εντολής", "technical", "",
"""Καλησπέρα,

Ο σύμβουλός σας μου έστειλε να υπογράψω ψηφιακά την εντολή για το
επενδυτικό πρόγραμμα. Πατάω "Υπογραφή", μου λέει ότι στάλθηκε κωδικός
με SMS, αλλά SMS δεν έρχεται ποτέ. Το κινητό μου είναι σωστό στα
στοιχεία μου (69** *** 402). Από την τράπεζα μου έρχονται κανονικά
τα SMS.

Ορέστης Καλλέργης"""),
("el", "b50-gl-re-rantevou-mavrh-othonh", "Froso L. <froso.l@example.gr>", "Re: Rantevou Tetarth 11:00", "technical", "",
"""To rantevou kanonika, alla to link ths vinteoklhshs pou stelnete
anoigei kai vgazei mono maurh o8onh. Akouw ton symvoulo alla den ton
vlepw kai den vlepei oute ekeinos emena. Exw dwsei adeia sthn kamera.
Ti allo na kanw mexri thn Tetarth?
Froso

> Agaphth k. Lazarou,
> sas ypenthymizoume to rantevou sas me ton k. Petropoulo thn Tetarth
> stis 11:00 mesw vinteoklhshs. To link einai parakatw.
> Me ektimhsh"""),
("el", "b50-ypologistis-forou-arnitikos", "Λάμπρος Χριστοδούλου <lampros.christodoulou@example.gr>", "Ο υπολογιστής φόρου στο site σας", "technical", "",
"""Γεια σας,

Ο υπολογιστής φόρου για ελεύθερους επαγγελματίες στη σελίδα σας μου
βγάζει φόρο -1.340 ευρώ, δηλαδή αρνητικό, όταν βάζω έσοδα 28.000 και
έξοδα 9.000. Αν βάλω έξοδα 8.999 βγάζει κανονικό ποσό. Μάλλον κάτι
δεν πάει καλά με τον τύπο.

Λάμπρος"""),
("el", "b50-mydata-den-syngxronizei", "Τίνα Αργυροπούλου <tina.argyropoulou@example.gr>", "Συγχρονισμός με myDATA", "technical", "",
"""Καλημέρα,

Από τις 20 του μήνα η εφαρμογή σας δεν τραβάει πλέον τα παραστατικά
από το myDATA. Γράφει "Τελευταίος συγχρονισμός: 19/11" και όταν πατάω
"Συγχρονισμός τώρα" γυρίζει λίγο και δεν κάνει τίποτα. Τα κλειδιά
πρόσβασης τα έχω ξαναβάλει.

Ευχαριστώ,
Τίνα"""),
("el", "b50-gl-zip-kwdikos", "Babis S. <babis.s@example.gr>", "ta eggrafa", "technical", "",
"""kalhmera, mou steilate ta eggrafa ths dhlwshs se zip alla otan to
anoigw mou zhtaei kwdiko. Dokimasa to AFM mou, thn hmeromhnia
gennhshs, tipota. Ti kwdiko exei?"""),
("el", "b50-spithes-priza-meta-techniko", "Ευαγγελία Μανωλάκη <evangelia.manolaki@example.gr>", "Μετά την επίσκεψη του ηλεκτρολόγου", "technical", "high",
"""Καλησπέρα σας,

Μέσω του γραφείου σας έχουμε την ασφάλεια κατοικίας με τεχνική
βοήθεια. Την Τρίτη ήρθε ηλεκτρολόγος από το πρόγραμμα και άλλαξε τη
γενική ασφάλεια στον πίνακα. Από χθες, όταν ανάβουμε τον φούρνο, η
πρίζα της κουζίνας βγάζει μικρές σπίθες και μυρίζει καμένο.

Κατεβάσαμε την ασφάλεια της κουζίνας και δεν τη χρησιμοποιούμε. Δεν
ξέρω αν πρέπει να σας πω εσάς ή την ασφαλιστική, γράφω και στους δύο.

Ευαγγελία Μανωλάκη
Ηράκλειο"""),
("el", "b50-logistiko-grafeio-prothesmia-fpa", "Γραφείο Τσακίρη <info@tsakiris-logistiki.example>", "Πλατφόρμα", "technical", "high",
"""Καλημέρα,

Σήμερα είναι η τελευταία μέρα για τις περιοδικές ΦΠΑ. Από τις 8 το
πρωί καμία δήλωση από την πλατφόρμα σας δεν φτάνει στην ΑΑΔΕ: μένει
σε "Αποστολή..." και μετά από δέκα λεπτά γράφει "Αποτυχία". Έχουμε 64
πελάτες που πρέπει να υποβληθούν μέχρι τα μεσάνυχτα, τα τηλέφωνα δεν
σταματάνε και τρεις συνάδελφοι κάθονται με σταυρωμένα χέρια.

Πάρτε με στο 2310 555 670.

Στέλιος Τσακίρης
Λογιστικό Γραφείο Τσακίρη, Θεσσαλονίκη"""),
("el", "b50-gl-praktoreio-den-ekdidoun", "Praktoreio Asfaleiwn Kritikos <grafeio@kritikos-asfaleies.example>", "symvolaia", "technical", "high",
"""Kalhmera,
kai ta 5 grafeia mas (Patra, Aigio, Pyrgos, Amaliada, Kalavryta) den
mporoun na ekdwsoun kanena symvolaio apo to prwi. Patame "Ekdosh" kai
vgazei "Timeout". Exoume pelates pou perimenoun sto grafeio me
lhgmenh asfaleia kai den mporoun na pane me to autokinhto, kai dyo
fortigatzhdes pou prepei na fortwsoun aurio.
Na mas parei kapoios amesws sto 2610 555 334.
Giwrgos Kritikos"""),
("el", "b50-kleidomenos-tetarti-fora-ypeythynos", "Αλέξανδρος Δεληγιάννης <alexandros.deligiannis@example.gr>", "Τέταρτη φορά - κλειδωμένος λογαριασμός", "technical", "high",
"""Σας γράφω για τέταρτη φορά.

Εδώ και τρεις εβδομάδες ο λογαριασμός μου στην πύλη πελατών είναι
κλειδωμένος ("Ο λογαριασμός έχει απενεργοποιηθεί"). Κάθε φορά μου
απαντάτε ότι "ξεκλειδώθηκε" και κάθε φορά βγαίνει το ίδιο μήνυμα. Εκεί
μέσα είναι όλα τα συμβόλαια και οι βεβαιώσεις που χρειάζομαι για το
δάνειο.

Δεν θέλω άλλο αριθμό αιτήματος. Θέλω να αναλάβει κάποιος υπεύθυνος
που μπορεί πραγματικά να το λύσει και να με πάρει τηλέφωνο.

Αλέξανδρος Δεληγιάννης"""),
("el", "b50-fortistis-tablet-liose", "Ροδουλα Καραγιαννη <rodoula.karagianni@example.gr>", "Το tablet για τις υπογραφες", "technical", "high",
"""Καλησπερα,

Ο συμβουλος σας μας αφησε ενα tablet για να υπογραφουμε τα χαρτια
της κληρονομιας απο το σπιτι, γιατι η μητερα μου δεν βγαινει. Σημερα
το βρηκαμε στην πριζα με το βυσμα του φορτιστη λιωμενο και μαυρο
γυρω γυρω, και η πριζα ειχε ζεσταθει. Το βγαλαμε και το αφησαμε στο
μπαλκονι. Δεν το ξαναβαζουμε στην πριζα.

Πειτε μας τι να κανουμε.
Ροδουλα Καραγιαννη"""),
("el", "b50-efcharisto-klironomia-papadaki", "Αγγελική Σπυροπούλου <angeliki.spyropoulou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω από καρδιάς την κυρία Παπαδάκη για όλη τη
βοήθεια με την κληρονομιά του πατέρα μου. Ήμασταν τρία αδέλφια σε
τρεις διαφορετικές χώρες και εκείνη τα συντόνισε όλα με υπομονή,
χωρίς ποτέ να μας κάνει να νιώσουμε ότι την κουράζουμε.

Με εκτίμηση,
Αγγελική"""),
("el", "b50-gl-savvato-anoixta", "Manolis F. <manolis.f@example.gr>", "Savvato?", "general", "",
"""Eiste anoixta Savvato prwi sto grafeio ths Larisas? Douleyw
ka8hmerines kai 8elw na er8w na ypografw."""),
("el", "b50-xechasa-kleidia-grafeio", "Ειρήνη Δούκα <eirini.douka@example.gr>", "Κλειδιά", "general", "",
"""Καλημέρα,

Μάλλον ξέχασα τα κλειδιά μου στο γραφείο σας στην Τσιμισκή χθες το
απόγευμα, στο τραπέζι της αίθουσας συσκέψεων. Είναι τρία κλειδιά σε
ένα μπρελόκ με μια μικρή κόκκινη μπάλα. Μπορεί κάποιος να κοιτάξει;

Ειρήνη Δούκα"""),
("el", "b50-allagi-stoixeion-epikoinonias", "Θεόδωρος Αναστασίου <theodoros.anastasiou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Παρακαλώ να ενημερώσετε τα στοιχεία μου:

Νέα διεύθυνση: Αγίου Δημητρίου 42, 54633 Θεσσαλονίκη
Νέο κινητό: 697 555 3120

Το email μένει το ίδιο. Αρ. συμβολαίου ΖΩ-55129.

Ευχαριστώ,
Θ. Αναστασίου"""),
("el", "b50-aitima-prosvasis-gdpr", "Χριστίνα Μαργαρίτη <christina.margariti@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), σας παρακαλώ να μου χορηγήσετε αντίγραφο όλων των προσωπικών
δεδομένων που τηρείτε για εμένα, καθώς και πληροφορίες για το σε
ποιους τρίτους (τράπεζες, ασφαλιστικές εταιρείες) τα έχετε διαβιβάσει.

Στοιχεία ταυτοποίησης: Χριστίνα Μαργαρίτη, ΑΦΜ 139 882 014.

Με εκτίμηση,
Χριστίνα Μαργαρίτη"""),
("el", "b50-gl-courier-koudouni", "Katerina V. <katerina.v@example.gr>", "pou na ta ferete", "general", "",
"""Kalhspera, otan steilete ta prwtotypa (symvolaio klp) me courier, na
pei o dianomeas na me parei thlefwno prin er8ei giati to koudouni den
douleyei. 3os orofos, Ermou 12, Ioannina, 6945 555 802. An den
apanthsw na ta afhsei sto periptero ths gwnias, ton kserw.
Eyxaristw, Katerina"""),
("el", "b50-seminario-larisa-neoi-freelancers", "Νεφέλη Γκούμα <nefeli.gkouma@example.gr>", "Σεμινάριο για νέους ελεύθερους επαγγελματίες", "general", "",
"""Καλημέρα,

Είδα στο Instagram ότι κάνετε σεμινάριο στη Λάρισα για όσους μόλις
άνοιξαν μπλοκάκι. Ποια μέρα και ώρα είναι και πρέπει να δηλώσω
συμμετοχή από πριν; Θα ήθελα να έρθω μαζί με μια συνάδελφο
γραφίστρια.

Νεφέλη"""),
("el", "b50-xorigia-omada-paidon", "Σύλλογος Αστέρας Νέας Ιωνίας <asteras.ni@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Είμαστε ερασιτεχνικός ποδοσφαιρικός σύλλογος με τρία τμήματα παίδων
στη Νέα Ιωνία Βόλου. Αναζητούμε χορηγό για τις φανέλες της νέας
σεζόν. Σε αντάλλαγμα το λογότυπό σας θα μπει στις φανέλες και στην
πινακίδα του γηπέδου. Αν σας ενδιαφέρει, θα χαρούμε να σας στείλουμε
την πρότασή μας.

Για το Δ.Σ.,
Κώστας Ζιώγας"""),
("el", "b50-erotisi-dikaiologitika-klironomias", "Σπυρος Λιακος <spyros.liakos@example.gr>", "Ερωτηση", "general", "",
"""Καλησπερα. Πεθανε η θεια μου και μας αφησε ενα χωραφι στην
Αρκαδια. Τι χαρτια θα χρειαστουν για τη δηλωση κληρονομιας; Θελω να
τα μαζεψω πριν ερθω στο γραφειο.
Σπυρος"""),
("el", "b50-agenis-grammateia-mitera", "Δημήτρης Ορφανίδης <dimitris.orfanidis@example.gr>", "Συμπεριφορά στη γραμματεία σας", "general", "high",
"""Κύριοι,

Η μητέρα μου, 79 ετών, ήρθε την Πέμπτη στο γραφείο σας στο Χαλάνδρι
για να φέρει υπογεγραμμένα έγγραφα. Η υπάλληλος στη γραμματεία της
μίλησε με φωνές μπροστά σε άλλους πελάτες επειδή δεν είχε φέρει
φωτοτυπία της ταυτότητας και της είπε "να στέλνετε τα παιδιά σας,
δεν έχουμε χρόνο για τέτοια". Η μητέρα μου γύρισε σπίτι κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του γραφείου.

Δημήτρης Ορφανίδης"""),
("el", "b50-gl-spasmeno-tzami-porta", "Petros Z. <petros.z@example.gr>", "h porta sas", "general", "high",
"""Geia sas, hr8a shmera sto grafeio sas sthn Kalamata kai eida oti to
tzami sthn kato meria ths eisodou exei mia megalh rwgmh kai ena
kommati exei feygei, me koftera akra sto ypsos tou gonatou. Mesa
ekei perimenan kai dyo mikra paidia me th mhtera tous. Mhn to afhsete
etsi, kapoios 8a kopei.
Petros"""),
("el", "b50-gl-eiste-fwtia-eyxaristw", "Ria K. <ria.k@example.gr>", "eiste fwtia!!", "general", "",
"""Eiste fwtia!!! Mou eixe skasei h dhlwsh teleutaia stigmh kai ta
kanate ola se mia mera, xwris na me trelanete me xartia. Eyxaristw
poly th Maria pou me ekane na katalavw ti mou grafei to ekkatharistiko.
Tou xronou pali edw 8a eimai :)
Ria"""),
("el", "b50-ypothesi-2291-pote", "Ελένη Καραμανλή <eleni.karamanli@example.gr>", "Υπόθεση 2291", "general", "",
"""Καλημέρα,

Για την υπόθεση 2291 (αποδοχή κληρονομιάς Καραμανλή): έχετε κάποια
εικόνα πότε θα υπογραφεί η πράξη στον συμβολαιογράφο; Ο αδελφός μου
έρχεται από την Αυστραλία και πρέπει να κλείσει εισιτήρια.

Ευχαριστώ,
Ελένη"""),
# ---------------- Spanish ----------------
("es", "b50-cuota-autonomo-cobrada-dos-veces", "Lorena Gallardo <lorena.gallardo@example.es>", "Cuota de septiembre", "billing", "",
"""Hola,

Soy clienta vuestra desde hace dos años (plan Autónomo Básico, 49 € al
mes). Este mes me habéis pasado el recibo dos veces, el día 1 y el
día 3, por el mismo importe. ¿Me podéis devolver uno de los dos?

Gracias,
Lorena Gallardo"""),
("es", "b50-herencia-presupuesto-factura-consumo", "Francisco Javier Luque <fj.luque@example.es>", "Factura tramitación herencia", "billing", "high",
"""Buenos días:

En marzo aceptamos por escrito su presupuesto de 900 € + IVA por la
tramitación completa de la herencia de mi padre (impuesto de
sucesiones, plusvalía y cambio de titularidad en el Catastro). Hoy
recibimos una factura de 1.640 € + IVA con conceptos que no figuraban
en el presupuesto y que nadie nos comunicó.

No pienso abonar la diferencia. Si en quince días no recibo una factura
ajustada a lo presupuestado, presentaré una reclamación ante la Oficina
Municipal de Información al Consumidor y pondré el asunto en manos de
mi abogada.

Atentamente,
Francisco Javier Luque"""),
("es", "b50-mx-comision-credito-condusef", "Adriana Villaseñor <adriana.villasenor@example.com.mx>", "Comisión por gestión de crédito", "billing", "high",
"""Buenas tardes,

Les pagué $18,500 MXN de "comisión por gestión" para tramitar nuestro
crédito hipotecario con el banco. Ahora el ejecutivo del banco me dice
que esa gestión no tiene costo para el cliente y que ustedes ya
cobran comisión al banco. Nadie me explicó eso cuando firmé.

Quiero la devolución completa. Si no tengo respuesta por escrito esta
semana voy a presentar la queja ante la CONDUSEF.

Adriana Villaseñor
Zapopan, Jalisco"""),
("es", "b50-ar-mi-vieja-fallecio-debito", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "plan de mi mama", "billing", "",
"""Hola, como estan. Mi vieja fallecio el mes pasado y revisando el
resumen de la tarjeta veo que le siguen debitando el plan mensual de
asesoramiento de ustedes, $25.000 por mes. Ya no tiene sentido, asi que
les pido que lo den de baja y que me digan si hay algo pendiente.
Tengo el certificado de defuncion si lo necesitan.
Saludos, Gustavo"""),
("es", "b50-cuelgo-las-botas-trimestral", "Ramón Esteve <ramon.esteve@example.es>", "Me jubilo", "billing", "",
"""Buenas,

Después de 38 años con el taller, cuelgo las botas el 31 de diciembre.
Me doy de baja de autónomos ese día, así que a partir de enero no
necesito que me sigáis haciendo los trimestres. El último que quiero
que me presentéis es el cuarto trimestre de este año. ¿Me confirmáis
que dejaréis de cobrarme la cuota después de eso?

Un saludo,
Ramón Esteve
Alcoy"""),
("es", "b50-co-declaracion-renta-cuotas", "Valentina Ospina <valentina.ospina@example.com.co>", "Pago del servicio de declaración", "billing", "",
"""Buen día,

Quiero contratar el servicio para la declaración de renta de este año
(soy independiente, diseñadora). Vi que cuesta $350.000. ¿Se puede
pagar en dos cuotas? ¿Y reciben Nequi o solo PSE?

Mil gracias,
Valentina Ospina
Medellín"""),
("es", "b50-factura-a-nombre-de-la-sl", "Administracion <administracion@reformas-duero.example>", "Factura asesoria seguros", "billing", "",
"""Buenos dias,

La factura de la revision de seguros de la empresa ha salido a nombre
de nuestro gerente como persona fisica. Necesitamos que la emitan a
nombre de Reformas Duero S.L., CIF B-47 552 190, C/ Santiago 14,
47001 Valladolid, para poder deducirla.

Gracias
Mercedes
Administracion"""),
("es", "b50-cl-prima-hogar-reajuste-supervisor", "Rodrigo Sepúlveda <rodrigo.sepulveda@example.cl>", "Cobro del seguro de hogar", "billing", "high",
"""Estimados,

Este mes me cobraron la prima del seguro de hogar por 3,1 UF cuando
siempre fueron 1,9 UF. Nadie me avisó de ningún reajuste y la póliza
la contraté a través de ustedes justamente para que me asesoraran.

Llevo dos semanas hablando con ejecutivos distintos que me dicen que
"lo van a revisar". Quiero hablar con un supervisor o con la
jefatura, no con otro ejecutivo.

Rodrigo Sepúlveda
Ñuñoa, Santiago"""),
("es", "b50-simba-seguro-mascota", "Inés Carrasco <ines.carrasco@example.es>", "Póliza de Simba", "billing", "",
"""Hola:

Nuestro gato Simba cruzó el arcoíris la semana pasada, tenía 17 años.
Le teníamos el seguro de mascotas que nos gestionasteis vosotros, de
pago anual, renovado en junio. ¿Podéis darlo de baja y decirnos si nos
devuelven la parte que queda del año?

Gracias por todo,
Inés y Pablo"""),
("es", "b50-mx-re-recordatorio-spei", "Héctor Anaya <hector.anaya@example.com.mx>", "Re: Recordatorio de pago - Factura A-3318", "billing", "",
"""Buenas tardes, esa factura ya la pagué el día 5 por SPEI. Les mando
el comprobante adjunto, clave de rastreo 2024110540014TRANSF000331. Por
favor verifiquen y quítenme de la lista de pendientes.

Héctor Anaya

> Estimado cliente:
> Le recordamos que la factura A-3318 por $4,640.00 MXN (declaración
> anual de personas físicas) se encuentra vencida. Le agradecemos
> realizar su pago a la brevedad.
> Departamento de Cobranza"""),
("es", "b50-hola-congelar-cuota-guatemala", "Nerea Aguirre <nerea.aguirre@example.es>", "Hola", "billing", "",
"""Hola!

En febrero me voy seis meses de voluntaria a Guatemala y no voy a
facturar nada en ese tiempo (ya he hablado con Hacienda y me doy de
baja temporal). ¿Se puede congelar la cuota mensual mientras estoy
fuera en vez de darme de baja del todo? A la vuelta quiero seguir con
vosotros.

Un abrazo,
Nerea"""),
("es", "b50-ar-contracargo-asesoria-no-contratada", "Martín Quiroga <martin.quiroga@example.com.ar>", "Cargo que no reconozco", "billing", "high",
"""Buenas,

En el resumen de la Visa me aparece un cargo de USD 120 a nombre de
ustedes con el concepto "Asesoria financiera premium". Yo solo me
registre para descargar la guia gratuita de inversiones, nunca
contrate nada.

Ya desconoci el cargo con el banco y abri el contracargo. Si no me lo
devuelven, hago la denuncia en Defensa del Consumidor.

Martin Quiroga
Rosario"""),
("es", "b50-no-es-la-web-tarifa-nuevos", "Sergio Bermejo <sergio.bermejo@example.es>", "Duda sobre el precio", "billing", "",
"""Buenas tardes,

No os escribo por ningún fallo de la web, funciona bien. Es una duda
de precio: me acabo de dar de alta como autónomo este mes y en
vuestra página pone "primeros 3 meses al 50 % para nuevos autónomos".
Al contratar me ha salido el precio completo, 59 €. ¿El descuento se
aplica después, en la factura, o tengo que pedirlo?

Sergio"""),
("es", "b50-provision-fondos-testamento", "Dolores Peña <dolores.pena@example.es>", "Provision de fondos", "billing", "",
"""Buenos dias,

Para preparar los testamentos de mi marido y mio me piden una
provision de fondos de 300 euros. ¿Ese dinero se descuenta luego del
total o es aparte? Y si al final no firmamos ante notario, ¿se
devuelve?

Muchas gracias
Dolores Peña"""),
("es", "b50-area-cliente-no-sube-documentos", "Alberto Ramos <alberto.ramos@example.es>", "No puedo subir documentos", "technical", "",
"""Hola,

Intento subir al área de cliente los certificados de retenciones y el
recibo del IBI para la renta, y me da "Error al cargar el archivo.
Inténtelo más tarde". Lo llevo intentando desde el lunes, desde el
ordenador y desde el móvil. Son PDF normales.

Alberto Ramos"""),
("es", "b50-mx-app-cierra-xml-no-cobro", "Brenda Castañeda <brenda.castaneda@example.com.mx>", "la app", "technical", "",
"""hola, no es tema de cobro ni nada de eso, es la app: cada que intento
cargar un XML de factura (CFDI) se cierra sola. Con los PDF si jala.
Tengo como 60 facturas del mes para subir y asi no se puede. Android,
Samsung A54, ya la desinstale y la volvi a instalar.
Brenda"""),
("es", "b50-certificado-digital-no-reconoce", "Julián Torres <julian.torres@example.es>", "Certificado digital", "technical", "",
"""Buenos días,

Para autorizaros a presentar mi declaración tengo que identificarme
con el certificado digital en vuestra plataforma, pero me dice "No se
ha encontrado ningún certificado válido". El certificado está
instalado, me funciona en la sede de la Agencia Tributaria y en la de
la Seguridad Social sin problema. Uso Firefox en Windows 11.

Julián Torres"""),
("es", "b50-ar-bloqueo-cuenta-mail-no-llega", "Florencia Ledesma <florencia.ledesma@example.com.ar>", "No puedo entrar", "technical", "",
"""Hola! Me equivoque tres veces la contraseña y me bloqueo la cuenta.
Dice que me mandaron un mail para desbloquearla pero no me llega ni a
la bandeja ni a spam, ya van dos dias. Necesito entrar para ver el
vencimiento del monotributo. Gracias!
Flor"""),
("es", "b50-re-cita-jueves-sin-audio", "Mercedes Olmo <mercedes.olmo@example.es>", "Re: Confirmación de su cita del jueves", "technical", "",
"""Buenas tardes:

Les escribo porque la cita de hoy con el asesor no se pudo hacer. Al
entrar en el enlace de la videollamada yo le veía a él, pero no se
oía nada ni él me oía a mí. Mi hijo me ha mirado el ordenador y dice
que el sonido funciona en todo lo demás. ¿Qué tengo que hacer para la
próxima?

Mercedes Olmo

> Estimada Sra. Olmo:
> Le confirmamos su cita con D. Fernando Ruiz el jueves a las 11:00
> por videollamada para revisar su plan de pensiones. Recibirá el
> enlace una hora antes.
> Un saludo cordial"""),
("es", "b50-co-simulador-cuota-cero", "Camilo Restrepo <camilo.restrepo@example.com.co>", "simulador", "technical", "",
"""Buenas, el simulador de crédito de vivienda de su página me da
cuota mensual $0 cuando pongo un plazo de 20 años. Con 15 años sí
calcula. Ya probé en Chrome y en el celular."""),
("es", "b50-no-quiero-devolucion-sincronizar-banco", "Pilar Navas <pilar.navas@example.es>", "Sincronización con el banco", "technical", "",
"""Hola,

Antes de nada: no quiero ninguna devolución ni darme de baja, estoy
contenta con el servicio. Solo necesito que funcione la conexión con
el banco. Desde hace dos semanas la app ya no importa los movimientos
de mi cuenta; en "Bancos" pone "Conexión caducada" y cuando le doy a
"Reconectar" vuelve a la misma pantalla sin hacer nada.

Gracias,
Pilar"""),
("es", "b50-olor-gas-tras-reparar-calentador", "Consuelo Márquez <consuelo.marquez@example.es>", "Reparación del calentador", "technical", "high",
"""Buenas tardes:

Tengo contratado con ustedes el seguro de hogar con asistencia. El
martes vino el técnico de la asistencia a arreglar el calentador de
gas, que no encendía, y cambió una pieza.

Desde esta mañana se nota olor a gas en la galería, al lado del
calentador. He cerrado la llave del gas, he abierto las ventanas y
estoy en casa de mi vecina. No sé si debo llamarles a ustedes o a la
compañía, así que escribo a los dos.

Consuelo Márquez
Tel. 655 555 904"""),
("es", "b50-alarma-fuente-quemado", "Iker Etxeberria <iker.etxeberria@example.es>", "Alarma que nos pidió la aseguradora", "technical", "high",
"""Kaixo,

Para el seguro del local la correduría nos gestionó la instalación de
la alarma con su instalador hace un mes. Desde ayer la caja de la
fuente de alimentación, la que está en el almacén, está muy caliente
al tocarla y huele a plástico quemado. Hemos quitado el enchufe y no
tenemos alarma de momento.

¿Quién tiene que venir a mirarlo?

Iker Etxeberria
Librería Itsaso, Donostia"""),
("es", "b50-polizas-viaje-grupo-jubilados", "Viajes Sol de Levante <reservas@soldelevante.example>", "Pólizas de viaje", "technical", "high",
"""Buenos días,

Desde las 8 no podemos emitir ni una póliza de viaje en vuestra
plataforma de correduría: al darle a "Emitir" sale la rueda y luego
"Error 500". Mañana a las 6 sale un grupo de 45 jubilados a Lisboa en
autocar y ninguno tiene todavía su certificado de seguro, y la
agencia de Murcia tiene otros dos grupos esta semana.

Por favor llamadme al 965 555 218.

Amparo Soler
Viajes Sol de Levante, Alicante"""),
("es", "b50-ar-estudio-recategorizacion", "Estudio Contable Bianchi <estudio@bianchi-contable.example>", "Hoy vence", "technical", "high",
"""Buen dia,

Hoy vence la recategorizacion del monotributo y desde la manana el
sistema no nos deja presentar ninguna. Cargamos los datos, le damos
"Enviar" y queda en "Procesando" para siempre. Tenemos 52 clientes
pendientes, los telefonos no paran y si no sale hoy les van a caer
multas a todos.

Necesitamos que alguien nos llame ya: 341 555 7720.

Lic. Paula Bianchi"""),
("es", "b50-mx-cuenta-bloqueada-gerente", "Óscar Lozano <oscar.lozano@example.com.mx>", "Tercer correo - cuenta bloqueada", "technical", "high",
"""Es el tercer correo que mando.

Mi cuenta lleva tres semanas bloqueada con el mensaje "Acceso
suspendido por seguridad". Cada vez me contestan que ya la
desbloquearon y sigue igual. Ahí están los documentos de mi crédito
y el banco me los está pidiendo.

No quiero otro número de ticket. Quiero que esto lo vea un gerente o
alguien con autoridad para resolverlo y que me llame.

Óscar Lozano
Monterrey"""),
("es", "b50-borrador-pdf-pagina-blanco", "Tomas Villar <tomas.villar@example.es>", "borrador", "technical", "",
"""Hola, cuando le doy a "Descargar borrador" en mi area de cliente se
abre una pestaña en blanco y no baja nada. Lo he probado en Chrome y
en Safari. Queria revisarlo antes de que lo presenteis.
Tomas"""),
("es", "b50-gracias-marta-herencia", "Amparo Gil <amparo.gil@example.es>", "Gracias", "general", "",
"""Buenas tardes:

Solo quería dar las gracias a Marta por cómo nos ha llevado la
herencia de mi madre. Somos cinco hermanos y no siempre de acuerdo,
y ella ha tenido una paciencia infinita con todos. Nos ha explicado
cada paso sin prisas.

Que lo sepan sus jefes.

Amparo Gil"""),
("es", "b50-mx-sabado-guadalajara", "Paola Mendoza <paola.mendoza@example.com.mx>", "horario", "general", "",
"""Hola, ¿abren los sábados en la oficina de Guadalajara? Entre semana
trabajo hasta las 7 y no alcanzo a llegar."""),
("es", "b50-carpeta-olvidada-oficina", "Luis Alberto Cano <luisalberto.cano@example.es>", "Carpeta olvidada", "general", "",
"""Buenos días,

Ayer por la tarde estuve en su oficina de la calle Colón y creo que
me dejé una carpeta azul con escrituras en la sala de espera, en la
silla del rincón. ¿Podrían mirar si está? Paso a recogerla cuando me
digan.

Gracias,
Luis Alberto Cano"""),
("es", "b50-ar-cambio-domicilio", "Silvina Acosta <silvina.acosta@example.com.ar>", "Cambio de datos", "general", "",
"""Hola, me mude. Les paso los datos nuevos:

Av. Pellegrini 1840, piso 3 B, Rosario, Santa Fe
Cel: 341 555 2093

El mail queda igual. Gracias!
Silvina Acosta"""),
("es", "b50-derecho-acceso-rgpd", "Joaquín Herrero <joaquin.herrero@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

De acuerdo con el artículo 15 del Reglamento General de Protección de
Datos, solicito copia de todos los datos personales que conservan
sobre mí, la finalidad del tratamiento y las entidades (bancos,
aseguradoras) a las que se los hayan comunicado.

Adjunto copia de mi DNI. Ruego me envíen la información a esta misma
dirección de correo.

Atentamente,
Joaquín Herrero"""),
("es", "b50-mensajero-porteria", "Eva Prieto <eva.prieto@example.es>", "Envío de las escrituras", "general", "",
"""Hola, cuando me mandéis las escrituras originales por mensajero,
que las dejen en la portería (el portero, Andrés, está de 8 a 15),
porque yo trabajo fuera toda la mañana. C/ Doctor Fleming 22, Madrid.
Por favor, que no las dejen en el buzón.

Eva"""),
("es", "b50-co-taller-finanzas-medellin", "Juliana Zapata <juliana.zapata@example.com.co>", "Taller de finanzas personales", "general", "",
"""Hola, buenas tardes.

Vi en Instagram que hacen un taller gratuito de finanzas personales
para independientes en Medellín el 23. ¿Todavía hay cupos? ¿Hay que
inscribirse antes o se puede llegar directamente? Iríamos mi socia y
yo.

Gracias!
Juliana"""),
("es", "b50-patrocinio-baloncesto-femenino", "CB Valle Verde <club@cbvalleverde.example>", "Propuesta de patrocinio", "general", "",
"""Estimados señores:

Somos el Club Baloncesto Valle Verde, de Collado Villalba, con cuatro
equipos femeninos de base. Buscamos un patrocinador para las
equipaciones de la próxima temporada; a cambio, su logo irá en las
camisetas y en la lona del pabellón.

¿Les interesaría que les enviemos el dossier?

Un saludo,
Nacho Cuesta
Junta directiva"""),
("es", "b50-cl-consulta-posesion-efectiva", "Francisca Muñoz <francisca.munoz@example.cl>", "Consulta", "general", "",
"""Hola, mi papa fallecio hace un mes y nos dijeron que hay que hacer
la posesion efectiva. Que documentos tenemos que juntar antes de ir a
hablar con ustedes? Hay una casa en Temuco y una cuenta rut.
Saludos, Francisca"""),
("es", "b50-asesor-desprecio-director", "Encarnación Ruiz <encarnacion.ruiz@example.es>", "Trato recibido en su oficina de Triana", "general", "high",
"""Muy señores míos:

El pasado lunes acudí a su oficina de Triana con mi marido para
informarnos sobre nuestros ahorros. El asesor que nos atendió nos
trató con un desprecio que no había visto nunca: se reía de nuestras
preguntas, nos dijo que "con esa cantidad no merece la pena ni
sentarse" y nos despidió a los diez minutos mirando el móvil.

Exijo que se ponga en contacto conmigo el director de la oficina.

Encarnación Ruiz"""),
("es", "b50-mx-escalon-roto-entrada", "Jorge Cervantes <jorge.cervantes@example.com.mx>", "La entrada de su oficina", "general", "high",
"""Buenas tardes,

Nada más para avisar: el segundo escalón de la entrada de su oficina
en Coyoacán está roto, tiene la orilla suelta y se mueve al pisarlo.
Hoy una señora mayor que salía delante de mí casi se cae y la detuvo
el guardia. Tal vez convenga poner algo para señalarlo mientras lo
arreglan.

Saludos,
Jorge Cervantes"""),
("es", "b50-sois-unos-cracks-bomba", "Dani Rubio <dani.rubio@example.es>", "sois unos cracks", "general", "",
"""Sois unos cracks!! La renta de este año me tenía muerto de miedo y
en una tarde lo habéis dejado listo, y encima Lucía me explicó lo de
las deducciones del alquiler que es una bomba. Ya se lo he dicho a
medio coworking. Gracias!!
Dani"""),
("es", "b50-ar-expediente-sucesion-estado", "Ricardo Pereyra <ricardo.pereyra@example.com.ar>", "Expediente 3318", "general", "",
"""Buenas tardes,

Queria saber en que estado esta la sucesion de mi padre (expediente
3318). Mi hermana vive en Madrid y tiene que organizar el viaje para
firmar, por eso necesitamos una idea aproximada de fechas.

Gracias,
Ricardo Pereyra"""),
# ---------------- Polish ----------------
("pl", "b50-abonament-biuro-dwa-razy", "Karolina Nowicka <karolina.nowicka@example.pl>", "Podwojna platnosc", "billing", "",
"""Dzien dobry,

w tym miesiacu abonament za ksiegowosc (250 zl) zostal pobrany z
mojego konta dwa razy, 5 i 6 listopada. Prosze o zwrot jednej z
platnosci na to samo konto.

Pozdrawiam
Karolina Nowicka"""),
("pl", "b50-prowizja-doradcy-rzecznik-finansowy", "Tomasz Kubacki <tomasz.kubacki@example.pl>", "Reklamacja - prowizja za kredyt hipoteczny", "billing", "high",
"""Szanowni Państwo,

w kwietniu zapłaciłem Państwa firmie 3 000 zł prowizji za
pośrednictwo w uzyskaniu kredytu hipotecznego. Bank odrzucił wniosek,
ponieważ Państwa doradca złożył zaświadczenie o dochodach sprzed
roku i pominął mój drugi rachunek w PKO. Przez to straciliśmy
mieszkanie, na które mieliśmy podpisaną umowę przedwstępną.

Żądam zwrotu całej prowizji w terminie 14 dni. W przeciwnym razie
skieruję sprawę do Rzecznika Finansowego i rozważę drogę sądową.

Z poważaniem
Tomasz Kubacki"""),
("pl", "b50-testament-faktura-kierownik", "Bożena Wojtczak <bozena.wojtczak@example.pl>", "Faktura za przygotowanie testamentu", "billing", "high",
"""Dzień dobry,

Pani z recepcji podała mi przez telefon cenę 800 zł za przygotowanie
testamentu razem z konsultacją. Na fakturze jest 1 400 zł, a
dodatkowa pozycja to "analiza stanu majątkowego", o którą nikt mnie
nie pytał. Dzwoniłam dwa razy i słyszę tylko, że "tak wychodzi z
cennika".

Proszę, żeby skontaktował się ze mną kierownik kancelarii albo ktoś,
kto może tę fakturę skorygować. Do tego czasu jej nie zapłacę.

Bożena Wojtczak"""),
("pl", "b50-chargeback-pakiet-inwestycyjny", "Marcin Sadowski <marcin.sadowski@example.pl>", "Obciazenie karty bez mojej zgody", "billing", "high",
"""Dzien dobry,

13.10 z mojej karty pobrano 1 200 zl z opisem "Pakiet inwestycyjny
Premium". Niczego takiego nie zamawialem - zapisalem sie tylko na
darmowy webinar o obligacjach.

Zlozylem juz w banku reklamacje transakcji (chargeback) i zastrzeglem
karte. Jesli nie dostane zwrotu i wyjasnienia, zglosze sprawe do
UOKiK.

Marcin Sadowski"""),
("pl", "b50-mama-sprzedala-mieszkanie-najem", "Anna Rutkowska <anna.rutkowska@example.pl>", "Rozliczenie najmu mamy", "billing", "",
"""Dzień dobry,

prowadzą Państwo dla mojej mamy, Teresy Rutkowskiej, rozliczenie
ryczałtu od najmu (99 zł miesięcznie). Mama zamieszkała z nami, a
mieszkanie na Ursynowie w październiku sprzedała, więc najmu już nie
ma. Proszę o zakończenie tej usługi po rozliczeniu października i
informację, czy coś jeszcze zostaje do zapłaty.

Pozdrawiam
Anna Rutkowska (córka, mam pełnomocnictwo)"""),
("pl", "b50-zawieszam-jdg-pol-roku", "Kuba Malinowski <kuba.malinowski@example.pl>", "Zawieszenie", "billing", "",
"""Czesc,

od 1 grudnia zawieszam JDG na pol roku (jade na kontrakt na statek).
Czy moge na ten czas zawiesic tez abonament u Was zamiast go
wypowiadac? W czerwcu wracam i chce dalej z Wami dzialac.

Kuba"""),
("pl", "b50-blik-za-pit", "Irena Domańska <irena.domanska@example.pl>", "Płatność", "billing", "",
"""Dzień dobry,

chcę zlecić Państwu rozliczenie PIT-36 za ubiegły rok (umowy o dzieło
i trochę sprzedaży na Etsy). Czy mogę zapłacić BLIK-iem, czy tylko
przelewem? I czy płaci się z góry, czy po złożeniu zeznania?

Irena Domańska"""),
("pl", "b50-faktura-na-spolke-nip", "Biuro <biuro@stolarnia-debowa.example>", "Faktura nr 2024/11/183", "billing", "",
"""Dzień dobry,

faktura 2024/11/183 za przegląd ubezpieczeń została wystawiona na
prezesa jako osobę prywatną. Prosimy o korektę na spółkę: Stolarnia
Dębowa sp. z o.o., ul. Leśna 7, 62-020 Swarzędz, NIP 777-31-55-208.

Dziękujemy
Ewa, księgowość"""),
("pl", "b50-sprzedany-samochod-zwrot-ac", "Paweł Cieślak <pawel.cieslak@example.pl>", "Sprzedaż auta", "billing", "",
"""Dzień dobry,

przez Państwa agencję mam OC, AC i NNW na Skodę Octavię (WPR 55K21).
W sobotę samochód sprzedałem, umowa kupna-sprzedaży w załączniku. OC
przechodzi na kupującego, ale AC i NNW chciałbym wypowiedzieć i
dostać zwrot składki za niewykorzystane miesiące. Co muszę jeszcze
przesłać?

Paweł Cieślak"""),
("pl", "b50-odp-przypomnienie-przelew", "Jolanta Michalska <jolanta.michalska@example.pl>", "Odp: Przypomnienie o płatności - FV 2024/10/077", "billing", "",
"""Dzień dobry,

przelew wysłałam 28 października, w tytule wpisałam numer faktury.
Potwierdzenie z banku w załączniku. Proszę sprawdzić i nie wysyłać
kolejnych przypomnień.

Jolanta Michalska

> Szanowna Pani,
> przypominamy, że faktura FV 2024/10/077 na kwotę 369,00 zł
> (rozliczenie roczne PIT) pozostaje nieopłacona. Prosimy o
> uregulowanie należności w ciągu 7 dni.
> Dział rozliczeń"""),
("pl", "b50-dzien-dobry-norwegia-cena", "Sławomir Pająk <slawomir.pajak@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

pracowałem w tym roku pół roku w Norwegii, a pół w Polsce na swojej
działalności. Ile u Państwa kosztuje takie rozliczenie z zagranicą?
Na stronie jest tylko cena za zwykły PIT.

Pozdrawiam
Sławek"""),
("pl", "b50-to-nie-aplikacja-plan-roczny", "Agata Bielecka <agata.bielecka@example.pl>", "zmiana planu", "billing", "",
"""Hej, to nie jest problem z aplikacja, wszystko dziala :) Chce tylko
przejsc z platnosci miesiecznej (79 zl) na roczna, bo na stronie
widze ze wychodzi taniej. Czy to sie przelicza od razu czy od
nastepnego okresu?
Agata"""),
("pl", "b50-zaliczka-testament-przepada", "Zdzisław Kaczor <zdzislaw.kaczor@example.pl>", "Zaliczka", "billing", "",
"""Szanowni Państwo,

przy umówieniu spotkania w sprawie testamentu wpłaciłem 500 zł
zaliczki. Żona jest w szpitalu i na razie musimy to odłożyć,
może na dłużej. Czy zaliczka przepada, czy mogą ją Państwo zwrócić
albo zaliczyć na później?

Z poważaniem
Zdzisław Kaczor"""),
("pl", "b50-wycena-odwrocona-hipoteka-zwrot", "Lucyna Borkowska <lucyna.borkowska@example.pl>", "Opłata za wycenę mieszkania", "billing", "",
"""Dzień dobry,

we wrześniu rzeczoznawca z Państwa polecenia wycenił nasze mieszkanie
w związku z rentą dożywotnią. Zapłaciliśmy za to 900 zł. Po
rozmowie z synem zrezygnowaliśmy i żadnej umowy nie podpisaliśmy.
Czy ta opłata jest w jakiejś części zwracana?

Lucyna i Jerzy Borkowscy"""),
("pl", "b50-panel-nie-przyjmuje-plikow", "Magdalena Król <magdalena.krol@example.pl>", "Nie mogę wgrać dokumentów", "technical", "",
"""Dzień dobry,

próbuję wgrać do panelu klienta faktury kosztowe za październik
(PDF-y, po 200-300 KB) i po kliknięciu "Wyślij" pojawia się
komunikat "Nieprawidłowy format pliku". Tak samo w Chrome i w
Firefoksie, na komputerze i w telefonie. Do 10. muszą być u Państwa.

Magdalena Król"""),
("pl", "b50-aplikacja-wylogowuje-nie-platnosc", "Filip Zawadzki <filip.zawadzki@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, od razu mowie ze nie chodzi o platnosc ani o fakture.
Aplikacja wylogowuje mnie co minute, w polowie wpisywania kosztu.
Od aktualizacji w srode. iPhone 12, iOS aktualny. Reinstalacja nic
nie dala.
Filip"""),
("pl", "b50-ksef-faktury-nie-pobieraja", "Beata Sowa <beata.sowa@example.pl>", "KSeF", "technical", "",
"""Dzień dobry,

od 12 listopada w Państwa programie nie pobierają się faktury
zakupowe z KSeF. W zakładce "KSeF" widnieje "Ostatnia synchronizacja:
11.11", a po kliknięciu "Pobierz teraz" nic się nie dzieje. Token
wygenerowałam jeszcze raz i wkleiłam, bez zmian.

Beata Sowa
Pracownia Ceramiki Sowa"""),
("pl", "b50-profil-zaufany-petla", "Henryk Ziółkowski <henryk.ziolkowski@example.pl>", "Pełnomocnictwo", "technical", "",
"""Dzień dobry,

chcę podpisać w Państwa serwisie pełnomocnictwo UPL-1 profilem
zaufanym. Po zalogowaniu do profilu zaufanego wracam na Państwa
stronę i znowu widzę przycisk "Podpisz profilem zaufanym". I tak w
kółko. Robiłem to pięć razy.

Henryk Ziółkowski"""),
("pl", "b50-odp-spotkanie-link-404", "Natalia Wrona <natalia.wrona@example.pl>", "Odp: Potwierdzenie spotkania - środa 10:30", "technical", "",
"""Dzień dobry, termin pasuje, ale link do spotkania z poniższej
wiadomości prowadzi do strony "404 - nie znaleziono". Próbowałam z
telefonu i z laptopa. Czy mogą Państwo przesłać działający?

Natalia Wrona

> Szanowna Pani,
> potwierdzamy spotkanie online z doradcą kredytowym, panem Adamem
> Lisem, w środę o 10:30. Link do spotkania: w przycisku poniżej.
> Pozdrawiamy, Zespół Obsługi Klienta"""),
("pl", "b50-kalkulator-zdolnosci-minus", "Przemek Gajda <przemek.gajda@example.pl>", "kalkulator", "technical", "",
"""Wasz kalkulator zdolnosci kredytowej pokazuje mi -214 000 zl jak
wpisze dwoch kredytobiorcow. Dla jednej osoby liczy normalnie. Chyba
cos sie popsulo."""),
("pl", "b50-nie-chce-zwrotu-kod-sms", "Ewa Jankowska <ewa.jankowska@example.pl>", "Podpis umowy", "technical", "",
"""Dzień dobry,

nie chcę zwrotu ani rezygnacji - chcę podpisać umowę, którą przysłał
mi doradca. Problem w tym, że po kliknięciu "Podpisz" system pisze,
że wysłał kod SMS, a żaden SMS nie przychodzi. Numer w danych jest
dobry (kończy się na 418). SMS-y z banku dostaję normalnie.

Ewa Jankowska"""),
("pl", "b50-zalacznik-pusty-mail", "Grażyna Nowak <grazyna.nowak@example.pl>", "dokumenty", "technical", "",
"""dzien dobry, dostalam od Panstwa maila z dokumentami do spadku ale
zalacznik ma 0 KB i sie nie otwiera. Corka tez probowala na swoim
komputerze. Prosze przeslac jeszcze raz.
Grazyna Nowak"""),
("pl", "b50-czujnik-czadu-po-assistance", "Wiesław Pietrzyk <wieslaw.pietrzyk@example.pl>", "Po wizycie technika z assistance", "technical", "high",
"""Dzień dobry,

mam przez Państwa agencję ubezpieczenie domu z assistance. Wczoraj
przyjechał technik z assistance, bo piec gazowy się wyłączał -
wyczyścił coś i wymienił uszczelkę przy rurze spalinowej.

Dziś rano zaczął piszczeć czujnik czadu w łazience, w której stoi
piec. Wyłączyłem piec, otworzyłem okna i wyszliśmy z żoną na
podwórko. Nie wiem, czy zgłaszać to Państwu, czy ubezpieczycielowi,
więc piszę do obu.

Wiesław Pietrzyk
tel. 601 555 322"""),
("pl", "b50-powerbank-z-konferencji-spuchl", "Olga Maciejewska <olga.maciejewska@example.pl>", "Powerbank z konferencji", "technical", "high",
"""Dzień dobry,

na Państwa konferencji dla przedsiębiorców w Poznaniu dostaliśmy w
pakiecie powerbanki z logo. Mój od kilku dni był ciepły nawet
nieużywany, a dziś zauważyłam, że obudowa się wybrzuszyła i słychać
ciche syczenie. Wyniosłam go na balkon do metalowej puszki.

Piszę też dlatego, że takie same dostało pewnie kilkaset osób.

Olga Maciejewska"""),
("pl", "b50-posrednictwo-wnioski-nie-ida", "Biuro Kredytowe Horyzont <biuro@horyzont-kredyty.example>", "wnioski", "technical", "high",
"""Dzień dobry,

od wczoraj od 15:00 żaden z naszych 8 doradców nie może wysłać
wniosku do banków przez Państwa platformę - po kliknięciu "Wyślij do
banku" wniosek wraca do statusu "Roboczy". W salce czeka dwoje
klientów, trzech ma jutro wygasające decyzje wstępne, a kupujący w
Gdyni ma termin aktu notarialnego w piątek.

Proszę o pilny telefon: 58 555 41 90.

Rafał Domagała
Biuro Kredytowe Horyzont"""),
("pl", "b50-biuro-rachunkowe-25-jpk", "Biuro Rachunkowe Lipska <kontakt@br-lipska.example>", "Dzis 25.", "technical", "high",
"""Dzien dobry,

dzis 25., ostatni dzien na JPK_V7, a od rana zaden plik z Panstwa
programu nie przechodzi - wysylka wisi na "Oczekuje na UPO" i po
godzinie konczy sie bledem. Mamy jeszcze 71 klientow do wyslania,
wszystkie telefony dzwonia, a za kazdy spozniony plik klient dostanie
kare.

Prosze o kontakt: 12 555 80 44.

Monika Lipska"""),
("pl", "b50-konto-zablokowane-kierownik-dzialu", "Jacek Wolski <jacek.wolski@example.pl>", "Czwarte zgłoszenie - zablokowane konto", "technical", "high",
"""Piszę już czwarty raz.

Od trzech tygodni moje konto w portalu jest zablokowane ("Dostęp
zawieszony ze względów bezpieczeństwa"). Za każdym razem słyszę, że
zostało odblokowane, i za każdym razem jest to samo. Są tam wszystkie
moje polisy i zaświadczenia, których potrzebuje bank.

Nie chcę kolejnego numeru zgłoszenia. Proszę o kontakt kierownika
działu albo kogoś, kto faktycznie może to naprawić.

Jacek Wolski"""),
("pl", "b50-podziekowanie-pani-agnieszka", "Krystyna Wasilewska <krystyna.wasilewska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować pani Agnieszce za pomoc przy sprawie
spadku po moim mężu. Byłam w takim stanie, że nic nie rozumiałam, a
ona wszystko mi spokojnie tłumaczyła, nawet po kilka razy, i
pamiętała o każdym terminie.

Z wyrazami szacunku
Krystyna Wasilewska"""),
("pl", "b50-sobota-krakow", "Dominik Marek <dominik.marek@example.pl>", "sobota", "general", "",
"""Czy biuro w Krakowie na Dietla jest czynne w soboty? Pracuje do 17
i nie zdaze w tygodniu."""),
("pl", "b50-rekawiczki-poczekalnia", "Teresa Głowacka <teresa.glowacka@example.pl>", "Rękawiczki", "general", "",
"""Dzień dobry,

we wtorek byłam u Państwa w biurze przy Piotrkowskiej i chyba
zostawiłam w poczekalni skórzane rękawiczki, brązowe, z futerkiem w
środku. Czy ktoś je znalazł?

Teresa Głowacka"""),
("pl", "b50-zmiana-nazwiska-adresu", "Paulina Szulc <paulina.szulc@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

proszę o aktualizację moich danych po ślubie:
poprzednio: Paulina Kamińska, ul. Lipowa 3/12, 20-020 Lublin
obecnie: Paulina Szulc, ul. Spacerowa 18, 21-040 Świdnik

Numer polisy: ZY-771043. Telefon i e-mail bez zmian.

Paulina Szulc"""),
("pl", "b50-rodo-art-15", "Adam Borowski <adam.borowski@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii wszystkich
moich danych osobowych przetwarzanych przez Państwa firmę, informacji
o celach przetwarzania oraz o odbiorcach (bankach, towarzystwach
ubezpieczeniowych), którym dane zostały udostępnione.

Odpowiedź proszę przesłać na ten adres e-mail.

Z poważaniem
Adam Borowski"""),
("pl", "b50-kurier-domofon-nie-dziala", "Marta Sikorska <marta.sikorska@example.pl>", "Wysyłka oryginałów", "general", "",
"""Dzień dobry,

kiedy będą Państwo odsyłać oryginały dokumentów, proszę przekazać
kurierowi, żeby zadzwonił 10 minut wcześniej - domofon u nas nie
działa. Ul. Kościuszki 40 m. 5, Białystok, tel. 502 555 117. Proszę
nie zostawiać w paczkomacie.

Marta Sikorska"""),
("pl", "b50-spotkanie-pit-gdansk", "Wojtek Lange <wojtek.lange@example.pl>", "Spotkanie o PIT dla freelancerów", "general", "",
"""Cześć,

widziałem, że robicie w grudniu spotkanie w Gdańsku o rozliczeniu
PIT dla freelancerów. Trzeba się wcześniej zapisać? Chciałbym przyjść
z dziewczyną, ona też pracuje jako programistka na B2B.

Wojtek"""),
("pl", "b50-sponsoring-turniej-szachowy", "UKS Hetman Olsztyn <uks.hetman@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Szanowni Państwo,

jesteśmy uczniowskim klubem szachowym z Olsztyna. W marcu
organizujemy turniej dla dzieci z całego województwa i szukamy
sponsora nagród. W zamian umieścimy Państwa logo na plakatach,
dyplomach i na naszej stronie.

Czy moglibyśmy przesłać szczegóły?

Z pozdrowieniami
Leszek Olech, prezes UKS Hetman"""),
("pl", "b50-pytanie-dokumenty-spadek", "Roman Zych <roman.zych@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, zmarla moja ciocia, nie miala dzieci. Jakie dokumenty
trzeba przygotowac na akt poswiadczenia dziedziczenia u notariusza?
Chce to zebrac przed wizyta u Panstwa.
Roman Zych"""),
("pl", "b50-doradca-nieuprzejmy-kierownik", "Elżbieta Mroczek <elzbieta.mroczek@example.pl>", "Skarga na doradcę", "general", "high",
"""Szanowni Państwo,

w piątek byłam z mężem na spotkaniu z Państwa doradcą w oddziale w
Katowicach. Doradca przerywał mi w pół zdania, zwracał się tylko do
męża, a gdy zapytałam o koszty, powiedział, że "pani i tak tego nie
zrozumie". Wyszliśmy po kwadransie.

Żądam kontaktu z kierownikiem oddziału. Nie życzę sobie, żeby ten
pan dalej prowadził naszą sprawę.

Elżbieta Mroczek"""),
("pl", "b50-sufit-poczekalnia-tynk", "Andrzej Kołodziej <andrzej.kolodziej@example.pl>", "Sufit w poczekalni", "general", "high",
"""Dzień dobry,

dla porządku: w poczekalni Państwa biura na Świętokrzyskiej nad
kanapą pod oknem odpada tynk z sufitu. Dziś, kiedy czekałem, spadł
kawałek wielkości dłoni, kilka centymetrów od głowy starszej pani. Jest
tam wyraźne pęknięcie i zaciek. Dobrze byłoby odgrodzić to miejsce.

Andrzej Kołodziej"""),
("pl", "b50-jestescie-bombowi", "Ola Kwiecień <ola.kwiecien@example.pl>", "Jesteście bombowi", "general", "",
"""Jesteście bombowi! Rozłożyliście mnie na łopatki tym, jak szybko
poszło rozliczenie. Pan Michał wytłumaczył mi ulgę na internet i IKZE
tak, że w końcu rozumiem. Polecam Was wszystkim znajomym grafikom.
Ola"""),
("pl", "b50-sprawa-1187-termin", "Czesław Bednarek <czeslaw.bednarek@example.pl>", "Sprawa 1187", "general", "",
"""Dzień dobry,

czy jest już wiadomo, kiedy mniej więcej będzie termin u notariusza w
sprawie 1187 (dziedziczenie po Marii Bednarek)? Brat przylatuje z
Irlandii i musi kupić bilety.

Pozdrawiam
Czesław Bednarek"""),
]
