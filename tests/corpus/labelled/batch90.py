# batch90.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: home finance -- mortgage lenders,
# credit cards, buy-now-pay-later apps, personal loans, current accounts
# for teenagers, savings accounts, debt collection agencies.  Covers the
# failure classes in these settings -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# plans ended or paused in unusual wording, business outages told only by
# their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch13.py-batch16.py; 40 mails per language.
M += [
# ---------------- English ----------------
("en", "b90-bnpl-two-instalments-same-day", "Hannah Pritchard <hannah.pritchard@example.co.uk>", "Taken twice?", "billing", "",
"""Hi,

I bought a coat through you in four instalments of 22.50. This morning
I've had two notifications and two lots of 22.50 have come out of my
account, a few minutes apart. The app only shows one payment made. Can
you check and put the second one back please? It's a tight month.

Thanks
Hannah"""),
("en", "b90-mortgage-overpay-erc", "David Okafor <d.okafor@example.co.uk>", "Overpaying", "billing", "",
"""Good afternoon,

We're on a five-year fix with you (started last March) and have come into
a bit of money. How much can we overpay each year before the early
repayment charge kicks in? Is it 10% of the balance at the start of the
year or of the original loan? And would you rather we reduce the term or
the monthly payment - or do we get to choose?

Kind regards,
David and Aisha Okafor"""),
("en", "b90-husband-gone-card-fee", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's card", "billing", "",
"""Dear Sir or Madam,

My husband Ronald passed away in September. He had one of your credit
cards with the yearly fee of 95 pounds which comes round again in
January. He will not be needing it, and I certainly don't want it, so
please do not charge the fee again. There is nothing owing on it as far
as I know, the last statement said 0.00.

I have the death certificate and can post a copy if you need it. I am
not very good with the computer so a letter would suit me best.

Yours faithfully,
Margaret Ellison (Mrs)
12 Beech Road, Harrogate"""),
("en", "b90-teen-plus-bundle-uni", "Paul Garside <paul.garside@example.com>", "Tom's account", "billing", "",
"""Hello - our son Tom has gone off to university and opened a student
account somewhere else, so the 3 a month "Teen Plus" bundle on his
account with you is now pointless. Can you take it off from the next
cycle? Happy to leave the basic account open for now in case his
grandparents keep paying birthday money into it.

Paul Garside (parent on the account)"""),
("en", "b90-collector-paid-2019-ombudsman", "Gareth Pugh <gareth.pugh@example.co.uk>", "Your letter ref DC-448201", "billing", "high",
"""To whom it may concern,

I have received your letter saying I owe 1,240.16 on a catalogue account
that you have apparently bought. I settled that account in full in
August 2019 and I have the final statement showing a zero balance and a
letter from the catalogue confirming it was closed.

I am not paying a penny of this. Please confirm in writing within 14 days
that the debt is closed and that nothing has been or will be reported to
the credit reference agencies. If I do not hear back, or if your
colleagues carry on phoning me, I will take it straight to the Financial
Ombudsman Service.

Gareth Pugh"""),
("en", "b90-late-fee-holiday-cfpb", "Jennifer Alvarez <jen.alvarez@example.com>", "Late fee", "billing", "high",
"""Hi,

My payment was due on the 4th. That was the July 4th holiday, I scheduled
the payment on the 3rd and it posted on the 5th, which is the next
business day. You still charged me a $32 late fee and $18.71 in
interest. As far as I know that's not allowed when the due date falls on
a day you don't accept payments.

Reverse both, please. If this isn't fixed on my next statement I'm filing
a complaint with the CFPB, I've already got the form half filled out.

Jennifer Alvarez
Card ending 4471"""),
("en", "b90-personal-loan-foreclosure", "Ramesh Iyer <ramesh.iyer@example.in>", "Request for foreclosure amount - personal loan", "billing", "",
"""Dear Sir/Madam,

I am having personal loan with your good self, loan account no.
PL0098231145, EMI Rs. 14,870. I wish to foreclose the loan this month as
I have received my bonus.

Kindly share the foreclosure statement with the exact amount payable
including foreclosure charges and GST, and the account details where I
should transfer. Also please confirm if the EMI due on 5th will still be
debited or not.

Kindly do the needful at the earliest.

Thanks and regards,
Ramesh Iyer
Pune"""),
("en", "b90-re-payment-holiday-redundancy", "Lee Cartwright <lee.cartwright@example.co.uk>", "Re: Your recent enquiry", "billing", "",
"""Thanks for this. To answer your question, yes, it's the mortgage on 41
Ferndale Road. I was made redundant at the end of last month and I start
a new job in February, so it's three months we need to get through. Can
we have a payment holiday for December, January and February, and what
does it do to the monthly payment afterwards?

Lee

> On 18 Nov, Customer Services wrote:
> Dear Mr Cartwright,
> Thank you for getting in touch. So that we can help, please let us
> know which account your enquiry relates to and a little more about
> your circumstances.
> Kind regards, Customer Services"""),
("en", "b90-late-fee-app-down-supervisor", "Kylie Brennan <kylie.brennan@example.com.au>", "$10 late fee - NOT acceptable", "billing", "high",
"""I've paid every instalment on time for 2 years. On Friday I tried to
pay my last instalment for the vacuum and your app wouldn't load, I
tried about six times, screenshots attached. Saturday morning I paid it
and there's a $10 late fee sitting on my account.

I've already been on the chat and the person just kept copy-pasting the
same thing about "missed payment policy". I want the $10 taken off and I
want this looked at by a supervisor or someone above chat level, not
another bot reply.

Kylie Brennan
Geelong"""),
("en", "b90-saver-rate-lower-than-ad", "Niamh Gallagher <niamh.gallagher@example.ie>", "Interest on the regular saver", "billing", "",
"""Hi there,

I opened the regular saver in June when your website said 3.00% AER. The
first interest payment came through yesterday and it's 4.12 on roughly
2,000 euro over the quarter, which by my sums is more like 0.8%. Have I
misread something or has the rate been changed without telling me?

Thanks a million,
Niamh"""),
("en", "b90-hello-paid-up-letter", "Chris Dunmore <chris.dunmore@example.co.uk>", "Hello", "billing", "",
"""Hello,

I made the last payment on my car loan in October. The mortgage broker
wants a letter from you confirming it's been paid off in full and the
account is closed. Can you send one to this email? Loan ref ends 7730.

Cheers, Chris"""),
("en", "b90-returned-sofa-still-collecting-dispute", "Aaron Whitfield <aaron.whitfield@example.com>", "Order 10-55902 / still being charged", "billing", "high",
"""Hello,

In September I returned a sofa I'd bought with your pay-in-3. The
retailer collected it on 26 September and emailed me to say the refund
had been sent to you. Since then you've taken two further instalments of
233.00 from my debit card.

I have the collection note and the retailer's email. If both instalments
are not refunded and the plan closed by Friday, I will raise a
chargeback with my bank for both payments.

Aaron Whitfield"""),
("en", "b90-move-dd-date-mortgage", "Simon & Helen Rutter <rutters@example.co.uk>", "Payment date", "billing", "",
"""Hi, could we move our mortgage direct debit from the 1st of the month
to the 28th? Helen's employer has changed pay day. Account number is on
our statement as 30-11-87 / 5521093 if that helps. Thanks, Simon"""),
("en", "b90-no-fx-fee-card-charged", "Ben Hargreaves <ben.h@example.co.uk>", "Foreign fee on a no fee card?", "billing", "",
"""Got the travel card specifically because it's advertised as "no fees
abroad" - three transactions in Lisbon last week all have a 2.99% fee
next to them. Could someone take those off? About 6.40 in total."""),
("en", "b90-app-login-loop-not-money", "Oliver Marsh <oliver.marsh@example.co.uk>", "App", "technical", "",
"""This is nothing to do with my balance or payments, everything's fine
there. Since the update on Tuesday the app just loops: I put in my
passcode, it goes to the fingerprint screen, then straight back to the
passcode. Reinstalled it, restarted the phone, same thing. Pixel 7,
Android 14. Web login works fine.

Oliver"""),
("en", "b90-card-declined-chip", "Tasha Wright <tasha.wright@example.co.uk>", "My card won't work anywhere", "technical", "",
"""Hi, since about Thursday my debit card gets declined in shops, it says
"card error" on the machine before it even asks for my PIN. Contactless
doesn't work either. There's money in the account and the app shows no
blocks. The chip looks a bit scratched, does it just need replacing?"""),
("en", "b90-cafe-card-machine-cash-only", "Fern Lockley <hello@thecopperkettle.example.co.uk>", "card reader", "technical", "high",
"""Hi,

The card reader you supplied with our business account has been showing
"Connecting..." since we opened at 8. Restarted it, changed wifi, put
it on the mobile hotspot. Nothing.

It's Saturday, we've had the cash only sign up all morning and I've
turned away more people than I've served - nobody carries cash any more.
We've also got a christening party of 30 booked at 2 and they're paying
by card.

Please can somebody call me on 01905 466 212.

Fern Lockley
The Copper Kettle, Upton-upon-Severn"""),
("en", "b90-payroll-bulk-file-rejected", "Rajiv Mehta <rajiv@ledgerlinepayroll.example.co.uk>", "Bulk payments", "technical", "high",
"""Hello,

We're a payroll bureau and run salaries for 40 small employers through
our business account with you. Since yesterday afternoon every bulk
payment file we upload to online banking is rejected with "File format
not recognised (BP-017)". These are the same files, same software, we've
used every month for six years.

Friday is pay day for around 600 people. If the files don't go by
Wednesday's cut-off they won't be paid on time. We need a technical
contact today, please.

Rajiv Mehta
Director, Ledgerline Payroll Ltd"""),
("en", "b90-card-reader-battery-swollen", "Martin Quigley <martin.quigley@example.co.uk>", "Mobile card reader", "technical", "high",
"""Hi,

Just letting you know that the little mobile card reader you sent me for
the market stall has gone a bit odd. The back has bulged out so it
doesn't sit flat, and it was quite hot to the touch when it was on
charge last night even though it was switched off. I've unplugged it and
put it on the patio table outside for now.

Could you send a replacement and tell me how you want this one returned?
I've got a stall on Sunday.

Thanks,
Martin"""),
("en", "b90-reset-sms-not-arriving-ireland", "Ciara Doyle <ciara.doyle@example.ie>", "password reset", "technical", "",
"""Hi, I'm trying to reset my online banking password but the text with
the code never arrives. The number on the screen ends in the right
digits (**882). I've waited over an hour and tried three times. Other
texts are coming in grand. Is there another way to get the code?

Ciara"""),
("en", "b90-new-phone-authenticator", "Stephen Park <stephen.park@example.com>", "Moving the app to a new phone", "technical", "",
"""Hi,

New iPhone. When I log into the app on it, it asks me to approve the
login on my "registered device", which is the old phone - which I traded
in at the shop yesterday. So I now can't approve anything. How do I
register the new one without the old one?

Steve"""),
("en", "b90-statement-pdf-blank", "Lorraine Bishop <lorraine.bishop@example.co.uk>", "Statements", "technical", "",
"""When I click "Download statement" for any month on the savings account
the PDF opens but every page is blank, just your logo at the top. Tried
Edge and Chrome on the laptop. I need March to June for my accountant."""),
("en", "b90-budget-app-link-broken", "Mark Ennis <mark.ennis@example.com>", "Open banking connection", "technical", "",
"""My budgeting app stopped pulling transactions from my credit card with
you on the 2nd. When I try to reconnect it sends me to your page, I log
in, approve, and then get "Something went wrong (consent_error)" and
it bounces back. My current account with another bank connects fine.
Any ideas?"""),
("en", "b90-mum-meter-topup-no-heating", "Andrea Collins <andrea.collins@example.co.uk>", "Top up not going through - mum has no heating", "technical", "high",
"""Please help. My mum is 84 and has a prepayment meter. I top it up for
her from my account with you using the "pay a bill" option in your app,
like every week. Since last night every attempt says "Payment could not
be completed - try again later", and her meter ran out this morning.

It's minus 3 in Keswick today, she has no heating and no hot water. I'm
three hours away. I've tried the app and the website, same error, and
the phone line has been engaged for an hour.

Andrea Collins"""),
("en", "b90-re-complaint-cheque-deposit-manager", "Trevor Simms <trevor.simms@example.co.uk>", "Re: Your complaint ref CMP-20931", "technical", "high",
"""No, it is not resolved. I've just tried again with the latest version
of the app and it still crashes the moment I take the photo of the back
of the cheque. That's the fourth time I've been told it's fixed.

I'm 71, the nearest branch closed in the spring and it's a 40 minute bus
ride to the next one. I'd like this passed to a manager who can actually
get it sorted, please, not another "resolved" letter.

T. Simms

> From: Complaints Team
> Sent: 12 November
> Subject: Your complaint ref CMP-20931
>
> Dear Mr Simms, we're pleased to let you know that the issue with
> mobile cheque deposit has been resolved in the latest update. We now
> consider your complaint closed."""),
("en", "b90-teen-card-missing-parent-app", "Dana Whitaker <dana.whitaker@example.com>", "Kid's card not showing", "technical", "",
"""Hi! I set up the teen checking account for my daughter Ava last week
and her card arrived, she activated it fine, but in my parent view it
still says "Card on its way" and I can't set spending limits or see her
transactions. Her app shows the card as active. How do I get it to sync?

Thanks, Dana"""),
("en", "b90-otp-not-receiving-netbanking", "Sunil Kumar <sunil.k@example.in>", "OTP not receiving", "technical", "",
"""Dear team,
I am not receiving OTP for net banking login since 3 days. Mobile number
is registered and same is showing in the branch records. SMS from other
banks are coming. Kindly resolve the issue at the earliest.
Regards
Sunil Kumar
Customer ID 66104372"""),
("en", "b90-new-address-after-move", "Rachel Foley <rachel.foley@example.co.uk>", "New address", "general", "",
"""Hello, we've moved house. Please update the address on my credit card
and my savings account to:

Flat 3, 18 Albion Street
Leeds LS2 8LN

The old address was 7 Cross Lane, Otley. Phone number and email stay
the same.

Rachel Foley"""),
("en", "b90-thanks-mortgage-adviser", "Priya & Josh Bennett <bennetts@example.co.uk>", "Thank you to Leanne", "general", "",
"""We just wanted to say a huge thank you to Leanne at your Chelmsford
branch. We're first-time buyers and had no idea what we were doing, and
she was patient with every silly question, rang us back on her day off
when the survey came in low, and we got the keys last Friday!

We don't need anything, we just wanted her manager to know she's
brilliant.

Priya and Josh"""),
("en", "b90-branch-christmas-hours", "Alan Reeves <alan.reeves@example.co.uk>", "Christmas", "general", "",
"""Is the Stockport branch open on the 27th and 28th December, and what
time does it close on Christmas Eve?"""),
("en", "b90-collector-rude-to-mum-manager", "Declan Murphy <declan.murphy@example.ie>", "The way your agent spoke to my mother", "general", "high",
"""I'm writing about a call one of your agents made to my mother, Bridget
Murphy, on Tuesday afternoon. She's 79. The account he was chasing is
mine, not hers, and it's being dealt with through my solicitor - she
has nothing to do with it.

He told her she'd "be hearing from the bailiffs" and that it "wouldn't
look good to the neighbours". She was in tears when she rang me.

I want to speak to the manager of whoever made that call, and I want an
assurance in writing that nobody from your company contacts her again.

Declan Murphy"""),
("en", "b90-subject-access-request", "Imogen Shaw <imogen.shaw@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including call recordings and notes from the
last two years, and details of any third parties you have shared it with.

Full name: Imogen Clare Shaw
Date of birth: 02/05/1988
Customer number: 81-220-4417

Yours sincerely,
Imogen Shaw"""),
("en", "b90-glasses-left-at-branch", "Brian Topping <brian.topping@example.co.uk>", "Left my glasses", "general", "",
"""Morning. I think I left my reading glasses on the desk at your Ilkley
branch on Monday when I was seeing about my ISA. Brown frames in a
green case. Has anybody handed them in?

Brian Topping"""),
("en", "b90-branch-stair-carpet-loose", "Eileen Crowther <eileen.crowther@example.co.uk>", "Stairs in your Bury branch", "general", "high",
"""Dear Sir/Madam,

When I went upstairs to the mortgage desk at your Bury branch on
Wednesday, the carpet on the top step had come away from the edge and
lifted as I stepped on it. I caught the handrail and was fine, but the
gentleman behind me with a walking stick nearly went over.

I mentioned it to the lady at the desk, who said it had been like that
for a while. I thought you ought to know before somebody falls down
those stairs.

Eileen Crowther"""),
("en", "b90-sponsor-junior-footy", "Shane Nguyen <secretary@westlakejfc.example.com.au>", "Sponsorship for Westlake Juniors", "general", "",
"""G'day,

I'm the secretary of Westlake Junior Football Club in Brisbane's west -
about 180 kids from under-7s to under-15s. We're looking for a local
sponsor for next season's training shirts and noticed you've backed a
few community clubs on the Gold Coast.

Who's the right person to send a proposal to?

Cheers,
Shane Nguyen
Club Secretary"""),
("en", "b90-name-change-marriage", "Laura Kent <laura.kent@example.com>", "Change of name", "general", "",
"""Hi, I got married in August and I'd like to change my surname on all
my accounts from Hughes to Kent. What do you need from me - can I
upload the marriage certificate or do I have to bring it into a branch?
Laura"""),
("en", "b90-school-money-talk", "Mrs P. Ahmed <p.ahmed@oakfieldprimary.example.co.uk>", "Money skills session for Year 6", "general", "",
"""Hello,

I teach Year 6 at Oakfield Primary in Luton. A parent mentioned that
your branch staff sometimes come into schools to run a session on money
and saving. Is that still something you offer, and could we book one
for the summer term? We have 58 children across two classes.

Best wishes,
Mrs Parveen Ahmed"""),
("en", "b90-urgent-branch-closing", "Gerry Flanagan <gerry.flanagan@example.ie>", "URGENT!!!", "general", "",
"""Heard in the pub that the Ballina branch is closing. Is that true and
when?? I've been with ye 40 years and I'm not doing the internet
banking at my age. Where would I go instead??

Gerry Flanagan"""),
("en", "b90-stop-loan-sales-calls", "Kevin Lowry <kevin.lowry@example.co.uk>", "Phone calls", "general", "",
"""I'm not closing anything and I'm not complaining about the account, it's
fine. I just want the phone calls offering me a personal loan to stop -
that's three this week, one at 8.15 in the evening. Please take me off
your marketing call list. Emails are fine if you must.

Kevin Lowry"""),
("en", "b90-poa-register-dad", "Sarah Whitmore <sarah.whitmore@example.co.uk>", "Power of attorney", "general", "",
"""Hello,

My brother and I have been appointed attorneys for our father, John
Whitmore, who has dementia. He has a savings account and a current
account with you. How do we register the lasting power of attorney -
can we post a certified copy, and do we both need to come in?

Sarah Whitmore"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b90-diplh-xreosi-syndromis-kartas", "Δήμητρα Καραγιάννη <d.karagianni@example.gr>", "Συνδρομή κάρτας", "billing", "",
"""Καλημέρα σας,

Στο τελευταίο αντίγραφο της πιστωτικής μου κάρτας βλέπω δύο φορές την
ετήσια συνδρομή των 35 €, με ημερομηνία 3/10 και 4/10. Υποθέτω ότι είναι
λάθος του συστήματος. Μπορείτε να μου επιστρέψετε τη μία από τις δύο;

Ευχαριστώ πολύ,
Δήμητρα Καραγιάννη"""),
("el", "b90-gl-dosi-plhrwmenh-ekkremei", "Stavros M. <stavros.m@example.gr>", "dosh", "billing", "",
"""Kalhspera,
plhrwsa xtes thn 3h dosh gia to kinhto (42,33 eurw) me karta mesa apo
to app sas, h trapeza mou deixnei oti ta xrhmata efygan, alla sto app
akoma grafei "ekkremei" kai mou hr8e kai mail oti "h dosh den exei
ejoflh8ei". Den 8elw na mou valete kai prostimo gia kati pou plhrwsa.
Mporeite na to koitaxete?
Stavros"""),
("el", "b90-paketo-neon-fantaros", "Γιαννης Τσολακης <g.tsolakis@example.gr>", "Πακετο νεων του γιου μου", "billing", "",
"""Καλησπερα σας,

ο γιος μου ο Αντωνης παρουσιαστηκε φανταρος τον Νοεμβριο και θα κανει
εναν χρονο στη Ροδο. Το πακετο νεων με τα 2 ευρω τον μηνα δεν του
χρειαζεται πλεον, τον μισθο του στρατου τον παιρνει αλλου. Παρακαλω να
σταματησει η χρεωση απο τον επομενο μηνα. Τον λογαριασμο αφηστε τον
ανοιχτο.

Ιωαννης Τσολακης
(κηδεμονας στον λογαριασμο)"""),
("el", "b90-servicer-rythmismeno-mesolavitis", "Αναστάσιος Πετρίδης <a.petridis@example.gr>", "Επιστολή σας με αρ. αναφοράς 77-30412", "billing", "high",
"""Κύριοι,

Έλαβα επιστολή σας ότι οφείλω 6.842,50 € από καταναλωτικό δάνειο που
διαχειρίζεστε πλέον εσείς. Το δάνειο αυτό ρυθμίστηκε το 2021 με την
τράπεζα σε 60 δόσεις των 98 € και πληρώνω κανονικά κάθε μήνα μέχρι
σήμερα. Έχω τη σύμβαση ρύθμισης και όλα τα αποδεικτικά.

Το ποσό που ζητάτε δεν έχει καμία σχέση με την πραγματικότητα. Αν μέσα σε
δέκα ημέρες δεν λάβω γραπτή διόρθωση, θα απευθυνθώ στον Ελληνικό
Χρηματοοικονομικό Μεσολαβητή και στην Τράπεζα της Ελλάδος.

Αναστάσιος Πετρίδης
Λάρισα"""),
("el", "b90-gl-tokoi-eksoflisi-kartas", "Eleni Vlaxou <eleni.vlachou@example.gr>", "tokoi??", "billing", "",
"""Geia sas,
ton Augousto eksoflisa OLO to upoloipo tis pistwtikis (1.210 euro) prin
tin imerominia liksis. Sto kainourio statement vlepw tokous 14,80. Giati
plirwnw tokous afou ta edwsa ola? Na ta epistrepsete parakalw.
Eleni"""),
("el", "b90-akyrwmeni-paraggelia-doseis-amfisvitisi", "Κατερίνα Ζαφειρίου <k.zafeiriou@example.gr>", "Παραγγελία που ακυρώθηκε - συνεχίζετε να χρεώνετε", "billing", "high",
"""Καλησπέρα.

Στις 2 Οκτωβρίου αγόρασα ένα στρώμα 640 € από ηλεκτρονικό κατάστημα και
επέλεξα πληρωμή σε 4 δόσεις μέσω της εφαρμογής σας. Το κατάστημα
ακύρωσε την παραγγελία την επόμενη μέρα επειδή δεν είχε απόθεμα, και
έχω το email της ακύρωσης. Παρ' όλα αυτά έχετε ήδη τραβήξει δύο δόσεις
των 160 €.

Σας έχω γράψει δύο φορές χωρίς απάντηση. Αν ως την Παρασκευή δεν
επιστραφούν τα 320 € και δεν κλείσει το πρόγραμμα, θα κάνω αμφισβήτηση
των χρεώσεων στην τράπεζά μου.

Κατερίνα Ζαφειρίου"""),
("el", "b90-promitheia-proorhs-exoflisis", "Μιχάλης Ρήγας <m.rigas@example.gr>", "Πρόωρη εξόφληση δανείου", "billing", "",
"""Γεια σας. Έχω καταναλωτικό δάνειο 8.000 € με 48 δόσεις, έχω πληρώσει
τις 20. Αν το εξοφλήσω ολόκληρο τον Ιανουάριο, υπάρχει προμήθεια
πρόωρης εξόφλησης και πόσο περίπου θα είναι; Μπορώ να πληρώσω με
μεταφορά από άλλη τράπεζα;

Μιχάλης Ρήγας"""),
("el", "b90-re-veveosi-exoflisis-prosimeiosi", "Ευάγγελος Σαββίδης <e.savvidis@example.gr>", "Re: Το αίτημά σας καταχωρήθηκε", "billing", "",
"""Καλημέρα,

σας ξαναγράφω γιατί πέρασαν 20 μέρες από το παρακάτω μήνυμα. Το
στεγαστικό για το διαμέρισμα στην Καλαμαριά το εξόφλησα ολόκληρο στις
15 Σεπτεμβρίου. Χρειάζομαι τη βεβαίωση εξόφλησης για να κάνει ο
δικηγόρος την άρση της προσημείωσης. Πότε θα την έχω;

Ευάγγελος Σαββίδης

-----Αρχικό μήνυμα-----
Από: Εξυπηρέτηση Πελατών
Θέμα: Το αίτημά σας καταχωρήθηκε
Αγαπητέ πελάτη, το αίτημά σας για έκδοση βεβαίωσης εξόφλησης
καταχωρήθηκε με αριθμό 5520184. Θα λάβετε ενημέρωση εντός 10 εργάσιμων."""),
("el", "b90-gl-erwtisi-prothesmiaki", "Nikos Papadopoulos <nikos.pap@example.gr>", "Erwtisi", "billing", "",
"""Kalhmera, exw 15.000 eurw ston apotamieutiko kai 8elw na ta valw se
prothesmiaki gia 6 mhnes. Ti epitokio dinete twra kai yparxei elaxisto
poso? Kai an ta xreiastw nwritera xanw tous tokous?
Eyxaristw
Nikos"""),
("el", "b90-allagi-imerominias-doshs", "Σοφια Λαμπρου <sofia.lamprou@example.gr>", "Ημερομηνια δοσης στεγαστικου", "billing", "",
"""Καλημερα,

η δοση του στεγαστικου χρεωνεται στις 5 του μηνα, αλλα απο τον
Ιανουαριο ο μισθος μου θα μπαινει στις 10. Γινεται να μεταφερθει η
χρεωση στις 12 καθε μηνα; Δεν θελω να μεινει ο λογαριασμος χωρις
υπολοιπο και να βγαινουν καθυστερησεις.

Ευχαριστω,
Σοφια Λαμπρου"""),
("el", "b90-pagia-entoli-apotamievsis-pausi", "Ρένα Κωνσταντίνου <rena.k@example.gr>", "Πρόγραμμα αποταμίευσης", "billing", "",
"""Γεια σας,

κάθε μήνα μεταφέρονται αυτόματα 100 € στο πρόγραμμα αποταμίευσης για τις
σπουδές της κόρης μου. Φέτος ο σκύλος μας χρειάστηκε δύο χειρουργεία και
τα οικονομικά μας στράβωσαν. Μπορούμε να σταματήσουμε τις μεταφορές για
τρεις μήνες (Δεκέμβριο ως Φεβρουάριο) χωρίς να χαθεί το μπόνους
επιτοκίου, και μετά να συνεχίσουν κανονικά;

Ρένα Κωνσταντίνου"""),
("el", "b90-exoda-ypenthymisis-kefalaia", "Θόδωρος Αλεξίου <theo.alexiou@example.gr>", "ΕΞΟΔΑ ΥΠΕΝΘΥΜΙΣΗΣ;;;", "billing", "",
"""ΚΑΛΗΣΠΕΡΑ. ΜΟΥ ΧΡΕΩΣΑΤΕ 15 ΕΥΡΩ "ΕΞΟΔΑ ΥΠΕΝΘΥΜΙΣΗΣ" ΕΠΕΙΔΗ ΠΛΗΡΩΣΑ ΤΗΝ
ΚΑΡΤΑ ΜΙΑ ΜΕΡΑ ΑΡΓΟΤΕΡΑ. ΜΙΑ ΜΕΡΑ! ΣΕ 12 ΧΡΟΝΙΑ ΔΕΝ ΕΧΩ ΑΡΓΗΣΕΙ ΠΟΤΕ.
ΘΕΛΩ ΝΑ ΤΑ ΑΚΥΡΩΣΕΤΕ.

Θ. ΑΛΕΞΙΟΥ"""),
("el", "b90-promitheia-tirisis-dieftyntis", "Χρυσάνθη Μαυρίδου <chrysa.mavridou@example.gr>", "Προμήθεια τήρησης λογαριασμού", "billing", "high",
"""Αξιότιμοι κύριοι,

Εδώ και τρεις μήνες μου παρακρατείτε 3 € τον μήνα ως «προμήθεια τήρησης»
από τον λογαριασμό ταμιευτηρίου μου, χωρίς να έχω λάβει καμία
ενημέρωση. Είμαι συνταξιούχος, η σύνταξή μου μπαίνει εκεί και σύμφωνα με
όσα μου είπαν όταν τον άνοιξα δεν θα είχε ποτέ χρεώσεις.

Έχω μιλήσει δύο φορές με το κατάστημα Βόλου και δύο φορές με το
τηλεφωνικό κέντρο. Όλοι μου λένε «δεν μπορούμε να κάνουμε κάτι». Ζητώ να
επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος ή κάποιος υπεύθυνος
και να μου επιστραφούν τα 9 €.

Χρυσάνθη Μαυρίδου"""),
("el", "b90-gl-allagh-se-6-doseis", "Marilena K. <marilena.k@example.gr>", "doseis", "billing", "",
"""geia sas! phra to laptop me 3 doseis twn 290 alla telika einai poly
gia mena ton mhna. mporw na to allaksw se 6 doseis? kai an nai, pairnete
kapoia epipleon xrewsh? den 8elw epistrofh h akyrwsh, mono na
mikrynei h dosh :)
Marilena"""),
("el", "b90-efarmogi-kollaei-otp", "Άρης Μανωλάκης <aris.manolakis@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα,

Δεν πρόκειται για κάποια χρέωση, το θέμα είναι η εφαρμογή. Από χθες, όταν
πάω να κάνω μεταφορά, μου ζητάει τον κωδικό μιας χρήσης, τον πληκτρολογώ
και η οθόνη μένει λευκή με έναν κύκλο που γυρίζει για πάντα. Έχω iPhone
13, τελευταία έκδοση iOS. Απεγκατέστησα και ξαναέβαλα την εφαρμογή,
τίποτα.

Άρης"""),
("el", "b90-gl-karta-den-pernaei-pos", "Giwrgos Xatzis <giorgos.chatzis@example.gr>", "h karta mou", "technical", "",
"""Kalhmera. H xrewstikh mou karta den pernaei pouthena apo thn Paraskevh.
Sto pos grafei "sfalma kartas" kai oute to contactless douleuei. Sto atm
thn vgazei pisw amesws. Yparxoun lefta ston logariasmo. Ti na kanw?
Giwrgos"""),
("el", "b90-eshop-doseis-checkout-lathos", "Ελίνα Ραφαηλίδου <elina@ladopetra-eshop.example.gr>", "Κουμπί δόσεων στο καλάθι", "technical", "high",
"""Καλημέρα σας,

Έχουμε μικρό ηλεκτρονικό κατάστημα με ελαιόλαδο και προϊόντα από τη
Μεσσηνία, και το 70% των πελατών μας πληρώνει μέσω της υπηρεσίας σας «σε
δόσεις». Από χθες το απόγευμα, όταν ο πελάτης πατάει την επιλογή, του
βγαίνει «Σφάλμα 403 - merchant not authorised» και επιστρέφει στο
καλάθι.

Από τότε δεν έχουμε ούτε μία ολοκληρωμένη παραγγελία, ενώ στο σύστημα
βλέπω 27 εγκαταλελειμμένα καλάθια. Είναι η εβδομάδα πριν τις γιορτές.
Χρειαζόμαστε κάποιον από το τεχνικό τμήμα σήμερα.

Ελίνα Ραφαηλίδου
Λαδόπετρα - Καλαμάτα"""),
("el", "b90-gl-farmakeio-pos-nekro", "Farmakeio Dimitriou <farmakeio.dimitriou@example.gr>", "POS", "technical", "high",
"""Kalhmera,
to POS pou mas dwsate gia to farmakeio (Iraklio, odos Evans) einai
nekro apo tis 8. H o8onh anavei kai grafei "no host" kai meta
kleinei. To kleisame kai to anoiksame 5 fores.
Oi perissoteroi pelates plhrwnoun me karta kai oi hlikiwmenoi den
exoun metrhta mazi tous, tous leme na paroun ta farmaka kai na
perasoun meta. Exoume oura ews ekso. Parakalw na mas pareite amesa
sto 2810 334 912.
Maria Dimitriou"""),
("el", "b90-atm-spinthires-katastima", "Κωνσταντίνος Λιάκος <k.liakos@example.gr>", "ATM στην οδό Ερμού", "technical", "high",
"""Καλησπέρα σας,

Θέλω απλώς να σας ενημερώσω ότι το ATM έξω από το κατάστημά σας στην
Ερμού στην Κοζάνη βγάζει σπίθες από το κάτω μέρος, εκεί που είναι το
καπάκι, και μυρίζει καμένο. Το είδα γύρω στις 9 το βράδυ όταν πήγα να
κάνω ανάληψη. Δεν το χρησιμοποίησα. Έχει βρέξει πολύ σήμερα και
μαζεύονται νερά ακριβώς από κάτω.

Καλό θα ήταν να το δει κάποιος πριν το ακουμπήσει άλλος.

Κωνσταντίνος Λιάκος"""),
("el", "b90-sms-kodikoi-exoteriko", "Αθηνα Πολυχρονιου <athina.p@example.gr>", "Δεν ερχονται οι κωδικοι", "technical", "",
"""Γεια σας,

βρισκομαι στο Μοναχο για δουλεια για δυο μηνες και δεν μου ερχονται τα
SMS με τους κωδικους για να μπω στο web banking. Το κινητο μου ειναι το
ιδιο ελληνικο νουμερο με περιαγωγη, τα αλλα μηνυματα τα λαμβανω
κανονικα. Υπαρχει καποιος αλλος τροπος;

Αθηνα Πολυχρονιου"""),
("el", "b90-gl-web-banking-error-500", "Petros Kalogeropoulos <petros.kal@example.gr>", "sfalma", "technical", "",
"""Kalhspera. Sto web banking, otan pataw "Metafores pros allh trapeza",
vgainei mia selida "Error 500 - Internal Server Error". Oi alles
selides anoigoun kanonika. Dokimasa Chrome kai Firefox kai apo allo
laptop. Apo to kinhto douleuei.
Petros"""),
("el", "b90-efarmogi-pefti-misthodosia", "Βασίλης Ηλιόπουλος <vasilis.iliopoulos@example.gr>", "Η εφαρμογή δεν ανοίγει σε κανέναν", "technical", "high",
"""Από τις 7 το πρωί η εφαρμογή και το web banking βγάζουν «Η υπηρεσία
δεν είναι διαθέσιμη». Δεν είμαι μόνο εγώ: ρώτησα στο γραφείο, κανείς
από τους συναδέλφους που έχουν λογαριασμό σε εσάς δεν μπορεί να μπει,
και στα social γράφουν εκατοντάδες άτομα το ίδιο.

Σήμερα είναι τέλος του μήνα, μπαίνουν μισθοί και πληρώνονται ενοίκια.
Στο τηλεφωνικό κέντρο περιμένω 40 λεπτά. Ενημερώστε τουλάχιστον πότε θα
λειτουργήσει.

Βασίλης Ηλιόπουλος"""),
("el", "b90-re-eidopoihseis-den-erxontai", "Ιφιγένεια Ντόκου <ifigeneia.ntokou@example.gr>", "Re: Ολοκλήρωση αιτήματος 4418820", "technical", "",
"""Καλημέρα,

το αίτημα το κλείσατε αλλά το πρόβλημα υπάρχει ακόμα. Οι ειδοποιήσεις
για τις αγορές με την κάρτα δεν μου έρχονται στο κινητό. Στις ρυθμίσεις
της εφαρμογής είναι ενεργοποιημένες και στις ρυθμίσεις του Android
επίσης. Πριν την αναβάθμιση έρχονταν κανονικά.

Ιφιγένεια

> Αγαπητή πελάτισσα,
> σας ενημερώνουμε ότι το αίτημά σας 4418820 ολοκληρώθηκε.
> Ευχαριστούμε που επιλέξατε την τράπεζά μας."""),
("el", "b90-token-den-syghronizei", "Σταμάτης Γεωργίου <stamatis.georgiou@example.gr>", "Κωδικός ασφαλείας", "technical", "",
"""Ο κωδικός που βγάζει η συσκευή (token) για τις πληρωμές δεν γίνεται
δεκτός, βγάζει «Λανθασμένος κωδικός». Άλλαξα μπαταρία, ίδιο πράγμα.
Πρέπει να μου στείλετε καινούργιο;

Σ. Γεωργίου"""),
("el", "b90-gl-karta-paidiou-kylikeio", "Popi Stergiou <popi.stergiou@example.gr>", "karta paidiou", "technical", "",
"""Kalhmera sas! Exw anoiksei ton logariasmo gia efhvous gia thn korh
mou (14 xronwn) kai phre thn kartoula ths thn perasmenh evdomada. Sto
kylikeio tou sxoleiou kai sto periptero tis leei "mh egkyrh karta".
Thn energopoihsame apo to app kai exei 20 eurw mesa. Ti ftaiei?
Popi"""),
("el", "b90-kleidwma-ebanking-lathos-kwdikoi", "Ελένη Μπακάλη <eleni.bakali@example.gr>", "Κλείδωσε ο λογαριασμός", "technical", "",
"""Καλημέρα σας. Έβαλα τρεις φορές λάθος κωδικό στο e-banking και τώρα
μου γράφει ότι ο χρήστης κλειδώθηκε. Πώς ξεκλειδώνει; Από το «ξέχασα τον
κωδικό» μου ζητάει κωδικό που έρχεται με SMS, αλλά μετά μου λέει πάλι
«ο χρήστης είναι κλειδωμένος».

Ελένη Μπακάλη, Χανιά"""),
("el", "b90-trith-karta-chip-proistamenos", "Παύλος Δρόσος <pavlos.drosos@example.gr>", "Τρίτη κάρτα που δεν δουλεύει", "technical", "high",
"""Κύριοι,

Τον Αύγουστο η χρεωστική μου κάρτα σταμάτησε να διαβάζεται. Μου
στείλατε καινούργια, δεν διαβαζόταν ούτε αυτή. Μου στείλατε τρίτη πριν
από μια εβδομάδα: σε κανένα POS και σε κανένα ATM δεν λειτουργεί.

Έχω κάνει πέντε τηλεφωνήματα και κάθε φορά ακούω «θα εκδοθεί νέα
κάρτα». Τρεις μήνες ζω με αναλήψεις στο γκισέ. Θέλω να ασχοληθεί
προσωπικά ένας προϊστάμενος και να βρεθεί τι φταίει, όχι τέταρτη
κάρτα από το ίδιο σύστημα.

Παύλος Δρόσος"""),
("el", "b90-nea-dieuthinsi-metakomisi", "Ιωάννα Σταματοπούλου <ioanna.stam@example.gr>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλησπέρα,

μετακόμισα και θα ήθελα να αλλάξει η διεύθυνση αλληλογραφίας σε όλους
τους λογαριασμούς μου (ταμιευτήριο και πιστωτική κάρτα). Νέα διεύθυνση:

Αγίου Δημητρίου 48, 3ος όροφος
546 33 Θεσσαλονίκη

Ευχαριστώ,
Ιωάννα Σταματοπούλου"""),
("el", "b90-gl-euxaristw-kyria-anna", "Kostas Apostolou <kostas.apostolou@example.gr>", "euxaristw", "general", "",
"""Kalhspera,
hthela na pw ena megalo euxaristw sthn kyria Anna sto katasthma
Peristeriou. Phga me ton 80xrono patera mou pou htan xamenos me ta
xartia ths syntakshs kai tou ta eksighse ola me yponomh, den vianotan
kaolou. Spanio pragma ayth th epoxh. Na ths to metaferete!
Kostas"""),
("el", "b90-wrario-patra-megali-evdomada", "Ευσταθιος Κουτρας <e.koutras@example.gr>", "Ωραριο", "general", "",
"""Καλημερα. Τη Μεγαλη Παρασκευη και το Μεγαλο Σαββατο το καταστημα της
Πατρας στην Κορινθου ειναι ανοιχτο; Μεχρι τι ωρα;"""),
("el", "b90-eispraktoras-apeiles-paidi-proistamenos", "Νεκταρία Φωτίου <nektaria.fotiou@example.gr>", "Τηλεφώνημα υπαλλήλου σας στο σπίτι μου", "general", "high",
"""Κύριοι,

Χθες στις 8.30 το βράδυ υπάλληλός σας πήρε τηλέφωνο στο σταθερό μας για
μια οφειλή του πρώην συζύγου μου. Το σήκωσε ο 12χρονος γιος μου. Του
είπε ότι «αν δεν πληρώσει ο μπαμπάς του θα του πάρουν το σπίτι» και
ότι «θα έρθει η αστυνομία». Το παιδί δεν κοιμήθηκε όλη τη νύχτα.

Δεν είμαι οφειλέτρια και ο πρώην σύζυγός μου δεν μένει εδώ από το 2020.
Ζητώ να μου τηλεφωνήσει ο προϊστάμενος του τμήματος και να διαγραφεί ο
αριθμός μας από τα αρχεία σας.

Νεκταρία Φωτίου"""),
("el", "b90-aitima-prosvasis-dedomena", "Λεωνίδας Παππάς <leonidas.pappas@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών μου δεδομένων που τηρείτε, συμπεριλαμβανομένων των
καταγραφών τηλεφωνικών κλήσεων, καθώς και ενημέρωση για το σε ποιους
τρίτους τα έχετε διαβιβάσει.

Ονοματεπώνυμο: Λεωνίδας Παππάς
ΑΦΜ: 0XX XXX 412 (θα σας το δώσω πλήρες αν χρειαστεί)

Με εκτίμηση,
Λεωνίδας Παππάς"""),
("el", "b90-gl-xasame-kleidia-katastima", "Despoina Karra <despoina.karra@example.gr>", "kleidia", "general", "",
"""Kalhmera, shmera to prwi htan sto katasthma sas sta Ioannina (plateia
Pyrrou) kai mallon afhsa ta kleidia mou panw ston pagko ths 2hs
8yridas. Exoun ena mple mprelok me mia xelwnitsa. Ta vrhkate?
Despoina 69XX XXX 221"""),
("el", "b90-rampa-spasmeni-amaxidio", "Γεράσιμος Βλαχάκης <gerasimos.vlachakis@example.gr>", "Ράμπα στο κατάστημα Ηρακλείου", "general", "high",
"""Καλησπέρα,

Είμαι σε αναπηρικό αμαξίδιο. Σήμερα πήγα στο κατάστημά σας στη Λεωφόρο
Κνωσού και η μεταλλική ράμπα στην είσοδο έχει ξεβιδωθεί από τη μία
πλευρά και κουνιέται. Μόλις ανέβηκα γλίστρησε η ρόδα και παραλίγο να
ανατραπώ. Με βοήθησε ένας περαστικός.

Δεν ζητάω τίποτα για μένα, απλώς φτιάξτε την πριν πέσει κάποιος.

Γεράσιμος Βλαχάκης"""),
("el", "b90-xorigia-syllogos-basket", "Α.Σ. Αστέρας Νέας Σμύρνης <info@asteras-smyrnis.example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο αθλητικός σύλλογος «Αστέρας Νέας Σμύρνης» έχει τμήματα μπάσκετ για
παιδιά 8 έως 16 ετών, με περίπου 150 αθλητές. Αναζητούμε χορηγό για τις
φανέλες της νέας περιόδου και θα θέλαμε να σας στείλουμε την πρόταση
συνεργασίας μας. Σε ποιον μπορούμε να απευθυνθούμε;

Με εκτίμηση,
Για το Δ.Σ.
Νίκος Φραγκιαδάκης"""),
("el", "b90-gl-epeigon-tameio-thessaloniki", "Manos Triantafyllou <manos.tr@example.gr>", "EPEIGON", "general", "",
"""kalhmera, poio einai to pio kontino katasthma sas sthn Thessalonikh
pou exei akoma tameio me anthrwpo kai oxi mono mhxanhmata? Menw Toumpa.
eyxaristw"""),
("el", "b90-allagi-eponymou-kinitou", "Μυρτώ Αναστασίου <myrto.anastasiou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας,

Παντρεύτηκα τον Ιούνιο και θέλω να προστεθεί το επώνυμο του συζύγου
μου (Αναστασίου-Ρήγα) στα στοιχεία μου. Επίσης άλλαξε το κινητό μου σε
697 412 3308. Τι δικαιολογητικά χρειάζεστε και γίνεται ηλεκτρονικά;

Μυρτώ Αναστασίου"""),
("el", "b90-ekdilosi-oikonomikos-alfavitismos", "Σύλλογος Γονέων 5ου Δημοτικού Βόλου <goneis5dim@example.gr>", "Ενημερωτική εκδήλωση για γονείς", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Γονέων του 5ου Δημοτικού Βόλου οργανώνει τον Μάρτιο μια
βραδιά για τα παιδιά και τα χρήματα (χαρτζιλίκι, αποταμίευση, αγορές
στο ίντερνετ). Είδαμε ότι έχετε κάνει παρόμοιες ομιλίες σε σχολεία.
Θα μπορούσε κάποιος συνεργάτης σας να έρθει να μιλήσει; Η εκδήλωση
είναι δωρεάν για τους γονείς.

Για το Δ.Σ.,
Αγγελική Τσιρίγου"""),
("el", "b90-gl-agenis-tamias", "Thanos Kyriakidis <thanos.kyr@example.gr>", "sxolio", "general", "",
"""Geia sas. 8elw na pw oti o kyrios sto tameio 3 sto katasthma sthn
Kalamaria shmera to meshmeri htan polu agenhs me mia hlikiwmenh kyria
mprosta mou, ths milage apotoma kai ths petakse ta xartia. Den einai
tropos ayty. Tipota allo.
Thanos"""),
("el", "b90-gl-stamatiste-ta-sms", "Fwtis Daskalakis <fotis.daskalakis@example.gr>", "sms", "general", "",
"""Kalhspera, den 8elw na kleisw kanena logariasmo kai den exw kapoio
parapono me th xrewsh, ola kala. Apla stamathste na mou stelnete
sms ka8e mera gia "prosfores daneiou". Ta apodexomai mono gia tis
kinhseis ths kartas.
Fwtis"""),
# ---------------- Spanish ----------------
("es", "b90-hipoteca-comision-amortizacion", "Javier Morales <javier.morales@example.es>", "Amortización anticipada", "billing", "",
"""Buenos días:

Tenemos con ustedes una hipoteca a tipo fijo firmada en 2020 sobre
nuestra vivienda en Zaragoza. Queremos amortizar 20.000 € en enero, con
reducción de cuota. ¿Qué comisión nos aplicarían? En la escritura pone
un 2 % los diez primeros años pero un amigo me dice que por ley es
menos. ¿Lo pueden confirmar?

Un saludo,
Javier Morales"""),
("es", "b90-bnpl-quincena-doble", "Alejandra Ruiz <ale.ruiz@example.com.mx>", "me cobraron doble", "billing", "",
"""hola buenas tardes, compre unos tenis en 4 quincenas de 437 pesos con
ustedes y hoy me llegaron dos cargos de 437 a mi tarjeta, uno a las
9:02 y otro a las 9:05. en la app solo aparece un pago. me pueden
regresar el otro porfa? gracias
Ale"""),
("es", "b90-tarjeta-madre-fallecida-cuota", "Rosa María Delgado <rosamaria.delgado@example.es>", "Tarjeta de mi madre", "billing", "",
"""Buenas tardes:

Mi madre, Carmen Delgado Ortiz, falleció el pasado 2 de octubre. Tenía
con ustedes una tarjeta de crédito con una cuota anual de 40 € y un
seguro de protección de pagos de 6,50 € al mes. Ninguna de las dos cosas
tiene ya sentido, así que les ruego que no se cobre nada más. Yo soy la
heredera y tengo el certificado de defunción y el de últimas voluntades.

¿Qué documentación necesitan y adónde la envío?

Atentamente,
Rosa María Delgado"""),
("es", "b90-prestamo-punitorios-defensa-consumidor", "Martín Sosa <martin.sosa@example.com.ar>", "Intereses punitorios mal cobrados", "billing", "high",
"""Buenas tardes,

La cuota 14 de mi préstamo personal vencía el 10/10, un sábado. La pagué
el lunes 12 a primera hora por homebanking, que es el primer día hábil,
y ahora en el resumen me cobran $ 18.420 de intereses punitorios y un
cargo por "gestión de mora".

Ya lo reclamé por teléfono dos veces y me dijeron que "el sistema lo
calcula así". Si no me devuelven esos importes en el próximo resumen,
hago la denuncia en Defensa del Consumidor y en el BCRA.

Martín Sosa
DNI 30.114.872"""),
("es", "b90-cuenta-joven-cumple-26", "Lucía Herrero <lucia.herrero@example.es>", "Comisión de mantenimiento", "billing", "",
"""Hola:

Cumplí 26 años en septiembre y este mes me han cobrado 8 € de comisión
de mantenimiento en la que era mi cuenta joven. Nadie me avisó de que
pasaba a ser una cuenta normal. Tengo la nómina domiciliada, ¿no debería
estar exenta? Si es así, os agradecería que me devolvierais los 8 €.

Gracias,
Lucía"""),
("es", "b90-re-aviso-adeudo-despacho-condusef", "Fernando Aguilar <fernando.aguilar@example.com.mx>", "Re: Aviso de adeudo - folio 220-58831", "billing", "high",
"""Buen día,

Según su aviso debo $ 38,900 pesos de una tarjeta de crédito. El saldo
real cuando la tarjeta se canceló en 2022 era de $ 11,250, y firmé un
convenio de pago con el banco que cumplí hasta el último peso; tengo los
comprobantes de las seis mensualidades.

No voy a pagar un monto inventado. Les pido por escrito el desglose de
ese saldo en un plazo de diez días. De lo contrario presentaré queja
ante la CONDUSEF, y si siguen llamando a mi trabajo, también.

Fernando Aguilar

-----Mensaje original-----
De: Gestión de Cobranza
Asunto: Aviso de adeudo - folio 220-58831
Estimado cliente: le informamos que su cuenta presenta un adeudo de
$38,900.00 MXN. Evite acciones legales liquidando a la brevedad."""),
("es", "b90-credito-pagar-por-pse", "Andrés Felipe Rojas <andresf.rojas@example.com.co>", "Formas de pago", "billing", "",
"""Buenas tardes, tengo un crédito de libre inversión con ustedes y
hasta ahora pagaba la cuota en la oficina de Chapinero. ¿Se puede pagar
por PSE o desde Nequi? Y si pago unos días antes de la fecha, ¿se
descuentan intereses?

Muchas gracias,
Andrés Felipe Rojas"""),
("es", "b90-seguro-perro-plazos-murio", "Irene Pascual <irene.pascual@example.es>", "Plazos del seguro de Rocky", "billing", "",
"""Hola,

En marzo financié con vosotros, en 12 plazos de 19,90 €, el seguro de
salud de mi perro Rocky. Rocky murió la semana pasada, ya muy mayor. La
aseguradora me dice que la póliza se anula, pero a mí me siguen saliendo
los plazos pendientes en vuestra app. ¿Se cancelan solos o tengo que
pedirlo yo? No quiero seguir pagando algo que ya no existe.

Irene"""),
("es", "b90-credito-desgravamen-sernac", "Carolina Muñoz <carolina.munoz@example.cl>", "Seguro que nunca contraté", "billing", "high",
"""Estimados:

En mi crédito de consumo de $ 3.500.000 viene incluido un seguro de
desgravamen de $ 9.870 mensuales que yo nunca firmé ni acepté. En el
contrato que me entregaron en la sucursal de Ñuñoa no aparece mi firma
en ese anexo.

Solicito que se elimine el seguro y se me restituya lo cobrado desde
abril. Si no tengo una respuesta formal esta semana, presentaré el
reclamo al SERNAC.

Carolina Muñoz Fuentes
RUT 16.552.301-K"""),
("es", "b90-pregunta-deposito-renovacion", "Tomás Iglesias <tomas.iglesias@example.es>", "Pregunta", "billing", "",
"""Buenas, el depósito a 12 meses que abrí el año pasado vence el día 20.
¿Se renueva solo? Y si se renueva, ¿al tipo de ahora o al de entonces?
Preferiría que el dinero vuelva a la cuenta corriente.

Tomás"""),
("es", "b90-certificado-intereses-renta", "Pilar Navarro <pilar.navarro@example.es>", "Certificado para la renta", "billing", "",
"""Buenos días:

Necesito el certificado de intereses y capital amortizado de mi
préstamo hipotecario del año pasado para la declaración de la renta. En
la web solo encuentro el de la cuenta corriente. ¿Me lo pueden enviar a
este correo?

Préstamo terminado en 4471.

Pilar Navarro"""),
("es", "b90-anualidad-de-por-vida-gerente", "Ricardo Herrera <ricardo.herrera@example.com.mx>", "Cobro de anualidad", "billing", "high",
"""A quien corresponda:

Cuando contraté la tarjeta en la sucursal de Polanco, el ejecutivo me
aseguró, y así lo decía el folleto que todavía conservo, "sin anualidad
de por vida". Este mes me cargaron $ 1,850 de anualidad más IVA.

Ya hablé dos veces a la línea y solo me ofrecen "bonificar el 50 %". No
me interesa un descuento sobre algo que no debo. Quiero que me llame el
gerente de la sucursal o alguien con autoridad para revertir el cargo
completo.

Ricardo Herrera"""),
("es", "b90-consumo-dolares-pagar-pesos", "Florencia Gómez <flor.gomez@example.com.ar>", "Resumen en dolares", "billing", "",
"""Hola, en el resumen de la tarjeta me aparece un saldo de USD 86,40 por
unas compras en una pagina de afuera. Puedo pagar ese saldo en pesos o
tengo que tener dolares? Y a que cotizacion lo toman? Gracias!!
Flor"""),
("es", "b90-volver-cuenta-basica", "Sergio Campos <sergio.campos@example.es>", "Cuenta Premium", "billing", "",
"""Hola, no quiero dar de baja nada ni me voy del banco. El mes pasado
toqué sin querer en la app lo de "Mejora a Premium" y ahora me cobran
12 € al mes. Quiero volver a la cuenta básica de antes. Si pudierais
devolverme los 12 € de este mes, genial, pero lo importante es que no
se repita.

Sergio"""),
("es", "b90-bizum-error-app", "Marta Cabrera <marta.cabrera@example.es>", "Bizum", "technical", "",
"""Hola, esto no es por ningún cargo ni nada de dinero raro. Es que desde
hace tres días, cuando intento enviar un Bizum desde vuestra app, me sale
"Error BZ-09, inténtelo más tarde" y no se envía. Recibir sí recibo.
Android, app actualizada. ¿Sabéis qué pasa?

Marta"""),
("es", "b90-tarjeta-digital-wallet", "Diego Ramírez <diego.ramirez@example.com.mx>", "No puedo agregar la tarjeta al celular", "technical", "",
"""Buenas noches. Quiero agregar mi tarjeta de débito a Google Wallet y
cuando pongo el código que me llega me dice "Tu banco no pudo
verificar esta tarjeta". Lo intenté con la tarjeta física y con la
digital, mismo error. Mi celular es un Samsung A54.

Saludos,
Diego Ramírez"""),
("es", "b90-tienda-online-tpv-virtual", "Librería El Faro <pedidos@libreriaelfaro.example.es>", "Pedidos", "technical", "high",
"""Buenos días,

Tenemos una librería en Gijón y vendemos también por la web con vuestro
TPV virtual. Desde anoche a las 23:00, todos los clientes que llegan a
la pasarela de pago vuelven a la tienda con el mensaje "Operación
denegada - error SIS0051", con cualquier tarjeta.

Esta mañana tenemos 19 pedidos a medias y clientes escribiéndonos
preguntando si somos una estafa. Es la semana de los libros de texto y
es cuando facturamos casi todo el año. Necesitamos que alguien lo mire
hoy mismo.

Begoña Fernández
Librería El Faro"""),
("es", "b90-app-caida-aguinaldo-todos", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "No anda nada", "technical", "high",
"""Hola. Desde las 7 de la mañana no se puede entrar ni a la app ni al
homebanking, sale "Servicio no disponible". No soy solo yo: en la
oficina somos 15 con cuenta sueldo en ustedes y no entra nadie, y en
las redes hay cientos de quejas. Hoy cobramos el aguinaldo y hay que
pagar alquileres y servicios. Al 0810 no atiende nadie. ¿Cuándo se
soluciona?

Gustavo Pereyra"""),
("es", "b90-cargador-datafono-quemado", "Nuria Vidal <nuria@floristerianuria.example.es>", "Cargador del datáfono", "technical", "high",
"""Hola,

Os escribo por el datáfono portátil que nos disteis con la cuenta de
negocio. Esta mañana, al llegar a la floristería, la base de carga
olía a plástico quemado y tenía una parte ennegrecida; también ha
dejado una marca en el mostrador de madera. La he desenchufado y la he
dejado en el suelo del patio.

El datáfono en sí parece que funciona con la batería que le queda. ¿Me
podéis mandar otra base y decirme qué hago con esta?

Gracias,
Nuria Vidal
Floristería Nuria - Reus"""),
("es", "b90-clave-dinamica-no-llega", "Paula Andrea Castaño <paula.castano@example.com.co>", "Clave dinámica", "technical", "",
"""Buenos días. Desde el lunes no me está llegando el mensaje de texto
con la clave dinámica para hacer transferencias en la app. El número
registrado es el correcto. Ya reinicié el celular. ¿Hay otra forma de
recibirla?
Paula Andrea Castaño"""),
("es", "b90-movil-nuevo-banca-online", "Antonio Lorenzo <antonio.lorenzo@example.es>", "no puedo entrar", "technical", "",
"""Buenas tardes. Desde que cambie de movil no puedo entrar en la banca
online. Me pide confirmar en el "dispositivo de confianza", que es el
movil viejo, y ese se lo quede mi nieto y lo ha formateado. En la
oficina de Lugo me dijeron que lo pida por aqui. Como lo hago?

Antonio Lorenzo"""),
("es", "b90-re-reporte-atendido-estado-cuenta", "Verónica Salinas <vero.salinas@example.com.mx>", "Re: Su reporte ha sido atendido", "technical", "",
"""Hola, pues no, no ha sido atendido. Sigue igual: entro a la app,
toco "Estados de cuenta", elijo el mes y la app se cierra sola. Ya
la desinstalé y la volví a instalar como me dijeron. iPhone 12.

Verónica

> Estimada cliente:
> Le informamos que su reporte No. 7720415 ha sido atendido. Le
> sugerimos desinstalar y volver a instalar la aplicación.
> Atentamente, Centro de Atención"""),
("es", "b90-app-bloqueada-tercera-vez-responsable", "Enrique Bravo <enrique.bravo@example.es>", "TERCERA VEZ", "technical", "high",
"""Es la tercera vez en un mes que la app me bloquea el usuario "por
motivos de seguridad" sin que yo haya hecho nada raro, y la tercera vez
que tengo que ir a la oficina a desbloquearlo con el DNI. Soy autónomo,
cobro y pago a proveedores desde la app y cada bloqueo me cuesta medio
día.

En la oficina me dicen que es cosa de "sistemas" y en el teléfono que es
cosa de la oficina. Quiero que esto lo lleve un responsable que me
explique por qué pasa y lo arregle de una vez, no otro desbloqueo.

Enrique Bravo"""),
("es", "b90-cajero-retuvo-tarjeta", "Camila Rojas <camila.rojas@example.cl>", "El cajero se quedó con mi tarjeta", "technical", "",
"""Hola, anoche el cajero de la sucursal de Providencia se quedó con mi
tarjeta de débito. La pantalla se congeló cuando estaba poniendo la
clave y después se apagó. No alcancé a sacar plata, así que eso está
bien. ¿Cómo recupero la tarjeta o tengo que pedir otra?

Camila"""),
("es", "b90-simulador-prestamo-no-carga", "Luis Alberto Quispe <luis.quispe@example.com.pe>", "Simulador", "technical", "",
"""Señores, el simulador de préstamo personal de su página web no carga.
Pongo el monto en soles y el plazo, le doy a "Calcular" y se queda la
rueda girando. Probé en la computadora y en el celular. Solo quería ver
cuánto saldría la cuota.

Atentamente,
Luis Alberto Quispe"""),
("es", "b90-pulsera-pago-hijo", "Elena Ortega <elena.ortega@example.es>", "La pulsera de Hugo", "technical", "",
"""Hola:

A mi hijo Hugo (13 años) le pedimos la pulsera de pago de la cuenta
para menores. Funcionó dos semanas y ahora en la cantina del instituto
y en el kiosco le dice "tarjeta no leída". Tiene saldo y en la app
aparece activa. ¿Puede estar estropeada? La ha mojado en la piscina,
aunque según la publicidad es resistente al agua.

Elena Ortega"""),
("es", "b90-usuario-bloqueado-intentos", "Jorge Méndez <jorge.mendez@example.com.mx>", "Usuario bloqueado", "technical", "",
"""Buenas tardes, me equivoqué tres veces con la contraseña de la banca
en línea y se bloqueó el usuario. La opción de "Olvidé mi contraseña" me
pide un token que ya no tengo porque cambié de teléfono. ¿Qué pasos
sigo?

Gracias
Jorge Méndez"""),
("es", "b90-cambio-domicilio", "Beatriz Molina <beatriz.molina@example.es>", "Cambio de dirección", "general", "",
"""Buenos días:

Me he mudado. Les ruego que actualicen mi dirección postal en todos mis
productos:

C/ Doctor Fleming 12, 4.º B
41011 Sevilla

Mi teléfono y correo no cambian.

Muchas gracias,
Beatriz Molina"""),
("es", "b90-gracias-asesor-credito-hipotecario", "Nicolás Ferreyra <nico.ferreyra@example.com.ar>", "Gracias a Matías", "general", "",
"""Hola, les escribo solo para agradecer a Matías, de la sucursal de Nueva
Córdoba, que nos acompañó todo el trámite del crédito hipotecario. Tuvo
una paciencia enorme con nuestras mil preguntas y nos avisaba cada paso
sin que tuviéramos que perseguirlo. El sábado nos mudamos a nuestra
primera casa. Que lo sepa su jefe!

Nicolás y Agustina"""),
("es", "b90-horario-sucursal-12-diciembre", "Guadalupe Torres <lupita.torres@example.com.mx>", "Horario", "general", "",
"""Buenos días, ¿la sucursal de la calzada de Tlalpan abre el 12 de
diciembre? ¿Y en qué horario trabajan en la semana de Navidad?
Gracias."""),
("es", "b90-gestor-cobros-companeros-superior", "Raul Jimenez <raul.jimenez@example.es>", "Llamadas a mi trabajo", "general", "high",
"""Buenas tardes,

Una persona de su empresa de recobro ha llamado tres veces esta semana
a la centralita de mi trabajo preguntando por mi y diciendole a la
recepcionista que soy "un moroso" y que "vaya preparandome". Me he
enterado porque me lo han contado mis compañeros. Es humillante.

No estoy discutiendo la deuda, que estoy negociando con el banco por mi
cuenta. Estoy hablando de como se comporta su empleado. Quiero que me
llame un superior y que se borre el telefono de mi empresa de sus
datos.

Raul Jimenez Vera"""),
("es", "b90-habeas-data", "Mauricio Patiño <mauricio.patino@example.com.co>", "Solicitud de información personal", "general", "",
"""Señores:

En ejercicio del derecho de habeas data (Ley 1581 de 2012), solicito
que me informen qué datos personales míos tienen registrados, con qué
finalidad se usan y con qué terceros los han compartido en los últimos
dos años.

Cédula 79.554.120 de Bogotá.

Cordialmente,
Mauricio Patiño"""),
("es", "b90-bufanda-oficina", "Carmen Soler <carmen.soler@example.es>", "Bufanda", "general", "",
"""Hola, ayer por la tarde estuve en la oficina de la plaza de la
Constitución en Málaga y creo que me dejé una bufanda de lana gris en la
silla de la mesa del fondo. ¿La habéis visto? Me la tejió mi madre.

Carmen"""),
("es", "b90-sucursal-piso-mojado-caida", "Leticia Domínguez <leticia.dominguez@example.com.mx>", "Accidente en su sucursal de Monterrey", "general", "high",
"""Buenas tardes,

Hoy a mediodía estaba en la fila de la sucursal de avenida Constitución
y una señora mayor se resbaló y cayó. Estaban trapeando el piso sin
poner ningún letrero y además hay una gotera del aire acondicionado
justo en la entrada. La señora se pegó en la cadera y se la llevó la
ambulancia.

El guardia dijo que "siempre pasa". Alguien más se va a lastimar si no
lo arreglan.

Leticia Domínguez"""),
("es", "b90-patrocinio-carrera-popular", "Club Atletismo Villaverde <info@atletismovillaverde.example.es>", "Patrocinio de la San Silvestre del barrio", "general", "",
"""Hola:

Somos un club de atletismo de barrio en Villaverde (Madrid) y
organizamos una San Silvestre popular con unos 800 corredores. Este año
buscamos patrocinadores para los dorsales y el avituallamiento. ¿A quién
podemos enviar el dossier?

Un saludo,
Alberto Cano
Club Atletismo Villaverde"""),
("es", "b90-cambiar-numero-telefono", "Francisca Vera <francisca.vera@example.cl>", "Cambio de número", "general", "",
"""Hola, cambié de compañía y de número de celular. ¿Cómo actualizo el
número en el banco? ¿Lo puedo hacer por la página o tengo que ir a la
sucursal con el carnet?

Francisca"""),
("es", "b90-socorro-practicas-verano", "Mercedes Lara <mercedes.lara@example.es>", "¡Socorro!", "general", "",
"""¡Socorro! Mi hijo tiene 17 años, le apasiona la economía y me está
volviendo loca con que quiere hacer prácticas este verano "en un banco
de verdad". ¿Tenéis algún programa de prácticas o de visitas para
estudiantes de bachillerato en Valencia?

Gracias y perdón por el asunto,
Mercedes"""),
("es", "b90-queja-trato-empleada", "Hernan Acosta <hernan.acosta@example.com.ar>", "Atencion en sucursal Rosario centro", "general", "",
"""Buenas. Quiero dejar asentado que el martes la empleada de atencion al
cliente de la sucursal Rosario centro me atendio de muy mala manera,
revoleando los ojos y hablando por celular mientras yo le explicaba lo
que necesitaba. No pido nada, solo que lo tengan en cuenta.
Hernan Acosta"""),
("es", "b90-taller-finanzas-mayores", "Josefa Marín <josefa.marin@example.es>", "Taller para mayores", "general", "",
"""Buenos días,

En el centro de mayores de mi barrio (Cartagena) han puesto un cartel de
un taller de ustedes para aprender a usar el móvil con el banco. ¿Hay que
ser cliente para ir? ¿Dónde me apunto? Tengo 74 años y me vendría muy
bien.

Muchas gracias,
Josefa Marín"""),
("es", "b90-no-cancelar-publicidad-whatsapp", "Octavio Ruelas <octavio.ruelas@example.com.mx>", "WhatsApp", "general", "",
"""Buenas, no quiero cancelar mi tarjeta ni nada, estoy contento con el
servicio. Solo quiero que dejen de mandarme publicidad de prestamos por
WhatsApp, me llegan 2 o 3 al dia. Como me doy de baja de eso?
Octavio"""),
# ---------------- Polish ----------------
("pl", "b90-nadplata-kredytu-prowizja", "Tomasz Wieczorek <tomasz.wieczorek@example.pl>", "Nadpłata kredytu hipotecznego", "billing", "",
"""Dzień dobry,

mamy u Państwa kredyt hipoteczny na mieszkanie w Poznaniu (umowa z
2021 r., oprocentowanie zmienne). Chcielibyśmy w styczniu nadpłacić
25 000 zł. Czy przy tej nadpłacie naliczona zostanie prowizja? I czy
możemy wybrać, czy skraca się okres, czy zmniejsza rata?

Pozdrawiam
Tomasz Wieczorek"""),
("pl", "b90-odroczona-platnosc-oplata-mimo-splaty", "Kasia Nowak <kasia.nowak92@example.pl>", "oplata za odroczenie", "billing", "",
"""Dzien dobry, kupilam buty za 289 zl z platnoscia za 30 dni. Zaplacilam
w 26 dniu, mam potwierdzenie przelewu, a dzisiaj w aplikacji widze
"oplata za przedluzenie terminu 19,90 zl". Nie przedluzalam niczego.
Prosze o anulowanie tej oplaty.
Kasia"""),
("pl", "b90-karta-taty-oplata-roczna", "Barbara Wójcik <barbara.wojcik@example.pl>", "Karta kredytowa taty", "billing", "",
"""Szanowni Państwo,

mój tata, Kazimierz Wójcik, odszedł od nas w lipcu. Miał u Państwa kartę
kredytową, za którą w lutym pobierana jest opłata roczna 120 zł. Proszę,
aby tej opłaty już nie naliczać, bo kartą nikt nie będzie się
posługiwał. Zadłużenia na karcie nie ma.

Jestem jedyną spadkobierczynią, mam akt zgonu i postanowienie o
stwierdzeniu nabycia spadku. Jakie dokumenty mam przesłać?

Z poważaniem
Barbara Wójcik"""),
("pl", "b90-windykacja-przedawnienie-rzecznik", "Andrzej Kowalczyk <andrzej.kowalczyk@example.pl>", "Wezwanie do zapłaty nr WZ/2291/11", "billing", "high",
"""Dzień dobry,

otrzymałem od Państwa wezwanie do zapłaty 4 317,80 zł z tytułu
pożyczki z 2013 roku, rzekomo nabytej od firmy pożyczkowej. Ostatnią
wpłatę na tę pożyczkę zrobiłem w 2014 r. Roszczenie jest przedawnione i
nie zamierzam go płacić.

Proszę o pisemne potwierdzenie zamknięcia sprawy i zaprzestanie
telefonów. Jeśli skierujecie sprawę do sądu, podniosę zarzut
przedawnienia, a niezależnie od tego złożę skargę do Rzecznika
Finansowego i UOKiK na Wasze praktyki.

Andrzej Kowalczyk
Rzeszów"""),
("pl", "b90-konto-nastolatka-osiemnastka", "Joanna Michalska <joanna.michalska@example.pl>", "Konto Kuby", "billing", "",
"""Dzień dobry,

nasz syn Kuba skończył w listopadzie 18 lat i jak to osiemnastolatek
oświadczył, że "wyrósł z konta dla dzieciaków". Założył sobie konto w
innym banku. Dostaliśmy informację, że od stycznia jego konto u Państwa
zmieni się w zwykłe konto osobiste za 9 zł miesięcznie. Nie chcemy,
żeby cokolwiek było pobierane - co trzeba zrobić?

Joanna Michalska (przedstawiciel ustawowy)"""),
("pl", "b90-zwrot-kurtki-raty-chargeback", "Michał Zając <michal.zajac@example.pl>", "Raty za zwrócony towar", "billing", "high",
"""Dzień dobry,

23 września odesłałem kurtkę kupioną na raty 0% przez Waszą aplikację
(4 raty po 174,75 zł). Sklep potwierdził przyjęcie zwrotu 27 września i
napisał, że poinformował Was o anulowaniu transakcji. Mimo to pobraliście
z mojej karty kolejne dwie raty.

To już trzeci mail w tej sprawie. Jeżeli do końca tygodnia nie
zwrócicie 349,50 zł i nie zamkniecie planu, zgłoszę w banku chargeback
na obie transakcje.

Michał Zając"""),
("pl", "b90-wczesniejsza-splata-zwrot-prowizji", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Wcześniejsza spłata pożyczki", "billing", "",
"""Dzień dobry,

we wrześniu spłaciłam w całości pożyczkę gotówkową (umowa z marca
2023, 36 rat, spłacone po 18). Przy udzieleniu pożyczki pobrana była
prowizja 1 840 zł. Z tego co wiem, przy wcześniejszej spłacie należy mi
się proporcjonalny zwrot kosztów, a nic nie dostałam. Proszę o
wyliczenie i zwrot.

Agnieszka Pawlak"""),
("pl", "b90-re-wakacje-kredytowe-kolejna-rata", "Paweł Krawczyk <pawel.krawczyk@example.pl>", "Re: Potwierdzenie przyjęcia wniosku", "billing", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Mam jeszcze pytanie: czy w ramach tego samego
wniosku mogę zawiesić także ratę grudniową, czy trzeba złożyć nowy? Na
święta będzie u nas krucho.

Pozdrawiam
Paweł Krawczyk

> Szanowny Panie,
> informujemy, że Pana wniosek o zawieszenie spłaty raty kredytu
> hipotecznego za październik i listopad został przyjęty. Raty nie
> zostaną pobrane w tych miesiącach.
> Z poważaniem, Zespół Obsługi Klienta"""),
("pl", "b90-zamowienie-blik-rata", "Ewelina Dudek <ewelina.dudek@example.pl>", "Zamówienie 48213", "billing", "",
"""Hej, kupiłam ekspres do kawy rozłożony na 10 rat u Was. Czy ratę mogę
płacić BLIKiem co miesiąc, czy musi być przelew tradycyjny? I do którego
dnia trzeba zapłacić, żeby nie było odsetek?

Ewelina"""),
("pl", "b90-konto-oszczednosciowe-promocja-przelozony", "Krzysztof Górecki <krzysztof.gorecki@example.pl>", "Oprocentowanie promocyjne - reklamacja", "billing", "high",
"""Szanowni Państwo,

w czerwcu otworzyłem konto oszczędnościowe w promocji 6,5% na nowe
środki do 100 000 zł przez 3 miesiące. Wpłaciłem 80 000 zł w terminie,
spełniłem wszystkie warunki regulaminu. Dopisane odsetki naliczono wg
stawki 2% - różnica to ok. 780 zł na moją niekorzyść.

Reklamację odrzucono jednym zdaniem "warunki promocji nie zostały
spełnione", bez wskazania który. Proszę o przekazanie sprawy do
przełożonego działu reklamacji i kontakt ze mną osoby, która będzie
w stanie to wyjaśnić.

Krzysztof Górecki"""),
("pl", "b90-rata-wzrosla-wskaznik", "Danuta Sobczak <danuta.sobczak@example.pl>", "Dlaczego rata wyższa?", "billing", "",
"""Dzień dobry,

w tym miesiącu rata mojego kredytu hipotecznego wzrosła z 2 311 zł do
2 486 zł. Nie dostałam żadnego pisma. Czy mogą Państwo wyjaśnić, z
czego wynika ta zmiana i czy tak już zostanie?

Danuta Sobczak"""),
("pl", "b90-przewalutowanie-euro-oplata", "Bartek Lis <bartek.lis@example.pl>", "prowizja za przewalutowanie", "billing", "",
"""Czesc, na wyciagu z karty mam prowizje 3% od platnosci w euro w Pradze.
Przy zakladaniu karty mowiliscie, ze platnosci w euro sa bez prowizji.
Mozecie to oddac? Chodzi o 11,40 zl."""),
("pl", "b90-pakiet-podrozny-emerytura", "Halina Kaczmarek <halina.kaczmarek@example.pl>", "Pakiet podróżny przy karcie", "billing", "",
"""Szanowni Państwo,

od 1 grudnia jestem na emeryturze i z mężem postanowiliśmy, że nasze
podróże kończą się na działce pod Olsztynem. Pakiet ubezpieczenia
podróżnego przy karcie (9,99 zł miesięcznie) nie jest mi już potrzebny.
Proszę go wyłączyć od najbliższego okresu rozliczeniowego. Samą kartę
zostawiam.

Z wyrazami szacunku
Halina Kaczmarek"""),
("pl", "b90-windykacja-rozlozenie-na-raty", "Sylwia Górska <sylwia.gorska@example.pl>", "Sprawa nr 88/2219/KD", "billing", "",
"""Dzień dobry,

dostałam od Państwa pismo w sprawie zaległości 1 960 zł za abonament
telefoniczny. Nie kwestionuję długu, zapomniałam o ostatnich fakturach
po przeprowadzce. Nie dam rady zapłacić całości naraz - czy mogę
rozłożyć to na 6 rat i na jaki numer konta wpłacać?

Sylwia Górska"""),
("pl", "b90-blik-nie-generuje-kodu", "Marcin Jaworski <marcin.jaworski@example.pl>", "BLIK", "technical", "",
"""Dzień dobry, to nie jest reklamacja żadnej płatności, wszystko się
zgadza. Od wczoraj w aplikacji po kliknięciu BLIK kręci się kółko i kod
się nie pojawia, po minucie komunikat "Spróbuj ponownie później".
Przelewy i podgląd konta działają. iPhone SE, aplikacja aktualna.

Marcin"""),
("pl", "b90-karta-nie-dziala-terminale", "Zbigniew Pietrzak <zbigniew.pietrzak@example.pl>", "karta", "technical", "",
"""Dzien dobry, od soboty moja karta debetowa nie dziala w sklepach -
terminal pokazuje "blad odczytu karty", zblizeniowo tez nie idzie.
Pieniadze na koncie sa, w aplikacji karta aktywna. Czy trzeba wymienic
karte?
Z. Pietrzak"""),
("pl", "b90-sklep-bramka-raty-koszyki", "Sklep Drewniak <sklep@drewniak-meble.example.pl>", "Płatności w sklepie", "technical", "high",
"""Dzień dobry,

prowadzimy sklep internetowy z meblami z litego drewna. Większość
klientów wybiera u nas Waszą płatność ratalną. Od wczoraj od 16:00 po
wybraniu tej opcji klient widzi białą stronę z napisem "merchant_id
invalid" i wraca do koszyka.

Od tamtej pory nie przyszło ani jedno zamówienie, a w panelu mamy 14
porzuconych koszyków na łączną kwotę ponad 38 tys. zł. Klienci dzwonią
z pytaniem, czy sklep w ogóle działa. Prosimy o pilny kontakt technika.

Robert Drewniak
Drewniak Meble, Nowy Targ"""),
("pl", "b90-biuro-rachunkowe-przelewy-zus", "Biuro Rachunkowe Bilans <biuro@bilans-ksiegowosc.example.pl>", "Paczka przelewów", "technical", "high",
"""Dzień dobry,

jesteśmy biurem rachunkowym i z naszego rachunku firmowego w Państwa
banku co miesiąc wysyłamy paczki przelewów do ZUS i US w imieniu 70
klientów. Od rana każdy import pliku kończy się komunikatem "Błąd
struktury pliku (kod E-114)". Plik generuje ten sam program co od
czterech lat, niczego nie zmienialiśmy.

Termin składek mija jutro. Jeśli przelewy nie wyjdą dziś, nasi
klienci zapłacą odsetki i stracą ulgi. Proszę o kontakt kogoś
technicznego jeszcze dziś: 71 344 20 18.

Ewa Czarnecka
Biuro Rachunkowe Bilans, Wrocław"""),
("pl", "b90-wplatomat-dym-oddzial", "Leszek Mazur <leszek.mazur@example.pl>", "Wpłatomat przy ul. Piotrkowskiej", "technical", "high",
"""Dzień dobry,

chciałem tylko zgłosić, że wpłatomat w przedsionku Państwa oddziału
przy Piotrkowskiej w Łodzi, ten po lewej stronie, dymi się z
kratki z tyłu i czuć spaleniznę. Ekran był czarny. Było to dziś ok.
19:30, oddział był już zamknięty, w przedsionku nikogo poza mną. Nie
korzystałem z niego, wpłaciłem w drugim.

Może warto, żeby ktoś tam zajrzał jeszcze dziś.

Leszek Mazur"""),
("pl", "b90-sms-kody-nie-przychodza", "Patrycja Baran <patrycja.baran@example.pl>", "kody sms", "technical", "",
"""Dzien dobry, nie przychodza mi SMS-y z kodami do logowania w bankowosci
internetowej. Numer telefonu jest dobry, inne SMS-y dostaje. Probowalam
kilka razy od wczoraj. Co moge zrobic?
Patrycja Baran"""),
("pl", "b90-nowy-telefon-aktywacja-aplikacji", "Grzegorz Sikorski <grzegorz.sikorski@example.pl>", "Aktywacja aplikacji", "technical", "",
"""Dzień dobry,

kupiłem nowy telefon i przy aktywacji aplikacji mobilnej wyskakuje
"Nie można sparować urządzenia - błąd 7012". Stary telefon oddałem do
serwisu, więc nie mam go przy sobie. Jak mam aktywować aplikację?

Grzegorz"""),
("pl", "b90-re-zgloszenie-historia-pusta", "Natalia Szymańska <natalia.szymanska@example.pl>", "Re: Zgłoszenie 20331-K zostało zamknięte", "technical", "",
"""Dzień dobry,

zgłoszenie zostało zamknięte, ale nic się nie zmieniło. W aplikacji
zakładka "Historia" na koncie oszczędnościowym jest pusta od
października, a saldo się zgadza. Na komputerze historia jest.
Wyczyściłam dane aplikacji, jak Państwo radzili.

Natalia Szymańska

> Dzień dobry,
> uprzejmie informujemy, że Pani zgłoszenie 20331-K zostało
> zrealizowane. Prosimy o wyczyszczenie danych aplikacji.
> Z poważaniem, Zespół Wsparcia"""),
("pl", "b90-konto-junior-logowanie", "Dorota Kubiak <dorota.kubiak@example.pl>", "Aplikacja dla córki", "technical", "",
"""Dzień dobry,

założyłam córce (13 lat) konto dla nastolatka. W mojej aplikacji wszystko
widać, ale córka nie może się zalogować w swojej - po wpisaniu
identyfikatora pojawia się "Użytkownik nieaktywny". Aktywacja z mojego
profilu przeszła poprawnie. Co robimy nie tak?

Dorota Kubiak"""),
("pl", "b90-google-pay-odrzuca-kierownik", "Łukasz Wróbel <lukasz.wrobel@example.pl>", "Google Pay - trzecie zgłoszenie", "technical", "high",
"""Dzień dobry,

trzeci raz zgłaszam, że płatności telefonem przez Google Pay z kartą z
Państwa banku są odrzucane - w Biedronce, na stacji, w aptece. Za
każdym razem dostaję odpowiedź "prosimy usunąć i dodać kartę
ponownie". Zrobiłem to już pięć razy. Zwykła karta działa.

Mam dość odbijania się od infolinii. Proszę, żeby sprawą zajął się
kierownik zespołu, który ma realną możliwość sprawdzenia, co się
dzieje, a nie kolejny konsultant ze skryptem.

Łukasz Wróbel"""),
("pl", "b90-karta-odrzucana-insulina-zagranica", "Renata Kołodziej <renata.kolodziej@example.pl>", "Karta odrzucana - jestem za granicą", "technical", "high",
"""Dzień dobry, piszę z Norwegii. Moja karta od wczoraj jest odrzucana
wszędzie, także w aptece, a w aplikacji nie widzę blokady. Jestem
cukrzykiem, zostałam bez insuliny, bo zgubiłam torbę z lekami na
lotnisku, i nie mam jak zapłacić za nową. Gotówki w koronach nie mam.
Infolinia z zagranicy nie łączy. Proszę o pomoc jak najszybciej,
numer +47 412 80 331.

Renata Kołodziej"""),
("pl", "b90-harmonogram-pdf-nie-otwiera", "Wojciech Adamczyk <wojciech.adamczyk@example.pl>", "Harmonogram spłat", "technical", "",
"""Po kliknięciu "Pobierz harmonogram" przy kredycie pobiera się plik
PDF, który się nie otwiera - Adobe pisze, że plik jest uszkodzony.
Próbowałem w Chrome i Firefoxie. Potrzebuję harmonogramu do banku, w
którym biorę drugi kredyt."""),
("pl", "b90-powiadomienia-autoryzacja", "Iwona Wasilewska <iwona.wasilewska@example.pl>", "Brak powiadomień", "technical", "",
"""Dzień dobry,

przy płatnościach internetowych kartą nie przychodzi mi powiadomienie
do aplikacji z prośbą o potwierdzenie, przez co transakcje przepadają.
Powiadomienia w telefonie są włączone, aplikację przeinstalowałam.

Iwona Wasilewska, Białystok"""),
("pl", "b90-zmiana-nazwiska-slub", "Magdalena Wrona-Kamińska <magda.wrona@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

we wrześniu wzięłam ślub i używam teraz nazwiska dwuczłonowego
Wrona-Kamińska. Mam już nowy dowód osobisty. Czy zmianę danych mogę
zrobić przez aplikację, czy muszę przyjść do oddziału?

Magdalena"""),
("pl", "b90-podziekowania-doradca-hipoteka", "Adam i Karolina Lewandowscy <lewandowscy@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chcieliśmy bardzo podziękować pani Monice z oddziału w Gdańsku
Wrzeszczu. Przeprowadziła nas przez cały proces kredytu hipotecznego,
tłumaczyła wszystko po ludzku i oddzwaniała nawet późnym popołudniem.
W sobotę odebraliśmy klucze do naszego pierwszego mieszkania. Prosimy
przekazać to jej przełożonym.

Serdecznie pozdrawiamy
Adam i Karolina"""),
("pl", "b90-wigilia-godziny-otwarcia", "Stanisław Nowicki <stanislaw.nowicki@example.pl>", "Wigilia", "general", "",
"""Do której godziny będzie czynny oddział w Lublinie na Krakowskim
Przedmieściu w Wigilię? I czy 31 grudnia też krócej?"""),
("pl", "b90-windykator-pod-domem-kierownik", "Marek Kalinowski <marek.kalinowski@example.pl>", "Wizyta Państwa pracownika", "general", "high",
"""Dzień dobry,

w sobotę o 8 rano pod moim domem w Tarnowie pojawił się Państwa
windykator terenowy. Kiedy nie otworzyłem od razu, zaczął krzyczeć przez
furtkę, tak że słyszeli sąsiedzi, że "dłużnik się chowa", i zostawił
w skrzynce pismo bez koperty.

Sprawa zadłużenia jest w toku i ją spłacam. Nie zgadzam się jednak na
takie zachowanie. Żądam kontaktu z kierownikiem tego pracownika i
informacji, jakie wyciągnięto konsekwencje.

Marek Kalinowski"""),
("pl", "b90-rodo-wniosek-dane", "Aleksander Kozłowski <aleksander.kozlowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa, w tym nagrań rozmów
telefonicznych z ostatnich 12 miesięcy, oraz informacji, komu je
udostępniono.

Aleksander Kozłowski
PESEL do wglądu w oddziale"""),
("pl", "b90-teczka-zostawiona-oddzial", "Jerzy Olszewski <jerzy.olszewski@example.pl>", "Zostawiona teczka", "general", "",
"""Dzień dobry, wczoraj po południu byłem w oddziale na Rynku w
Katowicach i chyba zostawiłem przy stanowisku doradcy brązową skórzaną
teczkę z dokumentami samochodu. Czy ktoś ją znalazł?

Jerzy Olszewski, tel. 602 114 873"""),
("pl", "b90-sople-nad-wejsciem-oddzial", "Teresa Malinowska <teresa.malinowska@example.pl>", "Wejście do oddziału w Zakopanem", "general", "high",
"""Dzień dobry,

nad wejściem do Państwa oddziału przy Krupówkach wiszą z rynny duże
sople, a kilka już spadło na chodnik tuż przy drzwiach - kawałki lodu
leżą przy samym wejściu. Schody nie są posypane i są bardzo śliskie,
sama prawie upadłam. Ludzie z dziećmi wchodzą tam cały dzień.

Piszę, bo ochroniarz powiedział, że "to nie jego sprawa".

Teresa Malinowska"""),
("pl", "b90-sponsoring-turniej-szachowy", "UKS Hetman <kontakt@ukshetman.example.pl>", "Turniej szachowy dla dzieci", "general", "",
"""Dzień dobry,

Uczniowski Klub Sportowy "Hetman" z Opola organizuje w marcu turniej
szachowy dla dzieci do lat 14 (ok. 120 uczestników). Szukamy
sponsora nagród i koszulek. Czy bank prowadzi takie działania lokalnie
i do kogo możemy wysłać ofertę?

Z poważaniem
Piotr Rogalski, prezes UKS Hetman"""),
("pl", "b90-zmiana-adresu-korespondencyjnego", "Robert Stępień <robert.stepien@example.pl>", "zmiana adresu", "general", "",
"""Dzien dobry, prosze o zmiane mojego adresu do korespondencji na:
ul. Lipowa 7/12, 15-424 Bialystok. Stary adres (Suwalki) juz nieaktualny.
Dziekuje, Robert Stepien"""),
("pl", "b90-pilne-parking-oddzial", "Irena Zielińska <irena.zielinska@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! jutro jade z mezem do oddzialu w Sopocie podpisac papiery,
maz chodzi o kulach. Czy jest tam jakis parking blisko wejscia??"""),
("pl", "b90-warsztaty-seniorzy-bezpieczenstwo", "Janina Borkowska <janina.borkowska@example.pl>", "Spotkanie dla seniorów", "general", "",
"""Dzień dobry,

w naszym Klubie Seniora w Szczecinie panie mówiły, że bank organizuje
spotkania o tym, jak nie dać się oszukać przez telefon. Czy moglibyście
zorganizować takie spotkanie u nas? Przychodzi nas około 30 osób, we
wtorki o 11.

Janina Borkowska
przewodnicząca Klubu Seniora "Pogodna Jesień\""""),
("pl", "b90-aplikacja-bomba-pochwala", "Filip Jankowski <filip.jankowski@example.pl>", "Nowa aplikacja", "general", "",
"""Nowa wersja aplikacji to jest bomba! Wszystko w końcu w jednym
miejscu, przelew robię w 10 sekund. Zabójczo szybka. Nie mam żadnego
problemu, po prostu chciałem pochwalić zespół, który to zrobił.

Filip"""),
("pl", "b90-bez-reklamacji-listy-papierowe", "Elżbieta Kwiatkowska <elzbieta.kwiatkowska@example.pl>", "Listy reklamowe", "general", "",
"""Dzień dobry,

nie piszę z reklamacją ani w sprawie pieniędzy, z kontem wszystko w
porządku. Proszę jedynie o to, żeby przestały przychodzić do mnie
papierowe listy z ofertami pożyczek i kart - dostaję je co tydzień.
Wycofuję zgodę na marketing pocztowy.

Elżbieta Kwiatkowska"""),
]
