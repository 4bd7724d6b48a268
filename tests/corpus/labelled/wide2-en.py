# wide2-en.py -- a second wide batch of English labelled mails, spread
# over many kinds of business (office supplies, IT support, payroll
# software, card terminals, letting agents, car leasing, EV charging,
# pest control, hearing aids, pet insurance, cruise lines, council
# services and more), for training.  Everyday mail of all three queues,
# plus the cases that are easy to get wrong: money or faults mentioned in
# passing, money matters told without the usual words, faults told only
# by symptoms, paid plans ended in roundabout ways, escalation demands
# that keep their topic, outages told by their consequences and hazards
# told calmly.  Same tuple format as batch16.py.
M += [
# ---------------- office supplies for companies ----------------
("en", "office-dd-taken-twice-march", "Paula Greaves <accounts@greaves-dental.example>", "Direct debit", "billing", "",
"""Hello,

Our March account with you came to 418.62 and the bank statement shows
418.62 going out on the 2nd AND again on the 3rd. Same reference both
times. We only had the one statement from you. Please send the second
one back to the account it came from.

Paula Greaves
Practice Manager, Greaves Dental"""),
("en", "copier-paper-box-dearer", "Stuart Lyle <s.lyle@lyle-surveyors.example>", "A4 paper", "billing", "",
"""Hi,

Quick one. Our standing order of 10 boxes of A4 white came through at
29.40 a box on the last statement. It's been 24.99 for as long as I can
remember and nobody told us it was changing. Is that a mistake or has it
actually gone up? If it's gone up I want to know why we weren't told.

Stuart"""),
("en", "returned-chairs-credit-missing", "Megan Oduya <megan.oduya@harlow-law.example>", "Re: Collection of 4 x task chairs", "billing", "",
"""Hi Darren,

Your courier collected the four chairs on the 9th, I have the signed
collection note. The 312.00 still isn't on our account - the statement
that came today shows the chairs as owing. Can you get that sorted
before our finance team chases it?

Thanks
Megan

On 8 Apr 2024, at 15:20, Darren Moss <darren@officedirect.example> wrote:
> Hi Megan, collection booked for tomorrow between 10 and 2. Once they're
> back at the warehouse we'll credit the account. Regards, Darren"""),
("en", "portal-approve-button-grey", "Ian Whitcombe <ian.whitcombe@northgate-academy.example>", "ordering portal", "technical", "",
"""Hi there

Since the weekend our budget holders can't approve any orders on the
trade portal. The basket goes into "awaiting approval" as normal but when
the approver logs in the Approve button is greyed out and hovering says
"no permission". Nothing has changed on our side as far as I know. Tried
Chrome and Edge.

There are about 15 orders stuck.

Ian Whitcombe
Business Manager"""),
("en", "task-chair-base-snapped", "Facilities <facilities@corran-logistics.example>", "Chair from order 51287", "technical", "high",
"""Good afternoon,

One of the mesh task chairs we had from you in January gave way this
morning - the plastic star base cracked through at one of the legs and
the chair tipped over backwards with a member of staff in it. She's
alright, sore back and a knock to the head, we've logged it in the
accident book. We have 20 more of the same chairs in use. Please tell us
what you want us to do with them; for now we've taken them out of use.

Yvonne Kerr
Facilities Coordinator"""),
("en", "trade-catalogue-three-sites", "Reception <reception@fenwick-group.example>", "catalogue", "general", "",
"""hi can you post 3 copies of the new printed trade catalogue, one for
each of our sites? addresses below. thanks

Fenwick Group, Unit 4 Marsh Lane, Preston PR1 8XX
Fenwick Group, 22 Quay St, Lancaster LA1 1XX
Fenwick Group, Dock Rd, Fleetwood FY7 6XX

Nadia"""),
("en", "deliveries-before-nine", "Oliver Brandt <oliver.brandt@example.com>", "Delivery time", "general", "",
"""Hello,

We've moved office and our new reception isn't staffed until 9. Your
driver came at 8:15 on Tuesday and went away again. Is it possible to
put a note on our account so deliveries come after 9, or can he leave
boxes with the building security desk on the ground floor?

Oliver Brandt
Brandt & Keane Architects"""),
("en", "overdue-letter-already-paid", "Richard Lomax <richard.lomax@lomax-joinery.example>", "FINAL NOTICE??", "billing", "high",
"""I have today received a "final notice" from you saying we owe 1,206.40
and the account will be passed to a debt collection agency in 7 days.

We paid that invoice by BACS on 14 February. I have sent your credit
control team the remittance advice twice. Nobody replies, the letters
just keep coming.

If this goes to a collection agency or anything shows on our credit
file I'll be handing it straight to our solicitor. Sort it out.

R. Lomax
Director, Lomax Joinery Ltd"""),
# ---------------- IT services for small firms ----------------
("en", "office-no-email-since-eight", "Janet Pryce <janet@pryce-conveyancing.example>", "URGENT", "technical", "high",
"""Nobody in this office has received a single email since about 8 this
morning. Sending seems to work but nothing comes in - clients are
phoning to ask if we got their ID documents and we can't tell them. We
have two completions today. Can someone look at it NOW please. My
mobile is 07700 900 318.

Janet Pryce
Office Manager"""),
("en", "new-starter-laptop-setup", "Gary Penhale <gary@penhale-estates.example>", "New starter Monday", "technical", "",
"""Hi guys,

We've got a new negotiator starting Monday, Chloe Barnes. Can you set her
up with a mailbox (chloe@), access to the shared S: drive and the
property software, and get the spare laptop in the cupboard ready for
her? It hasn't been switched on since Tom left so it'll need updates.

Cheers
Gary"""),
("en", "network-printer-vanishes", "Sofia Marchetti <sofia@marchetti-design.example>", "printer again", "technical", "",
"""hello, the big printer upstairs disappears from everyones computer
every morning. we turn it off and on and it comes back, then next day
same again. it is annoying because the first person in always has to do
it and now nobody wants to be first lol. can you have a look remotely?
thanks Sofia"""),
("en", "support-contract-users-down", "Accounts <accounts@hollis-vets.example>", "Support agreement - user numbers", "billing", "",
"""Hello,

Since two of our vets and a receptionist left in January we only have 9
users, not 12. I told your engineer at the time and he removed their
accounts, but the monthly support bill is still worked out on 12 users
at 18 each. Could you correct it going forward and credit the difference
for February and March?

Regards
Amanda Hollis"""),
("en", "it-moving-in-house-april", "Derek Chandra <derek.chandra@chandra-freight.example>", "Contract end", "billing", "",
"""Dear Ruth,

Following our conversation last month, we've now taken on an in-house IT
person and will be managing things ourselves from 1 April. Please treat
this email as our notice - we'd like the March period to be the last
one that goes out to us, and the direct debit should stop after that.

Thank you for all the help over the last four years.

Derek Chandra
Finance Director"""),
("en", "three-hours-for-forty-min", "Tony Ryder <tony@ryder-plumbing.example>", "your bill for last weds", "billing", "",
"""Your lad was here 40 mins tops to swap the router, I was in the office
the whole time. Bill says 3 hours labour. Either somebody's typed it
wrong or I want to know what the other 2 hrs 20 were.
Tony"""),
("en", "saturday-engineer-thanks", "Lorna McBride <lorna@mcbride-florists.example>", "Thank you to Kieran", "general", "",
"""Hi all,

Just wanted to say a big thank you to Kieran who came out on Saturday
when our till PC died the day before Mother's Day. He had us up and
running in an hour and even stayed to check the card machine talked to
it. I've already paid the call-out bill, this isn't about that - I just
thought his manager should know.

Lorna
McBride Florists"""),
("en", "files-renamed-locked-all-pcs", "Mark Ellison <mark@ellison-accountants.example>", "All our files", "technical", "high",
"""Came in this morning and every file on the server and on all six PCs has
been renamed to something ending .locked and there's a text file on each
desktop saying to contact an email address to get them back. We've
unplugged the internet router. Nobody can work. Please ring me
immediately on 07700 900 455, I don't know what else to touch.

Mark Ellison"""),
# ---------------- accounting and payroll software ----------------
("en", "payroll-submission-fails-payday", "Hayley Bowen <hayley@bowen-care.example>", "Payroll won't submit - pay day tomorrow", "technical", "high",
"""Hi,

Every time I try to finalise this month's payroll the submission to HMRC
fails with "Error 1046 - authentication failure" and the run stays in
draft, so I can't release the payslips or the BACS file. 41 carers are
expecting to be paid tomorrow morning. I've checked the Government
Gateway ID and password and they work on the HMRC website.

Please help, I need this sorted today.

Hayley Bowen
Bowen Home Care Ltd"""),
("en", "bank-feed-stopped-12th", "Craig Dunmore <craig.dunmore@example.org>", "Bank feed", "technical", "",
"""Hi, our business bank account hasn't pulled any transactions in since
the 12th. The connection page says "Connected" with a green tick but the
last import date is still the 12th. I've clicked refresh a few times.
Do I need to reconnect it? I don't want to end up with duplicates.

Craig"""),
("en", "lost-phone-authenticator", "Beatriz Lopes <beatriz.lopes@example.com>", "cannot login - new phone", "technical", "",
"""Hello,

My phone was stolen on holiday and now I have a new phone but your site
asks for the 6 digit code from the authenticator app which was on the
old phone. I did not save the backup codes (I know..). How can I get back
in to my account? I need to send invoices to my clients this week.

Thank you
Beatriz Lopes
Lopes Translations"""),
("en", "plus-to-starter-plan", "Ewan Fraser <ewan@fraser-joinery.example>", "Plan", "billing", "",
"""Hiya

I'm not using the payroll or projects bits any more since I stopped
taking on staff, it's just me now. Can I drop down from Plus to Starter
from the next month? Don't want to lose any of my old records.

Ewan"""),
("en", "why-twelve-more-this-month", "Debbie Kang <debbie.kang@example.net>", "???", "billing", "",
"""why is it 12 more this month. nothing's changed on my account, same
plan, same everything. didn't get any email about it either"""),
("en", "annual-renewal-business-closed", "Leonard Pike <leonard.pike@example.net>", "Annual renewal", "billing", "",
"""Dear Sir/Madam,

I closed my shop at the end of January and retired. I haven't logged in
since. I've now noticed the yearly subscription of 276.00 went out of my
account on 28 March for another year. I won't be using it at all. As
it's only just renewed and I haven't used it, I hope you will be able
to pay it back.

Yours faithfully,
Leonard Pike"""),
("en", "copy-of-my-personal-data", "Nina Sokolova <nina.sokolova@example.org>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all the personal data you hold
about me, including any notes on calls with your support team, and
details of who you have shared it with. My account email is this one.

Please confirm receipt.

Nina Sokolova"""),
("en", "vat-quarter-countdown-idea", "Rob Tennant <rob@tennant-electrical.example>", "Suggestion", "general", "",
"""Hi,

Not a problem, just an idea. It would really help us small lot if the
dashboard showed how many days are left until the next VAT return is
due, maybe with a little traffic light. I've missed the deadline once
and paid a penalty for it, and I'm sure I'm not the only one.

Otherwise love the software.

Rob"""),
("en", "cancelled-still-taken-card-issuer", "Fiona Gallacher <fiona.gallacher@post.example>", "Payment after I cancelled", "billing", "high",
"""I cancelled my subscription in your settings on 2 February and got the
confirmation email (I still have it). You have taken 32.40 from my card
on 1 March and again on 1 April. Your chat bot keeps telling me to
"check my plan settings".

I've now reported both payments to my card issuer as unauthorised and
they're investigating. I'm telling you so you know why.

Fiona Gallacher"""),
# ---------------- card terminals and tills (POS) ----------------
("en", "terminals-host-unavailable-lunch", "Marco Bellini <marco@bellini-trattoria.example>", "card machines", "technical", "high",
"""Both our card machines are saying DECLINED - HOST UNAVAILABLE on every
card since about 12:10. It's Saturday lunch, full restaurant, and we've
had to put a "cash only" sign on the door. Half the tables don't carry
cash. Three tables walked out already. Restarted both twice. Your phone
line has been on hold for 25 mins.

Marco
Bellini Trattoria"""),
("en", "receipt-roll-comes-out-blank", "Chloe Dwyer <chloe.dwyer@example.com>", "receipts", "technical", "",
"""Hello,

Since I changed the paper roll the terminal feeds the receipt out but
there's nothing printed on it at all, just blank paper. The payment
itself goes through fine. Customers keep asking for receipts. Is the
printer broken?

Chloe
The Little Bake Shop"""),
("en", "pair-new-terminal-with-till", "Hassan Qureshi <hassan@qureshi-convenience.example>", "Setting up new terminal", "technical", "",
"""Hi,

The replacement terminal arrived today. How do I link it to our till
software so the amount goes across automatically like the old one did?
At the moment I have to type every amount in by hand. The till is a
Windows PC, the terminal is on our Wi-Fi and shows "Standalone mode".

Thanks
Hassan"""),
("en", "card-fees-above-agreed-rate", "Gemma Lacey <gemma@lacey-beauty.example>", "Transaction fees", "billing", "",
"""Hi,

When I signed up your sales rep agreed 1.39% on debit and credit cards,
it's in the email he sent me. My last two monthly statements show 1.69%
on everything. On 8,000 a month that's not small change. Please correct
it and put the difference back.

Gemma Lacey
Lacey Beauty Rooms"""),
("en", "fridays-takings-not-landed", "Pete Morgan <pete.morgan@example.com>", "Missing money", "billing", "",
"""Friday's card takings never landed in my bank. Thursday's came Friday
morning as normal, Saturday's came Monday, but Friday's 1,140 is just
not there. Dashboard says "settled". Where is it?

Pete
Morgan's Fish Bar"""),
("en", "cafe-shutting-machine-back", "Ruth Akerman <ruth.akerman@example.org>", "Closing down", "billing", "",
"""Hello,

After eleven years we're shutting the doors of the café at the end of
June. What do I need to do with the card machine so that nothing more
comes out of the account every month after that? Do I post it back to
you or will someone collect it?

Ruth Akerman
Akerman's Café"""),
("en", "terminal-in-a-marquee", "Jo Fairweather <jo@fairweather-events.example>", "Question before signing up", "general", "",
"""Hi,

We run a mobile bar at weddings and festivals, often in a field with no
Wi-Fi at all. Do your terminals work on a mobile SIM, and how long does
the battery last? I saw the 19 a month package on your site but it
doesn't say whether that one is the portable model.

Jo"""),
("en", "moving-premises-terminal", "Sunil Batra <sunil.batra@example.com>", "We're moving", "general", "",
"""Hi, we are moving the shop from 14 High St to 3 Market Place (same
town) on 1 July. Do we need to tell you the new address and will the
terminal just work in the new shop or does somebody need to come out?
Regards, Sunil, Batra News"""),
("en", "exit-fee-want-manager", "Doug Harrington <doug@harrington-garage.example>", "Early termination fee", "billing", "high",
"""I've been sent a bill for 480 as an "early termination fee" because I
moved to another provider. Your rep told me face to face there was no
minimum term. I am not paying it.

I've now spoken to three different people on your helpline who all just
read the same script. I want a call from a manager who can actually look
at what was promised, before the end of this week.

Doug Harrington
Harrington Motors"""),
# ---------------- booking software for salons and clinics ----------------
("en", "reminder-texts-stopped", "Lauren Hicks <lauren@hicks-hair.example>", "Reminders", "technical", "",
"""Hi

Since your update last Tuesday our clients aren't getting their reminder
texts the day before. We've had four no-shows this week which never
happens. The setting is still switched on and we've got SMS credit left.

Lauren
Hicks Hair Studio"""),
("en", "all-clinics-fully-booked-page", "Dr Priya Nair <priya.nair@nair-physio.example>", "Online booking", "technical", "high",
"""Good morning,

Since last night the online booking page for all four of our clinics
shows every day as "fully booked" for the next six weeks, even though
our diaries are half empty. New patients can't book at all and our
receptionists are drowning in phone calls from people who think we're
full. Nothing changed in our settings.

Please treat this as urgent.

Dr Priya Nair
Clinical Director, Nair Physiotherapy"""),
("en", "google-calendar-doubles", "Oscar Lindgren <oscar@lindgren-massage.example>", "calendar sync", "technical", "",
"""hey, every appointment now shows twice in my google calendar since i
reconnected it. one with the client name and one that just says "Busy".
if i delete the busy one it comes back next time it syncs. how do i stop
this"""),
("en", "five-seats-three-stylists", "Kelly Warren <kelly@warren-salon.example>", "Account", "billing", "",
"""Hi there,

We're only 3 stylists now but you're still billing us for 5 seats every
month. I deleted the two girls who left in the staff section back in
January. Can you sort that out and put right what we've overpaid?

Thanks Kelly"""),
("en", "sms-bundle-balance-zero", "Yusuf Demir <yusuf@demir-barbers.example>", "sms credits", "billing", "",
"""Hello, I bought the 500 SMS bundle on the 3rd (29.99 came off my card)
but the SMS balance in settings still says 0 and no texts are going out
to customers. Where are my 500 credits? Yusuf"""),
("en", "salon-refurb-three-months", "Annabel Crowe <annabel@crowe-nails.example>", "Refurbishment", "billing", "",
"""Hello,

We're closing the salon for a full refit from 1 May and won't reopen
until the start of August. There'll be no bookings at all in that time.
Is there a way to put the account on hold for those three months so
we're not paying for it, without losing our client list and history?

Annabel Crowe"""),
("en", "migration-help-amira", "Helen Drummond <helen@drummond-dental.example>", "Thank you", "general", "",
"""Dear team,

I'd like to thank Amira in your onboarding team. Moving our practice
from our old system was something I'd been dreading for a year, and she
took us through importing 2,400 patient records over two evenings
without a single mistake. She was patient with all my questions.

Best wishes,
Helen Drummond
Practice Manager"""),
("en", "beauty-academy-student-partnership", "Marcia Lewis <marcia.lewis@lewis-academy.example>", "Partnership", "general", "",
"""Hi,

I run a beauty and nail training academy in Manchester with about 120
students graduating every year, most of whom go on to set up on their
own. I'd be interested in talking about a partnership - perhaps an
introductory offer for our graduates, and we'd recommend your software
in our business module. Who would be the right person to speak to?

Marcia Lewis
Principal, Lewis Beauty Academy"""),
# ---------------- wholesale supply to restaurants ----------------
("en", "six-cases-chips-four-came", "Head Chef <kitchen@oldmill-inn.example>", "Delivery Tues", "billing", "",
"""Ordered 6 cases of the skin on fries, driver brought 4, driver signed
the sheet saying 4. Invoice says 6. Can you adjust it please.
Cheers
Liam
Old Mill Inn"""),
("en", "olive-oil-quoted-price", "Giorgos Petrakis <giorgos@petrakis-taverna.example>", "olive oil price", "billing", "",
"""Hello,

Your rep Steve quoted me 38.50 for the 5 litre extra virgin if I take
10 tins a month. The invoice for the first 10 came today at 44.90 each.
I have his text message with the price. Please send a corrected invoice,
I won't pay the 44.90.

Giorgos
Petrakis Taverna"""),
("en", "glass-in-mayonnaise-tub", "Sandra Whyte <sandra@whyte-cafe.example>", "Glass in mayonnaise - batch L2291", "billing", "high",
"""Hello,

This morning one of my kitchen staff found a sharp piece of glass, about
1cm, in a 10 litre tub of your mayonnaise (batch L2291, delivered
Monday). Thankfully nobody had eaten from it. We've photographed it and
set aside the tub and the two others from the same delivery.

We won't be using any of them. Please arrange collection and take all
three off our account, and let me know if other customers have had the
same batch.

Sandra Whyte
Whyte's Café"""),
("en", "move-delivery-to-wednesday", "Kenji Watanabe <kenji@watanabe-ramen.example>", "delivery day", "general", "",
"""Hi, from next month we are closed on Monday and Tuesday. Can our
regular delivery move from Tuesday to Wednesday morning please? Same
order as usual. Thank you, Kenji"""),
("en", "order-app-session-expired-loop", "Bar Manager <bar@thecorner.example>", "app", "technical", "",
"""cant place tonights order on the app. log in, it shows the order guide
for a second then says Session expired and kicks me back to log in.
over and over. tried wifi and 4g. cut off is 10pm
Aaron"""),
("en", "standing-order-reverts", "Fatima Yilmaz <fatima@yilmaz-grill.example>", "Standing order keeps changing back", "technical", "",
"""Hello,

I change our standing order in the online account every Sunday (more
lamb, less chicken in summer etc.) and press Save, and it says saved.
But when I look on Monday it's gone back to last week's quantities and
that's what gets delivered. Last week we got 20kg chicken we didn't
need. Can someone look why it's not keeping the changes?

Fatima"""),
("en", "amex-dispute-short-delivery", "Accounts <accounts@harbourview-hotel.example>", "Invoice 88214 - disputed", "billing", "high",
"""Dear Sirs,

We paid invoice 88214 by American Express in full (2,315.60). Around a
third of that delivery was never received and your depot have ignored
three requests for a credit note.

We have therefore raised a dispute with American Express for the
undelivered items (742.80). Copies of the delivery notes signed by our
chef are with them.

Regards,
Accounts Department
Harbourview Hotel"""),
("en", "fresh-halal-lamb-shoulder", "Imran Siddiqui <imran@spicehouse.example>", "Lamb", "general", "",
"""Salam, do you stock halal lamb shoulder fresh, not frozen? And is it
every day or only certain days of the week? We are a new restaurant
opening in Bradford next month and looking for a supplier.
Imran, Spice House"""),
# ---------------- letting agent and landlord ----------------
("en", "flat-faint-gas-smell-kitchen", "Tomasz Wrobel <tomasz.wrobel@example.com>", "Flat 3, 27 Albion Road", "technical", "high",
"""Hello,

I'm not sure if this is anything, but since yesterday evening there's
been a faint smell of gas in the kitchen of the flat, mostly near the
boiler cupboard. It's not strong. I've opened the window and we haven't
used the hob today. Can you send somebody to have a look?

Tomasz Wrobel
Flat 3"""),
("en", "shower-lukewarm-then-cold", "Ellie Parsons <ellie.parsons@example.net>", "shower", "technical", "",
"""Hi, the shower at 9 Cedar Walk goes lukewarm then stone cold after
about two minutes. Kitchen tap does the same if you run it for a while.
The radiators are fine. We're tenants since Feb. Can someone come out?
Ellie"""),
("en", "five-weeks-since-moved-out", "Adebayo Okafor <ade.okafor@example.net>", "14 Lark Rise - check out", "billing", "",
"""Dear Sir or Madam,

We handed the keys back on 2 March and the check-out report said the
flat was left in good condition. It has now been five weeks and the
1,150 is still not back with us. Could you please tell me when it will
be released from the scheme?

Adebayo Okafor"""),
("en", "rent-collected-twice-portal", "Siobhan Kerr <siobhan.kerr@example.net>", "Rent April", "billing", "",
"""hi, the tenant portal took Aprils rent twice, once on the 1st and once
on the 3rd, 925 each time. I only have one standing order set up, I
checked with my bank. Please can the second one be returned asap as I
now have 4 quid in my account till payday
Siobhan (flat 2b)"""),
("en", "rearrange-inspection-thursday", "Callum Reid <callum.reid@post.example>", "Inspection", "general", "",
"""Hi Jess,

Thanks for the letter about the inspection on Thursday at 10. I'm away
with work all that week - could we do the following week instead, any
morning? Happy for you to let yourselves in if you prefer.

Callum (12 Mill Street)"""),
("en", "permission-to-keep-cat", "Naomi Fisher <naomi.fisher@example.com>", "Question about a pet", "general", "",
"""Hello,

My tenancy agreement says no pets without the landlord's written
permission. I'd like to adopt an indoor cat (she's 9 and very quiet).
Could you ask the landlord if that would be OK? I'm happy to have the
carpets professionally cleaned when I leave.

Thanks,
Naomi Fisher
Flat 6, Harbour Court"""),
("en", "deposit-deductions-adjudication", "James Whitlock <j.whitlock@example.com>", "Re: Proposed deposit deductions - 5 Orchard Close", "billing", "high",
"""Mr Bayliss,

I do not accept any of the proposed deductions. The "professional clean"
(220) and "garden restoration" (180) are for things that were in exactly
the same state at check-in - your own inventory photos show it.

If the full deposit is not released within 10 days I will raise a
dispute with the deposit protection scheme, and if needed I'll take the
rest to the small claims court.

James Whitlock

> On 3 Apr, Lettings <lettings@homes-lettings.example> wrote:
> Dear Mr Whitlock, following the check-out we propose the following
> deductions from your deposit: cleaning 220.00, garden 180.00."""),
("en", "entrance-fob-stopped", "Priyanka Das <priyanka.das@example.com>", "Front door fob", "technical", "",
"""Hi, my fob for the main entrance door stopped working on Saturday.
The light flashes red and nothing happens. The bin store one still
works. My neighbour's fob opens the door fine so I think it's mine.
Can it be reset or do I need a new one? Flat 14, Riverside House.
Priyanka"""),
# ---------------- car leasing ----------------
("en", "excess-mileage-odometer", "Graham Ashby <graham.ashby@example.org>", "End of contract charges", "billing", "",
"""Hello,

I've had a bill for 612 for excess mileage on the Octavia I handed back.
Your collection driver wrote 41,870 on the form, but the photo he took
of the dashboard (which you sent me) shows 38,870. My allowance was
40,000. I think someone has misread a 3 as a 4. Please look again.

Graham Ashby"""),
("en", "monthly-date-1st-to-15th", "Lucy Bennett <lucy.bennett@example.com>", "Payment date", "billing", "",
"""Hi, I've changed jobs and now get paid on the 12th. Is it possible to
move my monthly payment from the 1st to the 15th? Agreement number
LA-220471. Thanks, Lucy"""),
("en", "lease-car-limp-mode-motorway", "Karim Haddad <karim.haddad@example.com>", "Car lost power on motorway", "technical", "high",
"""Hello,

Yesterday on the M6 the car (reg ending 4KT, your agreement 2207195)
suddenly lost power with an orange engine light, and dropped to about
30mph in the middle lane with lorries behind me. My two children were
in the back. I got onto the hard shoulder. It restarted after 10 minutes
and drove normally home, but I'm frightened to use it now. What should
I do, who fixes it?

Karim Haddad"""),
("en", "lease-app-no-vehicle-found", "Emma Doyle <emma.doyle@example.net>", "app", "technical", "",
"""Your app says "No vehicle found on this account" when I log in. I've
had the car since November and it used to show it with my payments and
service dates. I've reinstalled it. Logging in on the website works and
shows the car. Android phone.
Emma"""),
("en", "end-of-lease-collection-home", "Brian Taggart <brian.taggart@example.net>", "Contract ending June", "general", "",
"""Good morning,

My agreement finishes on 18 June. How does the collection work - do I
need to be at home when the driver comes, or can I leave the keys with
a neighbour? And should I get the car valeted first?

Regards
Brian Taggart"""),
("en", "bumper-scuff-recharge", "Samira Khalil <samira.khalil@example.com>", "collection report", "billing", "",
"""hello

you have asked me for 340 for a "bumper scuff" from the return
inspection. this mark is 2cm long and the BVRLA guide you sent me at the
start says scuffs up to 25mm are fair wear and tear. I do not think I
should pay this. please can you take it off

Samira"""),
("en", "new-address-on-lease-account", "Hugh Penrose <hugh.penrose@post.example>", "Change of address", "general", "",
"""Dear Sir/Madam,

Please update my address on agreement LA-198302 to:
The Old Forge, Church Lane, Little Easton, CM6 2XX
from 1 May. My phone number and email stay the same. Does the V5 need
changing too, or do you do that as the registered keeper?

Hugh Penrose"""),
("en", "missed-payment-credit-file-ombudsman", "Charlotte Moyo <charlotte.moyo@example.com>", "Re: Re: Arrears on your account", "billing", "high",
"""This is the third time I'm writing. The February payment was taken
two days late because YOUR direct debit failed - my bank has confirmed
in writing that the request came in with the wrong account number after
your system change. You have now marked a missed payment on my credit
file and I am in the middle of a mortgage application.

Remove the marker within 7 days or I'm going to the Financial Ombudsman.

Charlotte Moyo

On Mon, 8 Apr, Customer Accounts <accounts@driveleasing.example> wrote:
> Our records show that the payment due on 1 February was received on
> 3 February and has been reported to the credit reference agencies."""),
# ---------------- EV charging network ----------------
("en", "charger-stops-after-two-min", "Dylan Hughes <dylan.hughes@example.com>", "Charger at Brecon Road hub", "technical", "",
"""Hi,

Tried three times on bay 2 at the Brecon Road hub tonight. It starts,
gets to about 7kW, and after 2 minutes says "Session interrupted" and
stops. Bay 4 did the same. My car charges fine at home and on other
networks. Kia Niro, 2022.

Dylan"""),
("en", "charger-handle-melted-smell", "Margaret O'Neill <margaret.oneill@example.net>", "Charger at Kilmore Retail Park", "technical", "high",
"""Hello,

I want to report the right-hand charger at Kilmore Retail Park. When I
unplugged after my session on Tuesday the handle was far too hot to hold
and the plastic around the pins looks melted and brown. There was a
smell of burning plastic. I've put a note on it but other people were
queuing to use it. Someone should switch it off.

Margaret O'Neill"""),
("en", "forty-still-held-card", "Ahmed Farouk <ahmed.farouk@example.com>", "hold on my card", "billing", "",
"""On Saturday I used pay-as-you-go with contactless at Westgate. I
charged 11 kWh which should be about 8. But 40 is still held on my card
today (Thursday) and my bank says it's waiting for you to release it.
Can you release the rest please? Ahmed"""),
("en", "overstay-fee-car-unplugged", "Rebecca Stone <rebecca.stone@example.org>", "Idle fee", "billing", "",
"""Hello,

I've been billed a 15.00 "overstay fee" for the session on 2 April. I
unplugged and drove off ten minutes after the charge finished - the
session history in your own app says the session ended at 14:52 and the
car left at 15:03. I think the fee is meant to start after 30 minutes?
Please look into it.

Rebecca"""),
("en", "sold-ev-membership-useless", "Philip Grant <philip.grant@example.com>", "membership", "billing", "",
"""Hi,

I've sold the electric car and gone back to a petrol hybrid, so the
monthly membership isn't any use to me any more. Please make sure
there's nothing further after this month.

Thanks,
Philip Grant"""),
("en", "rfid-card-not-recognised", "Zofia Nowak <zofia.nowak@example.net>", "card not working", "technical", "",
"""Hello, my charge card (the blue one you sent in January) is not
recognised any more at any charger. The screen say "Card unknown". In
the app it is still showing active. I can start with the app but card is
more easy for me because the phone signal is bad at my usual place.
Thank you
Zofia"""),
("en", "please-put-chargers-retail-park", "Andrew Pollock <andrew.pollock@post.example>", "New location request", "general", "",
"""Hi,

Any chance of some chargers at Meadowbank Retail Park? It's the biggest
shopping area for 20 miles and there's nothing there at all - I counted
six EVs in the car park on Saturday. I'd happily use a rapid charger
there every week.

Andrew"""),
("en", "left-cable-at-ashford-hub", "Yvette Morel <yvette.morel@example.com>", "Lost cable", "general", "",
"""Hello, I think I left my own Type 2 cable (black, in a red bag) at the
Ashford services hub on Sunday afternoon, at one of the slow chargers
near the hotel. Has anyone handed it in, or do your site staff check?
Thank you, Yvette"""),
("en", "depot-chargers-offline-vans", "Fleet Team <fleet@swiftparcel.example>", "Depot chargers - Leyton", "technical", "high",
"""Hi,

All 30 chargers at our Leyton depot show offline in the portal since
about 11pm. None of the vans charged overnight - they're sitting at
20-30%. Our drivers start rounds at 7 and most vans won't make half a
route. We're trying to borrow diesel vans from other depots.

We need an engineer or a remote reset straight away.

Niall Brennan
Fleet Manager, SwiftParcel"""),
# ---------------- taxi and ride-hailing app ----------------
("en", "cancel-fee-driver-never-came", "Jade Simmons <jade.simmons@example.com>", "Cancellation fee", "billing", "",
"""Hi, I booked a ride at 11.40pm on Friday, the driver sat 0.6 miles
away not moving for 14 minutes so I cancelled and got another one. You
charged me 5 for cancelling. I should not be paying for a driver who
never came. Please return it.
Jade"""),
("en", "quoted-23-paid-41", "Marcus Hale <marcus.hale@example.com>", "Trip on 6 April", "billing", "",
"""The app quoted me 23 to the airport before I booked. At the end of
the trip 41 came off my card. Same route the app showed, no stops, no
traffic to speak of at 5am. Can you explain the extra 18 and put it
right?

Marcus"""),
("en", "request-ride-spinner", "Hana Kobayashi <hana.kobayashi@example.net>", "app not working", "technical", "",
"""Hello, when I press "Request" the app just shows the spinning circle
forever. No driver is found, no error message. This is since the update
on Monday. My friend with the same phone has the same. iPhone 13, iOS
latest. I have had to use other app this week.
Hana"""),
("en", "laptop-bag-left-in-car", "Tobias Wenger <tobias.wenger@example.com>", "Left my bag", "general", "",
"""Hi,

I left a black laptop bag on the back seat of my ride last night (Kings
Cross to Camden, about 9.15pm, driver Ahmed, silver Prius). It has my
work laptop in it. Is there any way to contact the driver or has it
been handed in?

Tobias Wenger
07700 900 612"""),
("en", "driver-on-phone-red-light", "Rosalind Frost <rosalind.frost@example.com>", "Your driver last night", "general", "high",
"""I am writing about the driver who took me home from the station at
about 10.30 last night. For most of the journey he was watching a video
on his phone in his hand, and he went through a red light at the
junction by the hospital. I asked him to stop and he laughed.

I don't want a voucher. I want someone in charge of your drivers to
contact me, and I want to know what is going to be done about him
before he hurts someone.

Rosalind Frost"""),
("en", "tip-went-out-twice", "Kwame Mensah <kwame.mensah@example.com>", "tip", "billing", "",
"""gave my driver a 3 tip in the app after the ride on sunday, bank shows
the 3 went out twice. only tapped it once. can one come back pls"""),
("en", "verification-code-never-arrives", "Lena Hoffmann <lena.hoffmann@example.org>", "No SMS code", "technical", "",
"""Hello,

I am visiting London and want to sign up with my German mobile number.
The app says "We sent you a code" but nothing arrives, I waited 20
minutes and pressed resend 4 times. Other SMS arrive normally. Can I
verify in another way?

Best regards
Lena Hoffmann"""),
("en", "business-account-vat-invoice", "Finance <finance@blueriver-studio.example>", "Monthly statement", "billing", "",
"""Hello,

We use your business account for our staff travel. The monthly
statement doesn't show our VAT number or a VAT breakdown, so our
accountant can't reclaim it. Can you add our VAT number (GB 123 4567 89)
to the account and resend March as a proper VAT invoice?

Thanks
Ana Ribeiro
Blue River Studio"""),
# ---------------- self-storage ----------------
("en", "last-boxes-saturday-final-month", "Gordon Fleming <gordon.fleming@example.org>", "Unit 212", "billing", "",
"""Hello,

We've finally sorted out my late mother's furniture and we're collecting
the last of it from unit 212 this Saturday. Could you make April the
final month and stop anything further from going out? I'll leave the
padlock off and the unit swept.

Thank you for looking after it all this time.

Gordon Fleming"""),
("en", "what-is-goods-cover-line", "Layla Hassan <layla.hassan@example.com>", "statement", "billing", "",
"""hi what is the 6.50 "goods cover" on my monthly statement? i didn't
ask for any cover, my own home insurance covers my stuff. i'd like it
taken off and the months i've paid it back"""),
("en", "gate-keypad-code-rejected", "Ben Ostrowski <ben.ostrowski@example.net>", "Can't get in", "technical", "",
"""Hi, I'm at the gate now and the keypad keeps saying ACCESS DENIED with
my code (the one I've used for a year). Office is shut as it's Sunday.
Account is paid up. Can someone reset it? Unit 48. Ben"""),
("en", "water-through-corridor-light", "Alison Reeve <alison.reeve@example.com>", "Corridor C leak", "technical", "high",
"""Hello,

When I visited my unit this afternoon there was water dripping through
the ceiling light fitting in corridor C on the first floor, and the
light was flickering and buzzing. There's a puddle underneath on the
floor. Nobody was in the office so I'm emailing. I didn't touch
anything. It looked dangerous to me.

Alison Reeve, unit 131"""),
("en", "bank-holiday-access-storage", "Dennis Carter <dennis.carter@post.example>", "Easter Monday", "general", "",
"""Can I get into my unit on Easter Monday with my gate code, or is the
site closed? Need to drop some stuff off that morning. Thanks, Dennis"""),
("en", "which-size-three-bed-house", "Yasmin Akhtar <yasmin.akhtar@example.com>", "Unit sizes", "general", "",
"""Hello,

We're between houses for about 4 months and need to store the contents
of a three bedroom semi - beds, sofa, wardrobe, white goods and lots of
boxes. Your website has the 75 sq ft at 89 a month and the 100 sq ft at
115 but I can't picture what fits. Which would you suggest? Can we come
and look at one first?

Yasmin"""),
("en", "overlocked-auction-solicitor", "Vincent Doyle <vincent.doyle@example.net>", "Unit 07 overlocked", "billing", "high",
"""I have arrived at my unit to find your lock on it and a letter saying
it will be cleared and the contents sold if 264 of "arrears" is not
paid in 14 days.

I paid by standing order every single month, I have the bank statements.
The problem is your end. There are family things in that unit that can
never be replaced. If anything is removed or sold my solicitor will be
dealing with it. Get the lock off and fix your records.

Vincent Doyle"""),
("en", "smart-lock-bluetooth-wont-open", "Chen Wei <chen.wei@example.com>", "Lock", "technical", "",
"""Hello

The smart lock on my unit (303) will not open with the app. The app
finds the lock, says "Unlocking..." then "Failed, try again". Bluetooth
is on, phone is 10cm from lock. Yesterday it worked. I am standing in
front of my unit now.

Chen"""),
# ---------------- phone and computer repair shop ----------------
("en", "new-screen-corner-dead", "Lily Carmichael <lily.carmichael@example.com>", "iPhone screen", "technical", "",
"""Hiya, I picked my phone up from you on Thursday after the screen
replacement. It looks great but the top right corner doesn't respond
to touch - I can't close apps or tap anything up there. Can I bring it
back in?
Lily"""),
("en", "replacement-battery-bulging-hot", "Marek Zielinski <marek.zielinski@example.com>", "Battery you replaced", "technical", "high",
"""Hello,

You replaced the battery in my Samsung two weeks ago. Since yesterday
the back cover is lifting at the bottom and the phone gets very hot even
when I'm not using it. I've switched it off and put it on a plate on the
windowsill. I have a baby at home and I don't want it in the house. What
should I do?

Marek"""),
("en", "quoted-79-paid-119", "Steph Rowland <steph.rowland@example.com>", "laptop", "billing", "",
"""Hi, the man on the counter said 79 to replace the keyboard on my
laptop. When I picked it up I paid 119 because I was in a rush and just
tapped my card. Receipt just says "parts and labour". Why 40 more than I
was told? Steph"""),
("en", "couldnt-fix-keep-the-30", "Dominic Ferris <dominic.ferris@example.org>", "Diagnostic", "billing", "",
"""Hello,

I left my MacBook with you and paid 30 up front for the diagnostic. You
rang to say the logic board can't be repaired economically and I've
collected it. Your sign in the shop says "no fix, no fee". Can I have
the 30 back please?

Dominic"""),
("en", "photos-recovered-thank-you", "Judith Levene <judith.levene@example.net>", "Thank you so much", "general", "",
"""Dear all,

I just wanted to say thank you to Raj for getting the photos off my old
laptop. I'd been told by two other shops it was hopeless. There are
pictures of my husband on there I thought I'd lost forever. The bill
was worth every penny.

With gratitude,
Judith Levene"""),
("en", "switch-joystick-drift-question", "Ollie Pratt <ollie.pratt@example.com>", "switch", "general", "",
"""do you fix joycon drift on nintendo switch? saw a poster in your window
saying 25 per stick. how long does it take, can i wait for it or do i
need to leave it"""),
("en", "after-windows-reinstall-no-wifi", "Patricia Obi <patricia.obi@example.com>", "Laptop after repair", "technical", "",
"""Hello,

You reinstalled Windows on my laptop last week (job 4471). Since I got
it home it can't see any Wi-Fi networks at all - there's no Wi-Fi symbol
at the bottom, just a little globe with a no-entry sign. My phone
connects to the router fine. Did something not get installed?

Patricia Obi"""),
("en", "express-service-took-three-days", "Farhan Malik <farhan.malik@example.com>", "Express repair", "billing", "",
"""I paid the extra 15 for express same-day when I dropped my phone in on
Monday morning. I got the text to collect it on Thursday afternoon.
That's not same day. Repair is fine, I just want the 15 back.
Farhan"""),
("en", "husband-collect-phone-id", "Grace Ndlovu <grace.ndlovu@example.com>", "Collection", "general", "",
"""Hi, my phone is ready to collect (ticket 5082) but I'm working late
all week. Can my husband pick it up for me? What does he need to bring?
Thanks, Grace"""),
# ---------------- pest control ----------------
("en", "fly-killer-tubes-dark", "Kitchen Manager <kitchen@thegreenman-pub.example>", "Fly killer", "technical", "",
"""Hi,

The electric fly killer unit your technician fitted on the kitchen wall
in February has stopped working. The blue tubes don't light up at all
and there's no humming. It's plugged in and the socket works (tried the
kettle in it). We have an EHO inspection due so would like it sorted.

Dean
The Green Man"""),
("en", "bait-box-open-toddler", "Sarah Lintott <sarah.lintott@post.example>", "Bait station in our garden", "technical", "high",
"""Hello,

The rat bait box your man put by our back fence last week has come open
- the lid doesn't lock any more - and there were blue pellets on the
lawn this morning. My 2-year-old had one in her hand when I got to her.
I don't think she ate any but I've rung 111 to be safe.

Please can someone come today and make it safe or take it away. I've
put a bucket over it for now.

Sarah Lintott"""),
("en", "sold-restaurant-no-more-quarterly", "Vikram Joshi <vikram.joshi@example.com>", "Taj Garden - contract", "billing", "",
"""Dear Sir/Madam,

We completed the sale of the Taj Garden restaurant on 31 March. The new
owners will be arranging their own pest control, so there should be no
more quarterly payments taken from us after the March visit.

Please confirm.

Vikram Joshi"""),
("en", "follow-up-visit-was-included", "Hannah Price <hannah.price@example.com>", "Wasp nest", "billing", "",
"""Hi,

When I booked the wasp nest treatment (65) on the phone the lady said it
included a free return visit if they came back. They did come back and
your technician came out again on Friday, but now I've been sent a bill
for another 45. Can you check please?

Hannah"""),
("en", "technician-after-four", "Ray Okoro <ray.okoro@example.com>", "Appointment", "general", "",
"""Hello, I've got the mice treatment booked for Wednesday. I work till
3.30 - is there any chance the technician can come after 4 instead of
the morning slot? Thanks Ray"""),
("en", "how-long-keep-cat-out", "Moira Campbell <moira.campbell@example.com>", "Flea treatment", "general", "",
"""Good evening,

We have the flea treatment of the house booked for next Tuesday. How
long do we need to keep the cat and ourselves out of the house
afterwards, and is it alright to vacuum straight away? The cat is 16 and
I don't want to upset her more than necessary.

Moira Campbell"""),
("en", "billed-visit-never-happened", "Colin Raeburn <colin.raeburn@example.org>", "Invoice 30118", "billing", "high",
"""You have invoiced me 120 for a "rodent survey" on 14 March. Nobody came
to my house on 14 March or any other day - I was at home all day with
the doorbell camera on and I have the footage. Now I've had a reminder
with a late fee on top.

I'm not paying for a visit that didn't happen. If I get one more
reminder I'm reporting you to Trading Standards.

Colin Raeburn"""),
# ---------------- pool maintenance ----------------
("en", "pool-pump-grinding-cloudy", "Steve Horton <steve.horton@example.com>", "Pool", "technical", "",
"""Hi,

Since the weekend the pump has been making a grinding noise when it
starts up, and the water's gone cloudy even though the chlorine reads
normal on the strips. Filter pressure gauge is higher than usual (about
25). Can someone come and look before the grandkids visit on the 20th?

Steve"""),
("en", "chlorine-feeder-cracked-smell", "Joanna Ferreira <joanna.ferreira@example.com>", "Pump room", "technical", "high",
"""Hi,

There's a very strong chlorine smell coming from the pump room and the
clear plastic chlorine feeder has a crack in it - there's a wet patch
underneath. The pump room is right next to the kids' playroom and my
son said his throat stings. I've shut the door and kept everyone out.

Please can someone come today.

Joanna"""),
("en", "pool-filled-in-no-winter-service", "Alan Whitby <alan.whitby@example.net>", "Winter", "billing", "",
"""Hello Mike,

We've decided to have the pool filled in and turned into a garden this
autumn - it just doesn't get used since the kids left. So we won't want
the winter closing visit or the monthly plan after September. Thanks for
looking after it so well all these years.

Alan and Pam Whitby"""),
("en", "chemicals-we-bought-ourselves", "Natalie Brooks <natalie.brooks@example.com>", "last invoice", "billing", "",
"""hi, the last invoice has 3 tubs of chlorine tablets and a pH reducer on
it but we bought those ourselves from the garden centre and your guy
just used ours (he said so). so that's about 70 that shouldn't be
there. can you redo it"""),
("en", "when-is-opening-visit", "Gavin Lowe <gavin.lowe@post.example>", "Opening for the season", "general", "",
"""Hi, just wondering when you'll be doing the spring opening visit this
year? Last year it was the first week of May. We've got a party on the
24th and it would be good to have it open by then. Gavin"""),
("en", "heat-pump-e3-water-cold", "Irina Volkova <irina.volkova@example.com>", "heater error", "technical", "",
"""Hello,

The pool heat pump is showing E3 on the display and the fan doesn't
start. The water is 19 degrees and not going up. The circulation pump is
running. I switched it off at the isolator for 10 minutes and on again,
same E3.

Irina"""),
# ---------------- hearing aids ----------------
("en", "left-aid-whistles-hugging", "Walter Higgins <walter.higgins@example.com>", "Whistling", "technical", "",
"""Dear Sir,

My left hearing aid whistles whenever anything comes near it - when I
put my hand up, when I hug my grandchildren, even with the telephone.
The right one is fine. I have changed the dome and the battery.

Walter Higgins"""),
("en", "new-phone-app-cant-find-aids", "Denise Farrow <denise.farrow@example.com>", "Bluetooth", "technical", "",
"""Hello,

I have a new phone and the hearing app can't find my aids. It just says
"Searching..." then "No devices found". I've opened and closed the
battery doors like the leaflet says. With my old phone it was fine.
Samsung A54 if that helps.

Denise"""),
("en", "mum-passed-aftercare-plan", "Richard Bailey <richard.bailey@example.org>", "Mrs Joan Bailey - aftercare", "billing", "",
"""Dear Sir/Madam,

I'm writing on behalf of my mother, Mrs Joan Bailey, who sadly passed
away on 18 March. She had your aftercare plan at 14.99 a month. Could
you please make sure nothing more is taken from her account? I can send
a copy of the death certificate if needed.

Thank you for the care you gave her.

Richard Bailey"""),
("en", "paid-domes-never-arrived", "Agnes Dunbar <agnes.dunbar@example.net>", "My order", "billing", "",
"""Dear team, I ordered and paid for a pack of domes and two boxes of
batteries on your website on 27 March (18.40). They have not come and
no one answers the phone. I would like them sent or my money returned.
Yours, Agnes Dunbar"""),
("en", "hearing-test-home-visit", "Thomas Greer <thomas.greer@post.example>", "Hearing test for my father", "general", "",
"""Hello,

My father is 91 and doesn't leave the house any more. His hearing has
got much worse this year. Do you do hearing tests at home, and if so
which areas do you cover? We're in Harrogate.

Thomas Greer"""),
("en", "right-aid-dead-third-time-manager", "Elaine Moss <elaine.moss@example.com>", "Right hearing aid - third time", "technical", "high",
"""This is the third time in four months my right hearing aid has just
gone dead. Each time it's been "sent away for repair" and I've been
without it for three weeks. It came back on Monday and went dead again
on Wednesday. I am a teacher and I cannot do my job with one aid.

I want the clinic manager to ring me, not another repair envelope.

Elaine Moss
07700 900 247"""),
# ---------------- contact lens subscription ----------------
("en", "laser-surgery-no-more-lenses", "Kirsty Baird <kirsty.baird@example.org>", "Lenses", "billing", "",
"""Hi there,

Good news for me, less for you - I had laser eye surgery last month and
I don't need lenses any more! So please don't send or take payment for
the next box. Thanks for years of very easy service.

Kirsty"""),
("en", "three-months-taken-two-boxes", "Daniel Osei <daniel.osei@example.com>", "Re: Your lenses are on the way", "billing", "",
"""You took payment for 3 months (3 x 22.50) but only 2 boxes came in the
parcel, both right eye. Either send the left eye box or put the third
month back on my card.

Daniel

> Your order LN-77120 has been dispatched. Contents: 3 x monthly
> supply."""),
("en", "lens-delivery-new-address", "Sophie Lambert <sophie.lambert@example.com>", "Moving house", "general", "",
"""Hello, I'm moving on 20 April. Please send my next deliveries to:
Flat 4, 18 Clarendon Road, Bristol BS6 7XX. Is there anything else I
need to update? Sophie"""),
("en", "prescription-upload-file-type", "Arjun Mehta <arjun.mehta@example.com>", "can't upload prescription", "technical", "",
"""Hi

Your website keeps asking me to upload my new prescription before it
will send my next order. I try to upload the PDF my optician emailed and
it says "File type not supported". I tried a photo of the paper copy as
well, same message. What format do you want?

Arjun"""),
("en", "lenses-before-holiday-spain", "Maria Costa <maria.costa@example.com>", "holiday", "general", "",
"""Hi! My next box is due on the 12th but I fly to Spain on the 9th for
3 weeks. Will it arrive before I go? Or can you send it a bit early?
Thank you, Maria"""),
("en", "lens-card-issuer-claw-back", "Peter Lindsay <peter.lindsay@example.net>", "Repeated payments", "billing", "high",
"""I stopped using your service a year ago and deleted the account. You
have still been taking 19.99 on and off from my credit card - I've found
five payments since last summer. Your support replies just ask for my
order number, which I don't have because I haven't ordered anything.

I've asked my card issuer to claw all five back and they've opened a
case. I'd suggest you don't try to take any more.

Peter Lindsay"""),
# ---------------- pet insurance ----------------
("en", "claim-approved-money-not-here", "Becky Sutton <becky.sutton@post.example>", "Claim CL-55821", "billing", "",
"""Hi,

Your email on 19 March said the claim for Pepper's cruciate operation
was approved and we'd receive 1,870 within 5 working days. It's now
been three weeks and it hasn't arrived in our account. The bank details
on the claim form are correct, I've checked.

Becky Sutton"""),
("en", "renewal-eighteen-more-a-month", "Martin Olsen <martin.olsen@example.com>", "Renewal letter", "billing", "",
"""Hello,

Just got the renewal for Luna. It's gone from 31.20 to 49.60 a month.
She hasn't claimed once in three years. How is that 18 more a month?
I'd like someone to explain it before I decide whether to stay.

Martin"""),
("en", "bramble-put-to-sleep", "Jean Hollis <jean.hollis@example.com>", "Bramble", "billing", "",
"""Dear all,

Our old spaniel Bramble was put to sleep on Tuesday, he was 14. We won't
be getting another dog. Please could you close his policy so no further
payments go out.

Thank you,
Jean Hollis"""),
("en", "claims-portal-reset-link-expired", "Tariq Aziz <tariq.aziz@example.com>", "Password reset doesn't work", "technical", "",
"""Hi, I'm trying to log in to the claims portal to send the vet invoice.
I clicked forgot password, the email arrives, but every time I click the
link (straight away) it says "This link has expired". Tried 4 times and
on two browsers. Tariq"""),
("en", "pre-existing-before-buying", "Rachel Kemp <rachel.kemp@example.com>", "Question before I buy", "general", "",
"""Hello,

I've got a quote for 23.40 a month for my cat Milo (lifetime cover). He
had an ear infection last year that cleared up completely. Would that
count as a pre-existing condition and be excluded forever, or only for a
certain time? Want to know before I sign up.

Rachel"""),
("en", "update-microchip-number", "Gareth Evans <gareth.evans@example.org>", "Policy PT-884213", "general", "",
"""Hello, when we took out the policy we put the wrong microchip number
for Bonnie - the vet has just scanned her and it's 941000024681357, not
what's on the certificate. Can you update it please? Gareth"""),
("en", "declined-claim-ombudsman", "Lorraine Barker <lorraine.barker@example.net>", "Declined claim - formal complaint", "billing", "high",
"""I am making a formal complaint about your decision to decline my claim
of 2,430 for Rocco's spinal surgery on the grounds of a "pre-existing
condition". The vet notes you quote are about a sprained front leg two
years ago, nothing to do with his back, and our vet has written to you
to say so.

If this is not overturned I will take it to the Financial Ombudsman
Service. Please send me your final response letter.

Lorraine Barker"""),
# ---------------- pet grooming and kennels ----------------
("en", "kennels-christmas-two-dogs", "Pauline Ward <pauline.ward@post.example>", "Christmas", "general", "",
"""Hi, do you have space for two dogs (a lab and a jack russell, they
share) from 22 Dec to 2 Jan? They stayed with you last Easter. Can they
have the same kennel together again? Pauline"""),
("en", "dog-back-from-kennels-wound", "Craig Dalton <craig.dalton@example.com>", "Our dog Max", "general", "high",
"""We collected Max yesterday after his week with you. When we got him
home we found a deep cut on his back leg, hidden under the fur, and he
has lost a lot of weight. Nobody said a word about it at collection. Our
vet has had to stitch it and has put him on antibiotics.

I want the owner of the kennels to call me today and explain what
happened to him. 07700 900 381.

Craig Dalton"""),
("en", "kennel-deposit-three-weeks-notice", "Louise Harper <louise.harper@example.com>", "Booking for 12-19 May", "billing", "",
"""Hello,

Our holiday has been cancelled so we won't need the kennel booking for
Rufus from 12 to 19 May. That's more than three weeks' notice. Your terms
say deposits are returnable with 14 days' notice, so could the 50 come
back to my card please?

Louise"""),
("en", "groom-55-website-says-40", "Kate Mallory <kate.mallory@example.com>", "Grooming price", "billing", "",
"""hi, paid 55 for Teddy's groom on saturday (cockapoo, medium) but your
website price list says medium dogs full groom 40. he wasn't matted.
was that a mistake? kate"""),
("en", "grooming-booking-calendar-blank", "Dev Patel <dev.patel@example.com>", "booking", "technical", "",
"""Hi, trying to book a groom online but when I pick the service and
click next, the calendar is just blank white, no dates to select. Tried
on phone and laptop. Is it broken or are you fully booked?
Dev"""),
("en", "groomer-chloe-anxious-dog", "Amelia Short <amelia.short@example.org>", "Thank you Chloe!", "general", "",
"""Just a quick note to say thank you to Chloe. Our rescue greyhound is
terrified of everyone and she took so much time with him, let him sniff
everything first and did him on the floor instead of the table. Worth
far more than the 45! We'll definitely be back.
Amelia & Jasper"""),
# ---------------- musical instruments ----------------
("en", "digital-piano-keys-silent", "Helen Cho <helen.cho@example.com>", "Piano", "technical", "",
"""Hello,

The digital piano I bought in January has three keys in the middle (the
E, F and F sharp above middle C) that make no sound at all unless I
press them really hard. All the others are fine. Headphones or
speakers, same thing.

Helen Cho"""),
("en", "amp-crackles-touching-jack", "Jamie Rourke <jamie.rourke@example.com>", "amp", "technical", "",
"""the practice amp i got from you crackles and cuts out if i touch the
lead where it goes into the input. tried 3 different leads and 2
guitars so its the amp. any ideas or is it a repair job"""),
("en", "bass-amp-sparks-burning", "Luke Spencer <luke.spencer@example.net>", "Bass amp", "technical", "high",
"""Hi,

Plugged in the bass amp I bought last month at rehearsal tonight and
there was a crack, a couple of sparks came out of the vent on the back
and then a strong burning smell. The fuse in the plug blew. I've left
it unplugged. It's the 300W combo. What happens now?

Luke"""),
("en", "violin-rental-not-for-her", "Claire Adamson <claire.adamson@post.example>", "Violin", "billing", "",
"""Hello,

After two terms Isla has decided the violin is really not for her (the
rest of the house agrees!). We're on your rent-to-buy scheme. How do we
bring the violin back and make sure the monthly payments end? She has
looked after it well.

Claire Adamson"""),
("en", "finance-instalments-wrong-amount", "Sam Whitfield <sam.whitfield@example.com>", "finance", "billing", "",
"""Hi, I bought the drum kit on your 0% finance, 12 payments of 62.50.
The first payment that came out was 87.50. The paperwork says 62.50 a
month. Can you find out what happened and get the 25 back?
Sam"""),
("en", "left-handed-tele-in-store", "Nathan Bryce <nathan.bryce@example.com>", "Left handed guitar", "general", "",
"""Hi, do you have the left-handed Telecaster in the Leeds shop to try?
Website only shows online stock. I'd like to play it before buying.
Nathan"""),
# ---------------- ski and snowboard rental ----------------
("en", "paid-online-paid-counter-again", "Emily Forsyth <emily.forsyth@example.com>", "Rental Tignes week 7", "billing", "",
"""Hello,

I booked and paid online for 4 ski packs in Tignes (booking SK-44817,
612 euros). At the shop they said they couldn't find the booking and
made me pay again at the counter, 640 euros. Now my card shows both. I
have the receipts. Please refund one of them.

Emily Forsyth"""),
("en", "damage-waiver-still-charged", "Oscar Price <oscar.price@example.com>", "Skis returned", "billing", "",
"""We took the damage waiver on both pairs of skis (it's on the booking).
When we handed them back they charged 85 for a scratch on the base.
Isn't that exactly what the waiver is for? I'd like the 85 back.

Oscar"""),
("en", "daughters-binding-keeps-releasing", "Anna Lindqvist <anna.lindqvist@example.com>", "Binding problem", "technical", "high",
"""Hello,

I write about the skis we rent for my daughter (9 years) at your shop in
Morzine, booking MZ-21190. The left binding released four times
yesterday on easy blue slope, in the middle of a turn, not when she
fell. The last time she went down hard and hit her head (she has a
helmet, she is ok). I think the setting is wrong or the binding is
broken. She will not ski on it again until someone checks.

Anna Lindqvist"""),
("en", "qr-booking-code-wont-scan", "Liam O'Shea <liam.oshea@example.net>", "QR code", "technical", "",
"""hi the qr code in my booking email won't scan at the shop, the man
tried 3 times and it says "invalid code". booking number RB-55102. we
got the skis in the end because he typed it in but it said the same
for the boot exchange today"""),
("en", "change-pickup-shop", "Freddie Lau <freddie.lau@example.com>", "Pick up location", "general", "",
"""Hello, our chalet has changed and we'll now be staying near the
Mont Vallon lift rather than in the village. Can we collect our rental
from your shop at the lift instead of the village shop? Booking
ME-33018, arriving Saturday 8th. Thanks, Freddie"""),
("en", "broken-leg-trip-off", "Hamish Cowan <hamish.cowan@example.org>", "Booking SK-49902", "billing", "",
"""Dear Sir/Madam,

I broke my leg playing football last weekend so our ski trip is off. I
booked and paid for a snowboard pack and boots with you for 10-17 Feb
(198 euros). Could I have the money back? I can send a letter from
the hospital.

Hamish Cowan"""),
# ---------------- football club season tickets ----------------
("en", "season-ticket-wallet-turnstile-red", "Kieran Boyle <kieran.boyle@example.net>", "digital season ticket", "technical", "",
"""Hi, my season ticket won't add to my Apple Wallet any more - the button
says "Add" then nothing happens. On Saturday I showed the QR code from
the app instead and the turnstile went red twice before a steward let me
through. Seat is Block K row 12. Can you reissue it or something?
Kieran"""),
("en", "south-stand-readers-down-crush", "Supporters Club Secretary <secretary@townsupporters.example>", "Gate 7 on Saturday - this must not happen again", "technical", "high",
"""Dear Sir/Madam,

On Saturday the card readers at the South Stand turnstiles stopped
working about 40 minutes before kick-off. The queue outside gate 7
backed up into a solid crowd with nowhere to go. I saw children being
squashed against the railings and an elderly member of ours had to be
pulled out by a steward. Many of our 200 members missed the first half.

We need to know what failed and what will be done before the next home
game on the 27th.

Pat Connolly
Secretary, Supporters Club"""),
("en", "pay-rest-of-season-ticket", "Ian Buckley <ian.buckley@post.example>", "Direct debit", "billing", "",
"""Hi, I'm paying my season ticket monthly by direct debit, 6 payments
left. I'd rather clear the rest in one go now - can I do that by card
and stop the DD? How much is left exactly? Ian Buckley, supporter no.
1182044"""),
("en", "moving-abroad-no-renewal", "Conor Walsh <conor.walsh@example.net>", "Next season", "billing", "",
"""Hello,

I'm moving to Canada for work in July, so sadly I won't be in my seat
next season after 22 years. My ticket is set to renew automatically in
May - please make sure it doesn't, and that nothing is taken from my
card.

Up the Town,
Conor Walsh"""),
("en", "move-seat-next-to-son", "Steve Marsh <steve.marsh@example.com>", "Seat move", "general", "",
"""Hi,

My lad has just got his first season ticket (Block D row 20 seat 15)
and mine is Block D row 8. Is there any way to move us so we're sat
together for the rest of the season, even if it's somewhere else in the
ground?

Steve Marsh"""),
("en", "wheelchair-steward-thanks", "Maureen Dodds <maureen.dodds@example.com>", "Steward at the North Stand", "general", "",
"""Dear Club,

I want to thank the steward in the North Stand wheelchair area on
Tuesday night, a tall young man called Josh. It rained all game and he
fetched my husband a blanket and a cup of tea and made sure we got out
safely at the end. He made our night.

Maureen Dodds"""),
# ---------------- organic veg box ----------------
("en", "away-two-weeks-no-box", "Harriet Gale <harriet.gale@example.org>", "Holiday", "billing", "",
"""Hello, we're away from 3 to 17 August. Please don't send a box or take
any money those two weeks, and start again on the 24th. Thanks!
Harriet"""),
("en", "box-never-came-still-paid", "Owen Jenkins <owen.jenkins@example.net>", "Thursday box", "billing", "",
"""No box came last Thursday. Nothing on the doorstep, nothing with the
neighbours, no card through the door. But the 24.50 still came out of
my account on Friday. Could that go towards next week or come back to
me please.
Owen"""),
("en", "no-more-beetroot-please", "Caroline Hurst <caroline.hurst@example.com>", "Beetroot...", "general", "",
"""Hi,

Love the boxes, but nobody in our house will eat beetroot and we've had
it four weeks running. Is there a way to mark it as something we don't
want and have something else instead?

Caroline"""),
("en", "nut-free-granola-reaction", "Rebecca Ashworth <rebecca.ashworth@post.example>", "Granola add-on", "general", "high",
"""I added your "nut-free" granola to last week's box specifically because
my son has a tree nut allergy. Within ten minutes of eating it his lips
swelled and he came out in hives, and we had to use his EpiPen and take
him to A&E. He is fine now. When I looked at the bag properly, it was a
different product inside the "nut-free" label.

I need someone responsible for your labelling to contact me, and I want
to know this batch has been taken off sale.

Rebecca Ashworth"""),
("en", "cant-change-delivery-day-error", "Paul Turnbull <paul.turnbull@example.com>", "delivery day change not working", "technical", "",
"""Trying to switch from Tuesday to Friday delivery in my account. When I
press save it says "Something went wrong, please try again later". Been
trying since yesterday. Please can someone change it for me or fix it.
Paul"""),
("en", "medium-box-two-more", "Nicola Bright <nicola.bright@example.com>", "price", "billing", "",
"""hiya, my medium box has been 19.50 since I started and the last two
weeks it's been 21.50. didn't see any email. has it gone up for
everyone or have i been moved onto a different box by mistake?"""),
("en", "leave-box-by-shed", "George Winter <george.winter@example.org>", "Where to leave the box", "general", "",
"""Hello, your driver keeps leaving the box on the front step where it
sits in the sun all afternoon. Could you ask them to leave it round the
side by the blue shed instead? The side gate isn't locked. Thanks,
George"""),
# ---------------- language learning app ----------------
("en", "speaking-exercises-dont-hear-me", "Isabel Navarro <isabel.navarro@example.com>", "speaking", "technical", "",
"""Hello,

In the speaking exercises the app doesn't hear me at all. The microphone
icon turns red, I speak, and it says "We couldn't hear you" every time.
The microphone works in WhatsApp voice notes and the app has microphone
permission. Android 14. I skip them now but I want to practise.

Isabel"""),
("en", "progress-reset-after-update", "Thomas Becker <thomas.becker@example.org>", "My progress is gone", "technical", "",
"""After the update yesterday my Italian course starts again from Unit 1
and my 212 day streak shows 0. I was in Unit 31. I use the same account
(this email), I checked. Please restore my progress, I don't want to do
everything again.
Thomas"""),
("en", "trial-became-annual-79", "Megan Price <megan.price@example.com>", "trial", "billing", "",
"""I signed up for the 7 day free trial and forgot about it, and now 79.99
has gone out for a full year. I didn't get any reminder that the trial
was ending. I've only used it twice. Is there any way I can get that
back?

Megan"""),
("en", "family-plan-to-just-me", "Andrew Kerr <andrew.kerr@example.net>", "Family plan", "billing", "",
"""Hi,

The kids have lost interest (surprise) so it's only me still using the
app. Can I switch from the family plan to the single one from the next
renewal? I want to keep my own progress.

Andrew"""),
("en", "please-add-welsh-course", "Gwen Pritchard <gwen.pritchard@post.example>", "Welsh?", "general", "",
"""Helo! Any plans to add a Welsh course for English speakers? There are
lots of us learning it here and the other apps don't do it very well.
I'd pay for it. Diolch, Gwen"""),
("en", "school-licences-exam-week", "Mr D. Achebe <d.achebe@st-aidans-school.example>", "School licences not working", "technical", "high",
"""Hello,

None of our Year 11 students can get into their classroom accounts this
morning - they all get "Your school licence is not active". That's about
180 pupils across six classes, and this is the week before their French
and Spanish speaking exams, which is the whole reason we bought the
licences. Our licence runs until August.

Please can someone contact me as soon as possible.

David Achebe
Head of Modern Languages"""),
# ---------------- VPN and password manager ----------------
("en", "vpn-connected-no-sites-load", "Rafael Mendes <rafael.mendes@example.com>", "VPN connects but nothing loads", "technical", "",
"""Hi, the VPN says connected (green) but no websites load at all while
it's on. When I disconnect, everything works. Tried 5 different
countries. Windows 11 laptop. Started after the last app update I think.
Rafael"""),
("en", "extension-stopped-autofill", "Holly Grant <holly.grant@example.com>", "Extension", "technical", "",
"""Hello,

Since Chrome updated the browser extension doesn't fill anything in
any more. The little icon in the password box has gone and clicking the
extension just shows "Vault locked" even after I unlock it with my
master password. The desktop app works fine.

Holly"""),
("en", "company-vault-empty-everyone", "IT Lead <it@marlowe-associates.example>", "Vault empty for everyone", "technical", "high",
"""Our company vault shows as empty for all 52 staff since about 9:30 -
no shared folders, no logins. People can't get into the CRM, our bank
portal or the phone system because the passwords only live in your
product. Basically the whole office has stopped.

We need someone on this now. Account: Marlowe Associates, business plan.

Sunita Rao
IT Lead"""),
("en", "billed-dollars-not-pounds", "Neil Forbes <neil.forbes@example.org>", "Currency", "billing", "",
"""Hi, my renewal came out in US dollars (59.99 USD) instead of pounds
like last year, and my bank added a 2.75% foreign transaction fee on
top. I'm in the UK and my account says UK. Can you switch it back to
GBP and cover the fee?
Neil"""),
("en", "not-technical-dont-roll-over", "Simone Adler <simone.adler@example.com>", "renewal", "billing", "",
"""Hello - this is not a technical problem, the app works fine. I just
don't want my subscription to roll over into another year when it
ends in June. My employer gives us one now. Please make sure it simply
stops.

Simone"""),
("en", "where-servers-logs-before-buying", "Kai Jensen <kai.jensen@example.com>", "A few questions", "general", "",
"""Hi,

Before I buy a plan for our small team: which countries are your
servers in, do you keep any connection logs, and have you had an
independent audit? A link to the report would be great.

Thanks,
Kai Jensen"""),
# ---------------- local council services ----------------
("en", "parking-permit-paid-twice", "Olivia Hart <olivia.hart@example.net>", "Resident permit zone C", "billing", "",
"""Hello,

I renewed my resident parking permit online on Sunday. The page timed
out at the end so I did it again, and now I've got two confirmation
emails and 75 has gone from my account twice. I only have one car.
Please cancel the second permit and return the money.

Olivia Hart
22 Beech Grove"""),
("en", "bins-after-bank-holiday", "Derek Hammond <derek.hammond@post.example>", "bin day", "general", "",
"""Our black bin is normally collected Monday. With the bank holiday on
the 26th, do we put it out Monday anyway or is it moved to Tuesday?
Can't find it on the website. Elm Road, Kettlewell.
D Hammond"""),
("en", "council-account-code-never-comes", "Aisha Mohammed <aisha.mohammed@example.com>", "Cannot sign in to my council account", "technical", "",
"""Hello,

When I try to sign in to my council account it says it has sent a
security code to my email, but the code never arrives (I have checked
junk and waited 30 minutes). Because of this I cannot book the bulky
waste collection. My email address has not changed.

Aisha Mohammed"""),
("en", "lamp-post-sparking-school-path", "Trevor Bell <trevor.bell@example.com>", "Street light on the path by St Mary's school", "technical", "high",
"""Good evening,

The small access cover at the bottom of the lamp post on the footpath
between Church Lane and St Mary's primary school has been knocked off,
and there are wires showing inside. Tonight when it came on I saw it
sparking inside the base. Hundreds of children walk past it every
morning. I've tied a carrier bag round it as a warning but someone needs
to make it safe before tomorrow.

Trevor Bell"""),
("en", "garden-waste-moved-to-flat", "Marion Cole <marion.cole@example.org>", "Brown bin", "billing", "",
"""Dear Sir/Madam,

I have moved from 4 Linden Avenue to a flat with no garden, so I won't
be needing the brown garden waste bin any more. It was paid until next
March. Please collect the bin from Linden Avenue and let me know if any
of the year's payment can come back to me.

Marion Cole"""),
("en", "replacement-recycling-box", "Josh Reynolds <josh.reynolds@example.com>", "recycling box", "general", "",
"""hi our blue recycling box blew away in the storm and we can't find it
anywhere. can we have a new one delivered? 7 Castle View. cheers josh"""),
("en", "pcn-appeal-tribunal", "Helen Kowalski <helen.kowalski@example.net>", "PCN KN40218766 - rejection of my appeal", "billing", "high",
"""Dear Parking Services,

You have rejected my appeal against PCN KN40218766 and asked for 70. I
was parked in a bay that had no visible signs - the sign was covered by
a hedge, as my photographs show - and I displayed a valid blue badge.

I will not pay this penalty. If you do not cancel it I will take it to
the independent traffic penalty tribunal, and I will be sending them the
photographs.

Helen Kowalski"""),
# ---------------- home care services ----------------
("en", "no-carer-mum-tablets-missed", "Susan Gray <susan.gray@post.example>", "Nobody came to Mum last night", "general", "high",
"""Nobody turned up for Mum's 8pm visit last night. She has dementia and
relies on that visit for her evening tablets and to be helped to bed. A
neighbour found her at 11 still in her chair, confused and cold. Nobody
from your office rang us or her.

This is the second missed visit this month. I want to speak to the
registered manager today, not the on-call line.

Susan Gray
(daughter of Mrs Edith Gray)"""),
("en", "hour-visits-carers-stay-half", "Patrick Lyons <patrick.lyons@example.com>", "Invoice for March", "billing", "",
"""Hello,

Dad's March invoice charges for 28 one-hour visits. The visit log in his
folder shows most carers were there 30 to 35 minutes, and they sign it.
I'm not complaining about the carers, they're lovely, but we should only
be paying for the time they're actually there.

Patrick Lyons"""),
("en", "morning-visit-later-please", "Dorothy Kent <dorothy.kent@example.org>", "Visit times", "general", "",
"""Dear Office,

Could my morning visit be moved from 7.30 to about 9? I've never been an
early riser and I'm finding it hard to be ready. The carers are very
kind. The evening visit is fine as it is.

Dorothy Kent"""),
("en", "family-portal-visits-missing", "Mark Saunders <mark.saunders@example.com>", "Family app", "technical", "",
"""Hi, the family portal app has stopped showing Mum's visit notes since
about the 10th. It just says "No visits recorded" for each day, but I
know the carers have been going. I used to check it every evening from
work. Logged out and back in, same thing. Is it broken?
Mark"""),
("en", "video-call-tablet-no-wifi", "Yvonne Pritchard <yvonne.pritchard@example.net>", "Dad's tablet", "technical", "",
"""Hello,

The tablet your team set up for Dad so we can video call him has
stopped connecting to his Wi-Fi. It says "Saved" under the network name
but won't actually connect, and the little icon has a cross. His TV box
is on the same Wi-Fi and works. Can one of the carers or someone have a
look on the next visit?

Yvonne"""),
("en", "council-funding-from-may", "Gillian Frost <gillian.frost@post.example>", "Mum's care - funding", "billing", "",
"""Hello,

Good news - the council has agreed to fund Mum's care from 1 May after
her reassessment, and they'll be in touch with you directly. So from
May please stop the monthly payments from my account. Everything else,
visits, carers, stays the same.

Gillian Frost"""),
# ---------------- bike sharing ----------------
("en", "ebike-brakes-gone-downhill", "Jonah Reid <jonah.reid@example.com>", "Bike 40217 - brakes", "technical", "high",
"""Hi,

Reporting e-bike 40217. Coming down Bridge Street this morning the front
brake lever went right back to the handlebar with no braking at all and
the back one barely worked. I only stopped by putting my feet down and
steering into the kerb. I've parked it at the Market Square dock and
left a note on it, but someone else will take it.

Jonah Reid"""),
("en", "unlocked-in-app-lock-shut", "Priya Raman <priya.raman@example.com>", "cant unlock bike", "technical", "",
"""at the station on Canal Street, scanned bike 31558, app says "Unlocked
- enjoy your ride" but the lock on the back wheel stays closed. tried
another bike same thing. bluetooth on. is the station broken?"""),
("en", "map-shows-no-bikes-anywhere", "Leo Martins <leo.martins@example.com>", "App map empty", "technical", "",
"""Hi, since this morning the map in the app shows every station as empty,
0 bikes, 0 docks, all over the city. But I can see 6 bikes at the
station outside my window. Restarted phone. iPhone. Anyone else?
Leo"""),
("en", "not-returned-fee-bank-dispute", "Grace Holloway <grace.holloway@example.com>", "45 non-return fee", "billing", "high",
"""You charged me 45 saying bike 22904 was "not returned" on 3 April. I
docked it at Station Road at 18:12 and the dock light went green - I
have a photo of the bike in the dock with the time on it, which I sent
to your support twice. No reply.

I've now disputed the 45 with my bank.

Grace Holloway"""),
("en", "moving-away-annual-pass", "Ruairi Byrne <ruairi.byrne@example.net>", "annual pass", "billing", "",
"""Hello,

I'm leaving the city at the end of the month for a new job, and there
are no bikes where I'm going. My annual pass runs until November. Is it
possible to get the unused months back, or at least stop it renewing?

Thanks
Ruairi"""),
("en", "station-at-the-hospital", "Dr Helen Fairley <helen.fairley@example.org>", "Suggestion - station at the General Hospital", "general", "",
"""Hello,

A lot of us at the General Hospital would cycle to work if there was a
docking station at the main entrance or by the staff car park. At the
moment the nearest is a 15 minute walk away. Worth considering?

Helen Fairley
(A&E registrar)"""),
# ---------------- website builder and email hosting ----------------
("en", "shop-emails-bouncing-orders", "Bethan Morris <bethan@morris-ceramics.example>", "Emails bouncing!!", "technical", "high",
"""Since last night every email sent to orders@ and hello@ on our domain
bounces back with "mailbox unavailable". That's where all our shop
orders and wholesale enquiries come in - customers are messaging us on
Instagram to say their emails are bouncing and we can't see any new
orders. Nothing changed on our side, the domain is paid up with you.

Bethan
Morris Ceramics"""),
("en", "site-says-not-secure", "Carl Jensen <carl@jensen-plumbing.example>", "Not secure", "technical", "",
"""My website has started showing "Not secure" next to the address in
Chrome and some customers say they get a warning page before it loads.
It never used to. I haven't touched the settings. Is it the certificate
thing? How do I fix it?
Carl Jensen, Jensen Plumbing"""),
("en", "editor-wont-save-changes", "Tamsin Reed <tamsin@tamsinreed-photo.example>", "Editor", "technical", "",
"""Hello,

When I edit my gallery page and click Publish, the button spins and then
nothing - when I reload, my changes are gone. I've lost about two hours
of work this week. Tried Firefox and Safari. Other pages save fine, it's
just that one (it has about 120 photos on it, if that matters).

Tamsin"""),
("en", "contact-form-not-arriving", "Ravi Shankar <ravi@shankar-tutoring.example>", "contact form", "technical", "",
"""hi, I filled in my own website's contact form as a test and nothing
arrived in my inbox. Checked spam. Form says "thanks for your message"
so it looks fine to visitors. I think I've been missing enquiries for a
few weeks. Where do the messages go?
Ravi"""),
("en", "domain-renewed-after-transfer", "Jacqueline Boyd <jacqueline.boyd@example.com>", "Domain renewal", "billing", "",
"""Hi,

I transferred my domain away to another registrar in January (you sent
me a confirmation). But on 2 April you took 14.99 from my card for
"domain renewal" of that same domain. You can't renew something you
don't hold any more. Please return it.

Jacqueline Boyd"""),
("en", "designer-reseller-programme", "Ewa Kaminska <ewa@kaminska-studio.example>", "Partner programme?", "general", "",
"""Hi there,

I'm a freelance web designer and build around 15 small-business sites a
year. Do you have a partner or reseller programme - one login for all my
clients' sites, maybe a white-label option? If so, who can I talk to?

Ewa Kaminska
Kaminska Studio"""),
]
