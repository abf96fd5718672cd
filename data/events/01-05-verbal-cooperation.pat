# dyad event patterns: CAMEO roots 01-05 (verbal cooperation)
# Format: cameo | pattern | flags   (see data/FORMATS.md, "data/events/*.pat")
# PLOVER: 01 (selected, mostly unmapped in CAMEO2PLOVER) · 02 REQUEST · 03 AGREE · 04 CONSULT · 05 SUPPORT
# 010 "make statement" is deliberately NOT patterned (plain statements are not events for dyad).

# ---------------------------------------------------------------- 01 MAKE PUBLIC STATEMENT (selected codes)
# 011 Decline comment
011 | decline/refuse to comment | notarget
011 | decline comment | notarget
011 | decline/refuse to comment on | notarget
# 012 Make pessimistic comment
012 | express/voice ... pessimism | notarget
012 | express/voice ... concern over/about TGT
012 | express/voice ... alarm over/at TGT
# 013 Make optimistic comment
013 | express/voice ... optimism | notarget
013 | express/voice ... optimism about/over TGT
# 014 Consider policy option
014 | weigh ... option/options | notarget
014 | consider ... option/options | notarget
# 015 Acknowledge or claim responsibility
015 | claim responsibility for | notarget
015 | claim ... responsibility for | notarget
015 | claim ... attack/attacks/bombing/killing/abduction | notarget
015 | admit responsibility for | notarget
015 | acknowledge responsibility for | notarget
015 | claim of responsibility | noun; notarget
# 016 Deny responsibility
016 | deny ... involvement | notarget
016 | deny ... involvement in | notarget
016 | deny ... responsibility/role | notarget
016 | deny ... accusation/accusations/allegation/allegations/charge/charges/claim/claims/report/reports | notarget
016 | deny ... accusation/accusations/allegation/allegations/charge/charges/claim/claims by/from TGT
016 | reject ... accusation/accusations/allegation/allegations/charge/charges | notarget
016 | reject ... accusation/accusations/allegation/allegations/charge/charges by/from TGT
016 | dismiss ... accusation/accusations/allegation/allegations/charge/charges/claim/claims | notarget
016 | refute ... accusation/accusations/allegation/allegations/charge/charges/claim/claims | notarget
016 | deny wrongdoing | notarget
016 | deny ... wrongdoing | notarget
016 | denial of ... involvement/responsibility | noun; notarget
# 017 Engage in symbolic act
017 | lay ... wreath/wreaths | notarget
017 | observe ... minute of silence | notarget
017 | declare ... national mourning | notarget
017 | declare ... day/days of mourning | notarget
# 018 Make empathetic comment
018 | express/offer/send/extend/convey ... condolence/condolences to TGT
018 | express/offer/send/extend/convey ... condolence/condolences | notarget
018 | express/offer/convey ... sympathy to/for TGT
018 | express ... solidarity and sympathy with TGT
018 | condolence/condolences to TGT | noun
018 | console TGT
# 019 Express accord
019 | agree with TGT
019 | agree with TGT on
019 | express ... agreement with TGT
019 | see eye to eye with TGT
019 | share ... view/views/position/concern/concerns of TGT
019 | concur with TGT

# ---------------------------------------------------------------- 02 APPEAL  (PLOVER REQUEST)
# 020 Appeal, not specified below
020 | urge TGT to
020 | urge TGT
020 | call on/upon TGT to
020 | call on/upon TGT
020 | appeal to TGT
020 | appeal to TGT to
020 | appeal to TGT for
020 | ask TGT to
020 | ask TGT for
020 | request TGT to
020 | implore/beseech/exhort/entreat TGT to
020 | press TGT to
020 | encourage TGT to
020 | invite TGT to
020 | appeal to TGT | noun
020 | call on TGT | noun
020 | plea to TGT | noun
020 | plead with TGT
020 | plead with TGT to
# 021 Appeal for material cooperation
021 | seek ... cooperation with/from TGT
021 | ask/urge TGT to cooperate
021 | call on/upon TGT to cooperate
021 | appeal ... for ... cooperation
# 0211 Appeal for economic cooperation
0211 | seek ... investment/investments/investors from TGT
0211 | urge/invite/ask TGT to invest
0211 | call on/upon TGT to invest
0211 | seek ... trade/economic ... with TGT
0211 | appeal ... for ... economic cooperation
# 0212 Appeal for military cooperation
0212 | seek ... military cooperation with/from TGT
0212 | ask/urge TGT to ... joint ... operation/operations/patrols
0212 | seek ... security cooperation with/from TGT
0212 | seek ... defence/defense cooperation with/from TGT
# 0213 Appeal for judicial cooperation
0213 | seek ... extradition of TGT
0213 | request ... extradition of TGT
0213 | ask TGT to extradite
0213 | call on/upon TGT to extradite
0213 | urge TGT to extradite/hand
0213 | extradition request to TGT | noun
0213 | seek ... legal/judicial assistance from TGT
# 0214 Appeal for intelligence
0214 | ask/urge TGT to share ... intelligence/information
0214 | seek ... intelligence from TGT
0214 | request ... intelligence/information from TGT
# 022 Appeal for diplomatic cooperation, policy support
022 | seek ... support of/from TGT
022 | seek TGT 's? support/backing
022 | ask TGT for ... support/backing
022 | ask TGT to support/back/endorse
022 | urge TGT to support/back/endorse/recognize/recognise
022 | call on/upon TGT to support/back/recognize/recognise
022 | lobby TGT
022 | lobby TGT to
022 | appeal ... for ... support/solidarity
# 023 Appeal for aid
023 | appeal for ... aid/assistance/help | notarget
023 | appeal to TGT for ... aid/assistance/help
023 | ask TGT for ... aid/assistance/help
023 | ask for ... aid/assistance/help from TGT
023 | seek ... aid/assistance/help from TGT
023 | seek TGT aid/assistance/help
023 | ask ... for ... aid/assistance/help from TGT
023 | request ... aid/assistance/help from TGT
023 | call on/upon TGT to ... aid/assistance/help
023 | urge TGT to ... aid/assistance/help
023 | call for ... aid/assistance | notarget
023 | request for ... aid/assistance | noun
023 | appeal for ... aid/assistance | noun; notarget
# 0231 Appeal for economic aid
0231 | seek ... loan/loans/funding/financing/bailout/credit/grant from TGT
0231 | request ... loan/loans/funding/financing/bailout/credit from TGT
0231 | ask TGT for ... loan/loans/funding/financing/money/bailout/credit
0231 | ask TGT for ... debt relief
0231 | appeal ... for ... financial/economic/budget ... aid/assistance/support
0231 | seek ... financial/economic/budget ... aid/assistance/support from TGT
0231 | ask TGT to ... debt
0231 | apply ... for ... loan/bailout from TGT
# 0232 Appeal for military aid
0232 | seek ... military ... aid/assistance/help/support from TGT
0232 | request ... military ... aid/assistance/help/support from TGT
0232 | ask TGT for ... weapons/arms/ammunition/helicopters/aircraft/jets/drones/equipment
0232 | ask TGT for ... military ... aid/assistance/help/support
0232 | seek ... weapons/arms/ammunition/helicopters/aircraft/jets/drones from TGT
0232 | request ... weapons/arms/ammunition/helicopters/aircraft/jets/drones from TGT
0232 | appeal ... for ... military ... aid/assistance/support
0232 | urge TGT to ... supply/send/deliver ... weapons/arms/ammunition
# 0233 Appeal for humanitarian aid
0233 | appeal ... for ... humanitarian ... aid/assistance/help/access | notarget
0233 | seek ... humanitarian ... aid/assistance/help from TGT
0233 | ask TGT for ... humanitarian ... aid/assistance/help
0233 | ask TGT for ... food/medicine/medicines/tents/relief
0233 | appeal ... for ... food/relief | notarget
0233 | appeal ... for ... emergency ... aid/assistance/funding | notarget
0233 | launch ... humanitarian appeal | notarget
0233 | launch ... appeal for | notarget
# 0234 Appeal for military protection or peacekeeping
0234 | request/seek ... peacekeepers/peacekeeping from TGT
0234 | ask TGT to ... send/deploy ... troops/peacekeepers/forces
0234 | ask TGT for ... protection/troops/peacekeepers
0234 | seek ... protection of/from TGT
0234 | appeal ... for ... peacekeepers/peacekeeping/protection/intervention | notarget
0234 | call for ... peacekeeping/peacekeepers | notarget
0234 | call for ... international/foreign/military intervention | notarget
0234 | urge TGT to intervene
0234 | call on/upon TGT to intervene
0234 | ask TGT to intervene
# 024 Appeal for political reform
024 | call for ... reform/reforms | notarget
024 | urge TGT to ... reform/reforms
024 | call on/upon TGT to ... reform/reforms
# 0241 Appeal for change in leadership
0241 | call for ... resignation of TGT
0241 | call for TGT 's? resignation
0241 | urge TGT to resign/quit
0241 | urge TGT to step down/aside
0241 | call on/upon TGT to resign/quit
0241 | call on/upon TGT to step down/aside
0241 | ask TGT to resign/quit
0241 | ask TGT to step down/aside
0241 | call for ... ouster of TGT
0241 | call for ... new leadership | notarget
# 0242 Appeal for policy change
0242 | urge TGT to reconsider/rethink/reverse/review/revise/scrap/drop/abandon/change
0242 | call on/upon TGT to reconsider/rethink/reverse/review/revise/scrap/drop/abandon/change
0242 | ask TGT to reconsider/rethink/reverse/review/revise/scrap/drop/abandon/change
0242 | call for ... change/changes in/to ... policy/policies | notarget
0242 | urge TGT to ... policy
# 0243 Appeal for rights
0243 | urge TGT to respect/protect/uphold/guarantee ... rights/freedom/freedoms
0243 | call on/upon TGT to respect/protect/uphold/guarantee ... rights/freedom/freedoms
0243 | ask TGT to respect/protect/uphold/guarantee ... rights/freedom/freedoms
0243 | call for ... respect for ... rights | notarget
0243 | call for ... protection of ... rights/civilians | notarget
# 0244 Appeal for change in institutions, regime
0244 | call for ... election/elections | notarget
0244 | urge TGT to ... hold ... election/elections
0244 | call on/upon TGT to ... hold ... election/elections
0244 | urge TGT to ... return to ... civilian/constitutional ... rule/order
0244 | call on/upon TGT to ... return to ... civilian/constitutional ... rule/order
0244 | call for ... return to ... civilian/constitutional ... rule/order | notarget
0244 | call for ... transition | notarget
0244 | urge TGT to ... restore ... constitutional/civilian/democratic ... order/rule
# 025 Appeal to yield
025 | urge TGT to ... yield/concede/compromise
025 | urge TGT to ... back down
025 | call on/upon TGT to ... yield/concede/compromise
025 | call on/upon TGT to ... back down
025 | ask TGT to ... make ... concessions
# 0251 Appeal for easing of administrative sanctions
0251 | urge TGT to ... lift/ease ... curfew/restrictions/ban
0251 | urge TGT to ... lift/ease/end ... state of emergency
0251 | urge TGT to ... lift/end ... martial law
0251 | call on/upon TGT to ... lift/ease ... curfew/restrictions/ban
0251 | call on/upon TGT to ... lift/ease/end ... state of emergency
0251 | call for ... lifting of ... curfew/restrictions/ban | notarget
0251 | call for ... lifting of ... state of emergency | notarget
0251 | urge TGT to ... restore ... internet/access
# 0252 Appeal for easing of popular dissent
0252 | call for ... calm | notarget
0252 | appeal for ... calm | notarget
0252 | urge TGT to ... remain/stay/keep ... calm
0252 | urge TGT to ... end ... protest/protests/strike/demonstrations/blockade
0252 | call on/upon TGT to ... end ... protest/protests/strike/demonstrations/blockade
0252 | urge TGT to ... call off ... protest/protests/strike
0252 | appeal to TGT to ... return to work
# 0253 Appeal for release of persons or property
0253 | call for ... release of TGT
0253 | call for ... release | notarget
0253 | urge TGT to ... release/free
0253 | call on/upon TGT to ... release/free
0253 | ask TGT to ... release/free
0253 | appeal ... for ... release of TGT
0253 | appeal for ... release | notarget
0253 | seek ... release of TGT
0253 | push for ... release of TGT
0253 | urge TGT to ... hand back
# 0254 Appeal for easing of economic sanctions, boycott, or embargo
0254 | urge TGT to ... lift/ease/relax ... sanctions/embargo/blockade/boycott
0254 | call on/upon TGT to ... lift/ease/relax ... sanctions/embargo/boycott
0254 | ask TGT to ... lift/ease/relax ... sanctions/embargo/boycott
0254 | call for ... lifting/easing of ... sanctions/embargo/boycott | notarget
0254 | call/push/press for ... lifting/easing/removal/end/ending/suspension ... sanctions/embargo/embargoes/blockade/boycott ... on/against/imposed TGT
0254 | call/push/press for ... lifting/easing/removal/end/ending/suspension ... sanctions/embargo/embargoes/blockade/boycott | notarget
0254 | call/push/press for ... sanctions/embargo/embargoes/blockade/boycott ... to be lifted/eased/removed/ended | notarget
0254 | urge complete/immediate/swift/unconditional/total/definitive/full? lifting/easing/removal/end/ending ... sanctions/embargo/embargoes/blockade/boycott ... on/against/imposed TGT
0254 | call for ... end to ... sanctions/embargo/boycott | notarget
0254 | appeal ... for ... lifting of ... sanctions/embargo | notarget
# 0255 Appeal for target to allow international involvement (non-mediation)
0255 | urge TGT to ... allow/admit/accept ... inspectors/observers/monitors/peacekeepers/investigators
0255 | call on/upon TGT to ... allow/admit/accept ... inspectors/observers/monitors/peacekeepers/investigators
0255 | urge TGT to ... allow/grant ... access
0255 | call on/upon TGT to ... allow/grant ... access
0255 | urge TGT to ... cooperate with ... inspectors/investigators/mission/court
0255 | call for ... humanitarian access | notarget
0255 | call for ... unimpeded/unhindered ... access | notarget
# 0256 Appeal for de-escalation of military engagement
0256 | call for ... ceasefire/cease-fire/truce | notarget
0256 | appeal for ... ceasefire/cease-fire/truce | notarget
0256 | urge TGT to ... ceasefire/cease-fire/truce
0256 | call on/upon TGT to ... ceasefire/cease-fire/truce
0256 | call for ... restraint | notarget
0256 | urge/ask TGT to ... exercise/show ... restraint
0256 | call on/upon TGT to ... exercise/show ... restraint
0256 | urge TGT to ... de-escalate/deescalate
0256 | call on/upon TGT to ... de-escalate/deescalate
0256 | call for ... de-escalation/deescalation | notarget
0256 | urge TGT to ... stop/halt/end/cease ... fighting/hostilities/attacks/offensive/violence/war
0256 | call on/upon TGT to ... stop/halt/end/cease ... fighting/hostilities/attacks/offensive/violence/war
0256 | call for ... end to ... fighting/hostilities/violence/war | notarget
0256 | call for ... cessation of hostilities | notarget
0256 | urge TGT to ... withdraw/pull
0256 | call on/upon TGT to ... withdraw/pull
# 026 Appeal to others to meet or negotiate
026 | call for ... talks/dialogue/negotiations | notarget
026 | call for ... talks/dialogue/negotiations with TGT
026 | call for ... talks/dialogue/negotiations between TGT
026 | urge TGT to ... negotiate/talk
026 | urge TGT to ... return to ... talks/negotiations/table/dialogue
026 | call on/upon TGT to ... negotiate/talk
026 | call on/upon TGT to ... return to ... talks/negotiations/table/dialogue
026 | urge TGT to ... resume/hold/start/begin/open ... talks/dialogue/negotiations
026 | call on/upon TGT to ... resume/hold/start/begin/open ... talks/dialogue/negotiations
026 | ask TGT to ... meet/negotiate
026 | urge TGT to ... engage in ... dialogue/talks
026 | appeal for ... dialogue/talks/negotiations | notarget
026 | propose ... talks/meeting/summit/dialogue with TGT
026 | offer ... talks/dialogue/negotiations to TGT
026 | seek ... meeting with TGT
026 | request ... meeting with TGT
026 | ask for ... meeting with TGT
026 | invite TGT to ... talks/negotiations/dialogue/table
# 027 Appeal to others to settle dispute
027 | urge TGT to ... resolve/settle ... dispute/differences/conflict/crisis
027 | call on/upon TGT to ... resolve/settle ... dispute/differences/conflict/crisis
027 | call for ... peaceful ... solution/settlement/resolution | notarget
027 | urge TGT to ... find ... peaceful ... solution/settlement
027 | call for ... settlement of ... dispute/conflict | notarget
027 | urge TGT to ... reconcile/make peace
027 | call for ... reconciliation | notarget
# 028 Appeal to others to engage in or accept mediation
028 | call for ... mediation | notarget
028 | urge TGT to ... accept ... mediation/mediator
028 | call on/upon TGT to ... accept ... mediation/mediator
028 | ask TGT to mediate
028 | urge TGT to mediate
028 | call on/upon TGT to mediate
028 | invite TGT to mediate
028 | seek ... mediation of/from TGT
028 | seek TGT 's? mediation

# ---------------------------------------------------------------- 03 EXPRESS INTENT TO COOPERATE  (PLOVER AGREE)
# 030 Express intent to cooperate
030 | agree to ... with TGT
# Generic intentions: an event only when no more specific act of the same source follows
# ("agreed to withdraw" is 0356, "vowed to fight on" a threat).
030 | agree | notarget; fallback
030 | promise/pledge/vow/offer to | notarget; fallback
030 | agree to cooperate with TGT
030 | agree to work with TGT
030 | pledge to cooperate with TGT
030 | pledge to work with TGT
030 | promise to cooperate with TGT
030 | vow to cooperate/work with TGT
030 | offer to cooperate/work with TGT
030 | offer to help TGT
030 | offer TGT ... help/support/cooperation
030 | express ... willingness/readiness to cooperate/work with TGT
030 | express ... willingness/readiness to help TGT
030 | be ready to cooperate/work with TGT
030 | commit to ... cooperation with TGT
030 | pledge ... cooperation with TGT
030 | pledge ... cooperation to TGT
030 | promise ... cooperation with TGT
030 | offer ... cooperation to TGT
030 | agree to ... boost/strengthen/deepen/expand/enhance ... cooperation
030 | agree on ... cooperation with TGT
030 | offer of ... help/cooperation to TGT | noun
030 | pledge of ... cooperation/support to TGT | noun
# 031 Express intent to engage in material cooperation
031 | agree to ... joint ... project/projects/venture with TGT
031 | agree to ... build ... with TGT
031 | agree to ... partnership with TGT
031 | pledge ... partnership with TGT
# 0311 Express intent to cooperate economically
0311 | agree to ... boost/increase/expand ... trade with TGT
0311 | pledge to ... boost/increase/expand ... trade/investment with TGT
0311 | promise to ... boost/increase/expand ... trade/investment with TGT
0311 | agree to ... economic cooperation with TGT
0311 | pledge ... economic cooperation with TGT
0311 | pledge to invest in TGT
0311 | promise to invest in TGT
0311 | pledge ... investment/investments in TGT
0311 | promise ... investment/investments in TGT
0311 | agree to ... trade/economic ... cooperation/ties/partnership with TGT
0311 | agree to ... invest in TGT
0311 | offer ... trade deal/agreement to TGT
# 0312 Express intent to cooperate militarily
0312 | agree to ... military cooperation with TGT
0312 | pledge ... military cooperation with TGT
0312 | agree to ... defence/defense/security cooperation with TGT
0312 | pledge ... defence/defense/security cooperation with TGT
0312 | agree to ... joint ... exercises/drills/patrols/operations with TGT
0312 | agree to ... sell ... weapons/arms/jets/helicopters/aircraft/drones/tanks/missiles to TGT
0312 | offer to sell ... weapons/arms/jets/helicopters/aircraft/drones/tanks/missiles to TGT
0312 | agree to buy ... weapons/arms/jets/helicopters/aircraft/drones/tanks/missiles from TGT
0312 | order ... weapons/arms/jets/helicopters/aircraft/drones/tanks/missiles from TGT
0312 | promise to ... train ... troops/army/forces/soldiers of TGT
0312 | offer to ... train ... troops/army/forces/soldiers of TGT
0312 | offer to train TGT
# 0313 Express intent to cooperate on judicial matters
0313 | agree to extradite
0313 | agree to extradite ... to TGT
0313 | agree to hand over ... to TGT
0313 | promise to extradite ... to TGT
0313 | agree to ... judicial/legal ... cooperation with TGT
0313 | sign ... extradition treaty/agreement with TGT
0313 | agree to cooperate with ... investigation/court/tribunal/probe
# 0314 Express intent to cooperate on intelligence
0314 | agree to share ... intelligence/information with TGT
0314 | promise to share ... intelligence/information with TGT
0314 | pledge to share ... intelligence/information with TGT
0314 | offer to share ... intelligence/information with TGT
0314 | agree to ... intelligence ... cooperation/sharing with TGT
0314 | agree to ... exchange ... intelligence/information with TGT
# 032 Express intent to provide diplomatic cooperation such as policy support
032 | pledge ... support for/to TGT
032 | promise ... support for/to TGT
032 | pledge to support/back TGT
032 | promise to support/back TGT
032 | vow to support/back TGT
032 | offer ... diplomatic ... support to TGT
032 | pledge ... solidarity with TGT
032 | pledge of support for/to TGT | noun
032 | vow to stand by/with TGT
# 033 Express intent to provide material aid
033 | pledge ... aid/assistance/help to/for TGT
033 | promise ... aid/assistance/help to/for TGT
033 | offer ... aid/assistance/help to/for TGT
033 | offer TGT ... aid/assistance/help
033 | pledge to ... help/assist TGT
033 | promise to ... help/assist TGT
033 | vow to help TGT
033 | pledge ... aid/assistance | notarget
033 | aid pledge to TGT | noun
033 | pledge of ... aid/assistance to/for TGT | noun
033 | offer of ... aid/assistance to TGT | noun
# 0331 Express intent to provide economic aid
0331 | pledge ... million/billion/euros/dollars ... to/for TGT
0331 | promise ... million/billion/euros/dollars ... to/for TGT
0331 | pledge ... loan/loans/funding/financing/grant/grants/credit to/for TGT
0331 | promise ... loan/loans/funding/financing/grant/grants/credit to/for TGT
0331 | offer ... loan/loans/funding/financing/grant/grants/credit/bailout to/for TGT
0331 | offer TGT ... loan/loans/funding/financing/credit/bailout
0331 | agree to ... lend TGT
0331 | agree to ... loan/loans/funding/financing/bailout for/to TGT
0331 | pledge ... economic/financial/budget ... aid/assistance/support to/for TGT
0331 | promise ... economic/financial/budget ... aid/assistance/support to/for TGT
0331 | promise to ... cancel/forgive/write ... debt
0331 | agree to ... cancel/forgive/write ... debt
0331 | pledge ... debt relief to TGT
# 0332 Express intent to provide military aid
0332 | pledge ... military ... aid/assistance/support/equipment to/for TGT
0332 | promise ... military ... aid/assistance/support/equipment to/for TGT
0332 | offer ... military ... aid/assistance/support/equipment to/for TGT
0332 | pledge ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles to/for TGT
0332 | promise ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles to/for TGT
0332 | offer ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles to/for TGT
0332 | promise to ... supply/deliver/send/provide ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles
0332 | pledge to ... supply/deliver/send/provide ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles
0332 | agree to ... supply/deliver/send/provide ... weapons/arms/ammunition/tanks/jets/helicopters/drones/missiles to TGT
0332 | agree to ... supply TGT with
0332 | promise to ... supply TGT with
0332 | pledge to ... arm TGT
0332 | promise to ... arm TGT
0332 | offer to ... arm TGT
# 0333 Express intent to provide humanitarian aid
0333 | pledge ... humanitarian ... aid/assistance/relief/support to/for TGT
0333 | promise ... humanitarian ... aid/assistance/relief/support to/for TGT
0333 | offer ... humanitarian ... aid/assistance/relief/support to/for TGT
0333 | pledge ... humanitarian ... aid/assistance/relief | notarget
0333 | pledge ... food/medicine/medical/emergency ... aid/assistance/supplies to/for TGT
0333 | promise ... food/medicine/medical/emergency ... aid/assistance/supplies to/for TGT
0333 | offer ... food/medicine/medical/emergency ... aid/assistance/supplies to/for TGT
# 0334 Express intent to provide military protection or peacekeeping
0334 | pledge/promise/offer ... troops/peacekeepers/soldiers to/for TGT
0334 | offer to ... send/deploy ... troops/peacekeepers/soldiers/forces to TGT
0334 | pledge to ... send/deploy ... troops/peacekeepers/soldiers/forces to TGT
0334 | promise to ... send/deploy ... troops/peacekeepers/soldiers/forces to TGT
0334 | agree to ... send/deploy/contribute ... troops/peacekeepers/soldiers/forces to TGT
0334 | pledge to ... protect/defend TGT
0334 | promise to ... protect/defend TGT
0334 | offer ... protection/security guarantees to TGT
0334 | offer TGT ... security guarantees/protection
# 034 Express intent to institute political reform
034 | pledge/promise/vow ... reform/reforms | notarget
034 | pledge/promise/vow to ... reform | notarget
034 | agree to ... reform/reforms | notarget
034 | announce ... plan/plans ... reform/reforms | notarget
# 0341 Express intent to change leadership
0341 | pledge/promise/agree/offer to resign/quit | notarget
0341 | pledge/promise/agree/offer to step down/aside | notarget
0341 | pledge/promise/agree/offer to hand over power | notarget
0341 | pledge/promise/agree/offer to hand over power to TGT
0341 | pledge/promise/agree/offer to ... transfer power to TGT
0341 | pledge/promise/agree to ... cede power | notarget
0341 | pledge/promise/agree to ... not run/stand | notarget
0341 | announce ... plan/intention to resign/step | notarget
# 0342 Express intent to change policy
0342 | pledge/promise/vow/agree to ... reconsider/review/revise/change/reverse/scrap/drop/abandon ... policy/decision/plan/law | notarget
0342 | pledge/promise/agree to ... change/shift ... course | notarget
0342 | agree to review | notarget
# 0343 Express intent to provide rights
0343 | pledge/promise/vow to ... respect/protect/guarantee/uphold ... rights/freedom/freedoms | notarget
0343 | pledge/promise/vow to ... respect/protect/guarantee/uphold ... rights of TGT
0343 | pledge/promise to ... grant ... rights/autonomy/citizenship to TGT
0343 | promise TGT ... rights/autonomy
# 0344 Express intent to change institutions, regime
0344 | pledge/promise/vow/agree to ... hold ... election/elections/referendum | notarget
0344 | pledge/promise/vow/agree to ... return/restore/hand ... power to ... civilian/civilians | notarget
0344 | pledge/promise/vow/agree to ... return to ... civilian/constitutional ... rule/order | notarget
0344 | announce ... timetable/roadmap/date for ... election/elections/transition | notarget
0344 | agree to ... transition timetable/roadmap | notarget
0344 | pledge/promise/agree to ... draft/amend/rewrite ... constitution | notarget
# 035 Express intent to yield
035 | pledge/promise/agree/offer to ... make ... concessions/concession | notarget
035 | offer ... concessions/concession to TGT
035 | agree to ... demand/demands of TGT
035 | agree to TGT 's? demand/demands/conditions
035 | agree to ... comply with | notarget
035 | signal ... willingness to compromise | notarget
# 0351 Express intent to ease administrative sanctions
0351 | pledge/promise/agree/offer to ... lift/ease/relax/end ... curfew/restrictions/ban | notarget
0351 | pledge/promise/agree/offer to ... lift/ease/end ... state of emergency | notarget
0351 | pledge/promise/agree/offer to ... lift/end ... martial law | notarget
0351 | pledge/promise/agree/offer to ... unban/legalize/legalise | notarget
0351 | pledge/promise/agree to ... restore ... internet/access | notarget
# 0352 Express intent to ease popular dissent
0352 | pledge/promise/agree/offer to ... end/suspend/halt/stop ... protest/protests/strike/demonstrations/blockade/sit-in | notarget
0352 | pledge/promise/agree/offer to ... call off ... protest/protests/strike/demonstrations/blockade/sit-in | notarget
0352 | agree to ... return to work | notarget
0352 | agree to ... call off | notarget
# 0353 Express intent to release persons or property
0353 | pledge/promise/agree/offer to ... release/free TGT
0353 | pledge/promise/agree/offer to ... release/free ... prisoners/detainees/hostages/captives/soldiers | notarget
0353 | pledge/promise/agree/offer to ... return ... property/assets/territory/remains/bodies to TGT
0353 | agree to ... prisoner/prisoners exchange/swap with TGT
0353 | agree to ... exchange/swap ... prisoners/captives/detainees with TGT
0353 | agree to ... hand back ... to TGT
# 0354 Express intent to ease economic sanctions, boycott, or embargo
0354 | pledge/promise/agree/offer to ... lift/ease/relax/suspend/remove ... sanctions/embargo/blockade/boycott on/against TGT
0354 | pledge/promise/agree/offer to ... lift/ease/relax/suspend/remove ... sanctions/embargo/boycott | notarget
0354 | pledge/promise/agree to ... unfreeze ... assets | notarget
0354 | pledge/promise/agree to ... reopen ... border with TGT
# 0355 Express intent allow international involvement (not mediation)
0355 | pledge/promise/agree/offer to ... allow/admit/accept/receive ... inspectors/observers/monitors/peacekeepers/investigators | notarget
0355 | pledge/promise/agree/offer to ... allow/grant ... access | notarget
0355 | pledge/promise/agree/offer to ... allow/grant ... access to TGT
0355 | agree to ... deployment of ... peacekeepers/troops/observers/mission | notarget
0355 | agree to ... humanitarian corridor/corridors | notarget
0355 | agree to ... cooperate with ... inspectors/observers/monitors/mission | notarget
# 0356 Express intent to de-escalate military engagement
0356 | agree to ... ceasefire/cease-fire/truce/armistice | notarget
0356 | agree to ... ceasefire/cease-fire/truce/armistice with TGT
0356 | pledge/promise/offer ... ceasefire/cease-fire/truce | notarget
0356 | accept ... ceasefire/cease-fire/truce | notarget
0356 | accept ... ceasefire/cease-fire/truce proposal/offer of/from TGT
0356 | pledge/promise/agree/offer to ... withdraw/pull ... troops/forces/soldiers | notarget
0356 | pledge/promise/agree/offer to ... withdraw/pull ... from TGT
0356 | pledge/promise/agree/offer to ... withdraw/pull ... out of TGT
0356 | pledge/promise/agree/offer to ... stop/halt/end/cease/suspend ... fighting/hostilities/attacks/offensive/strikes/operations | notarget
0356 | pledge/promise/agree/offer to ... stop/halt/end/cease/suspend ... attacks/strikes/offensive/operations on/against TGT
0356 | pledge/promise/agree to ... disarm/demobilize/demobilise | notarget
0356 | pledge/promise/agree to ... lay down ... arms/weapons | notarget
0356 | agree to ... de-escalate/deescalate | notarget
0356 | announce ... plan/plans/intention ... to withdraw ... troops/forces | notarget
0356 | announce ... withdrawal of ... troops/forces from TGT
# 036 Express intent to meet or negotiate
036 | agree to meet TGT
036 | agree to meet with TGT
036 | agree to ... talks/negotiations/dialogue with TGT
036 | agree to ... talks/negotiations/dialogue | notarget
036 | agree to ... negotiate with TGT
036 | agree to ... hold ... talks/negotiations/meeting/summit with TGT
036 | agree to ... resume ... talks/negotiations/dialogue with TGT
036 | agree to ... return to ... talks/negotiations/table | notarget
036 | offer to ... meet/negotiate/talk with TGT
036 | offer to meet TGT
036 | offer ... talks/dialogue/negotiations with TGT
036 | offer TGT ... talks/dialogue/negotiations
036 | be ready/willing/prepared to ... talk/negotiate/meet with TGT
036 | be ready/willing/prepared to meet TGT
036 | express ... willingness/readiness to ... talk/negotiate/meet with TGT
036 | express ... willingness/readiness to ... talk/negotiate/meet | notarget
036 | plan to meet TGT
036 | plan to meet with TGT
036 | invite TGT to ... visit
036 | invite TGT to ... summit/meeting/talks/conference
036 | extend ... invitation to TGT
036 | accept ... invitation from/of TGT
036 | accept TGT 's? invitation
036 | accept ... invitation to ... visit TGT
036 | invitation to TGT | noun
036 | agree to ... visit TGT
036 | plan to visit TGT
036 | schedule ... visit to TGT
036 | be due to visit TGT
036 | be expected to visit TGT
036 | be scheduled to visit TGT
036 | announce ... visit to TGT
036 | offer of ... talks/dialogue/negotiations to/with TGT | noun
# 037 Express intent to settle dispute
037 | agree to ... settle/resolve ... dispute/conflict/differences/crisis/row with TGT
037 | pledge/promise/vow to ... settle/resolve ... dispute/conflict/differences/crisis/row | notarget
037 | agree to ... peaceful ... settlement/solution/resolution | notarget
037 | agree to ... end ... dispute/conflict/row with TGT
037 | agree to ... reconcile with TGT
037 | agree to ... make peace with TGT
037 | agree to ... peace plan/deal/proposal/roadmap | notarget
037 | accept ... peace plan/deal/proposal/roadmap/initiative | notarget
037 | accept ... peace plan/deal/proposal/roadmap/initiative of/from TGT
037 | accept TGT 's? peace plan/deal/proposal/roadmap/initiative
030 | accept ... proposal/proposals/plan/offer/formula/compromise/terms/conditions of/from TGT
030 | accept TGT 's? proposal/proposals/plan/offer/formula/compromise/terms/conditions
030 | accept ... proposal/proposals/plan/offer/formula/compromise/terms/conditions | notarget
037 | agree to ... normalize/normalise ... relations/ties with TGT
# 038 Express intent to accept mediation
038 | accept ... mediation | notarget
038 | accept ... mediation of/by/from TGT
038 | accept TGT 's? mediation
038 | accept TGT 's? offer to mediate
038 | agree to ... mediation | notarget
038 | agree to ... mediation by/of TGT
038 | agree to TGT 's? mediation
038 | welcome TGT 's? mediation
038 | welcome ... mediation by/of TGT
038 | agree to ... mediator | notarget
# 039 Express intent to mediate
039 | offer to mediate | notarget
039 | offer to mediate between TGT
039 | offer to mediate in/between | notarget
039 | offer ... mediation | notarget
039 | offer ... mediation between TGT
039 | offer to ... broker/facilitate ... talks/negotiations/deal/peace | notarget
039 | offer to ... host ... talks/negotiations | notarget
039 | offer of ... mediation | noun; notarget
039 | propose ... mediation | notarget
039 | volunteer to mediate | notarget
039 | agree to mediate | notarget

# ---------------------------------------------------------------- 04 CONSULT  (PLOVER CONSULT)
# 040 Consult, not specified below
040 | meet with? TGT
040 | hold talks with TGT
040 | hold talk/talks/discussions/consultations with TGT
040 | hold ... talk/talks/discussions/consultations/meeting/meetings with TGT
040 | have talk/talks/discussions/meeting with TGT
040 | have ... talk/talks/discussions/meeting with TGT
040 | talk with/to TGT
040 | speak with TGT
040 | confer with TGT
040 | consult with? TGT
040 | discuss ... with TGT
040 | sit down with TGT
040 | hold ... talks/consultations | notarget
040 | talk with TGT | noun
040 | talks with TGT | noun
040 | talk/talks between SRC and TGT | noun
040 | discussion/discussions with TGT | noun
040 | discussion/discussions between SRC and TGT | noun
040 | consultation/consultations with TGT | noun
040 | consultation/consultations between SRC and TGT | noun
040 | meeting with TGT | noun
040 | meeting between SRC and TGT | noun
040 | summit with TGT | noun
040 | summit between SRC and TGT | noun
040 | audience with TGT | noun
040 | tete-a-tete with TGT | noun
040 | bilateral talks/meeting with TGT | noun
040 | exchange ... views with TGT
# 041 Discuss by telephone
041 | phone/telephone TGT
041 | call TGT
041 | speak ... by/over phone/telephone with/to TGT
041 | speak with/to TGT by/over phone/telephone
041 | talk ... by/over phone/telephone with/to TGT
041 | talk with/to TGT by/over phone/telephone
041 | hold ... phone/telephone ... call/conversation/talks with TGT
041 | have ... phone/telephone ... call/conversation with TGT
041 | make ... phone/telephone call to TGT
041 | phone/telephone ... call/conversation with TGT | noun
041 | phone/telephone ... call/conversation between SRC and TGT | noun
041 | phone/telephone call to TGT | noun
041 | telephone conversation with TGT | noun
041 | phone/telephone conversation between SRC and TGT | noun
041 | call with TGT | noun
041 | hold ... videoconference/teleconference with TGT
041 | hold ... video call/conference with TGT
041 | hold ... virtual meeting/summit with TGT
041 | video call with TGT | noun
041 | videoconference with TGT | noun
# 042 Make a visit
042 | visit TGT
042 | send ... envoy/envoys/emissary/emissaries/delegation ... to TGT
042 | pay ... visit to TGT
042 | make ... visit to TGT
042 | travel to TGT
042 | fly to TGT
042 | arrive in/at TGT
042 | land in TGT
042 | tour TGT
042 | head to TGT
042 | go to TGT
042 | be in TGT for ... visit/talks
# Travelling somewhere for talks is the talks (040), whoever hosts them: "negotiators return to Geneva for talks".
040 | return/travel/go/fly/head/come ... to ... for talk/talks/negotiations/consultations with TGT
040 | return/travel/go/fly/head/come ... to ... for talk/talks/negotiations/consultations | notarget
042 | visit to TGT | noun
042 | trip to TGT | noun
042 | tour of TGT | noun
042 | visit of SRC to TGT | noun
042 | state visit to TGT | noun
042 | official visit to TGT | noun
042 | arrival in TGT | noun
042 | delegation to TGT | noun
# 043 Host a visit
043 | host TGT
043 | welcome TGT
043 | welcome TGT to
043 | receive TGT
043 | receive TGT in/at
043 | play host to TGT
043 | greet TGT
043 | roll out ... red carpet for TGT
043 | host ... talks/summit/meeting/conference/delegation | notarget
043 | host ... delegation from TGT
043 | receive ... delegation from TGT
043 | receive ... visit from TGT
043 | welcome ... delegation from TGT
043 | hold ... welcome ceremony for TGT
043 | visit by TGT | noun
043 | visit from TGT | noun
# 044 Meet at a third location
044 | meet TGT on sidelines of
044 | meet with TGT on sidelines of
044 | meet TGT on margins of
044 | meet with TGT on margins of
044 | meet TGT at ... summit/conference/forum/assembly/meeting
044 | meet with TGT at ... summit/conference/forum/assembly/meeting
044 | talk/talks with TGT on sidelines of | noun
044 | meeting with TGT on sidelines of | noun
044 | meeting with TGT on margins of | noun
044 | attend ... summit/conference/forum | notarget
044 | take part in ... summit/conference/talks/forum | notarget
044 | participate in ... summit/conference/talks/forum | notarget
# 045 Mediate
045 | mediate between TGT
045 | mediate ... talks/negotiations/dispute/conflict/crisis/agreement/deal/ceasefire | notarget
045 | mediate ... between TGT
045 | mediate in | notarget
045 | mediate | notarget
045 | broker ... talks/deal/agreement/accord/ceasefire/truce/peace | notarget
045 | broker ... talks/deal/agreement/accord/ceasefire/truce between TGT
045 | facilitate ... talks/dialogue/negotiations | notarget
045 | facilitate ... talks/dialogue/negotiations between TGT
045 | act as ... mediator/intermediary/go-between | notarget
045 | act as ... mediator/intermediary between TGT
045 | serve as ... mediator/intermediary | notarget
045 | host ... talks/negotiations between TGT
045 | host ... peace talks | notarget
045 | mediation between SRC and TGT | noun
045 | mediation by SRC | noun
045 | mediation | noun; notarget
045 | mediation effort/efforts/bid/mission | noun; notarget
045 | shuttle diplomacy | noun; notarget
# 046 Engage in negotiation
046 | negotiate with TGT
046 | negotiate ... with TGT
046 | negotiate ... deal/agreement/treaty/accord/ceasefire/truce/release | notarget
046 | hold ... negotiations with TGT
046 | hold ... negotiations | notarget
046 | conduct ... negotiations with TGT
046 | open ... negotiations/talks with TGT
046 | start/begin/launch/enter/resume ... negotiations/talks with TGT
046 | start/begin/launch/enter/resume ... negotiations/talks | notarget
046 | hold ... peace talks with TGT
046 | hold ... round of ... talks/negotiations with TGT
046 | bargain with TGT
046 | haggle with TGT
046 | negotiation/negotiations with TGT | noun
046 | negotiation/negotiations between SRC and TGT | noun
046 | peace talk/talks with TGT | noun
046 | peace talk/talks between SRC and TGT | noun
046 | peace negotiation/negotiations with TGT | noun
046 | peace process with TGT | noun
046 | dialogue with TGT | noun
046 | dialogue between SRC and TGT | noun
046 | round of talks with TGT | noun

# ---------------------------------------------------------------- 05 ENGAGE IN DIPLOMATIC COOPERATION  (PLOVER SUPPORT)
# 050 Engage in diplomatic cooperation
050 | restore ... relations/ties with TGT
050 | normalize/normalise ... relations/ties with TGT
050 | resume ... diplomatic relations/ties with TGT
050 | improve ... relations/ties with TGT
050 | strengthen/boost/deepen/expand/enhance/bolster/cement ... relations/ties/partnership/friendship with TGT
050 | upgrade ... relations/ties with TGT
050 | mend ... relations/ties/fences with TGT
# Without "with": the partners are the coordinated subject ("Czechia and Albania have upgraded their ties").
050 | restore/normalize/normalise/upgrade/improve/resume/mend ... relations/ties | notarget
050 | reopen ... embassy in TGT
050 | reconcile with TGT
050 | ally with TGT
050 | join forces with TGT
050 | form ... alliance/coalition with TGT
050 | forge ... alliance/ties/partnership with TGT
050 | establish ... strategic partnership with TGT
050 | normalization/normalisation of ... relations/ties with TGT | noun
050 | rapprochement with TGT | noun
050 | rapprochement between SRC and TGT | noun
050 | reconciliation with TGT | noun
050 | reconciliation between SRC and TGT | noun
050 | alliance with TGT | noun
050 | partnership with TGT | noun
050 | thaw in ... relations/ties with TGT | noun
# 051 Praise or endorse
051 | praise TGT
051 | praise TGT for
051 | commend TGT
051 | commend TGT for
051 | hail TGT
051 | hail TGT as
051 | laud TGT
051 | applaud TGT
051 | salute TGT
051 | congratulate TGT
051 | congratulate TGT on
051 | thank TGT
051 | thank TGT for
051 | endorse TGT
051 | support TGT
051 | back TGT
051 | lend ... support/backing/voice to TGT
051 | welcome TGT 's? decision/move/initiative/efforts/proposal/commitment/announcement/role
051 | welcome ... decision/move/step/initiative/efforts/proposal/offer/announcement/commitment ... by/of TGT
051 | express ... support for TGT
051 | voice ... support for TGT
051 | reaffirm ... support for TGT
051 | reiterate ... support for TGT
051 | express ... gratitude/appreciation to TGT
051 | express ... solidarity with TGT
051 | express ... confidence in TGT
051 | pay ... tribute to TGT
051 | stand with TGT
051 | side with TGT
051 | approve ... of TGT
051 | vote for TGT
051 | praise for TGT | noun
051 | support for TGT | noun
051 | endorsement of TGT | noun
051 | tribute to TGT | noun
051 | congratulation/congratulations to TGT | noun
051 | solidarity with TGT | noun
# 052 Defend verbally
052 | defend TGT
052 | defend TGT against ... criticism/accusations/allegations/charges
052 | speak out for/in defence/defense of TGT
052 | stand by TGT
052 | stick up for TGT
052 | come to TGT 's? defence/defense
052 | come to ... defence/defense of TGT
052 | justify TGT 's? action/actions/decision/move
052 | rebuff ... criticism of TGT
052 | reject ... criticism of TGT
052 | dismiss ... criticism of TGT
052 | defence/defense of TGT | noun
# 053 Rally support on behalf of
053 | rally ... support for TGT
053 | drum up ... support for TGT
053 | mobilize/mobilise ... support for TGT
053 | lobby ... for TGT
053 | lobby ... on behalf of TGT
053 | campaign for TGT
053 | campaign ... on behalf of TGT
053 | seek ... support for TGT
053 | canvass ... support for TGT
053 | garner ... support for TGT
053 | build ... support for TGT
053 | gather ... support for TGT
# 054 Grant diplomatic recognition
054 | recognize/recognise TGT
054 | recognize/recognise TGT as
054 | recognize/recognise ... independence of TGT
054 | recognize/recognise TGT 's? independence/sovereignty/government
054 | recognize/recognise ... government/regime/sovereignty ... of TGT
054 | grant ... recognition to TGT
054 | extend ... recognition to TGT
054 | establish ... diplomatic relations/ties with TGT
054 | establish ... relations/ties with TGT
054 | open ... embassy in TGT
054 | accredit ... ambassador to TGT
054 | appoint ... ambassador to TGT
054 | name ... ambassador to TGT
054 | recognition of TGT | noun
054 | recognition of TGT as | noun
054 | diplomatic relations with TGT | noun
054 | establishment of ... diplomatic relations/ties with TGT | noun
# 055 Apologize
055 | apologize/apologise to TGT
055 | apologize/apologise to TGT for
055 | apologize/apologise | notarget
055 | apologize/apologise for | notarget
055 | offer ... apology/apologies to TGT
055 | issue ... apology/apologies to TGT
055 | make ... apology/apologies to TGT
055 | issue/offer/make ... apology | notarget
055 | express ... regret to TGT
055 | express ... regret for/over | notarget
055 | say sorry to TGT
055 | ask TGT for ... forgiveness
055 | beg TGT for ... forgiveness
055 | ask for forgiveness | notarget
055 | apology to TGT | noun
055 | apology | noun; notarget
# 056 Forgive
056 | forgive TGT
056 | forgive TGT for
056 | pardon TGT
056 | grant ... pardon/pardons to TGT
056 | grant ... amnesty to TGT
056 | offer ... amnesty to TGT
056 | grant TGT ... amnesty/pardon
056 | declare ... amnesty | notarget
056 | amnesty for TGT | noun
056 | pardon for TGT | noun
056 | accept ... apology/apologies of/from TGT
056 | accept TGT 's? apology/apologies
# 057 Sign formal agreement
057 | sign ... agreement/agreements/deal/deals/treaty/treaties/accord/accords/pact/pacts with TGT
057 | sign ... agreement/agreements/deal/deals/treaty/treaties/accord/accords/pact/pacts | notarget
057 | sign ... memorandum/memoranda/mou/mous/protocol/protocols/contract/contracts/convention/charter with TGT
057 | sign ... memorandum/memoranda/mou/mous/protocol/protocols/convention/charter | notarget
057 | sign ... memorandum of understanding with TGT
057 | ink ... agreement/agreements/deal/deals/treaty/accord/pact/contract with TGT
057 | ink ... agreement/agreements/deal/deals/treaty/accord/pact | notarget
057 | conclude ... agreement/agreements/deal/treaty/accord/pact with TGT
057 | conclude ... agreement/agreements/deal/treaty/accord/pact | notarget
057 | strike ... deal/agreement/accord/bargain with TGT
057 | strike ... deal/agreement/accord | notarget
057 | clinch ... deal/agreement/accord with TGT
057 | seal ... deal/agreement/accord/pact with TGT
057 | finalize/finalise ... deal/agreement/accord/treaty with TGT
057 | reach ... agreement/deal/accord/settlement/compromise with TGT
057 | reach ... agreement/deal/accord/settlement/compromise | notarget
057 | ratify ... agreement/deal/treaty/accord/pact/convention/protocol | notarget
057 | ratify ... agreement/deal/treaty/accord/pact/convention/protocol with TGT
057 | enter into ... agreement/agreements/pact/partnership/alliance with TGT
057 | agree on ... deal/agreement/accord/framework/roadmap with TGT
057 | agreement with TGT | noun
057 | agreement/agreements between SRC and TGT | noun
057 | deal with TGT | noun
057 | deal/deals between SRC and TGT | noun
057 | treaty with TGT | noun
057 | treaty/treaties between SRC and TGT | noun
057 | accord with TGT | noun
057 | accord between SRC and TGT | noun
057 | pact with TGT | noun
057 | pact between SRC and TGT | noun
057 | memorandum of understanding with TGT | noun
057 | signing of ... agreement/deal/treaty/accord with TGT | noun
057 | peace agreement/deal/accord/treaty with TGT | noun
057 | peace agreement/deal/accord/treaty between SRC and TGT | noun
