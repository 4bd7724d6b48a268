# batch72.py -- labelled mails
# held out of the tree until the rules it measures are final.
# Kept apart from gen.py so that nothing is tuned or trained on them.
# Kinds of business: funerals and memorials -- funeral directors,
# cremation services, memorial masons and headstones, funeral flowers,
# grave maintenance, pre-paid funeral plans, online obituary and
# condolence pages.  The failure classes in these settings -- escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, outages of a
# business told only by their consequences, safety hazards told calmly,
# praise and thanks, payment questions -- and everyday mail of all three
# queues.  40 mails per language (en, el, es, pl).  Same tuple format as
# batch13-16.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b72-en-plan-pay-off-balance", "Graham Lister <graham.lister@example.co.uk>", "Funeral plan", "billing", "",
"""Good afternoon,

My wife and I each took out one of your pre-paid funeral plans in 2021,
paying monthly over five years. We have had a small windfall and would
like to clear what is left on both plans now rather than carry on with
the monthly payments.

Could you tell me the outstanding balance on each (plan numbers FP-20931
and FP-20932) and whether there is any penalty for settling early? We
would pay by bank transfer.

Kind regards,
Graham Lister"""),
("en", "b72-en-headstone-deposit-small-claims", "Tracey Holt <tracey.holt@example.co.uk>", "Deposit paid in March - still no headstone", "billing", "high",
"""I paid your firm a deposit of 850.00 on 14 March for a black granite
headstone for my mum's grave at Hillsborough cemetery. I was told 10-12
weeks. It is now August. Nobody returns my calls, the number on your
van just rings out and my last two emails have had no reply.

Either the headstone is fitted by the end of this month or I want the
850 back in full. If I hear nothing within 14 days I will be filing a
claim in the small claims court, I have the receipt and the order form
signed by your Mr Kenyon.

Tracey Holt
07700 914 338"""),
("en", "b72-en-casket-spray-charged-twice", "Linda Marchetti <linda.marchetti@example.com>", "Order #40417", "billing", "",
"""Hi there, I ordered the white rose casket spray for my aunt's service
last Thursday ($189.00) and my Amex shows two identical charges from you
on the same day. Only one spray was delivered (it was beautiful, thank
you). Can you please reverse the second charge?

Linda"""),
("en", "b72-en-account-to-executors-solicitor", "Patricia Doyle <p.doyle@example-probate-law.co.uk>", "Funeral account - late Mr Ernest Barlow", "billing", "",
"""Dear Sirs,

We act for the executors of the late Ernest Barlow of 3 Ashgrove Road,
Kendal, whose funeral your branch arranged on 22 May.

The family have passed us your account for 4,318.50. The bank will
release funds from Mr Barlow's account to pay funeral costs directly,
but only against an invoice addressed to "The Executors of Ernest Barlow
deceased", care of this office. Could you please reissue it in that
form and send it to me by email?

Yours faithfully,
Patricia Doyle
Probate Department"""),
("en", "b72-en-grave-tidy-brother-takes-over", "Siobhan Keane <siobhan.keane@example.ie>", "Mam and Dad's grave", "billing", "",
"""Hi,

Just to let you know my brother Declan has retired and moved back to
Mallow, he's only five minutes from St Gabriel's now and says he'll look
after the grave himself from here on (weeding, the flowers, all that).
So we won't be needing you after the spring visit. Please don't take the
October payment of 95 euro.

Thanks a million for keeping it so lovely the last few years, it was a
great comfort when none of us lived near.

Siobhan"""),
("en", "b72-en-memorial-page-renewed-dispute", "Brandon Whitley <brandon.whitley@example.com>", "Unauthorized renewal", "billing", "high",
"""I set up a memorial page for my father on your site last year. It was
sold to me as a one-time payment. Yesterday you charged my Visa $59.99
for a "yearly renewal" I never agreed to and there is nothing in my
account settings to turn it off.

Refund the $59.99 and cancel whatever this is. If it isn't back on my
card by Friday I'm disputing it with Chase and reporting you to the
Better Business Bureau.

Brandon Whitley
Columbus, OH"""),
("en", "b72-en-direct-cremation-all-up", "Kylie Brennan <kylie.brennan@example.com.au>", "quote", "billing", "",
"""Hi, after a price for a direct cremation (no service) for my nan who's
in palliative care in Geelong. Is the $2,790 on your website the all up
price or are the doctor's certificate and the ashes container extra?
Thanks, Kylie"""),
("en", "b72-en-wait-for-dwp-payment", "Margaret Pugh <margaret.pugh@example.co.uk>", "Balance on my husband's funeral", "billing", "",
"""Dear Mrs Rowlands,

Thank you for everything you did for Alun's funeral last week.

I have applied to the DWP for a Funeral Expenses Payment as I am on
Pension Credit. They say it can take up to eight weeks. Would you be
able to wait for that money before I pay the rest of your account? I
can pay 200 pounds now towards it if that helps.

Yours sincerely,
Margaret Pugh"""),
("en", "b72-en-extras-not-agreed-owner", "Darren Fletcher <darren.fletcher@example.co.uk>", "Final invoice - I want to speak to the owner", "billing", "high",
"""I have now received your final invoice for my father's funeral and it
is 640 pounds more than the estimate I signed.

Added on:
- out of hours collection 295 (he died at 4pm on a Tuesday)
- second limousine 345 (we had ONE car, everyone else drove)

I rang the branch and the lady said she can't change it. Fine. I want
the owner of the business to ring me, not the branch. I'm not paying a
penny of those two lines until someone with authority has gone through
this with me.

Darren Fletcher"""),
("en", "b72-en-pune-package-refund", "Rohit Kulkarni <rohit.kulkarni@example.in>", "Refund for booking ref LSR-88213", "billing", "",
"""Dear Team,

On 3rd of this month I had booked your antim sanskar package in Pune
for my grandmother (pandit, samagri, hearse van and crematorium
slot) and paid Rs 18,500 online. Same night the family decided to take
her to our native village near Satara and all the rituals were done
there, so your services were not used at all. I had informed your
helpline within two hours.

Kindly process the refund to my HDFC card. Please revert with the
expected date.

Regards,
Rohit Kulkarni
+91 98220 41763"""),
("en", "b72-en-re-quote-two-payments", "Helen Carswell <helen.carswell@example.co.uk>", "Re: Your estimate - Mrs Jean Carswell", "billing", "",
"""Thanks Andrew, we'd like to go ahead with option 2.

Is it possible to pay half on the day and half a month later? Mum's
money is tied up until probate and my brother and I are covering it
between us. Card is fine either way.

Helen

On Mon, 9 Sep at 11:42, Andrew Neale <arrangements@example-nealefunerals.co.uk> wrote:
> Dear Helen,
>
> Further to our meeting, please find attached two estimates for your
> mother's funeral. Option 1 (service at the crematorium only) comes to
> 3,960.00 and option 2 (church service followed by committal) to
> 4,575.00, including our disbursements.
>
> With kind regards,
> Andrew Neale"""),
("en", "b72-en-urn-too-small-exchange", "Doris Kim <doris.kim@example.com>", "Urn", "billing", "",
"""Hello, the brass urn I ordered (item 2231, the small one) arrived
today but the funeral home says Dad's cremains won't fit in it, we
needed the adult size. It's still in the box. Can I swap it for the
adult one and pay the difference?
Doris Kim"""),
("en", "b72-en-plan-cooling-off-ombudsman", "Stephen Ashworth <s.ashworth@example.co.uk>", "Plan ref 5513-72 cancellation", "billing", "high",
"""Dear Sir or Madam,

I cancelled the above funeral plan by email on day 19 of the 30-day
cancellation period (copy attached) and asked for a full refund of the
1,450.00 lump sum. Your letter of 2 October offers 1,150.00, keeping
300.00 as an "administration fee".

Your own terms say cancellation within 30 days is free of charge. I
have raised a formal complaint by this email. If I do not have a final
response or the full refund within eight weeks I will refer the matter
to the Financial Ombudsman Service, and I will also be informing the
FCA.

Stephen Ashworth"""),
("en", "b72-en-veterans-discount", "Earl Jennings <earl.jennings@example.net>", "question", "billing", "",
"""Do you all give any discount for veterans? My brother served in the
Army 22 years. We're coming in Tuesday to make the arrangements.
Earl"""),
("en", "b72-en-condolence-book-wont-sign", "Rachel Green <rachel.green@example.co.uk>", "Online condolence book", "technical", "",
"""Hello,

This isn't about the bill, which we've settled. It's the online
condolence book you set up for my grandad. Several people have told me
that when they type a message and press "Sign the book" the page just
reloads and the message disappears. I tried myself on my laptop and my
phone and it does the same. Only three messages have gone through all
week and I know lots of people have tried.

Could someone have a look? The funeral is on the 18th.

Rachel"""),
("en", "b72-en-webcast-recording-wont-play", "Aoife Brady <aoife.brady@example.ie>", "Webcast of Dad's funeral", "technical", "",
"""Hi,

I'm not looking for money back, I just want to be able to watch it.
The link you sent for the recording of Dad's service on Friday opens,
shows the crematorium logo and then says "Video unavailable - error
224003". Same on my phone, laptop and my sister's iPad in Boston. My
aunt in Leeds gets the same thing.

Is there any other way to get the recording? We'd even take it on a
USB stick.

Aoife Brady"""),
("en", "b72-en-solar-lantern-hot-soft", "Keith Morley <keith.morley@example.co.uk>", "Solar lantern", "technical", "high",
"""Afternoon,

Thought I'd better mention it. Went up to the cemetery this morning and
the solar memorial lantern I bought from you in June was very hot to
touch, much more than the sun would explain, and the plastic round the
battery compartment has gone soft and slightly out of shape. There was
a faint smell like burnt plastic. I've taken it off the grave and it's
in the shed on the concrete floor for now.

There are a lot of these on graves round there, so you may want to
check the batch.

Regards,
Keith Morley"""),
("en", "b72-en-headstone-moves-grandkids", "Joan Whitaker <joan.whitaker@example.co.uk>", "Headstone at Moorside", "technical", "high",
"""Dear Sir,

The headstone your men fitted on my husband's grave in April is no
longer steady. When I went to put flowers in the vase on Sunday and
leant on it slightly, the whole stone rocked towards me. It is about
four feet high and heavy.

My grandchildren come with me most weekends and like to touch Grandad's
name. I have told them not to go near it until you have looked at it,
but I would be grateful if someone could come out soon.

Mrs J. Whitaker"""),
("en", "b72-en-notices-not-showing-families-ringing", "Ferguson & Daughters Funeral Directors <office@ferguson-daughters.example>", "Notices", "technical", "high",
"""Since about 8 this morning nothing we publish through your portal is
appearing on the notices page. The portal says "Published" but the
public page still shows yesterday's list.

We've had four families on the phone already asking why their mother's
or father's notice isn't up, and one funeral is tomorrow at 11 - people
simply don't know the time or the church. Our staff are reading the
details out over the phone one by one while also trying to run two
services today. The other branches in Paisley and Renfrew have the same.

Please call the office on 0141 496 0082.

Moira Ferguson"""),
("en", "b72-en-florist-no-orders-since-friday", "Petal & Stem <orders@petalandstem.example>", "relay orders", "technical", "high",
"""Hi,

Not one order has come through the relay to us since Friday lunchtime.
We usually get 10-15 a day, most of them funeral tributes. We only found
out this morning when two funeral directors rang asking where the
wreaths were for services today - both had been ordered through you on
Saturday and we never saw them. We've done them in a rush but I've no
idea what else is sitting somewhere.

The dashboard just says "No new orders". Please can someone check our
account (member no. 61-0447) today.

Jo Hendry
Petal & Stem, Wigan"""),
("en", "b72-en-plan-portal-no-reset-email", "Nigel Parr <nigel.parr@example.co.uk>", "Can't get into my plan account", "technical", "",
"""I'm trying to log in to my funeral plan account to check my
nominated contact. It says my password is wrong, so I've pressed
"forgot password" four times since yesterday and no email arrives (not
in junk either). Email on file should be nigel.parr@example.co.uk.
Nigel Parr"""),
("en", "b72-en-qr-plaque-error", "Samantha Ortiz <sam.ortiz@example.com>", "QR code on Mom's plaque", "technical", "",
"""Hi, we had the QR medallion put on Mom's niche plaque so people can
see her life story page. When you scan it now it goes to a page that
says "404 Not Found". It worked fine at the memorial in May. The page
itself still works if I type in the address. Can you fix the link?
Thanks, Sam"""),
("en", "b72-en-tribute-dvd-disc-error", "Barbara Nowell <barbara.nowell@example.com>", "DVD", "technical", "",
"""Good morning,

The tribute slideshow of my husband that you showed at the visitation
was wonderful and I asked for two DVD copies for the family. Neither
disc will play in my DVD player or my son's. The player says "Disc
Error" and then ejects it. Other DVDs play fine.

Would it be possible to make new copies, or could you send it by email
for my grandson to put on the computer?

Sincerely,
Barbara Nowell"""),
("en", "b72-en-gold-lettering-flaking", "Ian McLeish <ian.mcleish@example.co.uk>", "Lettering", "technical", "",
"""Hi

The gold leaf on the lettering on my parents' headstone (Kirkcaldy
cemetery, fitted November last year) is already flaking off. Most of
the "In loving memory" line has gone back to grey. Surely it should
last more than one winter? Can someone come and redo it?

Ian"""),
("en", "b72-en-re-led-candle-dies", "Carol Benson <carol.benson@example.com>", "Re: Your order 58120 has shipped", "technical", "",
"""The LED memorial candle from this order only stays on for about an
hour and then goes out. I've tried two sets of new batteries and the
timer switch in every position. It's meant to do 6 hours every evening.

Carol

> Your order 58120 has shipped!
> 1 x Remembrance LED candle with lantern, bronze
> Track your parcel: ..."""),
("en", "b72-en-hello-cant-see-page", "Edna Fairclough <edna.fairclough@example.co.uk>", "Hello", "technical", "",
"""Hello,

I used to be able to look at my late husband Ronald's memorial page
every morning on my computer. Since you changed the website the page
asks me to "sign in" and when I put in my email and the password my
granddaughter wrote down for me it says "account not found". I have not
changed anything.

I am 84 and not very good with these things so please explain simply.

Edna Fairclough"""),
("en", "b72-en-ipad-upload-crashes", "Matt Kowalczyk <matt.kowal@example.com.au>", "Photos won't upload", "technical", "",
"""G'day, every time I try and upload photos of Dad to the tribute page
from my iPad the app closes itself. Gets to about 30% and boom, back to
the home screen. Tried 1 photo at a time, same thing. Updated the app
yesterday. Any ideas?
Matt"""),
("en", "b72-en-thank-you-nan-service", "Louise Harding <louise.harding@example.co.uk>", "Thank you", "general", "",
"""Dear all at Harding & Vale,

I just wanted to say thank you from all of us for Nan's service on
Thursday. From the first phone call at 2am to the last car leaving the
crematorium you were kind, patient and nothing was too much trouble.
Callum, who led the cortege past her old house on Cherry Tree Lane
without us even asking, made my mum cry in the best way.

Nan would have been thrilled with the turnout and absolutely tickled by
the horses.

With love and thanks,
Louise and family"""),
("en", "b72-en-medals-left-chapel", "Terence Ball <terence.ball@example.co.uk>", "Left behind after the service", "general", "",
"""Good morning,

At my father's service in your chapel yesterday (2pm, Mr Frank Ball) we
placed his RAF medals on a small cushion beside the coffin and I'm
afraid in the upset we forgot to take them with us. They are in a dark
blue leather case.

Could you let me know if they've been found and when I can collect
them?

Terence Ball
07700 900 416"""),
("en", "b72-en-urgent-saturday-chapel-hours", "Kerry Donnelly <kerry.donnelly@example.co.uk>", "URGENT!!", "general", "",
"""hi is the chapel of rest open on saturday?? my auntie is coming from
belfast and wants to see uncle pat before friday. what times?? thanks"""),
("en", "b72-en-flowers-to-funeral-home", "Priya Raman <priya.raman@example.com>", "Delivery for Order 77302", "general", "",
"""Hello,

For my order 77302 (standing wreath), please do not deliver to the
family home. The family asked that all flowers go straight to Whitmore
Funeral Home, 118 Elm Street, by 9:30am on Saturday, as the service
starts at 11. Please mark it for "Visitation - Eleanor Price".

Many thanks,
Priya"""),
("en", "b72-en-bearer-phone-committal-manager", "Rosemary Tate <rosemary.tate@example.co.uk>", "The behaviour of your staff at my sister's committal", "general", "high",
"""Dear Sir or Madam,

At the committal of my sister, Ann Gibbs, at Thornhill cemetery on
Wednesday, one of your bearers stood a few yards from the grave talking
and laughing on his mobile phone while the vicar was saying the final
prayers. Several of us could hear him. When my nephew asked him quietly
to stop, he rolled his eyes and walked off to the car.

I do not want an apology from the branch. I want the manager or the
owner of the company to contact me personally and tell me what is
going to be done about this.

Mrs R. Tate"""),
("en", "b72-en-remembrance-garden-steps", "Geoffrey Small <geoff.small@example.co.uk>", "Steps in the garden of remembrance", "general", "high",
"""Dear Sir or Madam,

I visited my wife's memorial rose at your crematorium on Saturday. The
stone steps going down from the car park to the garden of remembrance
have a broken front edge on the third step, and the whole flight is
covered in wet moss. An elderly lady in front of me slipped and only
stayed upright because her son caught her arm.

Many of your visitors are elderly and some use sticks. I think the steps
should be closed or fenced off until they are repaired.

Yours faithfully,
Geoffrey Small"""),
("en", "b72-en-subject-access-request", "Owen Pritchard <owen.pritchard@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all personal data your company
holds about me, including any notes of phone calls and the marketing
lists I am on. My name is Owen Pritchard and I arranged my mother's
funeral with your Bangor branch in 2022.

Please reply to this address.

Owen Pritchard"""),
("en", "b72-en-ashes-split-and-sea", "Niamh Cullen <niamh.cullen@example.ie>", "Question about Dad's ashes", "general", "",
"""Hi there,

There are four of us and we'd like to divide Dad's ashes - some for
Mam's grave in Kilcock, some to scatter off Howth where he fished, and
my brother in Perth wants a small keepsake. Is that something you can
do when we collect them, and is there any rule about scattering at sea
here?

Thanks,
Niamh"""),
("en", "b72-en-gaa-u12-sponsorship", "St Brigid's GAA Club <secretary@stbrigidsgaa.example>", "Sponsorship - U12 jerseys", "general", "",
"""Dear Mr Dunne,

St Brigid's is getting new jerseys for our under-12 boys' and girls'
teams next season and we're looking for a local business to sponsor
them. Your family has been part of the parish for three generations
and a lot of our members' families have dealt with you over the years.

Would you be open to a chat? I can call in to the office any morning.

Regards,
Pauline Farrell
Club Secretary"""),
("en", "b72-en-christmas-remembrance-service", "Hilary Moss <hilary.moss@example.co.uk>", "Christmas", "general", "",
"""Hello, my husband died in the spring and a friend mentioned you hold a
remembrance service before Christmas where names are read out. Do I
need to book, and can I bring my two teenage grandsons?
Hilary"""),
("en", "b72-en-plan-next-of-kin-change", "Valerie Shaw <valerie.shaw@example.co.uk>", "Change of contact on my plan", "general", "",
"""Dear Sir/Madam,

Please update the contact person on my funeral plan (ref 40-22817). My
son Martin is now living abroad, so I would like my daughter to be the
first contact instead:

Mrs Claire Benham, 14 Larch Close, Stafford ST17 4QD, tel 07700 900 583.

Nothing else about the plan changes. Thank you.

Valerie Shaw"""),
("en", "b72-en-ghee-rice-crematorium-rites", "Suresh Iyer <suresh.iyer@example.com>", "Rites at the crematorium", "general", "",
"""Dear Sir/Madam,

My father passed away at Leicester Royal on Monday and we are planning
his funeral with you. As per our tradition, my elder brother has to do
certain rites before the cremation, which include putting a little ghee
and rice near the coffin and breaking a clay pot. Is this allowed in
the chapel, and can up to four family members go to the viewing room to
see the coffin enter the cremator?

Also, how much time will we have in the chapel?

Thanks and regards,
Suresh Iyer"""),
("en", "b72-en-re-parking-open-casket", "Daniel Brennan <dan.brennan@example.com>", "Re: Service details for Harold Brennan", "general", "",
"""Thanks, got it. Two quick ones: is there parking at the funeral home
or should people use the church lot across the street? And my sister
wants to know if the viewing will be open casket, Grandpa said he
wanted it that way.

Dan

On Tue, Oct 8, 2024 at 3:17 PM, Caldwell Funeral Home <info@example-caldwellfh.com> wrote:
> Dear Mr. Brennan,
>
> Visitation for Harold Brennan will be held Thursday from 5 to 8 PM at
> our Main Street chapel, with the funeral service at St. Agnes Church
> on Friday at 10 AM.
>
> Caldwell Funeral Home"""),
# ---------------- Greek ----------------
("el", "b72-gl-prokatavoli-mnimeio-synigoros", "Stavros Karagiannis <stavros.karag@example.gr>", "prokatavolh mnhmeiou", "billing", "high",
"""Kalhspera sas,

ton Ianouario sas edwsa 1.200 eurw prokatavolh gia to marmaro ston
tafo tou patera mou sto koimhthrio ths Nikaias. Mou eipate 2 mhnes.
Exoun perasei 7. Sto thlefwno den apantaei kaneis kai sto ergastirio
einai panta kleista.

H to mnhmeio mpainei mexri tis 15 tou mhna h 8elw ta 1.200 pisw
olokliro. Alliws paw kateu8eian ston Synhgoro tou Katanalwth kai
exw kai thn apodeiksh kai to xarti me thn ypografh sas.

Stayros Karagiannhs
697 412 3380"""),
("el", "b72-el-parastatiko-epidoma-efka", "Ευαγγελία Σιδηροπούλου <evangelia.sid@example.gr>", "Παραστατικό για το επίδομα κηδείας", "billing", "",
"""Καλημέρα σας,

Για την κηδεία της μητέρας μου, Σοφίας Σιδηροπούλου, που έγινε στις
12/3, μου δώσατε μια απόδειξη χωρίς ΑΦΜ. Ο ΕΦΚΑ για το επίδομα
κηδείας ζητάει τιμολόγιο ή απόδειξη με το δικό μου ΑΦΜ και
ανάλυση των υπηρεσιών.

Μπορείτε να μου εκδώσετε νέο παραστατικό; Ο ΑΦΜ μου είναι 058412773,
ΔΟΥ Καλαμαριάς.

Ευχαριστώ πολύ,
Ευαγγελία Σιδηροπούλου"""),
("el", "b72-gl-stefani-dyo-xrewseis", "Marina P. <marina.pap@example.gr>", "stefani", "billing", "",
"""Geia sas, parhggeila xtes ena stefani gia thn khdeia ths theias mou
sto Peristeri (85e) kai sthn karta mou vlepw dyo xrewseis apo 85. To
stefani pige mia fora kanonika. Mporeite na epistrepsete th mia?
Eyxaristw
Marina"""),
("el", "b72-el-kantili-i-mitera-tha-anavei", "Γιώργος Λαμπρόπουλος <g.lampropoulos@example.gr>", "Περιποίηση τάφου - Α΄ Νεκροταφείο", "billing", "",
"""Καλησπέρα,

Η μητέρα μου μετακόμισε τον περασμένο μήνα σε διαμέρισμα δίπλα στο Α΄
Νεκροταφείο και θέλει πλέον να πηγαίνει η ίδια κάθε μέρα να ανάβει το
καντήλι και να περιποιείται τον τάφο του πατέρα μου. Της κάνει καλό.

Οπότε δεν θα χρειαστούμε άλλο τη μηνιαία περιποίηση. Σας παρακαλώ να
μη χρεωθούν τα 25€ του επόμενου μήνα.

Σας ευχαριστούμε για όλα αυτά τα χρόνια.
Γιώργος Λαμπρόπουλος"""),
("el", "b72-el-mnimosyno-40-timi-kafes", "Ελένη Μαυρίδου <eleni.mavridou@example.gr>", "Μνημόσυνο 40 ημερών", "billing", "",
"""Καλημέρα, για τα σαράντα του πατέρα μου την Κυριακή 14/4 θέλουμε
κόλλυβα και καφέ με παξιμαδάκια και κονιάκ στην αίθουσα για περίπου 60
άτομα. Πόσο κοστίζει συνολικά; Αν πάρουμε και τα τρισάγια από εσάς
κάνετε κάποια έκπτωση;
Ελένη"""),
("el", "b72-el-psygeio-extra-meres-ypeythynos", "ΘΕΟΔΩΡΟΣ ΚΑΛΟΓΕΡΑΚΗΣ <th.kalogerakis@example.gr>", "ΛΟΓΑΡΙΑΣΜΟΣ", "billing", "high",
"""ΚΑΛΗΜΕΡΑ ΣΑΣ

ΣΤΟΝ ΛΟΓΑΡΙΑΣΜΟ ΓΙΑ ΤΗΝ ΚΗΔΕΙΑ ΤΟΥ ΑΔΕΛΦΟΥ ΜΟΥ ΒΛΕΠΩ 4 ΗΜΕΡΕΣ ΨΥΚΤΙΚΟ
ΘΑΛΑΜΟ Χ 60 ΕΥΡΩ. Ο ΑΔΕΛΦΟΣ ΜΟΥ ΠΕΘΑΝΕ ΠΑΡΑΣΚΕΥΗ ΒΡΑΔΥ ΚΑΙ Η ΚΗΔΕΙΑ
ΕΓΙΝΕ ΔΕΥΤΕΡΑ ΤΟ ΠΡΩΙ. ΔΕΝ ΒΓΑΙΝΟΥΝ 4 ΗΜΕΡΕΣ ΜΕ ΚΑΝΕΝΑ ΤΡΟΠΟ. ΕΠΙΣΗΣ
ΣΤΗΝ ΠΡΟΣΦΟΡΑ ΠΟΥ ΜΑΣ ΔΩΣΑΤΕ ΕΛΕΓΕ ΟΤΙ Ο ΘΑΛΑΜΟΣ ΠΕΡΙΛΑΜΒΑΝΕΤΑΙ.

ΜΕ ΤΗΝ ΥΠΑΛΛΗΛΟ ΣΤΟ ΤΗΛΕΦΩΝΟ ΔΕΝ ΒΓΗΚΕ ΑΚΡΗ. ΘΕΛΩ ΝΑ ΜΙΛΗΣΩ ΜΕ ΤΟΝ
ΙΔΙΟΚΤΗΤΗ Ή ΜΕ ΤΟΝ ΥΠΕΥΘΥΝΟ ΤΟΥ ΓΡΑΦΕΙΟΥ. ΜΕΧΡΙ ΤΟΤΕ ΔΕΝ ΠΛΗΡΩΝΩ ΤΟ
ΥΠΟΛΟΙΠΟ.

ΘΕΟΔΩΡΟΣ ΚΑΛΟΓΕΡΑΚΗΣ
ΗΡΑΚΛΕΙΟ"""),
("el", "b72-gl-selida-mnimis-ananewsh-trapeza", "Nikos Vlachos <nvlachos@example.gr>", "xrewsh 39 eurw", "billing", "high",
"""Kalhmera. Perysi eftiaksa sth selida sas selida mnhmhs gia th
mhtera mou kai plhrwsa 39e efapaks, etsi egrafe. Shmera vlepw pali
xrewsh 39e "ananewsh syndromhs". Pouthena den eixe pei gia syndromh
kai den vriskw pou na thn akyrwsw.

8elw ta lefta pisw mexri thn Paraskeyh, alliws kanw amfisvhthsh ths
xrewshs sthn trapeza mou kai teleiwsame.

Nikos Vlaxos"""),
("el", "b72-el-re-ektafi-doseis", "Κατερίνα Ζαχαρίου <katerina.zachariou@example.gr>", "Re: Προσφορά για εκταφή και οστεοφυλάκιο", "billing", "",
"""Καλησπέρα κ. Παυλίδη,

Ευχαριστούμε για την προσφορά. Προχωράμε. Θα μπορούσαμε να πληρώσουμε
με πιστωτική σε 3 άτοκες δόσεις, ή μόνο μετρητά/κατάθεση;

Κατερίνα Ζαχαρίου

Στις Δευ, 3 Ιουν 2024 στις 10:25 π.μ., ο/η Γραφείο Τελετών Παυλίδης <info@example-pavlidis.gr> έγραψε:
> Αγαπητή κα Ζαχαρίου,
>
> Για την εκταφή του αείμνηστου Ιωάννη Ζαχαρίου στο Κοιμητήριο
> Βύρωνα, τον καθαρισμό των οστών, τη λειτουργία και τη μεταφορά στο
> οστεοφυλάκιο, το συνολικό κόστος ανέρχεται σε 480€.
>
> Με εκτίμηση,
> Χρήστος Παυλίδης"""),
("el", "b72-gl-tefrodoxos-allagh", "Dimitra Kosta <dimitra.kosta@example.gr>", "paraggelia 20418", "billing", "",
"""Kalhspera, h tefrodoxos pou phra (h leukh keramikh) einai polu mikrh
telika, mas eipan apo thn Ritsona oti den xwraei. Den thn exoume
anoiksei kan, einai sto kouti ths. Mporw na thn allaksw me th megalh
sto idio xrwma kai na plhrwsw th diafora?
Dhmhtra"""),
("el", "b72-el-apotefrosi-metafora-thessaloniki", "Παντελής Ρήγας <pantelis.rigas@example.gr>", "Αποτέφρωση", "billing", "",
"""Καλησπέρα σας. Θα ήθελα να μάθω πόσο κοστίζει η αποτέφρωση αν ο
θάνατος γίνει στη Θεσσαλονίκη. Η τιμή που έχετε στην ιστοσελίδα
περιλαμβάνει τη μεταφορά μέχρι τη Ριτσώνα και την επιστροφή της
τέφρας, ή πληρώνεται χωριστά; Ρωτάω για τη γιαγιά μου που είναι
βαριά άρρωστη και θέλει να είμαστε προετοιμασμένοι.

Ευχαριστώ,
Παντελής Ρήγας"""),
("el", "b72-el-programma-kideias-o-mpampas-efyge", "Σταυρούλα Ανδρεάδη <stavroula.andreadi@example.gr>", "Πρόγραμμα του πατέρα μου", "billing", "",
"""Καλημέρα σας,

Ο πατέρας μου, Ανδρέας Ανδρεάδης, είχε το πρόγραμμα προπληρωμένης
κηδείας σας και πλήρωνε κάθε μήνα από το 2019. Έφυγε τον Μάρτιο και
το γραφείο σας ανέλαβε την κηδεία, για την οποία σας ευχαριστούμε.

Όμως από τον λογαριασμό του συνεχίζει να φεύγει η δόση των 32 ευρώ,
και τον Απρίλιο και τον Μάιο. Παρακαλώ να σταματήσει και να
επιστραφούν οι δύο δόσεις στον λογαριασμό της κληρονομιάς.

Σταυρούλα Ανδρεάδη"""),
("el", "b72-gl-louloudia-arga-ekklhsia", "Kostas M. <kostas.mich@example.gr>", "louloudia", "billing", "",
"""Ta louloudia gia to feretro htan na einai sthn ekklhsia tou Ag.
Nikolaou sto Pagkrati stis 11:00. Hr8an stis 12:15, otan eixe teleiwsei
h akolouthia kai eixame fygei gia to koimhthrio. Plhrwsa 140 eurw gia
kati pou den xrhsimopoih8hke. Thelw na mou ta epistrepsete.
Kwstas Mixalopoulos"""),
("el", "b72-el-xrewsi-3800-dikigoros", "Αλέξανδρος Τσιρίγος <alex.tsirigos@example.gr>", "Τελικός λογαριασμός κηδείας Ε. Τσιρίγου", "billing", "high",
"""Κύριοι,

Η γραπτή προσφορά σας για την κηδεία της μητέρας μου ήταν 2.600€ με
όλα. Ο τελικός λογαριασμός που μου στείλατε είναι 3.800€, με χρεώσεις
για «ειδική διακόσμηση ναού», «επιπλέον στεφάνια» και «μεταφορά
συγγενών» που κανείς δεν μας ζήτησε να εγκρίνουμε.

Θα πληρώσω τα 2.600 που συμφωνήσαμε. Για τη διαφορά, το θέμα το έχω
ήδη δώσει στον δικηγόρο μου και αν επιμείνετε θα τα πούμε στα
δικαστήρια.

Αλέξανδρος Τσιρίγος"""),
("el", "b72-el-apodeiksi-katharismos-marmarou", "Σοφία Νικολάου <sofia.nikolaou@example.gr>", "Απόδειξη", "billing", "",
"""καλησπερα, τον Οκτωβριο πληρωσα μετρητα 70 ευρω στον συνεργατη σας
για το πλυσιμο και γυαλισμα του μαρμαρου στον ταφο του αντρα μου στο
Ζωγραφου και δεν μου εδωσε αποδειξη. μπορειτε να μου στειλετε μια
στο email; ευχαριστω, Σοφια Νικολαου"""),
("el", "b72-gl-kantili-mpataria-fouskwse", "Tasos Pappas <tasos.pappas@example.gr>", "hlektriko kantili", "technical", "high",
"""Kalhmera,

to hlektriko kantili me th mpataria pou phra apo sas to kalokairi,
xtes to vrhka sto mnhma poly zesto, h mpataria mesa eixe fouskwsei kai
to plastiko kapou eixe liwsei ligo. Myrize kati san kammeno. To evgala
kai to afhsa ekso sto mpalkoni panw se plakaki.

Den egine kati, apla na to kserete giati ta poulate polla kai sto
koimhthrio exei pantou ksera xortaria.

Tasos"""),
("el", "b72-el-stavros-mnimeiou-kounietai", "Αγγελική Ρουμελιώτη <angeliki.roumelioti@example.gr>", "Μνημείο στο Κοιμητήριο Ηλιούπολης", "technical", "high",
"""Καλησπέρα σας,

Ο μαρμάρινος σταυρός που τοποθετήσατε στο μνήμα του συζύγου μου τον
Φεβρουάριο κουνιέται. Την Κυριακή που ακούμπησα για να αλλάξω τα
λουλούδια έγειρε προς τα μπρος και φοβήθηκα ότι θα έπεφτε. Είναι
βαρύς και στο διπλανό μνήμα πηγαίνουν συχνά μικρά παιδιά με τη μητέρα
τους.

Σας παρακαλώ να έρθει κάποιος να τον στερεώσει όσο γίνεται πιο
σύντομα.

Αγγελική Ρουμελιώτη
210 9921 457"""),
("el", "b72-el-kideioxarta-den-anevainoun", "Γραφείο Τελετών Αναστασίου <grafeio@anastasiou-teletes.example>", "Ανακοινώσεις", "technical", "high",
"""Από χθες στις 5 το απόγευμα καμία ανακοίνωση θανάτου που περνάμε στην
πλατφόρμα σας δεν εμφανίζεται στο site. Στην οθόνη μας γράφει
«Δημοσιεύτηκε», αλλά η δημόσια σελίδα δείχνει τις προχθεσινές.

Από το πρωί μας έχουν πάρει έξι οικογένειες να ρωτήσουν γιατί δεν
υπάρχει η αγγελία του ανθρώπου τους, και για δύο κηδείες που γίνονται
αύριο ο κόσμος δεν ξέρει ούτε ώρα ούτε εκκλησία. Τυπώνουμε χαρτιά και
τα κολλάμε στις κολόνες της γειτονιάς σαν το 1980.

Παρακαλώ να μας πάρετε στο 2410 555 218.
Νίκος Αναστασίου"""),
("el", "b72-gl-anthopwleio-den-erxontai-paraggelies", "Anthos Kifisias <info@anthos-kifisias.example>", "paraggelies", "technical", "high",
"""Kalhmera,

apo thn Paraskeyh to mesimeri den exei er8ei oute mia paraggelia apo
thn platforma sas, enw kanonika exoume 10-15 th mera, oi perissoteres
stefania gia khdeies. To katalavame shmera to prwi otan mas phre
thlefwno grafeio teletwn kai rwtouse pou einai ta stefania gia dyo
khdeies tis 11. Ta eftiaksame sto podi alla den kseroume ti allo exei
xa8ei.

Sto panel grafei "Kamia nea paraggelia". Kwdikos melous 30-2217.
Pareite mas sto 210 801 4420 shmera.

Eleni, Anthos Kifisias"""),
("el", "b72-el-live-stream-den-ithelan-lefta", "Χρύσα Οικονόμου <chrysa.oikonomou@example.gr>", "Ζωντανή μετάδοση κηδείας", "technical", "",
"""Καλημέρα σας,

Δεν ζητάω να μου επιστραφούν χρήματα, να το πω από την αρχή. Η αδελφή
μου στη Μελβούρνη και τα παιδιά της δεν μπόρεσαν να δουν τη ζωντανή
μετάδοση της κηδείας του πατέρα μας την Τετάρτη. Ο σύνδεσμος που μας
στείλατε έβγαζε «Η μετάδοση δεν είναι διαθέσιμη» όλη την ώρα.

Υπάρχει καταγραφή; Θα ήθελαν πολύ να τη δουν, έστω και τώρα.

Χρύσα Οικονόμου"""),
("el", "b72-gl-kwdikos-selida-mnimis", "Yiannis T. <yiannis.t@example.gr>", "kwdikos", "technical", "",
"""geia, den mporw na mpw sth selida mnhmhs tou pappou gia na anevasw
fwtografies. patasa "ksexasa ton kwdiko" 3 fores kai den erxetai
email, oute sta anepithymhta. ti na kanw?"""),
("el", "b72-el-xrysa-grammata-xevafoun", "Μιχάλης Παπαδάκης <michalis.papadakis@example.gr>", "Γράμματα στο μνήμα", "technical", "",
"""Καλησπέρα,

Τα επίχρυσα γράμματα στην πλάκα του μνήματος των γονιών μου στα Χανιά,
που μας φτιάξατε πέρσι τον Σεπτέμβριο, έχουν ήδη ξεβάψει. Το επώνυμο
σχεδόν δεν διαβάζεται από μακριά. Δεν νομίζω ότι είναι φυσιολογικό
μετά από έναν χειμώνα. Μπορεί να περάσει κάποιος να τα ξαναβάψει;

Μιχάλης Παπαδάκης"""),
("el", "b72-el-qr-mnimeio-sfalma", "Δέσποινα Καλλέργη <despoina.kallergi@example.gr>", "Κωδικός QR", "technical", "",
"""Γεια σας, ο κωδικός QR στο μνημείο της αδελφής μου όταν τον σκανάρεις
με το κινητό βγάζει «Η σελίδα δεν βρέθηκε». Μέχρι τον Αύγουστο άνοιγε
κανονικά η σελίδα με τις φωτογραφίες της. Αν γράψω τη διεύθυνση με το
χέρι, η σελίδα υπάρχει. Μπορείτε να το δείτε;
Δέσποινα"""),
("el", "b72-el-porselani-fotografia-thampwse", "Ιωάννης Σπυρόπουλος <i.spyropoulos@example.gr>", "Φωτογραφία στον τάφο", "technical", "",
"""Καλημέρα σας,

Η φωτογραφία πορσελάνης της μητέρας μου που τοποθετήσατε στον τάφο
τον Μάιο έχει θαμπώσει και στο πάνω μέρος έχει βγάλει μια ρωγμή σαν
τρίχα. Από μέσα φαίνεται να έχει μπει υγρασία. Μπορείτε να στείλετε
κάποιον να τη δει και να την επισκευάσει;

Ιωάννης Σπυρόπουλος
Κοιμητήριο Αγίου Γεωργίου, Πάτρα"""),
("el", "b72-gl-efarmogh-kleinei-plhrwmh", "Lena Georgiou <lena.georgiou@example.gr>", "efarmogh", "technical", "",
"""Den einai thema xrhmatwn, exw kai karta kai ypoloipo. Apla h
efarmogh sas kleinei monh ths molis pataw "Synexeia sthn plhrwmh" gia
to stefani. To dokimasa 4 fores kai apo to kinhto tou antra mou (kai ta
dyo Android). Sto site apo ton ypologisth douleuei kanonika, alla 8elw
na kserw ti ftaiei.
Lena"""),
("el", "b72-el-re-kantili-led-svinei", "Κική Δημητρίου <kiki.dimitriou@example.gr>", "Re: Η παραγγελία σας 61290 απεστάλη", "technical", "",
"""Το καντήλι LED από αυτή την παραγγελία μένει αναμμένο μόνο καμιά ώρα
και μετά σβήνει. Έβαλα καινούργιες μπαταρίες δύο φορές. Στην
περιγραφή έλεγε 12 ώρες κάθε βράδυ.

Κική

> Η παραγγελία σας 61290 απεστάλη!
> 1 x Καντήλι LED με χρονοδιακόπτη, μπρονζέ
> Παρακολουθήστε την αποστολή σας: ..."""),
("el", "b72-el-eidopoiiseis-syllypitiria", "Παύλος Κουτσούκος <pavlos.koutsoukos@example.gr>", "Ειδοποιησεις", "technical", "",
"""Καλησπερα. Στη σελιδα μνημης του αδερφου μου ειχα ενεργοποιησει να
μου ερχεται email καθε φορα που καποιος γραφει συλλυπητηρια. Απο τις
αρχες του μηνα δεν ερχεται τιποτα, ενω βλεπω οτι εχουν γραψει
τουλαχιστον 15 ανθρωποι. Η ρυθμιση ειναι ακομα ενεργη. Τι φταιει;
Παυλος Κουτσουκος"""),
("el", "b72-el-iliako-fanari-den-anavei", "Ρένα Χατζή <rena.chatzi@example.gr>", "Ηλιακό φαναράκι", "technical", "",
"""Καλησπέρα, το ηλιακό φαναράκι που αγόρασα για τον τάφο του γιου μου
δεν ανάβει το βράδυ, παρόλο που ο τάφος έχει ήλιο όλη μέρα. Ο
διακόπτης είναι στο ON. Υπάρχει κάτι που δεν κάνω σωστά;
Ρένα Χατζή"""),
("el", "b72-el-eyxaristirio-grafeio", "Οικογένεια Μπαλτά <baltas.family@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητέ κ. Στεφανίδη,

Θέλουμε να σας ευχαριστήσουμε από καρδιάς για τον τρόπο που
φροντίσατε την κηδεία του πατέρα μας. Ήσασταν δίπλα μας από το πρώτο
τηλεφώνημα μέσα στη νύχτα ως την τελευταία στιγμή στο κοιμητήριο, με
σεβασμό, ηρεμία και χωρίς να μας πιέσετε σε τίποτα. Η μητέρα μας λέει
ότι την κρατήσατε όρθια.

Να είστε καλά εσείς και οι συνεργάτες σας.

Με ευγνωμοσύνη,
Η οικογένεια Μπαλτά"""),
("el", "b72-gl-gyalia-giagias-ekklhsia", "Froso Antoniou <froso.ant@example.gr>", "ksexasame kati", "general", "",
"""Kalhspera, sthn khdeia tou pappou mou shmera sto Ag. Dhmhtrio
Marousiou h giagia mou afhse ta gyalia ths se mia mple 8hkh ston
protelefteo pagko, toulaxiston etsi nomizoume. Mhpws ta mazepsan oi
dikoi sas otan mazeuan ta stefania? Ta xreiazetai gia diavasma.
Eyxaristw, Froso"""),
("el", "b72-el-epeigon-savvato-orario", "Μαρία Γκίκα <maria.gkika@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""Καλημέρα, το γραφείο σας είναι ανοιχτό το Σάββατο το πρωί; Θέλω να
περάσω να αφήσω τα ρούχα της θείας μου. Τι ώρες;"""),
("el", "b72-el-ypallilos-tsigaro-tafi-ypeythynos", "Δημοσθένης Ραφαηλίδης <d.rafailidis@example.gr>", "Συμπεριφορά υπαλλήλου σας στην ταφή", "general", "high",
"""Κύριοι,

Στην ταφή της συζύγου μου την Πέμπτη στο κοιμητήριο Καλλιθέας, ένας
από τους υπαλλήλους σας στεκόταν δίπλα στον τάφο με τσιγάρο στο στόμα
και μιλούσε δυνατά στο κινητό για ποδόσφαιρο την ώρα που ο ιερέας
έλεγε το τρισάγιο. Όταν ο γιος μου του ζήτησε ευγενικά να
απομακρυνθεί, απάντησε «μισό λεπτό, φίλε».

Δεν θέλω δικαιολογίες από την υπάλληλο της γραμματείας. Ζητώ να
επικοινωνήσει μαζί μου ο ιδιοκτήτης ή ο υπεύθυνος της επιχείρησης
προσωπικά.

Δημοσθένης Ραφαηλίδης"""),
("el", "b72-el-skalopati-parekklisi-glistrise", "Βασιλική Κουρή <vasiliki.kouri@example.gr>", "Σκαλοπάτι στην είσοδο της αίθουσας", "general", "high",
"""Καλησπέρα σας,

Στη μαρμάρινη σκάλα της εισόδου στην αίθουσα τελετών σας στο Χαλάνδρι,
το δεύτερο σκαλοπάτι έχει σπάσει στην άκρη και κουνιέται. Χθες στο
τρισάγιο η θεία μου, 79 χρονών, πάτησε εκεί και γλίστρησε. Ευτυχώς την
έπιασε ο άντρας μου πριν πέσει.

Σας το γράφω για να το φτιάξετε ή τουλάχιστον να το σημαδέψετε πριν
χτυπήσει κάποιος. Πολλοί από όσους έρχονται είναι ηλικιωμένοι.

Βασιλική Κουρή"""),
("el", "b72-gl-mnhmosyno-savvato-hmera", "Antonis K. <antonis.k@example.gr>", "erwthsh", "general", "",
"""Kalhspera, ta trimhna ths mamas pefteun Tetarth. Ginetai to
mnhmosyno na to kanoume to Savvato h thn Kyriakh prin, h prepei na
einai akrivws thn hmera? Kai 8elei na to poume emeis ston papa h to
kanonizete eseis?
Antwnhs"""),
("el", "b72-el-neo-tilefono-ektafi", "Ευθυμία Δρόσου <efthymia.drosou@example.gr>", "Αλλαγή τηλεφώνου", "general", "",
"""Καλημέρα σας,

Μου είχατε πει ότι θα με ειδοποιήσετε πριν από την εκταφή του συζύγου
μου του χρόνου. Άλλαξα αριθμό κινητού. Ο καινούργιος είναι 694 880
2163. Το email μένει το ίδιο.

Ευθυμία Δρόσου"""),
("el", "b72-gl-stefani-sthn-ekklhsia", "Vasilis Dimou <vdimou@example.gr>", "paraggelia 33871", "general", "",
"""Kalhmera, gia thn paraggelia 33871 (stefani) parakalw na MHN to
steilete sto spiti ths oikogeneias. Na paei kateu8eian ston Ag. Georgio
Neou Psyxikou, mexri tis 10:30 thn Pempth, h akolouthia einai stis
11:00. Sthn kartela na grafei "Apo tous synadelfous ths Dimitras".
Eyxaristw"""),
("el", "b72-el-diagrafi-stoixeion-gdpr", "Ανδρέας Μελετίου <andreas.meletiou@example.gr>", "Διαγραφή στοιχείων", "general", "",
"""Κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων σας ζητώ να
διαγράψετε όλα τα προσωπικά μου στοιχεία από τα αρχεία σας και να μη
μου στέλνετε πλέον ενημερωτικά και SMS. Είχα συναλλαγή μαζί σας για
την κηδεία του θείου μου το 2021.

Παρακαλώ να μου επιβεβαιώσετε γραπτώς ότι έγινε η διαγραφή.

Ανδρέας Μελετίου"""),
("el", "b72-el-xorigia-politistikos-syllogos", "Πολιτιστικός Σύλλογος Αγίας Παρασκευής <syllogos@agpar-politismos.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμε κύριε Μαργαρίτη,

Ο Σύλλογός μας διοργανώνει όπως κάθε χρόνο το Φεστιβάλ Παραδοσιακού
Χορού στην πλατεία τον Ιούλιο, με συμμετοχή 12 χορευτικών ομίλων.
Αναζητούμε τοπικές επιχειρήσεις που θα ήθελαν να στηρίξουν τη
διοργάνωση ως χορηγοί, με αναφορά στο πρόγραμμα και στις αφίσες.

Θα χαρούμε να σας επισκεφθούμε για να σας τα πούμε από κοντά.

Με τιμή,
Ιφιγένεια Λάμπρου
Γραμματέας"""),
("el", "b72-el-koino-trisagio-noemvrio", "Αθηνά Σταματοπούλου <athina.stamatopoulou@example.gr>", "Κοινό τρισάγιο", "general", "",
"""Καλησπέρα, διάβασα στη σελίδα σας ότι τον Νοέμβριο κάνετε κοινό
τρισάγιο για όσους έφυγαν μέσα στη χρονιά, μαζί με τις οικογένειές
τους. Πρέπει να δηλώσουμε συμμετοχή από πριν; Και μπορούμε να φέρουμε
φωτογραφία του ανθρώπου μας;
Αθηνά"""),
("el", "b72-gl-tefra-sto-spiti-nomima", "Giorgos Athanasiou <giorgos.ath@example.gr>", "tefra", "general", "",
"""Geia sas. Mia aplh erwthsh: otan paroume thn tefra tou patera mou
meta thn apotefrwsh, epitrepetai nomima na thn kratame sto spiti h
prepei na mpei se koimhthrio h kolumvario? Kai an 8eloume kapoia
stigmh na thn skorpisoume sth 8alassa sthn Andro pou htan to xwrio
tou, xreiazetai kapoia adeia?
Giwrgos"""),
("el", "b72-el-re-aithousa-kafe-parking", "Λευτέρης Γαλανός <lefteris.galanos@example.gr>", "Re: Μνημόσυνο 1 έτους - Ιωάννα Γαλανού", "general", "",
"""Σας ευχαριστώ. Δύο ερωτήσεις ακόμη: η αίθουσα για τον καφέ είναι
δίπλα στην εκκλησία ή πρέπει να μετακινηθεί ο κόσμος; Και υπάρχει
κάπου να παρκάρουν, γιατί θα έρθουν αρκετοί ηλικιωμένοι από το χωριό;

Λευτέρης

Στις Πέμ, 10 Οκτ 2024 στις 1:40 μ.μ., ο/η Γραφείο Τελετών Ορθόδοξη Παράδοση <grafeio@example-paradosi.gr> έγραψε:
> Κύριε Γαλανέ,
>
> Σας επιβεβαιώνουμε ότι το ετήσιο μνημόσυνο θα τελεστεί την Κυριακή
> 27 Οκτωβρίου στον Ι.Ν. Αγίας Τριάδας Πειραιά.
>
> Με εκτίμηση"""),
# ---------------- Spanish ----------------
("es", "b72-es-decesos-madre-ya-no-esta", "Rosario Jiménez <rosario.jimenez@example.es>", "Póliza 7720145", "billing", "",
"""Buenos días:

Les escribo por la póliza de decesos de mi madre, Carmen Ruiz Olmedo.
Mi madre falleció el 2 de febrero y ustedes se encargaron del servicio
en el tanatorio de Jaén, que estuvo todo muy bien.

Sin embargo, en marzo han vuelto a pasar el recibo trimestral de 68,40 €
por su cuenta. Entiendo que la póliza ya ha cumplido su función, así que
les pido que la den de baja y que devuelvan ese recibo.

Un saludo,
Rosario Jiménez"""),
("es", "b72-es-prevision-adelantar-pagos", "Jorge Treviño <jorge.trevino@example.com.mx>", "plan a futuro", "billing", "",
"""Buenas tardes, tengo contratado con ustedes un plan de previsión
funeraria para mis papás, lo estoy pagando en 36 mensualidades de
$1,850 MXN y llevo 14. Me llegó un dinero extra y quisiera adelantar
pagos o liquidarlo. ¿Me hacen algún descuento si lo pago completo? ¿Y
cuánto me falta exactamente?

Saludos
Jorge Treviño Garza
Monterrey, N.L."""),
("es", "b72-es-cocheria-cobro-doble-desconocer", "Mariela Sosa <mariela.sosa@example.com.ar>", "COBRO DUPLICADO", "billing", "high",
"""Hola. El sepelio de mi viejo lo pagué con la Visa el 12/4, $1.480.000.
En el resumen me aparecen DOS consumos iguales de la cochería. Llamé
tres veces, me dicen que "ya lo van a ver" y nadie me devuelve nada.

Les doy hasta el viernes para anular el segundo. Si no, desconozco el
consumo con el banco y hago la denuncia en Defensa del Consumidor.

Mariela Sosa
Rosario, Santa Fe"""),
("es", "b72-es-lapida-factura-responsable", "Andrés Molina <andres.molina@example.es>", "Factura lápida - quiero hablar con el responsable", "billing", "high",
"""Buenas tardes:

El presupuesto que firmé en su taller de Murcia para la lápida de mi
padre era de 1.450 € con la inscripción y la colocación incluidas. La
factura que me han mandado es de 1.890 €: han añadido 240 € de
"letras en bronce" (yo pedí letras grabadas, que venían incluidas) y
200 € de "tasas de cementerio" que nadie me mencionó.

Ya lo he hablado dos veces con la chica de la oficina y me dice que no
puede hacer nada. Quiero que me llame el responsable o el dueño del
taller. Hasta entonces no pienso pagar la diferencia.

Andrés Molina Sánchez
Tel. 611 402 877"""),
("es", "b72-es-factura-para-el-banco", "Nuria Puig <nuria.puig@example.es>", "factura", "billing", "",
"""Hola, buenos días. El banco nos dice que puede pagar el entierro de
mi tío con el dinero de su cuenta, pero necesita una factura a nombre
del fallecido (Josep Puig Ferrer, con su DNI) y no a mi nombre como la
que nos dieron. ¿Podrían hacer una nueva? Os paso el DNI por teléfono
si hace falta.
Gracias,
Nuria"""),
("es", "b72-es-corona-no-llego-velorio", "Alejandra Fuentes <ale.fuentes@example.com.mx>", "Pedido 55218", "billing", "",
"""Buen día.

El sábado pagué una corona de flores blancas de $2,350 MXN para el
velorio de la mamá de una compañera en Funerales del Valle, Puebla. La
familia me dijo que nunca llegó, y en su página el pedido aparece como
"entregado". Les mandé foto de la sala donde no hay nada mío.

Les pido por favor el reembolso a mi tarjeta.

Alejandra Fuentes"""),
("es", "b72-es-renovacion-nicho-precio", "Pilar Domínguez <pilar.dominguez@example.es>", "Nicho de mis padres", "billing", "",
"""Buenos días,

me ha llegado una carta diciendo que en diciembre vence la concesión
del nicho de mis padres en el cementerio de San Fernando (tramo 4,
número 212). ¿Cuánto cuesta renovarla otros diez años y se puede pagar
por domiciliación o hay que ir a la oficina?

Muchas gracias.
Pilar Domínguez"""),
("es", "b72-es-esquela-online-ya-cumplio", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Página de homenaje", "billing", "",
"""Hola, buenas tardes.

Hace un año creamos en su portal la página de homenaje de mi abuela y
pagamos la suscripción anual. Ya pasó el primer aniversario, la
familia guardó todas las fotos y mensajes, y la página ya cumplió su
función. No queremos que se renueve el mes que viene (son $180.000
COP). Pueden dejarla cerrar.

Gracias por todo,
Camilo"""),
("es", "b72-es-senal-retenida-reclamacion-consumo", "Vicente Navarro <vicente.navarro@example.es>", "Devolución de la señal", "billing", "high",
"""Buenas:

El día 8 dejamos en su funeraria una señal de 600 € para el servicio de
mi suegra. Esa misma tarde la familia decidió que el entierro se
hiciera en el pueblo, en Teruel, con la funeraria de allí, y os
avisamos por teléfono a las dos horas. No se llegó a recoger el cuerpo
ni a hacer nada.

Ahora me decís que la señal "no se devuelve". Quiero los 600 € de
vuelta. Si no los recibo esta semana pediré la hoja de reclamaciones y
lo llevaré a la OMIC de Valencia, y si hace falta a un abogado.

Vicente Navarro"""),
("es", "b72-es-plan-funerario-profeco", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "cancelacion de contrato", "billing", "high",
"""Buenas tardes

El 3 de marzo cancele por escrito el contrato de plan funerario
N.o 88-4471 que tenia con ustedes porque nos cambiamos a Guadalajara.
Habia pagado $12,600 pesos. Me dijeron que en 30 dias me devolvian lo
que marca el contrato y ya van tres meses sin nada, el asesor ya ni me
contesta el whatsapp.

Si esta semana no tengo respuesta voy a poner la queja en PROFECO, ya
tengo todo listo.

Guadalupe Ramirez Ochoa"""),
("es", "b72-es-urna-cambio-mas-grande", "Florencia Ibarra <flor.ibarra@example.com.ar>", "cambio de urna", "billing", "",
"""Hola! Compré en la web la urna de madera chica (modelo Sauce) y
resulta que no alcanza, en el crematorio me dijeron que necesito la
grande. Está sin abrir, con el film. ¿La puedo cambiar por la grande y
pagar la diferencia? Estoy en Córdoba capital.
Gracias
Flor"""),
("es", "b72-es-re-presupuesto-bizum", "Laura Gil <laura.gil@example.es>", "Re: Presupuesto servicio de incineración", "billing", "",
"""Hola Marta,

perfecto, seguimos adelante con la opción sin velatorio. ¿Se puede
pagar una parte por Bizum y el resto con tarjeta cuando vayamos a
recoger las cenizas? Mi hermano y yo lo vamos a pagar a medias.

Un beso,
Laura

El 14/10/2024 a las 12:05, Funeraria San Lázaro <atencion@example-sanlazaro.es> escribió:
> Estimada Laura:
>
> Le adjuntamos el presupuesto para la incineración de su padre,
> D. Manuel Gil Ortega, sin velatorio y con entrega de cenizas en urna
> básica: 1.695,00 € IVA incluido.
>
> Atentamente,
> Marta Serrano"""),
("es", "b72-es-cuidado-sepultura-nos-volvemos-al-pueblo", "Ramón Etxeberria <ramon.etxe@example.es>", "Limpieza de la sepultura", "billing", "",
"""Buenas,

mi mujer y yo nos hemos jubilado este verano y volvemos a vivir a
Lekeitio, a dos calles del cementerio, así que a partir de ahora la
sepultura de mis aitas la vamos a cuidar nosotros. No hace falta que
sigáis yendo cada mes. Dejad de pasar los 30 € a partir de noviembre,
por favor.

Muchas gracias por estos años, siempre la hemos encontrado preciosa.

Ramón Etxeberria"""),
("es", "b72-es-incineracion-sin-velatorio-precio", "Encarnacion Rubio <encarni.rubio@example.es>", "Pregunta", "billing", "",
"""hola buenas, cuanto cuesta una incineracion sin velatorio ni
ceremonia en Sevilla? y si tengo el seguro de decesos de otra compañia
me lo cubren igual o tengo que pagar yo y luego reclamar? gracias"""),
("es", "b72-es-vela-solar-derretida", "Paloma Ortega <paloma.ortega@example.es>", "Farol solar", "technical", "high",
"""Hola,

os escribo por si os interesa saberlo. El farol solar con vela LED que
os compré en septiembre para la tumba de mi marido estaba ayer muy
caliente, el plástico de la base se había deformado y olía a quemado.
Lo he quitado y lo tengo en el patio, encima de las baldosas.

No ha pasado nada, pero en el cementerio de Torrero hay muchas tumbas
con flores secas y coronas de plástico, y creo que vendéis bastantes.

Un saludo,
Paloma Ortega"""),
("es", "b72-es-cruz-floja-recien-puesta", "Ernesto Cárdenas <ernesto.cardenas@example.com.mx>", "Lapida en Panteon Jardin", "technical", "high",
"""Buenas tardes.

La cruz de cantera que pusieron sobre la lápida de mi hermano hace un
mes en el Panteón Jardín ya está floja. El domingo mi cuñada la tocó
para limpiarla y se movió bastante, se fue hacia adelante. Pesa mucho y
los fines de semana van muchos niños con sus familias a las tumbas de
al lado.

Les pido que manden a alguien pronto a revisarla y fijarla bien.

Ernesto Cárdenas"""),
("es", "b72-es-funeraria-esquelas-no-salen", "Funeraria Hermanos Castaño <oficina@funeraria-castano.example>", "Esquelas", "technical", "high",
"""Desde anoche ninguna esquela que subimos a vuestra plataforma sale en
la web. En el panel pone "Publicada", pero la página pública sigue
enseñando las de antes de ayer.

Esta mañana ya nos han llamado cinco familias preguntando por qué no
está la esquela de su padre o de su madre, y hay dos entierros mañana
por la mañana de los que la gente no sabe ni la hora ni la iglesia.
Tenemos a una persona solo contestando el teléfono y pegando papeles en
el tablón del tanatorio.

Llamadnos al 924 555 310, por favor.
Julián Castaño"""),
("es", "b72-es-floreria-sin-pedidos-coronas", "Florería La Magnolia <pedidos@lamagnolia-flores.example>", "pedidos", "technical", "high",
"""Hola,

desde el viernes al mediodía no nos entró ni un pedido por la
plataforma de ustedes. Normalmente tenemos entre 10 y 15 por día, casi
todos coronas para casas velatorias. Nos dimos cuenta hoy a la mañana
cuando nos llamaron de dos cocherías preguntando por las coronas de los
servicios de las 10. Las armamos volando, pero no sabemos qué más se
perdió.

En el panel dice "Sin pedidos nuevos". Nuestro número de socio es
AR-5520. Por favor llamen hoy al 0341 555-7741.

Silvina, Florería La Magnolia"""),
("es", "b72-es-retransmision-no-quiero-nada-devuelto", "Beatriz Lozano <beatriz.lozano@example.es>", "Retransmisión del funeral", "technical", "",
"""Buenos días,

no quiero que me devuelvan nada, que quede claro. Solo quiero que mis
tíos de Buenos Aires puedan ver la misa de mi abuelo. El enlace que nos
disteis para la retransmisión desde la sala del tanatorio el jueves no
funcionó: se quedaba cargando y luego ponía "Emisión no disponible". Lo
probaron desde el ordenador y desde el móvil.

¿Se grabó? Si existe la grabación, ¿nos la podéis mandar?

Beatriz Lozano"""),
("es", "b72-es-libro-condolencias-no-firma", "Sergio Paredes <sergio.paredes@example.es>", "Libro de condolencias online", "technical", "",
"""Hola, no es por el pago, eso está todo en orden. Es el libro de
condolencias online de mi padre: la gente escribe su mensaje, le da a
"Firmar" y la página se recarga y el mensaje desaparece. Me lo han
dicho varios amigos y lo he probado yo desde dos móviles. Solo han
salido 2 mensajes en toda la semana. ¿Lo podéis mirar?
Sergio"""),
("es", "b72-es-codigo-acceso-no-llega", "Mónica Acosta <monica.acosta@example.com.ar>", "no me llega el código", "technical", "",
"""Hola, quiero entrar a mi cuenta para ver los datos del servicio de mi
mamá pero cuando pongo mi mail me dice que me mandó un código y el
código nunca llega. Ya revisé spam. Probé 5 veces. ¿Qué hago?
Mónica"""),
("es", "b72-es-letras-bronce-despegadas", "Fernando Calvo <fernando.calvo@example.es>", "Letras de la lápida", "technical", "",
"""Buenas tardes,

en la lápida que nos hicieron en marzo para el nicho de mi madre, en el
cementerio de Logroño, se han despegado ya tres letras de bronce del
apellido y otra está torcida. Me parece muy poco tiempo. ¿Pueden venir
a volver a colocarlas?

Fernando Calvo"""),
("es", "b72-es-qr-placa-error", "Ximena Herrera <ximena.herrera@example.com.mx>", "QR de la placa", "technical", "",
"""Hola, el código QR de la placa de mi esposo en el columbario ya no
abre su página de recuerdo, sale "Error 404". En junio sí funcionaba.
Si escribo la dirección a mano la página sí aparece. ¿Lo pueden
arreglar? Gracias. Ximena"""),
("es", "b72-es-video-homenaje-usb", "Amparo Sanz <amparo.sanz@example.es>", "El vídeo de Paco", "technical", "",
"""Buenos días:

El vídeo de fotos de mi marido que pusieron en la sala durante el
velatorio quedó precioso y les pedí una copia en un pendrive para mis
hijos. En mi televisor y en el ordenador de mi nieto sale "formato no
compatible" y no se ve nada. Otros vídeos sí funcionan.

¿Me lo podrían grabar otra vez de otra manera o mandármelo por correo?

Atentamente,
Amparo Sanz"""),
("es", "b72-es-re-farolillo-se-apaga", "Teresa Cano <teresa.cano@example.es>", "Re: Su pedido 70411 ha sido enviado", "technical", "",
"""El farolillo LED de este pedido se apaga a la hora más o menos. Le he
puesto pilas nuevas dos veces y he probado todas las posiciones del
temporizador. En la descripción pone que dura 8 horas cada noche.

Teresa

> Su pedido 70411 ha sido enviado.
> 1 x Farolillo conmemorativo con vela LED, acabado bronce
> Puede seguir su envío aquí: ..."""),
("es", "b72-es-app-certificado-no-sube", "Diego Romero <diego.romero@example.es>", "App", "technical", "",
"""Buenas, estoy intentando subir el certificado de defunción de mi
padre en la app para tramitar el servicio del seguro y cada vez que le
doy a "Adjuntar" se queda la pantalla en blanco y se cierra. Es un PDF
de 1 MB. Lo he intentado desde Android y desde el iPhone de mi mujer.
¿Hay otra forma de enviarlo?
Diego Romero"""),
("es", "b72-es-pagina-recuerdo-blanco-celular", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "pagina en blanco", "technical", "",
"""q tal, la pagina de recuerdo de mi abuelo en el celular se ve toda en
blanco, solo sale el logo arriba. en la compu si se ve bien. ya borre
cache y nada. mi abuela solo tiene celular y no la puede ver
saludos"""),
("es", "b72-es-gracias-tanatorio", "Familia Herrero Blanco <herrero.blanco@example.es>", "Gracias", "general", "",
"""Queridos todos,

Queremos daros las gracias de corazón por cómo nos acompañasteis en la
despedida de nuestra madre, Dolores. Desde la primera llamada de
madrugada hasta la salida del cementerio estuvisteis pendientes de
todo, con una delicadeza que no olvidaremos. Gracias en especial a
Inés, que se quedó con la abuela en la sala cuando todos tuvimos que
salir.

Un abrazo muy fuerte,
Familia Herrero Blanco"""),
("es", "b72-es-rosario-olvidado-sala", "Guadalupe Ortiz <guadalupe.ortiz@example.com.mx>", "Se nos olvidó algo", "general", "",
"""Buenas noches, en el velorio de mi abuelita en la sala 3 el martes se
nos quedó un rosario de madera con una medalla de la Virgen de San Juan.
Estaba en la mesita junto al ataúd. ¿Lo encontraron? Puedo pasar por él
cuando me digan.
Guadalupe Ortiz"""),
("es", "b72-es-urgente-horario-domingo", "Yolanda Pérez <yoli.perez@example.es>", "URGENTE!!!", "general", "",
"""hola buenas!! el tanatorio abre el domingo por la mañana?? viene mi
prima desde Bilbao a despedirse de la tía y no sabemos a qué hora
puede entrar. gracias"""),
("es", "b72-es-empleado-grosero-encargado", "Horacio Benítez <horacio.benitez@example.com.ar>", "Quiero hablar con el encargado", "general", "high",
"""Buenas tardes.

El sábado, en el velatorio de mi mamá en la sala de Av. San Martín,
uno de sus empleados, el de la recepción, le contestó a mi hermana de
muy mala manera cuando ella le preguntó a qué hora salía el cortejo:
"ya le dije, señora, no me haga repetir". Después lo escuchamos
haciendo chistes con otro empleado en la puerta mientras la gente
entraba a saludar.

No quiero una disculpa del mismo muchacho. Quiero que el encargado o
el dueño de la cochería se comunique conmigo personalmente.

Horacio Benítez"""),
("es", "b72-es-rampa-baldosa-suelta-andador", "Inmaculada Reyes <inma.reyes@example.es>", "Rampa de entrada al tanatorio", "general", "high",
"""Buenos días,

En la rampa de entrada a su tanatorio de Alcalá hay dos baldosas sueltas
y una levantada justo en la mitad. Ayer mi padre, que tiene 84 años y va
con andador, tropezó con ella y casi se cae; menos mal que mi hermano
iba a su lado.

Por esa rampa entran muchas personas mayores y en silla de ruedas.
Creo que habría que arreglarla o al menos señalizarla cuanto antes.

Inmaculada Reyes"""),
("es", "b72-es-entrega-corona-iglesia", "Marta Iglesias <marta.iglesias@example.es>", "Pedido 44190", "general", "",
"""Hola, para el pedido 44190 (corona de claveles), por favor NO la
llevéis al tanatorio. La familia ha pedido que todas las flores vayan
directamente a la parroquia de Santa Ana, en Moratalaz, antes de las
11:30 del viernes. En la cinta: "Tus compañeros de Correos".
Gracias!"""),
("es", "b72-es-cenizas-al-mar-permiso", "Óscar Varela <oscar.varela@example.es>", "Consulta sobre las cenizas", "general", "",
"""Hola,

mi padre siempre dijo que quería que sus cenizas se echaran al mar en
Cangas, donde nació. ¿Hace falta algún permiso para esparcirlas en el
mar o en la playa? ¿Y se pueden repartir un poco entre mis hermanos, que
viven fuera?

Gracias,
Óscar"""),
("es", "b72-es-cambio-domicilio-comunicaciones", "Concepción Marín <concha.marin@example.es>", "Cambio de dirección", "general", "",
"""Buenas tardes, les escribo para que cambien la dirección de mi
ficha: desde este mes vivo en C/ Doctor Fleming 14, 2.º B, 30003
Murcia. El teléfono y el correo son los mismos. Lo demás sigue todo
igual.
Concepción Marín Soler"""),
("es", "b72-es-proteccion-datos-acceso", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Datos personales", "general", "",
"""Estimados:

Solicito, en los términos de la Ley 25.326, que me informen qué datos
personales míos tienen registrados, para qué los usan y de dónde los
obtuvieron, ya que recibo ofertas de planes de sepelio de su empresa
sin haberles dado nunca mi número.

Lucas Ferreyra"""),
("es", "b72-es-patrocinio-carrera-popular", "Club Atletismo Vega Baja <club@atletismovegabaja.example>", "Patrocinio", "general", "",
"""Buenos días,

desde el Club Atletismo Vega Baja estamos organizando la X Carrera
Popular de Orihuela, que será el 17 de noviembre y cuya recaudación irá
a la asociación de cuidados paliativos de la comarca. Buscamos empresas
de la zona que quieran colaborar como patrocinadoras, con su logo en
las camisetas y en el cartel.

¿Les interesaría? Podemos pasar a contárselo.

Un saludo,
Elena Martínez
Secretaria del club"""),
("es", "b72-es-ofrenda-dia-muertos", "Verónica Castillo <vero.castillo@example.com.mx>", "Día de Muertos", "general", "",
"""Hola! Vi en su Facebook que en la funeraria van a poner una ofrenda
comunitaria para el Día de Muertos. ¿Podemos llevar la foto de mi papá
y su pan y su tequila? ¿Hasta qué día se reciben las fotos y a qué hora
es la misa?
Vero"""),
("es", "b72-es-repatriacion-ecuador-tramites", "Wilson Andrade <wilson.andrade@example.es>", "Información", "general", "",
"""Buenas tardes,

mi tío falleció ayer en el hospital de La Paz, en Madrid. La familia
quiere que sea enterrado en Cuenca (Ecuador). ¿Qué documentos hacen
falta para la repatriación, cuánto tiempo suele tardar todo el trámite
y quién tiene que ir al consulado?

Gracias,
Wilson Andrade"""),
("es", "b72-es-re-aparcamiento-vestimenta", "Clara Benavides <clara.benavides@example.es>", "Re: Misa funeral de D. Julio Benavides", "general", "",
"""Gracias por la información. Dos cosas: ¿hay aparcamiento en el
tanatorio o es mejor dejar el coche en la calle? Y mi abuelo pidió que
nadie fuera de negro, ¿os parece bien que lo pongamos en la esquela?

Clara

El 21/10/2024 a las 9:48, Tanatorio La Paz <info@example-tanatoriolapaz.es> escribió:
> Estimada Sra. Benavides:
>
> Le confirmamos que la misa funeral por D. Julio Benavides tendrá
> lugar el miércoles 23 a las 12:00 en el oratorio del tanatorio.
>
> Reciba nuestro más sentido pésame."""),
# ---------------- Polish ----------------
("pl", "b72-pl-zasilek-zus-ile-doplata", "Barbara Michalak <barbara.michalak@example.pl>", "Zasiłek pogrzebowy", "billing", "",
"""Dzień dobry,

przy ustalaniu pogrzebu taty pan Grzegorz mówił, że możecie rozliczyć
zasiłek pogrzebowy z ZUS bezpośrednio, bez tego, żebym ja musiała płacić
całość z góry. Kosztorys wyszedł 7 850 zł, a zasiłek to 4 000 zł.
Rozumiem, że do zapłaty zostaje mi różnica 3 850 zł? Kiedy i jak mam ją
wpłacić - przelewem czy na miejscu?

Pozdrawiam,
Barbara Michalak"""),
("pl", "b72-pl-wieniec-dwa-razy-karta", "Tomasz Wróbel <tomasz.wrobel@example.pl>", "Zamówienie 30755", "billing", "",
"""Dzień dobry, zamówiłem u Was wieniec na pogrzeb teściowej w
Częstochowie (289 zł) i na karcie widzę dwie takie same transakcje z
tego samego dnia. Wieniec był jeden i dotarł na czas. Proszę o zwrot
drugiej płatności.
Tomasz Wróbel"""),
("pl", "b72-pl-zaliczka-nagrobek-sad", "Krzysztof Zieliński <krzysztof.zielinski@example.pl>", "Zaliczka na nagrobek - ostatnie wezwanie", "billing", "high",
"""Dzień dobry,

w lutym wpłaciłem Państwu 3 000 zł zaliczki na nagrobek granitowy dla
mojej mamy na cmentarzu komunalnym w Kielcach. Termin wykonania był do
końca maja. Mamy sierpień, nagrobka nie ma, telefon w zakładzie nikt
nie odbiera, a na maile nie dostaję odpowiedzi.

Jeśli w ciągu 14 dni nagrobek nie zostanie postawiony albo zaliczka nie
wróci na moje konto, sprawa trafi do miejskiego rzecznika konsumentów i
do sądu. Umowę i potwierdzenie przelewu mam.

Krzysztof Zieliński
tel. 601 223 918"""),
("pl", "b72-pl-siostra-wrocila-sama-posprzata", "Jadwiga Sowa <jadwiga.sowa@example.pl>", "Grób rodziców na Rakowickim", "billing", "",
"""Dzień dobry,

moja siostra wróciła po latach z Anglii i zamieszkała na Prądniku,
dosłownie kwadrans od cmentarza. Powiedziała, że teraz sama będzie
dbać o grób rodziców, zapalać znicze i zmieniać kwiaty. Nie
potrzebujemy więc już Państwa comiesięcznej usługi. Bardzo proszę nie
pobierać opłaty za listopad (120 zł).

Dziękuję za te wszystkie lata, grób zawsze był zadbany.

Jadwiga Sowa"""),
("pl", "b72-pl-faktura-na-firme-brata", "Paweł Lis <pawel.lis@example.pl>", "faktura", "billing", "",
"""Dzien dobry, za pogrzeb wujka placi firma mojego brata (byl tam
wieloletnim pracownikiem). Czy mozna prosic o fakture na firme:
Lis Transport Sp. z o.o., ul. Przemyslowa 7, 64-100 Leszno,
NIP 697-221-48-06? Dotychczas dostalem paragon.
Pawel Lis"""),
("pl", "b72-pl-cennik-kremacji-bez-ceremonii", "Iwona Kaczmarek <iwona.kaczmarek@example.pl>", "Pytanie o koszt", "billing", "",
"""Dzień dobry,

ile kosztuje u Państwa sama kremacja bez ceremonii w kaplicy, z
odbiorem z hospicjum w Gdyni i urną w podstawowej wersji? Czy w tej
cenie jest też załatwienie aktu zgonu w USC, czy to osobno?

Iwona Kaczmarek"""),
("pl", "b72-pl-doplaty-kosztorys-wlasciciel", "Marek Dudek <marek.dudek@example.pl>", "Rachunek za pogrzeb ojca - proszę o kontakt właściciela", "billing", "high",
"""Dzień dobry,

kosztorys, który podpisałem u Państwa w Radomiu, opiewał na 8 400 zł.
Rachunek końcowy to 9 950 zł. Doszły pozycje "przewóz w godzinach
nocnych" (ojciec zmarł w szpitalu o 14:00) oraz "dodatkowa obsługa
ceremonii" 900 zł, o której nikt ze mną nie rozmawiał.

Pani w biurze powiedziała, że nic nie może zrobić. Proszę, żeby
skontaktował się ze mną właściciel zakładu, a nie kolejny pracownik.
Do tego czasu różnicy nie zapłacę.

Marek Dudek
tel. 502 881 337"""),
("pl", "b72-pl-nekrolog-odnowienie-chargeback", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Nieautoryzowana płatność 99 zł", "billing", "high",
"""Rok temu wykupiłam na Waszym portalu stronę pamięci dla mojego męża.
Była to jednorazowa opłata, tak było napisane. Wczoraj ściągnęliście
mi z karty 99 zł za "przedłużenie na kolejny rok", na co się nigdy nie
zgadzałam, a w ustawieniach konta nie ma żadnej opcji, żeby to
wyłączyć.

Żądam zwrotu 99 zł do piątku. Jeśli pieniądze nie wrócą, zgłaszam
reklamację transakcji w banku (chargeback).

Agnieszka Pawlak"""),
("pl", "b72-pl-urna-zwrot-nieuzywana", "Elżbieta Szewczyk <ela.szewczyk@example.pl>", "Zwrot urny", "billing", "",
"""Dzien dobry, zamowilam przez internet urne ceramiczna (zam. 41882),
ale rodzina ostatecznie wybrala inna w zakladzie pogrzebowym na
miejscu. Urna jest nieuzywana, w oryginalnym kartonie. Jak ja odeslac
i kiedy dostane zwrot pieniedzy?
Elzbieta Szewczyk"""),
("pl", "b72-pl-re-kosztorys-raty-blik", "Joanna Kubiak <joanna.kubiak@example.pl>", "Re: Kosztorys - śp. Henryk Kubiak", "billing", "",
"""Dziękujemy, zostajemy przy wariancie z ceremonią w kaplicy. Czy część
kwoty można zapłacić BLIK-iem od razu, a resztę po wypłacie zasiłku z
ZUS? Albo czy macie możliwość rozłożenia na raty?

Joanna

W dniu 15.10.2024 o 10:12, Zakład Pogrzebowy Anioł <biuro@example-aniol.pl> pisze:
> Szanowna Pani,
>
> w załączeniu przesyłamy kosztorys pogrzebu śp. Henryka Kubiaka.
> Wariant z ceremonią w kaplicy cmentarnej: 9 240,00 zł brutto.
> Wariant z mszą w kościele parafialnym: 9 860,00 zł brutto.
>
> Z wyrazami współczucia
> Zakład Pogrzebowy Anioł"""),
("pl", "b72-pl-plan-taty-raty-dalej-schodza", "Robert Górecki <robert.gorecki@example.pl>", "Umowa przedpogrzebowa taty", "billing", "",
"""Dzień dobry,

mój tata, Zdzisław Górecki, miał u Państwa umowę przedpogrzebową i
płacił co miesiąc raty po 85 zł. Zmarł 3 września, a Państwa zakład
zorganizował pogrzeb w ramach tej umowy - za co dziękujemy.

Niestety z jego rachunku nadal schodzi rata, we wrześniu i w
październiku. Proszę o zatrzymanie płatności i zwrot tych dwóch rat na
konto, z którego zostały pobrane.

Robert Górecki"""),
("pl", "b72-pl-kupon-rabat-kamieniarz", "Halina Mazur <halina.mazur@example.pl>", "rabat", "billing", "",
"""Dzien dobry, mialam ulotke z kuponem -10% na nagrobek podwojny, a w
rachunku nie ma zadnego rabatu, zaplacilam pelne 12 400 zl. Kupon oddalam
panu przy zamowieniu. Prosze o zwrot tych 10%.
Halina Mazur, Skierniewice"""),
("pl", "b72-pl-chlodnia-dodatkowe-dni-pytanie", "Beata Król <beata.krol@example.pl>", "Chłodnia", "billing", "",
"""Dzień dobry, pogrzeb mamy przesunęliśmy o tydzień, bo brat leci z
Kanady. Ile będzie kosztować każdy dodatkowy dzień przechowania w
chłodni i czy to się dopłaca osobno, czy doliczycie do całości?
Beata Król"""),
("pl", "b72-pl-zaliczka-zatrzymana-uokik", "Ryszard Jaworski <ryszard.jaworski@example.pl>", "Zwrot zaliczki", "billing", "high",
"""Szanowni Państwo,

dnia 5 marca wpłaciliśmy 1 500 zł zaliczki na pogrzeb teścia. Tego
samego dnia wieczorem rodzina zdecydowała, że pogrzeb odbędzie się w
rodzinnej wsi pod Łomżą przez tamtejszy zakład, o czym poinformowałem
Państwa telefonicznie po dwóch godzinach. Nie wykonali Państwo żadnej
usługi, nie było nawet przewozu.

Odmowa zwrotu jest niezgodna z prawem. Jeżeli pieniądze nie wrócą w
ciągu 7 dni, składam skargę do UOKiK i pozew o zapłatę.

Ryszard Jaworski"""),
("pl", "b72-pl-znicz-led-stopil-sie", "Danuta Walczak <danuta.walczak@example.pl>", "Znicz solarny", "technical", "high",
"""Dzień dobry,

piszę tak na wszelki wypadek. Znicz solarny LED, który kupiłam u Was
przed Wszystkimi Świętymi, wczoraj był na grobie bardzo gorący, dużo
bardziej niż od słońca, obudowa przy baterii się wygięła i czuć było
swąd spalonego plastiku. Zdjęłam go i leży na balkonie na płytkach.

Nic się nie stało, ale na cmentarzu jest pełno suchych wieńców i
sztucznych kwiatów, a takich zniczy sprzedaliście sporo.

Danuta Walczak"""),
("pl", "b72-pl-pomnik-przechyla-sie", "Stanisław Pietrzak <stanislaw.pietrzak@example.pl>", "Pomnik na cmentarzu w Tarnowie", "technical", "high",
"""Dzień dobry,

pomnik, który postawiliście na grobie mojej żony w kwietniu, zaczął się
przechylać. Tablica z krzyżem odchyla się od płyty i jak się ją lekko
dotknie, rusza się. Jest bardzo ciężka, a obok jest alejka, którą
chodzą dzieci na groby dziadków.

Proszę o przyjazd i sprawdzenie tego jak najszybciej.

Stanisław Pietrzak
tel. 14 555 27 40"""),
("pl", "b72-pl-zaklad-telefony-nie-dochodza", "Zakład Pogrzebowy Memento <biuro@memento-pogrzeby.example>", "linia całodobowa", "technical", "high",
"""Od wczoraj wieczorem nikt nie może się do nas dodzwonić na numer
całodobowy. Dowiedzieliśmy się dopiero rano, kiedy hospicjum przysłało
SMS na prywatny numer szefa, że od północy próbują nas złapać w sprawie
zgonu pacjenta. Dwie rodziny przyjechały dziś osobiście, bo "numer nie
istnieje". Dzwoniąc z komórki słychać tylko sygnał zajętości.

Od wczoraj po południu nic u nas nie zmienialiśmy. Proszę o pilny
kontakt: 609 555 410 (komórka kierownika).

Mirosław Nowicki"""),
("pl", "b72-pl-kwiaciarnia-brak-zamowien-wience", "Kwiaciarnia Kalina <zamowienia@kalina-kwiaty.example>", "zamowienia", "technical", "high",
"""Dzien dobry,

od piatku od poludnia nie doszlo do nas ani jedno zamowienie z Waszej
platformy, a normalnie mamy 10-15 dziennie, glownie wience i wiazanki
pogrzebowe. Zorientowalysmy sie dzis rano, jak zadzwonily dwa zaklady
pogrzebowe, gdzie sa wience na pogrzeby o 10 i 11. Zrobilysmy je na
szybko, ale nie wiemy, co jeszcze przepadlo.

W panelu jest napis "Brak nowych zamowien". Nr partnera PL-3318.
Prosze o telefon jeszcze dzis: 52 555 60 14.

Magda, Kwiaciarnia Kalina, Torun"""),
("pl", "b72-pl-transmisja-nie-chodzi-o-pieniadze", "Katarzyna Borkowska <kasia.borkowska@example.pl>", "Transmisja z pogrzebu", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że nie chodzi mi o pieniądze. Moja ciocia w Chicago
i kuzyni w Norwegii nie mogli obejrzeć transmisji z pogrzebu dziadka w
sobotę - link, który od Państwa dostaliśmy, cały czas pokazywał
"Transmisja niedostępna". Próbowali na komputerze i na telefonie.

Czy jest nagranie? Bardzo chcieliby je zobaczyć.

Katarzyna Borkowska"""),
("pl", "b72-pl-ksiega-kondolencyjna-wpisy-znikaja", "Łukasz Sikora <lukasz.sikora@example.pl>", "Księga kondolencyjna", "technical", "",
"""Dzień dobry, w księdze kondolencyjnej na stronie mojej mamy ludzie
wpisują kondolencje, klikają "Dodaj wpis" i strona się przeładowuje, a
wpis znika. Sprawdziłem na dwóch telefonach i laptopie. Od poniedziałku
pojawiły się tylko dwa wpisy, a wiem, że próbowało kilkadziesiąt osób.
Łukasz Sikora"""),
("pl", "b72-pl-haslo-nie-dochodzi", "Wiesław Kowalczyk <wieslaw.kowalczyk@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzien dobry, nie moge sie zalogowac na konto, gdzie mam umowe
przedpogrzebowa. Pisze, ze haslo bledne, klikalem "nie pamietam hasla"
juz 4 razy i zaden mail nie przyszedl, w spamie tez nie ma.
W. Kowalczyk"""),
("pl", "b72-pl-litery-nagrobek-czernieja", "Grażyna Wójcik <grazyna.wojcik@example.pl>", "Napis na nagrobku", "technical", "",
"""Dzień dobry,

złocone litery na nagrobku moich rodziców w Lesznie, który wykonaliście
w zeszłym roku we wrześniu, już po jednej zimie zszarzały i złoto
odpada płatami. Nazwisko ledwo widać z alejki. Czy ktoś może przyjechać
i to poprawić?

Grażyna Wójcik"""),
("pl", "b72-pl-kod-qr-blad-404", "Michał Nowak <michal.nowak@example.pl>", "Kod QR", "technical", "",
"""Czesc, kod QR na tabliczce na grobie taty po zeskanowaniu pokazuje
"Blad 404 - nie znaleziono strony". Do wakacji dzialal normalnie. Jak
wpisze adres recznie, strona pamieci jest. Da sie to naprawic?
Michal"""),
("pl", "b72-pl-re-lampion-nie-swieci", "Renata Adamczyk <renata.adamczyk@example.pl>", "Re: Twoje zamówienie 72206 zostało wysłane", "technical", "",
"""Lampion solarny z tego zamówienia w ogóle nie świeci wieczorem, mimo
że grób jest w pełnym słońcu cały dzień, a przełącznik jest na ON.
Zostawiłam go na dwa dni na parapecie - to samo.

Renata

> Twoje zamówienie 72206 zostało wysłane!
> 1 x Lampion solarny z witrażem, grafit
> Śledź przesyłkę: ..."""),
("pl", "b72-pl-film-wspomnieniowy-pendrive", "Teresa Krawczyk <teresa.krawczyk@example.pl>", "Film z pogrzebu męża", "technical", "",
"""Szanowni Państwo,

film ze zdjęciami mojego męża, który wyświetlaliście w kaplicy, był
przepiękny i poprosiłam o kopię na pendrivie dla dzieci. Ani w moim
telewizorze, ani u syna na komputerze nie da się go odtworzyć - pojawia
się komunikat "nieobsługiwany format pliku".

Czy można go nagrać jeszcze raz w innym formacie albo przesłać mailem?

Z poważaniem,
Teresa Krawczyk"""),
("pl", "b72-pl-aplikacja-zdjecia-sprzatania", "Adam Jankowski <adam.jankowski@example.pl>", "aplikacja", "technical", "",
"""Dzień dobry, po każdym sprzątaniu grobu dostaję powiadomienie, że są
nowe zdjęcia, ale w aplikacji zamiast zdjęć są szare kwadraty z
wykrzyknikiem. Od mniej więcej miesiąca. Aktualizowałem, reinstalowałem,
nic. iPhone 12. Mieszkam w Holandii, więc tylko tak widzę grób mamy.
Adam"""),
("pl", "b72-pl-formularz-zgloszenia-blad", "Sylwia Zając <sylwia.zajac@example.pl>", "Formularz na stronie", "technical", "",
"""Dzien dobry. Probuje wypelnic formularz zgloszenia zgonu na Waszej
stronie, zeby ktos sie ze mna skontaktowal w sprawie pogrzebu babci, i
po kliknieciu "Wyslij" wyskakuje "Wystapil blad, sprobuj ponownie". Tak
juz piaty raz. Zadzwonie, ale wolalam zglosic.
Sylwia Zajac"""),
("pl", "b72-pl-podziekowanie-za-pogrzeb-mamy", "Rodzina Lewandowskich <lewandowscy.rodzina@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chcemy bardzo serdecznie podziękować za zorganizowanie pogrzebu naszej
mamy, śp. Krystyny Lewandowskiej. Od pierwszego telefonu w nocy aż po
ostatnie chwile na cmentarzu byliście przy nas spokojnie, z wielkim
szacunkiem i bez pośpiechu. Szczególne podziękowania dla pana Andrzeja,
który cierpliwie odpowiadał na wszystkie nasze pytania.

Z wdzięcznością,
Rodzina Lewandowskich"""),
("pl", "b72-pl-okulary-zostawione-kaplica", "Zofia Baran <zofia.baran@example.pl>", "zguba", "general", "",
"""Dzień dobry, na pogrzebie mojego brata w sobotę w Waszej kaplicy na
Bródnie zostawiłam chyba okulary w brązowym etui, na pierwszej ławce po
lewej. Czy ktoś je znalazł? Mogę przyjechać.
Zofia Baran"""),
("pl", "b72-pl-pilne-godziny-1-listopada", "Dorota Kalinowska <dorota.kalinowska@example.pl>", "PILNE", "general", "",
"""Dzien dobry, czy biuro jest otwarte 1 i 2 listopada? W jakich
godzinach? Chce przyjsc podpisac umowe na nagrobek."""),
("pl", "b72-pl-kierowca-karawanu-papieros-kierownik", "Andrzej Kozłowski <andrzej.kozlowski@example.pl>", "Skarga na pracownika", "general", "high",
"""Dzień dobry,

podczas pogrzebu mojej żony we wtorek na cmentarzu w Bielsku kierowca
karawanu stał kilka metrów od grobu z papierosem i głośno rozmawiał
przez telefon, kiedy ksiądz odmawiał ostatnią modlitwę. Kiedy syn
poprosił go, żeby odszedł, machnął ręką i powiedział "zaraz, zaraz".

Nie interesują mnie przeprosiny od biura. Żądam rozmowy z kierownikiem
albo właścicielem zakładu.

Andrzej Kozłowski"""),
("pl", "b72-pl-oblodzone-schody-kaplica", "Ewa Stępień <ewa.stepien@example.pl>", "Schody do kaplicy", "general", "high",
"""Dzien dobry,

schody prowadzace do Panstwa domu pogrzebowego przy ul. Cmentarnej sa
od kilku dni oblodzone i nikt ich nie posypuje, a na trzecim stopniu
odpadl kawalek kamienia. Wczoraj moj tata (82 lata, chodzi o lasce)
posliznal sie i tylko dlatego, ze szwagier go zlapal, nie spadl.

Codziennie przychodzi tam duzo starszych osob. Prosze to pilnie
naprawic i posypac.

Ewa Stepien"""),
("pl", "b72-pl-dostawa-wienca-do-kosciola", "Monika Duda <monika.duda@example.pl>", "zamówienie 51903", "general", "",
"""Dzień dobry, wieniec z zamówienia 51903 proszę dostarczyć nie do domu
pogrzebowego, tylko bezpośrednio do kościoła św. Jadwigi w Opolu, w
piątek do 9:30 (msza o 10:00). Na szarfie: "Ostatnie pożegnanie -
koleżanki z pracy".
Dziękuję"""),
("pl", "b72-pl-urna-do-grobu-rodzicow", "Jerzy Sadowski <jerzy.sadowski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,

mój brat będzie skremowany. Czy urnę można pochować w istniejącym
grobie naszych rodziców, który jest murowany i pełny, czy potrzebna
jest na to jakaś zgoda zarządcy cmentarza? Czy to Państwo się tym
zajmujecie?

Jerzy Sadowski"""),
("pl", "b72-pl-zmiana-numeru-telefonu", "Irena Olszewska <irena.olszewska@example.pl>", "Zmiana numeru", "general", "",
"""Dzień dobry, proszę o zmianę mojego numeru telefonu w umowie
przedpogrzebowej nr 2019/447 na 512 884 309. Adres i reszta bez zmian.
Irena Olszewska"""),
("pl", "b72-pl-rodo-kopia-danych", "Bartosz Czarnecki <bartosz.czarnecki@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przesłanie kopii wszystkich moich
danych osobowych, które Państwo przetwarzają, wraz z informacją, skąd
je Państwo pozyskali. Od kilku tygodni dostaję SMS-y z ofertą umów
przedpogrzebowych, choć nigdy nie byłem Państwa klientem.

Bartosz Czarnecki"""),
("pl", "b72-pl-sponsoring-festyn-osp", "OSP Stare Babice <osp@ospstarebabice.example>", "Prośba o wsparcie festynu", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Starych Babicach organizuje 8 czerwca
rodzinny festyn z okazji 100-lecia jednostki. Szukamy lokalnych firm,
które zechciałyby wesprzeć imprezę - w zamian umieścimy logo na
plakatach i podziękujemy ze sceny.

Czy byliby Państwo zainteresowani? Chętnie podjedziemy porozmawiać.

Z poważaniem,
dh Wojciech Górski
Prezes OSP"""),
("pl", "b72-pl-grupa-wsparcia-zaloba", "Marianna Sobczak <marianna.sobczak@example.pl>", "Spotkania", "general", "",
"""Dzień dobry, słyszałam, że organizujecie spotkania grupy wsparcia dla
osób po stracie bliskich. W jakie dni i o której się odbywają, i czy
trzeba się wcześniej zapisać? Mąż zmarł w lipcu i córka namawia mnie,
żebym spróbowała.
Marianna Sobczak"""),
("pl", "b72-pl-sprowadzenie-zwlok-z-niemiec", "Dariusz Wiśniewski <dariusz.wisniewski@example.pl>", "Sprowadzenie ciała z Niemiec", "general", "",
"""Dzień dobry,

mój brat zmarł w szpitalu w Dortmundzie, gdzie pracował. Rodzina chce,
żeby był pochowany w Polsce, w Ostrowie Wielkopolskim. Jakie dokumenty
są potrzebne do sprowadzenia ciała, ile to zwykle trwa i czy trzeba
coś załatwić w konsulacie, czy robicie to Państwo?

Dariusz Wiśniewski"""),
("pl", "b72-pl-re-parking-stroj", "Natalia Kowalska <natalia.kowalska@example.pl>", "Re: Pogrzeb śp. Jana Kowalskiego - potwierdzenie", "general", "",
"""Dziękuję. Jeszcze dwa pytania: czy przy kaplicy jest parking, czy
lepiej zostawić auta pod cmentarzem? I czy możemy na nekrologu dopisać,
że dziadek prosił o kolorowe ubrania zamiast czerni?

Natalia

W dniu 22.10.2024 o 13:55, Dom Pogrzebowy Pokój <biuro@example-pokoj.pl> pisze:
> Szanowna Pani,
>
> potwierdzamy, że ceremonia pogrzebowa śp. Jana Kowalskiego odbędzie
> się w czwartek 24 października o godz. 12:00 w kaplicy cmentarza
> komunalnego przy ul. Lipowej.
>
> Z wyrazami współczucia"""),
]
