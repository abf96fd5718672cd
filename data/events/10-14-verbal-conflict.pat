# dyad event patterns: CAMEO roots 10-14 (verbal conflict)
# Format: cameo | pattern | flags   (see data/FORMATS.md, "data/events/*.pat")
# PLOVER: 10 REQUEST · 11 ACCUSE · 12 REJECT · 13 THREATEN · 14 PROTEST
# Codes 101/105-108 follow CAMEO.eventcodes.txt (101 demand information/investigation, 105 demand mediation,
# 106 demand withdrawal, 107 demand ceasefire, 108 demand meeting/negotiation).

# ---------------------------------------------------------------- 10 DEMAND  (PLOVER REQUEST)
# 100 Demand, not specified below
100 | demand ... from TGT
100 | demand that TGT
100 | demand TGT
100 | demand of TGT
100 | insist that TGT
100 | order TGT to
100 | instruct TGT to
100 | tell TGT to
100 | command TGT to
100 | pressure/pressurize/pressurise TGT to
100 | put ... pressure on TGT to
100 | put ... pressure on TGT
100 | step up ... pressure on TGT
100 | increase/ramp ... pressure on TGT
100 | pile ... pressure on TGT
100 | summon TGT to
100 | demand ... of TGT
# "X is pushing (hard) for Y to …", "pressed for Y to …", "lobbied hard for Y to …": insisting that
# another actor act is a demand (10), like "pressure TGT to" above; "press/push for" an outcome with
# no addressee is a demand with no target ("Britain pressed for an end to the fighting").
100 | push/press/lobby ... for TGT to
100 | push/press for TGT to
100 | press/lobby TGT hard? to
100 | push/press for | notarget
# "X called for (tougher) sanctions against Y", "urged/demanded/pressed for an embargo on Y": CAMEO has no
# code for asking third parties to punish the target; it is coded as a demand (10, verbal conflict:
# hostile to Y, unlike the cooperative appeals of 02), the sanctioned actor the target. X imposing
# them itself is 163; X threatening to is 1312; calls to lift sanctions are 0254/1054.
# "sanctions" must follow "for"/"urge" directly (with at most two modifiers): "called for the lifting of
# sanctions on Iraq" is an appeal to ease them (0254), never this.
10 | call/push/press for new/tougher/more/further/stronger/wider/additional/fresh/harsher/stiffer/punitive/targeted/mandatory/comprehensive/immediate? un/international/economic/trade/oil/arms/financial/eu/american/western/global/multilateral? sanctions/sanction/embargo ... against/on/over TGT
10 | call/push/press for new/tougher/more/further/stronger/wider/additional/fresh/harsher/stiffer/punitive/targeted/mandatory/comprehensive/immediate? un/international/economic/trade/oil/arms/financial/eu/american/western/global/multilateral? sanctions/sanction/embargo ... to be imposed ... on/against TGT
10 | urge/demand/seek/advocate new/tougher/more/further/stronger/wider/additional/fresh/harsher/stiffer/punitive/targeted/mandatory/comprehensive/immediate? un/international/economic/trade/oil/arms/financial/eu/american/western/global/multilateral? sanctions/sanction/embargo ... against/on/over TGT
10 | call/push/press for new/tougher/more/further/stronger/wider/additional/fresh/harsher/stiffer/punitive/targeted/mandatory/comprehensive/immediate? un/international/economic/trade/oil/arms/financial/eu/american/western/global/multilateral? sanctions/sanction/embargo | notarget
10 | call for new/tougher/more/further/stronger/wider/additional/fresh/harsher/stiffer/punitive/targeted/mandatory/comprehensive/immediate? un/international/economic/trade/oil/arms/financial/eu/american/western/global/multilateral? sanctions/embargo ... against/on/over TGT | noun
101 | push/press ... for ... investigation/inquiry/probe | notarget
101 | push/press ... for ... investigation/inquiry/probe into TGT
100 | demand for/from TGT | noun
100 | pressure on TGT | noun
# 101 Demand information, investigation
101 | demand ... investigation/inquiry/probe | notarget
101 | demand ... investigation/inquiry/probe into TGT
101 | demand ... explanation/explanations/clarification/answers from TGT
101 | demand ... explanation/explanations/clarification/answers | notarget
101 | demand ... information/details/access from TGT
101 | call for ... investigation/inquiry/probe | notarget
101 | call for ... investigation/inquiry/probe into TGT
101 | call for ... independent/international/impartial/transparent ... investigation/inquiry/probe | notarget
101 | urge TGT to ... investigate/probe
101 | call on/upon TGT to ... investigate/probe
101 | ask TGT to ... investigate/probe/explain/clarify
101 | demand TGT ... explain/clarify/investigate
101 | demand that TGT ... explain/clarify/investigate
101 | seek ... clarification/explanation from TGT
101 | request ... clarification/explanation/information from TGT
101 | summon ... for ... explanation/explanations/clarification | notarget
101 | call for ... accountability | notarget
101 | demand ... accountability | notarget
101 | demand ... accountability from TGT
101 | call for ... transparency | notarget
# 1011 Demand economic cooperation
1011 | demand ... payment/repayment/compensation from TGT
1011 | demand ... trade ... from/with TGT
1011 | demand ... market access | notarget
1011 | demand ... TGT ... open ... market/markets
1011 | demand ... economic cooperation | notarget
# 1012 Demand military cooperation
1012 | demand ... military cooperation | notarget
1012 | demand ... military cooperation from/of TGT
1012 | demand ... TGT ... join ... fight/coalition/operation
1012 | demand ... base/bases/basing ... rights | notarget
1012 | demand ... access to ... base/bases | notarget
# 1013 Demand judicial cooperation
1013 | demand ... extradition of TGT
1013 | demand ... extradition | notarget
1013 | demand ... TGT ... extradite/hand
1013 | demand ... handover of TGT
1013 | demand ... surrender of TGT
1013 | demand ... prosecution/trial/arrest of TGT
1013 | demand ... TGT ... arrest/prosecute/punish/try
1013 | demand ... justice for TGT
1013 | call for ... arrest/prosecution/trial/punishment of TGT
1013 | call for ... TGT ... to ... face ... justice/trial
1013 | demand for ... extradition of TGT | noun
1013 | extradition request/demand for TGT | noun
# 1014 Demand intelligence cooperation
1014 | demand ... intelligence/information/evidence/proof from TGT
1014 | demand ... TGT ... share ... intelligence/information/evidence
1014 | demand ... evidence/proof | notarget
# 102 Demand policy support
102 | demand ... support from/of TGT
102 | demand ... TGT ... support/back/endorse/recognize/recognise
102 | demand ... TGT 's? support/backing
102 | demand ... recognition | notarget
102 | demand ... recognition from TGT
102 | demand ... TGT ... take ... side/stand/position
102 | demand ... TGT ... condemn/denounce
# 103 Demand aid, protection, or peacekeeping
103 | demand ... aid/assistance/help/compensation from TGT
103 | demand ... aid/assistance/help | notarget
103 | demand ... TGT ... provide/send/give ... aid/assistance/help
# 1031 Demand economic aid
1031 | demand ... money/funds/funding/financing/loan/loans/reparations/relief from TGT
1031 | demand ... financial/economic ... aid/assistance/support from TGT
1031 | demand ... reparations/compensation | notarget
1031 | demand ... TGT ... pay/compensate
1031 | demand ... payment of | notarget
# 1032 Demand military aid
1032 | demand ... weapons/arms/ammunition/jets/tanks/missiles/helicopters/drones/defence/defense/systems from TGT
1032 | demand ... military ... aid/assistance/support/equipment from TGT
1032 | demand ... TGT ... supply/send/deliver/provide ... weapons/arms/ammunition/jets/tanks/missiles/helicopters/drones
1032 | demand ... more ... weapons/arms/ammunition | notarget
# 1033 Demand humanitarian aid
1033 | demand ... humanitarian ... aid/assistance/access/help | notarget
1033 | demand ... humanitarian ... aid/assistance/access/help from TGT
1033 | demand ... food/medicine/medicines/shelter/relief | notarget
# 1034 Demand military protection or peacekeeping
1034 | demand ... protection from/of TGT
1034 | demand ... protection | notarget
1034 | demand ... peacekeepers/peacekeeping/intervention | notarget
1034 | demand ... TGT ... protect/intervene/deploy
1034 | demand ... security guarantees/guarantee from TGT
1034 | demand ... security guarantees/guarantee | notarget
# 104 Demand political reform
104 | demand ... reform/reforms | notarget
104 | demand ... reform/reforms from TGT
104 | demand ... TGT ... reform
104 | demand ... political ... reform/reforms/change/changes | notarget
# 1041 Demand change in leadership
1041 | demand ... resignation of TGT
1041 | demand TGT 's? resignation
1041 | demand ... TGT ... resign/quit/go
1041 | demand ... TGT ... step down/aside
1041 | demand ... resignation | notarget
1041 | demand ... ouster/removal/departure of TGT
1041 | demand ... TGT 's? ouster/removal/departure
1041 | demand ... dismissal/sacking of TGT
1041 | demand ... impeachment of TGT
1041 | call for ... impeachment of TGT
1041 | call for TGT to resign/quit/go
1041 | call for TGT to step down/aside
1041 | demand for ... resignation of TGT | noun
1041 | calls for ... resignation of TGT | noun
# 1042 Demand policy change
1042 | demand ... TGT ... reverse/rescind/revoke/scrap/withdraw/drop/abandon/change/reconsider
1042 | demand ... reversal/withdrawal/repeal/scrapping/cancellation of ... decision/law/bill/decree/policy/plan/tax/order | notarget
1042 | demand ... change/changes in/to ... policy/policies | notarget
1042 | demand ... end to ... policy/policies/practice | notarget
1042 | demand ... repeal of | notarget
# 1043 Demand rights
1043 | demand ... rights | notarget
1043 | demand ... rights for TGT
1043 | demand ... equal rights | notarget
1043 | demand ... freedom/freedoms/autonomy/independence/self-determination | notarget
1043 | demand ... TGT ... respect ... rights
1043 | demand ... respect for ... rights | notarget
1043 | demand ... better/higher ... wages/pay/salaries/conditions | notarget
1043 | demand ... pay/wage/salary ... rise/rises/increase/increases/hike | notarget
1043 | demand ... payment of ... salaries/wages/arrears | notarget
# 1044 Demand change in institutions, regime
1044 | demand ... election/elections/referendum | notarget
1044 | demand ... early/snap/new ... election/elections | notarget
1044 | demand ... TGT ... hold ... election/elections
1044 | demand ... return to ... civilian/constitutional ... rule/order | notarget
1044 | demand ... TGT ... return/hand/restore ... power/rule/order
1044 | demand ... transition | notarget
1044 | demand ... timetable/timeline/roadmap for ... transition/election/elections | notarget
1044 | demand ... restoration of ... democracy/constitutional/civilian/parliament | notarget
1044 | demand ... dissolution of ... parliament/assembly/government/junta | notarget
1044 | demand ... new constitution | notarget
# 105 Demand mediation
105 | demand ... mediation | notarget
105 | demand ... mediation by/from TGT
105 | demand ... TGT ... mediate
105 | demand ... mediator | notarget
# 1051 Demand easing of administrative sanctions
1051 | demand ... lifting/easing/end of ... curfew/restrictions/ban | notarget
1051 | demand ... lifting/easing/end of ... state of emergency | notarget
1051 | demand ... TGT ... lift/ease/end ... curfew/restrictions/ban/emergency
1051 | demand ... restoration of ... internet | notarget
# 1052 Demand easing of political dissent
1052 | demand ... TGT ... end/stop/halt/call ... protest/protests/strike/strikes/blockade/demonstrations/riots
1052 | demand ... end to ... protest/protests/strike/strikes/blockade/demonstrations/unrest | notarget
1052 | demand ... TGT ... return to work
1052 | demand ... TGT ... disperse/disband/leave
1052 | order ... protesters/demonstrators/strikers ... to ... disperse/leave | notarget
1052 | order TGT to disperse
# 1053 Demand release of persons or property
1053 | demand ... release of TGT
1053 | demand TGT 's? release
1053 | demand ... release | notarget
1053 | demand ... TGT ... release/free
1053 | demand ... return of ... to TGT
1053 | demand ... return of TGT
1053 | demand ... return of ... property/assets/territory/land/remains/bodies/artefacts/artifacts/vessel/ship/aircraft | notarget
1053 | demand ... freedom for TGT
1053 | demand ... immediate ... release | notarget
1053 | demand for ... release of TGT | noun
1053 | demand for ... release | noun; notarget
# 1054 Demand easing of economic sanctions, boycott, or embargo
1054 | demand ... lifting/easing/removal/end of ... sanctions/embargo/blockade/boycott | notarget
1054 | demand ... lifting/easing/removal/end of ... sanctions/embargo/blockade/boycott on/against TGT
1054 | demand ... end to ... sanctions/embargo/blockade/boycott | notarget
1054 | demand ... TGT ... lift/ease/remove/end ... sanctions/embargo/blockade/boycott
1054 | demand ... unfreezing of ... assets | notarget
1054 | demand ... TGT ... reopen ... border/borders
# 1055 Demand that target allows international involvement (non-mediation)
1055 | demand ... access for ... inspectors/observers/monitors/investigators/journalists/aid | notarget
1055 | demand ... TGT ... allow/admit/accept ... inspectors/observers/monitors/investigators/peacekeepers/journalists
1055 | demand ... TGT ... allow/grant ... access
1055 | demand ... unfettered/unhindered/unimpeded/full ... access | notarget
1055 | demand ... access to TGT
1055 | demand ... TGT ... cooperate with ... inspectors/investigators/court/tribunal/mission
# 1056 Demand de-escalation of military engagement
1056 | demand ... end to ... fighting/hostilities/violence/war/attacks/strikes/bombing/shelling/offensive/aggression | notarget
1056 | demand ... TGT ... stop/halt/end/cease ... fighting/hostilities/attacks/strikes/bombing/shelling/offensive/aggression/violence/war
1056 | demand ... halt/cessation/end ... to/of ... hostilities/fighting/attacks/strikes/bombing/shelling/offensive | notarget
1056 | demand ... de-escalation/deescalation | notarget
1056 | demand ... TGT ... de-escalate/deescalate
1056 | demand ... restraint from TGT
1056 | demand ... TGT ... demobilize/demobilise/disarm/disband
1056 | demand ... disarmament of TGT
1056 | demand ... disarmament/demobilization/demobilisation | notarget
1056 | demand ... TGT ... lay down ... arms/weapons
1056 | demand ... TGT ... lift ... blockade/siege
# 106 Demand withdrawal
106 | demand ... withdrawal of TGT
106 | demand ... withdrawal of ... troops/forces/soldiers/peacekeepers/mission | notarget
106 | demand ... withdrawal of ... troops/forces/soldiers/peacekeepers/mission from TGT
106 | demand ... withdrawal | notarget
106 | demand ... TGT 's? withdrawal
106 | demand ... TGT ... withdraw/leave/pull/retreat
106 | demand that TGT ... withdraw/leave/pull/retreat
106 | demand ... departure of TGT
106 | demand ... departure of ... troops/forces/soldiers/peacekeepers/mission | notarget
106 | demand ... pullout/pull-out of/from TGT
106 | demand ... TGT ... get/go/move out of
106 | call for ... withdrawal of TGT
106 | call for ... withdrawal of ... troops/forces/soldiers | notarget
106 | call for ... departure of ... troops/forces/soldiers/peacekeepers/mission | notarget
106 | call for TGT to ... withdraw/leave/pull
106 | order TGT to ... withdraw/leave/pull
106 | order ... troops/forces/soldiers/peacekeepers/mission ... to ... leave/withdraw | notarget
106 | tell TGT to ... withdraw/leave
106 | demand for ... withdrawal of TGT | noun
106 | demand for ... withdrawal | noun; notarget
106 | calls for ... withdrawal of TGT | noun
# 107 Demand ceasefire
107 | demand ... ceasefire/cease-fire/truce | notarget
107 | demand ... ceasefire/cease-fire/truce from/with TGT
107 | demand ... TGT ... ceasefire/cease-fire/truce
107 | demand ... immediate ... ceasefire/cease-fire/truce | notarget
107 | demand ... cessation of hostilities | notarget
107 | insist on ... ceasefire/cease-fire/truce | notarget
107 | demand for ... ceasefire/cease-fire/truce | noun; notarget
# 108 Demand meeting, negotiation
108 | demand ... talks/negotiations/dialogue/meeting | notarget
108 | demand ... talks/negotiations/dialogue/meeting with TGT
108 | demand ... TGT ... negotiate/talk/meet
108 | demand ... TGT ... return to ... talks/negotiations/table
108 | demand ... TGT ... come to ... table/talks
108 | insist on ... talks/negotiations/dialogue/meeting with TGT
108 | insist on ... talks/negotiations/dialogue/meeting | notarget
108 | demand for ... talks/negotiations/dialogue | noun; notarget
108 | demand ... settlement/solution | notarget

# ---------------------------------------------------------------- 11 DISAPPROVE  (PLOVER ACCUSE)
# 110 Disapprove
110 | disapprove of TGT
110 | express ... disapproval of TGT
110 | voice ... disapproval of TGT
110 | express ... displeasure/dissatisfaction/disappointment with/at/over TGT
110 | voice ... displeasure/dissatisfaction/disappointment with/at/over TGT
110 | express ... displeasure/dissatisfaction/disappointment/disapproval | notarget
110 | object to TGT
110 | object to TGT 's
110 | oppose TGT
110 | oppose TGT 's
110 | express ... opposition to TGT
110 | voice ... opposition to TGT
110 | question TGT 's? legitimacy/motives/role/commitment/sincerity
110 | distance ... from TGT
110 | take issue with TGT
110 | frown on/upon TGT
110 | warn TGT against
110 | caution TGT against
110 | chide TGT
110 | scold TGT
110 | reproach TGT
110 | disapproval of TGT | noun
110 | opposition to TGT | noun
110 | displeasure with/at TGT | noun
# 111 Criticize or denounce
111 | criticize/criticise TGT
111 | criticize/criticise TGT for
111 | criticize/criticise TGT over
111 | condemn TGT
111 | condemn TGT for
111 | condemn TGT 's
111 | denounce TGT
111 | denounce TGT for
111 | denounce TGT 's
# "denounced as an ugly crime Serbia's suppression of …": the judgement comes before the object.
111 | condemn/denounce/criticize/criticise as ... TGT 's
111 | criticize/criticise TGT 's
111 | slam TGT
111 | slam TGT for
111 | blast TGT
111 | blast TGT for
111 | lambast/lambaste TGT
111 | castigate TGT
111 | censure TGT
111 | rebuke TGT
111 | reprimand TGT
111 | berate TGT
111 | excoriate TGT
111 | assail TGT
111 | attack TGT verbally
111 | deride TGT
111 | ridicule TGT
111 | mock TGT
111 | insult TGT
111 | vilify TGT
111 | decry TGT
111 | deplore TGT
111 | deplore TGT 's
111 | fault TGT
111 | fault TGT for
111 | hit out at TGT
111 | lash out at TGT
111 | round on TGT
111 | take aim at TGT
111 | rail against TGT
111 | speak out against TGT
111 | rip into TGT
111 | call TGT ... terrorist/terrorists/criminal/criminals/illegitimate/puppet/puppets/liar/dictator/traitor/traitors/aggressor/enemy
111 | describe TGT as ... terrorist/terrorists/criminal/criminals/illegitimate/puppet/aggressor/enemy/threat
111 | brand TGT
111 | brand TGT as? ... terrorist/terrorists/criminal/criminals/illegitimate/puppet/puppets/traitor/traitors/aggressor/enemy
111 | label TGT ... terrorist/terrorists/criminal/criminals/illegitimate/puppet/aggressor/enemy
111 | express ... outrage at/over TGT
111 | express ... indignation at/over TGT
111 | criticism of TGT | noun
111 | criticism from TGT | noun
111 | condemnation of TGT | noun
111 | condemnation by SRC of TGT | noun
111 | denunciation of TGT | noun
111 | rebuke of/to TGT | noun
111 | censure of TGT | noun
111 | attack on TGT 's? record/policy/policies/handling | noun
111 | tirade against TGT | noun
111 | broadside against/at TGT | noun
# 112 Accuse, not specified below
112 | accuse TGT
112 | accuse TGT of
112 | blame TGT
112 | blame TGT for
112 | blame ... on TGT
112 | hold TGT responsible
112 | hold TGT responsible for
112 | hold TGT accountable
112 | allege that TGT
112 | claim that TGT ... behind/responsible
112 | charge that TGT
112 | point ... finger at TGT
112 | level ... accusation/accusations/charges/allegations against TGT
112 | make ... accusation/accusations/allegations against TGT
112 | accusation/accusations against TGT | noun
112 | allegation/allegations against TGT | noun
112 | accusation/accusations by SRC that TGT | noun
112 | charge/charges against TGT | noun
112 | blame on TGT | noun
# 1121 Accuse of crime, corruption
1121 | accuse TGT of ... corruption/fraud/embezzlement/bribery/graft/theft/laundering/smuggling/trafficking/looting/crime/crimes/plundering/tax
1121 | accuse TGT of ... stealing/embezzling/laundering/smuggling/trafficking/looting/rigging/plundering
1121 | accuse TGT of ... vote/election/ballot ... rigging/fraud
1121 | accuse TGT of ... rigging
1121 | allege ... corruption/fraud/embezzlement/bribery/rigging by TGT
1121 | allege ... corruption/fraud/embezzlement/bribery/rigging | notarget
1121 | accuse TGT of ... terrorism/terrorist/financing/funding/sponsoring/supporting ... terrorism/terrorists/terrorist
1121 | accuse TGT of ... harbouring/harboring/sponsoring/supporting/arming/backing/funding/financing ... terrorists/rebels/militants/jihadists/insurgents/groups
1121 | blame TGT for ... corruption/fraud/theft
1121 | corruption allegation/allegations/charges/accusations against TGT | noun
1121 | fraud allegation/allegations/charges/accusations against TGT | noun
1121 | allegation/allegations of ... corruption/fraud/embezzlement/bribery/rigging against TGT | noun
# 1122 Accuse of human rights abuses
1122 | accuse TGT of ... abuses/abuse/violations/torture/torturing/repression/persecution/persecuting/disappearances/discrimination/mistreatment/mistreating/detaining/arbitrary
1122 | accuse TGT of ... human rights ... abuses/violations
1122 | accuse TGT of ... killing/executing/torturing/raping/abducting/kidnapping/detaining ... civilians/protesters/demonstrators/journalists/activists/opponents/prisoners
1122 | accuse TGT of ... extrajudicial/summary ... killings/executions
1122 | allege ... abuses/torture/violations/extrajudicial/summary ... by TGT
1122 | blame TGT for ... abuses/violations/torture/disappearances/killings
1122 | accuse TGT of ... crackdown/cracking down
1122 | accuse TGT of ... rights ... violations/abuses
1122 | accusation/accusations/allegation/allegations of ... abuses/torture/violations/killings against TGT | noun
# 1123 Accuse of aggression
1123 | accuse TGT of ... aggression/attack/attacks/attacking/invasion/invading/provocation/provocations/provoking/shelling/bombing/bombarding/incursion/incursions/violating/violation/violations/occupying/occupation/escalation/escalating/destabilizing/destabilising/interference/interfering/meddling/threatening/aggressive
1123 | accuse TGT of ... ceasefire/truce ... violation/violations/breach/breaches
1123 | accuse TGT of ... violating/breaking/breaching ... ceasefire/truce/airspace/sovereignty/border/territory
1123 | blame TGT for ... attack/attacks/strike/strikes/shelling/bombing/bombardment/escalation/violence/fighting/war/incident/clashes/explosion
1123 | blame TGT for ... violating/breaking/breaching ... ceasefire/truce
1123 | accuse TGT of ... starting/launching/provoking/waging ... war/offensive/attack/attacks/conflict/fighting
1123 | accuse TGT of ... supporting/arming/backing/funding ... rebels/separatists/insurgents/militia/militias
1123 | hold TGT responsible for ... attack/attacks/strike/strikes/shelling/bombing/escalation/violence
1123 | allege ... aggression/attack/invasion/incursion/violation by TGT
1123 | accusation/accusations of ... aggression/attack/invasion/violation/violations/interference/meddling against TGT | noun
# 1124 Accuse of war crimes
1124 | accuse TGT of ... war crimes
1124 | accuse TGT of ... war crime
1124 | accuse TGT of ... crimes against humanity
1124 | accuse TGT of ... genocide/massacre/massacres/atrocities/atrocity/crimes/cleansing
1124 | accuse TGT of ... massacring/slaughtering/indiscriminate/deliberately/targeting/starving/bombing ... civilians/hospitals/schools
1124 | accuse TGT of ... using ... chemical/gas/cluster/phosphorus/shields
1124 | accuse TGT of ... ethnic cleansing
1124 | blame TGT for ... massacre/massacres/atrocities/genocide
1124 | allege ... war crimes/genocide/atrocities by TGT
1124 | accusation/accusations/allegation/allegations of ... war crimes/genocide/atrocities against TGT | noun
1124 | war crimes ... allegation/allegations/accusation/accusations/charges against TGT | noun
# 1125 Accuse of espionage, treason
1125 | accuse TGT of ... spying/espionage/treason/sabotage/subversion/plotting/conspiracy/conspiring/hacking/cyberattack/cyberattacks/cyber-attack/cyber-attacks/interference/coup
1125 | accuse TGT of ... plotting/planning/attempting/orchestrating/backing/sponsoring ... coup/coups/putsch/overthrow/destabilization/destabilisation
1125 | accuse TGT of ... working/spying for
1125 | accuse TGT of ... being ... spy/spies/agent/agents/traitor/traitors
1125 | accuse TGT of ... election ... interference/meddling
1125 | accuse TGT of ... interfering/meddling ... in ... election/elections/affairs
1125 | blame TGT for ... hack/hacking/cyberattack/cyberattacks/cyber-attack/coup/plot
1125 | allege ... spying/espionage/hacking/interference/coup by TGT
1125 | charge TGT with ... spying/espionage/treason/sabotage/subversion/plotting
1125 | espionage/spying/treason ... accusation/accusations/allegation/allegations/charges against TGT | noun
# 113 Rally opposition against
113 | rally ... allies/nations/countries/states/governments/world ... against TGT
113 | rally ... opposition against/to TGT
113 | mobilize/mobilise ... against TGT
113 | mobilize/mobilise ... opposition against/to TGT
113 | campaign against TGT
113 | lobby against TGT
113 | build ... coalition/front/alliance against TGT
113 | form ... coalition/front/alliance against TGT
113 | unite against TGT
113 | gang up on TGT
113 | isolate TGT
113 | seek to isolate TGT
113 | incite ... against TGT
113 | call on ... to ... isolate/boycott/shun TGT
113 | urge ... to ... isolate/boycott/shun TGT
113 | campaign against TGT | noun
113 | coalition/front/alliance against TGT | noun
# 114 Complain officially
# The one complained about is the target, not the addressee: "complained to the UN over Israeli air raids" -> ISR.
114 | complain to ... over/about/against TGT
114 | lodge ... complaint/complaints/protest/protests with ... over/about/against TGT
114 | complain to TGT
114 | complain to TGT about/over
114 | complain about TGT
114 | complain about/of TGT 's
114 | lodge ... complaint/complaints/protest/protests with TGT
114 | lodge ... complaint/complaints/protest/protests against TGT
114 | lodge ... complaint/complaints/protest/protests | notarget
114 | file ... complaint/complaints with TGT
114 | file ... complaint/complaints against TGT
114 | file ... complaint/complaints | notarget
114 | register ... complaint/protest with TGT
114 | submit ... complaint/complaints to TGT
114 | send ... protest note/letter to TGT
114 | send ... note of protest to TGT
114 | deliver ... protest note/letter to TGT
114 | hand ... protest note to TGT
114 | issue ... protest note/notes | notarget
114 | summon TGT
114 | summon TGT 's? ambassador/envoy/diplomat/charge
114 | summon ... ambassador/envoy/diplomat/diplomats/charge | notarget
114 | summon ... ambassador/envoy/diplomat/charge of TGT
114 | call in ... ambassador/envoy/diplomat | notarget
114 | call in TGT 's? ambassador/envoy
114 | protest to TGT
114 | protest to TGT over/about/against
114 | write to TGT ... complain/complaining/protest/protesting
114 | petition TGT
114 | complaint against TGT | noun
114 | complaint to TGT | noun
114 | complaint with TGT | noun
114 | protest to TGT | noun
114 | protest note/letter to TGT | noun
114 | note of protest to TGT | noun
114 | formal ... complaint/protest to/with/against TGT | noun
114 | petition to TGT | noun
114 | summoning of TGT 's? ambassador/envoy | noun
# 115 Bring lawsuit against
115 | sue TGT
115 | sue TGT for
115 | sue TGT over
115 | file ... lawsuit/suit/case/claim against TGT
115 | file ... lawsuit/suit/case/claim | notarget
115 | bring ... lawsuit/suit/case/action/claim/proceedings against TGT
115 | launch ... lawsuit/suit/case/action/proceedings/arbitration against TGT
115 | initiate ... proceedings/arbitration against TGT
115 | lodge ... lawsuit/suit/case/claim/appeal against TGT
115 | take TGT to court
115 | take TGT to ... court/tribunal/arbitration
115 | drag TGT to ... court
115 | haul TGT before ... court
115 | take ... legal action against TGT
115 | pursue ... legal action against TGT
115 | challenge TGT in court
115 | refer TGT to ... court/council/tribunal/icc/icj
115 | institute ... proceedings against TGT
115 | petition ... court ... against TGT
115 | lawsuit/lawsuits against TGT | noun
115 | suit against TGT | noun
115 | legal action against TGT | noun
115 | case against TGT | noun
115 | proceedings against TGT | noun
115 | arbitration against/with TGT | noun
115 | complaint before ... court against TGT | noun
# 116 Find guilty or liable (legally)
116 | convict TGT
116 | convict TGT of
116 | find TGT guilty
116 | find TGT guilty of
116 | find TGT liable
116 | find TGT responsible for
116 | sentence TGT
116 | sentence TGT to
116 | hand TGT ... sentence
116 | hand down ... sentence/sentences to/against TGT
116 | condemn TGT to ... death/prison/years/life
116 | jail TGT for
116 | rule against TGT
116 | order TGT to pay
116 | fine TGT
116 | issue ... verdict/ruling against TGT
116 | uphold ... conviction/sentence of TGT
116 | uphold TGT 's? conviction/sentence
116 | sentence TGT in absentia
116 | conviction of TGT | noun
116 | sentencing of TGT | noun
116 | verdict against TGT | noun
116 | ruling against TGT | noun
116 | death sentence for/against TGT | noun
116 | fine on/against TGT | noun

# ---------------------------------------------------------------- 12 REJECT  (PLOVER REJECT)
# 120 Reject, not specified below
120 | reject TGT 's? proposal/offer/plan/request/demand/demands/call/calls/ultimatum/conditions/proposals/initiative/bid/claim/claims/position/decision/stance
120 | reject ... proposal/proposals/offer/offers/plan/request/demand/demands/call/calls/conditions/initiative/bid/overture/overtures/appeal/appeals/plea/pleas | notarget
120 | reject ... proposal/proposals/offer/offers/plan/request/demand/demands/call/calls/conditions/initiative/bid/overture/overtures/appeal/appeals/plea/pleas of/from/by TGT
120 | reject TGT
120 | rebuff TGT
120 | rebuff ... proposal/offer/request/demand/demands/overture/overtures of/from/by TGT
120 | rebuff TGT 's? proposal/offer/request/demand/demands/overture/overtures/call
120 | spurn TGT
120 | spurn ... offer/proposal/request/overture/overtures | notarget
120 | turn down TGT 's? proposal/offer/request/invitation/plan/demand
120 | turn down ... proposal/offer/request/invitation/plan/demand | notarget
120 | turn down ... proposal/offer/request/invitation/plan/demand from/of/by TGT
120 | decline ... proposal/offer/request/invitation | notarget
120 | decline TGT 's? proposal/offer/request/invitation
120 | decline ... proposal/offer/request/invitation from/of TGT
120 | refuse TGT 's? proposal/offer/request/demand/demands
120 | refuse ... proposal/offer/request/demand/demands | notarget
120 | refuse to | notarget
120 | refuse TGT
120 | dismiss TGT 's? proposal/offer/request/demand/demands/call/calls/plan/ultimatum/resolution/initiative
120 | dismiss ... proposal/offer/request/demand/demands/call/calls/ultimatum/appeal/appeals/plea/pleas | notarget
120 | dismiss ... proposal/offer/request/demand/demands/call/calls/ultimatum/appeal/appeals/plea/pleas of/from/by TGT
120 | brush off/aside ... proposal/offer/request/demand/demands/call/calls/criticism | notarget
120 | brush off/aside TGT 's? proposal/offer/request/demand/demands/call/calls
120 | shrug off ... call/calls/demand/demands/criticism/pressure | notarget
# "pushed back against American criticism" is a rebuttal, not the military "push back TGT" (19).
120 | push back against/on ... criticism/claims/accusations/allegations/pressure/demand/demands/call/calls/proposal/proposals/plan/plans/request/requests | notarget
120 | say no to TGT
120 | oppose ... proposal/plan/resolution/bill | notarget
120 | vote against ... resolution/proposal/motion/bill/plan | notarget
120 | vote against TGT
120 | rejection of TGT 's? proposal/offer/plan/request/demand/demands | noun
120 | rejection of ... proposal/offer/plan/request/demand/demands | noun; notarget
120 | rejection of TGT | noun
120 | refusal | noun; notarget
# 121 Reject material cooperation
121 | reject ... cooperation with TGT
121 | refuse ... cooperation with TGT
121 | refuse to cooperate with TGT
121 | refuse to cooperate | notarget
121 | refuse to work with TGT
121 | reject ... partnership/cooperation/deal offer/proposal from/of TGT
121 | decline to ... cooperate/work with TGT
121 | shun TGT
121 | refusal to cooperate with TGT | noun
# 1211 Reject economic cooperation
1211 | reject ... trade/economic ... deal/agreement/cooperation/proposal/offer with/from TGT
1211 | refuse to ... trade with TGT
1211 | refuse to ... buy/import ... from TGT
1211 | refuse to ... sell/export ... to TGT
1211 | refuse to ... invest in TGT
1211 | reject ... investment/investments/bid/takeover from/by TGT
1211 | block ... takeover/acquisition/investment/merger by TGT
1211 | block ... takeover/acquisition/investment/merger | notarget
1211 | cancel ... contract/contracts/deal/deals/project with TGT
1211 | scrap ... contract/contracts/deal/deals/project with TGT
1211 | refuse to ... pay/repay ... debt/debts | notarget
# 1212 Reject military cooperation
1212 | reject ... military ... cooperation/alliance/pact/base/bases/presence with/of/from TGT
1212 | refuse to ... join ... coalition/alliance/operation/mission/fight | notarget
1212 | refuse to ... join ... coalition/alliance/operation/mission against TGT
1212 | refuse ... military ... cooperation/access/overflight | notarget
1212 | deny ... overflight/basing ... rights to TGT
1212 | deny TGT ... use of ... airspace/base/bases/territory
1212 | refuse to ... allow ... use of ... airspace/base/bases/territory | notarget
1212 | refuse to ... host ... troops/base/bases | notarget
1212 | refuse to ... sell ... weapons/arms/jets/missiles to TGT
1212 | refuse to ... send ... troops/soldiers/forces | notarget
1212 | refuse to ... send ... troops/soldiers/forces to TGT
1212 | cancel ... arms/weapons ... deal/contract/purchase/order with/from TGT
1212 | cancel ... defence/defense/military ... agreement/agreements/pact/accord/accords/treaty with TGT
1212 | terminate ... defence/defense/military ... agreement/agreements/pact/accord/accords/treaty with TGT
1212 | denounce ... defence/defense/military ... agreement/agreements/pact/accord/accords/treaty with TGT
1212 | end ... military ... cooperation/agreement/agreements/pact/accord/accords with TGT
1212 | end ... defence/defense ... cooperation/agreement/agreements/pact/accord/accords with TGT
1212 | tear up ... defence/defense/military ... agreement/agreements/pact/accord/accords/treaty with TGT
# 122 Reject request or demand for material aid
122 | reject ... request/requests/appeal/appeals/plea/pleas for ... aid/assistance/help/support
122 | reject ... request/requests/appeal/appeals/plea/pleas for ... aid/assistance/help/support from/by TGT
122 | refuse ... aid/assistance/help to TGT
122 | refuse to ... help/assist/aid TGT
122 | refuse to ... provide/send/give ... aid/assistance/help to TGT
122 | decline to ... help/assist/aid TGT
122 | deny ... aid/assistance/help to TGT
122 | turn down ... request for ... aid/assistance/help/support
122 | reject ... aid/assistance/help from/of TGT
122 | refuse ... aid/assistance/help from/of TGT
122 | refuse/reject/decline ... aid/assistance/help | notarget
# 1221 Reject request for economic aid
1221 | reject ... request/requests/appeal/appeals/plea/pleas/bid for ... loan/loans/bailout/funding/financing/credit/debt
1221 | refuse ... loan/loans/bailout/funding/financing/credit to TGT
1221 | refuse to ... lend/fund/finance/bail ... TGT
1221 | refuse to ... lend/fund/finance | notarget
1221 | refuse to ... cancel/forgive/write ... debt/debts | notarget
1221 | refuse to ... cancel/forgive/write ... debt/debts of TGT
1221 | deny ... loan/loans/bailout/funding/financing/credit to TGT
1221 | reject ... bailout/loan/financing ... request/plea/bid | notarget
# 1222 Reject request for military aid
1222 | reject ... request/requests/appeal/appeals/plea/pleas for ... weapons/arms/jets/tanks/missiles/ammunition/helicopters/drones/military
1222 | refuse to ... supply/send/deliver/provide ... weapons/arms/jets/tanks/missiles/ammunition/helicopters/drones
1222 | refuse to ... supply/send/deliver/provide ... weapons/arms/jets/tanks/missiles/ammunition/helicopters/drones to TGT
1222 | refuse to ... arm TGT
1222 | refuse ... military ... aid/assistance/support/equipment to TGT
1222 | refuse ... military ... aid/assistance/support/equipment | notarget
1222 | deny ... military ... aid/assistance/support/equipment to TGT
1222 | deny ... weapons/arms/jets/tanks/missiles to TGT
1222 | rule out ... sending/supplying/delivering/providing ... weapons/arms/jets/tanks/missiles/troops
# 1223 Reject request for humanitarian aid
1223 | reject ... humanitarian ... aid/assistance/help/access | notarget
1223 | refuse ... humanitarian ... aid/assistance/help/access | notarget
1223 | refuse ... humanitarian ... aid/assistance/help/access to TGT
1223 | reject ... request/requests/appeal/appeals/plea/pleas for ... humanitarian ... aid/assistance/help/access
1223 | refuse ... food/medicine/medicines/supplies to TGT
1223 | block ... humanitarian ... aid/assistance/convoy/convoys/access/deliveries/supplies | notarget
1223 | block ... aid ... convoy/convoys/trucks/deliveries/shipments | notarget
1223 | obstruct ... humanitarian ... aid/access/deliveries | notarget
1223 | impede ... humanitarian ... aid/access/deliveries | notarget
1223 | deny ... humanitarian ... access | notarget
1223 | deny ... humanitarian ... aid/access to TGT
# 1224 Reject request for military protection or peacekeeping
1224 | reject ... request/requests/appeal/appeals/plea/pleas/call/calls for ... peacekeepers/peacekeeping/protection/intervention/troops/no-fly
1224 | refuse to ... send/deploy ... peacekeepers/troops/soldiers ... to TGT
1224 | refuse to ... send/deploy ... peacekeepers | notarget
1224 | refuse to ... protect/defend TGT
1224 | refuse to ... intervene | notarget
1224 | refuse to ... intervene in TGT
1224 | rule out ... intervention/no-fly/troops/peacekeepers | notarget
1224 | rule out ... military ... intervention/action/involvement | notarget
1224 | rule out ... sending ... troops/peacekeepers/soldiers | notarget
1224 | rule out ... sending ... troops/peacekeepers/soldiers to TGT
1224 | refuse ... protection to TGT
# 123 Reject request or demand for political reform
123 | reject ... call/calls/demand/demands/request/requests for ... reform/reforms | notarget
123 | reject ... call/calls/demand/demands/request/requests for ... reform/reforms from/by/of TGT
123 | refuse to ... reform | notarget
123 | refuse ... reform/reforms | notarget
123 | rule out ... reform/reforms | notarget
123 | resist ... reform/reforms | notarget
123 | block ... reform/reforms | notarget
# 1231 Reject request for change in leadership
1231 | refuse to resign/quit | notarget
1231 | refuse to step down/aside | notarget
1231 | refuse to ... hand over ... power | notarget
1231 | refuse to ... cede/relinquish/give ... power | notarget
1231 | refuse to ... leave ... office/power/post | notarget
1231 | reject ... call/calls/demand/demands/pressure ... to resign/quit | notarget
1231 | reject ... call/calls/demand/demands/pressure ... to step down/aside | notarget
1231 | reject ... call/calls/demand/demands ... for ... resignation | notarget
1231 | rule out ... resigning/resignation/stepping | notarget
1231 | vow/swear to ... stay/remain ... in ... power/office | notarget
1231 | cling to ... power | notarget
1231 | insist ... not ... resign/quit/step | notarget
1231 | defy ... call/calls/demand/demands/pressure ... to resign/quit/step | notarget
1231 | refuse to ... accept ... defeat/result/results/outcome | notarget
1231 | refusal to ... resign/quit/step | noun; notarget
# 1232 Reject request for policy change
1232 | refuse to ... reverse/rescind/revoke/scrap/withdraw/drop/abandon/change/reconsider/review ... decision/policy/plan/law/bill/decree/course | notarget
1232 | reject ... call/calls/demand/demands/request/requests to ... reverse/rescind/revoke/scrap/withdraw/drop/abandon/change/reconsider | notarget
1232 | reject ... call/calls/demand/demands/request/requests for ... change/changes/reversal | notarget
1232 | refuse to ... back down | notarget
1232 | refuse to ... budge | notarget
1232 | stand firm | notarget
1232 | stand firm on | notarget
1232 | refuse to ... change/alter ... course/position/stance | notarget
1232 | rule out ... change/changes/u-turn/reversal | notarget
1232 | stick to ... decision/policy/plan/position | notarget
# 1233 Reject request for rights
1233 | reject ... demand/demands/call/calls/request/requests for ... rights/autonomy/independence/self-determination/freedom/freedoms | notarget
1233 | refuse to ... grant/recognize/recognise ... rights/autonomy/independence/citizenship | notarget
1233 | refuse to ... grant/recognize/recognise ... rights/autonomy/independence/citizenship to/of TGT
1233 | deny ... rights/autonomy/independence/citizenship to TGT
1233 | deny TGT ... rights/autonomy/independence/citizenship
1233 | reject ... independence/autonomy/self-determination ... bid/referendum/claim/claims | notarget
1233 | reject ... wage/pay/salary ... demand/demands/increase/claim | notarget
1233 | refuse to ... raise ... wages/salaries/pay | notarget
# 1234 Reject request for change in institutions, regime
1234 | reject ... call/calls/demand/demands/request/requests for ... election/elections/referendum/transition | notarget
1234 | refuse to ... hold ... election/elections/referendum | notarget
1234 | postpone ... election/elections/vote/referendum | notarget
1234 | delay ... election/elections/vote/referendum | notarget
1234 | indefinitely ... postpone/delay ... election/elections | notarget
1234 | extend ... transition/transitional/mandate/term | notarget
1234 | rule out ... election/elections/referendum/transition | notarget
1234 | refuse to ... return ... power to ... civilian/civilians | notarget
1234 | reject ... transition ... timetable/roadmap/plan | notarget
1234 | postponement of ... election/elections/vote/referendum | noun; notarget
# 124 Refuse to yield, not specified below
124 | refuse to ... yield/concede/compromise/give ... in/ground | notarget
124 | refuse to yield/concede/compromise | notarget
124 | refuse to ... bow to TGT
124 | refuse to ... bow to ... pressure/demand/demands | notarget
124 | refuse to ... give in | notarget
124 | refuse to ... give in to TGT
124 | refuse to ... make ... concession/concessions | notarget
124 | rule out ... concession/concessions/compromise | notarget
124 | refuse to ... comply/cooperate with ... demand/demands/request/order/ultimatum | notarget
124 | refuse to ... comply | notarget
124 | resist ... pressure/pressures/demand/demands from/of TGT
124 | resist ... pressure/pressures | notarget
124 | hold out against TGT
124 | refuse to ... accept ... terms/conditions/demands | notarget
124 | refuse to ... accept ... terms/conditions/demands of TGT
# 1241 Refuse to ease administrative sanctions
1241 | refuse to ... lift/ease/relax/end ... curfew/restrictions/ban | notarget
1241 | refuse to ... lift/ease/end ... state of emergency | notarget
1241 | refuse to ... lift/end ... martial law | notarget
1241 | extend ... curfew/restrictions/ban | notarget
1241 | maintain ... curfew/restrictions/ban/emergency | notarget
1241 | keep ... curfew/restrictions/ban ... in place | notarget
1241 | refuse to ... restore ... internet/access | notarget
1241 | refuse to ... unban/legalize/legalise | notarget
# 1242 Refuse to ease popular dissent
1242 | refuse to ... end/suspend/halt/stop ... protest/protests/strike/demonstration/demonstrations/blockade/sit-in/boycott | notarget
1242 | refuse to ... call off ... protest/protests/strike/demonstration/demonstrations/blockade/boycott | notarget
1242 | vow/swear to ... continue ... protest/protests/protesting/strike/striking/demonstrations/blockade/boycott | notarget
1242 | vow/swear to ... keep ... protesting/striking/fighting | notarget
1242 | extend ... strike/protest/protests/blockade/boycott | notarget
1242 | refuse to ... return to work | notarget
1242 | refuse to ... disperse/leave | notarget
1242 | defy ... ban ... on? ... protest/protests/demonstrations/rallies/gatherings | notarget
# 1243 Refuse to release persons or property
1243 | refuse to ... release/free TGT
1243 | refuse to ... release/free ... prisoners/detainees/hostages/captives/soldiers/journalists/activists | notarget
1243 | refuse to ... hand over TGT
1243 | refuse to ... hand over ... to TGT
1243 | refuse to ... extradite TGT
1243 | refuse to ... extradite | notarget
1243 | refuse to ... return ... property/assets/territory/land/remains/bodies/artefacts/artifacts/vessel/ship/aircraft | notarget
1243 | refuse to ... return ... to TGT
1243 | refuse ... bail to TGT
1243 | deny ... bail to TGT
1243 | deny TGT ... bail
1243 | reject ... bail ... application/request/plea of TGT
1243 | extend ... detention of TGT
1243 | extend TGT 's? detention
1243 | keep TGT ... in ... detention/custody/prison/jail
1243 | continue to ... hold/detain TGT
1243 | refuse to ... free | notarget
1243 | refusal to ... release/free/extradite | noun; notarget
# 1244 Refuse to ease economic sanctions, boycott, or embargo
1244 | refuse to ... lift/ease/relax/remove/end ... sanctions/embargo/blockade/boycott | notarget
1244 | refuse to ... lift/ease/relax/remove/end ... sanctions/embargo/blockade/boycott on/against TGT
1244 | extend ... sanctions/embargo on/against TGT
1244 | extend ... sanctions/embargo | notarget
1244 | renew ... sanctions/embargo on/against TGT
1244 | renew ... sanctions/embargo | notarget
1244 | maintain ... sanctions/embargo on/against TGT
1244 | maintain ... sanctions/embargo | notarget
1244 | keep ... sanctions/embargo ... in place | notarget
1244 | keep ... sanctions/embargo on TGT
1244 | rule out ... lifting/easing ... sanctions/embargo | notarget
1244 | reject ... call/calls/demand/demands/request/requests ... to ... lift/ease ... sanctions/embargo | notarget
1244 | refuse to ... unfreeze ... assets | notarget
1244 | refuse to ... reopen ... border/borders | notarget
1244 | extension of ... sanctions/embargo on/against TGT | noun
# 1245 Refuse to allow international involvement (non mediation)
1245 | refuse to ... allow/admit/accept/receive ... inspectors/observers/monitors/investigators/peacekeepers/journalists/mission/experts | notarget
1245 | refuse ... access to TGT
1245 | refuse TGT ... access
1245 | deny ... access to TGT
1245 | deny TGT ... access
1245 | deny TGT ... entry
1245 | refuse TGT ... entry
1245 | refuse ... entry to TGT
1245 | deny ... entry to TGT
1245 | bar TGT from ... entering/visiting/access
1245 | block ... access to TGT
1245 | refuse to ... cooperate with ... inspectors/investigators/court/tribunal/mission/probe/investigation/icc | notarget
1245 | reject ... inspectors/observers/monitors/peacekeepers/investigators/mission/inquiry/investigation | notarget
1245 | reject ... jurisdiction of TGT
1245 | refuse to ... recognize/recognise ... jurisdiction/authority of TGT
1245 | reject ... deployment of ... peacekeepers/troops/force/mission/observers | notarget
1245 | oppose ... deployment of ... peacekeepers/troops/force/mission/observers | notarget
1245 | refuse ... visa/visas to TGT
1245 | deny ... visa/visas to TGT
1245 | refuse to ... grant ... visa/visas to TGT
1245 | refuse to ... allow TGT into
1245 | refuse to ... let TGT
1245 | ban TGT from ... entering
1245 | deny ... overflight ... permission/rights to TGT
1245 | refusal to ... allow ... inspectors/observers/monitors/peacekeepers | noun; notarget
# 1246 Refuse to de-escalate military engagement
1246 | refuse to ... withdraw/pull ... troops/forces/soldiers | notarget
1246 | refuse to ... withdraw/pull ... from TGT
1246 | refuse to ... withdraw/pull ... out of TGT
1246 | refuse to withdraw/retreat | notarget
1246 | refuse to ... leave TGT
1246 | refuse to ... stop/halt/end/cease/suspend ... fighting/attacks/offensive/strikes/operations/bombing/shelling/hostilities | notarget
1246 | refuse to ... stop/halt/end/cease/suspend ... attacks/offensive/strikes/operations/bombing/shelling on/against/in TGT
1246 | refuse to ... accept/agree/declare/observe ... ceasefire/cease-fire/truce | notarget
1246 | reject ... ceasefire/cease-fire/truce | notarget
1246 | reject ... ceasefire/cease-fire/truce ... offer/proposal/plan/call/calls/appeal from/of/by TGT
1246 | rule out ... ceasefire/cease-fire/truce/withdrawal/pullout | notarget
1246 | refuse to ... disarm/demobilize/demobilise/disband | notarget
1246 | refuse to ... lay down ... arms/weapons | notarget
1246 | refuse to ... lift ... blockade/siege | notarget
1246 | vow/swear to ... continue/press/pursue ... fighting/offensive/war/operations/attacks/campaign | notarget
1246 | vow/swear to ... fight on | notarget
1246 | vow/swear to ... keep ... fighting | notarget
1246 | press on with ... offensive/operations/attacks/campaign | notarget
1246 | reject ... call/calls/demand/demands/appeal/appeals ... to ... withdraw/stop/halt/end/cease | notarget
# 125 Reject proposal to meet, discuss, or negotiate
125 | refuse to ... meet/negotiate/talk with TGT
125 | refuse to meet TGT
125 | refuse to ... meet/negotiate/talk | notarget
125 | reject ... talks/negotiations/dialogue/meeting with TGT
125 | reject ... talks/negotiations/dialogue/meeting | notarget
125 | reject ... offer/proposal/invitation/call/calls ... of/for ... talks/negotiations/dialogue/meeting | notarget
125 | reject ... offer/proposal/invitation/call/calls ... of/for ... talks/negotiations/dialogue/meeting with TGT
125 | reject TGT 's? offer/proposal/invitation ... of/for/to ... talks/negotiations/dialogue/meeting/negotiate/meet/talk
125 | reject TGT 's? call/calls/appeal/appeals ... for ... talks/negotiations/dialogue/meeting/summit
125 | rule out ... talks/negotiations/dialogue/meeting with TGT
125 | rule out ... talks/negotiations/dialogue/meeting/negotiating | notarget
125 | decline ... invitation/offer ... of/from TGT
125 | decline TGT 's? invitation/offer
125 | decline to meet TGT
125 | decline to ... meet/negotiate/talk with TGT
125 | snub TGT
125 | snub ... talks/meeting/summit/invitation | notarget
125 | boycott ... talks/negotiations/meeting/summit/dialogue | notarget
125 | boycott ... talks/negotiations/meeting/summit/dialogue with TGT
125 | refuse to ... attend/join ... talks/negotiations/meeting/summit/dialogue | notarget
125 | refuse to ... sit ... with TGT
125 | refuse to ... recognize/recognise TGT
125 | refusal to ... negotiate/meet/talk with TGT | noun
125 | refusal to ... negotiate/meet/talk | noun; notarget
# 126 Reject mediation
126 | reject ... mediation | notarget
126 | reject ... mediation of/by/from TGT
126 | reject TGT 's? mediation
126 | reject ... offer ... to ... mediate | notarget
126 | reject TGT 's? offer to mediate
126 | reject TGT as ... mediator
126 | reject ... mediator/mediators | notarget
126 | refuse ... mediation | notarget
126 | refuse ... mediation of/by/from TGT
126 | refuse to ... accept ... mediation/mediator | notarget
126 | rule out ... mediation | notarget
126 | turn down ... mediation/offer to mediate | notarget
126 | spurn ... mediation | notarget
126 | rejection of ... mediation | noun; notarget
# 127 Reject plan, agreement to settle dispute
127 | reject ... peace plan/proposal/deal/agreement/accord/initiative/roadmap/settlement/treaty/framework | notarget
127 | reject ... peace plan/proposal/deal/agreement/accord/initiative/roadmap/settlement of/from/by TGT
127 | reject TGT 's? peace plan/proposal/deal/initiative/roadmap
127 | reject ... agreement/accord/deal/settlement/plan with TGT
127 | reject ... agreement/accord/deal/settlement/compromise | notarget
127 | withdraw from ... agreement/accord/deal/treaty/pact/peace | notarget
127 | pull out of ... agreement/accord/deal/treaty/pact/peace | notarget
127 | quit ... agreement/accord/deal/treaty/pact | notarget
127 | exit ... agreement/accord/deal/treaty/pact | notarget
127 | abandon ... agreement/accord/deal/treaty/pact | notarget
127 | renounce ... agreement/accord/deal/treaty/pact | notarget
127 | renege on ... agreement/accord/deal/treaty/pact/promise/commitment/commitments | notarget
127 | tear up ... agreement/accord/deal/treaty/pact | notarget
127 | scrap ... agreement/accord/deal/treaty/pact | notarget
127 | repudiate ... agreement/accord/deal/treaty/pact | notarget
127 | suspend ... agreement/accord/deal/treaty/pact/participation | notarget
127 | suspend ... agreement/accord/deal/treaty/pact with TGT
127 | terminate ... agreement/accord/deal/treaty/pact with TGT
127 | terminate ... agreement/accord/deal/treaty/pact | notarget
127 | denounce ... agreement/accord/deal/treaty/pact | notarget
127 | refuse to ... sign/ratify/implement/accept ... agreement/accord/deal/treaty/pact/plan | notarget
127 | refuse to ... sign/ratify/implement/accept ... agreement/accord/deal/treaty/pact/plan with TGT
127 | rejection of ... peace plan/proposal/deal/agreement | noun; notarget
127 | withdrawal from ... agreement/accord/deal/treaty/pact | noun; notarget
# 128 Defy norms, law
128 | defy TGT
# "X violated/defied/broke a ban, curfew, law or order (imposed/issued by Y)": defying a rule is 128,
# the rule-giver the target. A curfew is an order like any other (defying one is not only dissent:
# "defied a ban on demonstrations" stays 1242 above). "violated the ceasefire" is 196 (file 15-20).
128 | defy/violate/break/breach/flout/disobey ... curfew | notarget
128 | defy/violate/break/breach/flout/disobey ... curfew/ban/order/orders/decree/ruling/law ... imposed/issued/ordered/declared/decreed/announced/set by TGT
128 | defy/violate/flout/disobey ... curfew/ban/order/orders/decree/ruling ... of/by TGT
128 | violate/flout/disobey ... ban/decree/order/orders/injunction | notarget
128 | defy ... decree/injunction/subpoena/summons | notarget
128 | break ... ban/curfew | notarget
128 | defy/violate/flout/disobey TGT 's? ban/order/orders/decree/ruling/curfew/law/laws
128 | defy ... ban/law/order/orders/ruling/resolution/resolutions/sanctions/embargo/court/warnings/warning/pressure/calls/appeals/international/norms/convention/curfew | notarget
128 | defy ... ban/order/orders/ruling/resolution/resolutions/sanctions/embargo/warnings/warning/pressure/calls/appeals of/from/by TGT
128 | flout ... law/laws/ruling/resolution/resolutions/sanctions/embargo/norms/rules/order/orders/convention/agreement | notarget
128 | flout TGT 's? law/laws/ruling/resolution/resolutions/sanctions/embargo/order/orders
128 | violate ... law/laws/ruling/resolution/resolutions/sanctions/embargo/norms/rules/constitution/convention/treaty/agreement/accord/rights/sovereignty/airspace/territory/border | notarget
128 | violate TGT 's? law/laws/sovereignty/airspace/territory/border/rights
128 | breach ... law/laws/ruling/resolution/resolutions/sanctions/embargo/rules/constitution/convention/treaty/agreement/accord/sovereignty/airspace | notarget
128 | breach TGT 's? sovereignty/airspace/territory/border
128 | ignore ... ruling/resolution/resolutions/order/orders/warnings/warning/ultimatum/calls/appeals/deadline/sanctions | notarget
128 | ignore TGT 's? ruling/resolution/order/orders/warnings/warning/ultimatum/calls/appeals/demand/demands
128 | ignore ... appeal/appeals/call/calls/plea/pleas/request/requests/demand/demands/warning/warnings ... from/by TGT
128 | disregard ... ruling/resolution/resolutions/order/orders/law/warnings | notarget
128 | disobey ... order/orders/ruling/law | notarget
128 | disobey TGT
128 | evade ... sanctions/embargo | notarget
128 | circumvent/bypass/skirt ... sanctions/embargo | notarget
128 | bust/break ... sanctions/embargo | notarget
128 | refuse to ... comply with ... ruling/resolution/resolutions/order/orders/law/sanctions | notarget
128 | refuse to ... recognize/recognise ... ruling/verdict/court/result/results | notarget
128 | refuse to ... abide by ... ruling/resolution/agreement/law | notarget
128 | refuse to ... pay ... fine/compensation | notarget
128 | enter ... airspace/waters/territory of TGT ... without ... permission/authorization/authorisation
128 | violation of TGT 's? sovereignty/airspace/territory/border/waters | noun
128 | violation of ... sovereignty/airspace/territory/border/waters of TGT | noun
128 | violation of ... law/ruling/resolution/resolutions/sanctions/embargo/agreement/treaty | noun; notarget
128 | breach of TGT 's? sovereignty/airspace/territory/border | noun
128 | defiance of TGT | noun
128 | defiance | noun; notarget
# 129 Veto
129 | veto | notarget
129 | veto ... resolution/resolutions/bill/bills/draft/motion/proposal/measure/legislation/plan/decision/sanctions/membership/appointment | notarget
129 | veto ... resolution/resolutions/draft/motion/proposal/measure on/against/condemning TGT
129 | veto ... membership/bid/application of TGT
129 | veto TGT 's? membership/bid/application/accession/nomination
129 | use ... veto | notarget
129 | wield ... veto | notarget
129 | cast ... veto | notarget
129 | exercise ... veto | notarget
129 | block ... resolution/resolutions/draft/motion/statement/declaration/sanctions/bill/legislation | notarget
129 | block ... resolution/resolutions/draft/motion/statement/declaration/sanctions on/against/condemning TGT
129 | block ... membership/accession/bid/application of TGT
129 | block TGT 's? membership/accession/bid/application/nomination/appointment
129 | block ... aid package/deal for TGT
129 | veto | noun; notarget
129 | veto of ... resolution/resolutions/draft/bill | noun; notarget
129 | veto on ... resolution/resolutions/draft/bill | noun; notarget

# ---------------------------------------------------------------- 13 THREATEN  (PLOVER THREATEN)
# 130 Threaten, not specified below
130 | threaten TGT
130 | threaten TGT with
130 | threaten to | notarget
130 | threaten to ... TGT
130 | warn TGT
130 | warn TGT of ... consequences/response/retaliation/reprisals/repercussions/action
130 | warn TGT that
130 | warn of ... consequences/repercussions/response/retaliation/reprisals | notarget
130 | warn of ... consequences/repercussions/response/retaliation/reprisals against/for TGT
130 | menace TGT
130 | intimidate TGT
130 | vow/swear to ... punish/retaliate ... against TGT
130 | vow/swear to punish TGT
130 | vow/swear ... revenge/retaliation/reprisals against/on TGT
130 | vow/swear ... revenge/retaliation/reprisals | notarget
130 | promise ... revenge/retaliation/response against/to TGT
130 | threaten ... retaliation/reprisals/consequences/action/response against TGT
130 | threaten ... retaliation/reprisals/consequences/action/response | notarget
130 | threaten ... countermeasures/counter-measures/measures against TGT
130 | threaten ... countermeasures/counter-measures/measures | notarget
130 | make ... threat/threats against/to TGT
130 | issue ... threat/threats against/to TGT
130 | issue ... warning/warnings to TGT
130 | send ... warning/warnings/message to TGT
130 | give ... warning/warnings to TGT
130 | threat/threats to/against TGT | noun
130 | threat/threats by SRC to/against TGT | noun
130 | warning to TGT | noun
130 | threat | noun; notarget
# 131 Threaten non-force
131 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw ... cooperation/ties/trade/deal/deals/agreement/support | notarget
131 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw ... cooperation/ties/trade/deal/deals/agreement/support with TGT
131 | threaten to ... expel/deport TGT
131 | threaten to ... expel/deport ... journalists/migrants/refugees/foreigners/workers/nationals | notarget
131 | threaten to ... leave/quit/exit/withdraw ... from? TGT
131 | threaten to ... leave/quit ... alliance/organization/organisation/bloc/union/body | notarget
131 | threaten to ... block/veto | notarget
131 | threaten to ... block/veto ... TGT
131 | threaten ... legal action against TGT
131 | threaten to ... sue TGT
131 | threaten to ... take TGT to court
131 | threaten ... lawsuit/lawsuits against TGT
131 | threaten to ... seize/confiscate/nationalize/nationalise ... assets/property/properties/mines | notarget
131 | threaten to ... cut off ... gas/oil/supplies/electricity/water/fuel | notarget
131 | threaten to ... cut off ... gas/oil/supplies/electricity/water/fuel to TGT
131 | threaten to ... default | notarget
# 1311 Threaten to reduce or stop aid
1311 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw/reduce/stop ... aid/assistance/funding/support/loans/loan/financing | notarget
1311 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw/reduce/stop ... aid/assistance/funding/support/loans/loan/financing to/for TGT
1311 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw/reduce/stop ... military ... aid/assistance/support/cooperation
1311 | threaten to ... cut/cancel/suspend/halt/end/freeze/withdraw/reduce/stop ... military ... aid/assistance/support/cooperation to/with TGT
1311 | threaten to ... stop/halt/suspend ... arms/weapons ... deliveries/sales/shipments/supplies | notarget
1311 | threaten to ... stop/halt/suspend ... arms/weapons ... deliveries/sales/shipments/supplies to TGT
1311 | threaten TGT with ... aid ... cut/cuts/suspension
1311 | threat to ... cut/suspend/halt/freeze ... aid/assistance/funding | noun; notarget
# 1312 Threaten to boycott, embargo, or sanction
1312 | threaten ... sanctions/sanction/embargo/boycott/tariffs/tariff/penalties | notarget
1312 | threaten ... sanctions/sanction/embargo/boycott/tariffs/tariff/penalties against/on TGT
1312 | threaten TGT with ... sanctions/sanction/embargo/boycott/tariffs/tariff/penalties/measures
1312 | threaten to ... impose/slap/tighten/toughen/extend/reimpose/re-impose ... sanctions/embargo/tariffs/tariff/penalties/measures | notarget
1312 | threaten to ... impose/slap/tighten/toughen/extend/reimpose/re-impose ... sanctions/embargo/tariffs/tariff/penalties/measures on/against TGT
1312 | threaten to ... sanction/boycott/blacklist TGT
1312 | threaten to ... boycott ... election/elections/talks/games/summit/vote | notarget
1312 | threaten to ... freeze ... assets | notarget
1312 | threaten to ... freeze ... assets of TGT
1312 | threaten to ... ban ... imports/exports ... from/to? TGT
1312 | threaten to ... close ... border/borders with? TGT
1312 | warn of ... sanctions/embargo/tariffs against/on TGT
1312 | warn of ... sanctions/embargo/tariffs | notarget
1312 | warn TGT of ... sanctions/embargo/tariffs
1312 | threat of ... sanctions/embargo/tariffs against/on TGT | noun
1312 | threat of ... sanctions/embargo/tariffs/boycott | noun; notarget
# 1313 Threaten to reduce or break relations
1313 | threaten to ... cut/sever/break/downgrade/suspend/freeze/review/reconsider ... ties/relations with TGT
1313 | threaten to ... cut/sever/break/downgrade/suspend/freeze/review/reconsider ... ties/relations | notarget
1313 | threaten to ... break off ... ties/relations with TGT
1313 | threaten to ... recall ... ambassador/envoy/diplomats | notarget
1313 | threaten to ... recall ... ambassador/envoy/diplomats from TGT
1313 | threaten to ... expel ... ambassador/envoy/diplomat/diplomats | notarget
1313 | threaten to ... expel TGT 's? ambassador/envoy/diplomat/diplomats
1313 | threaten to ... close ... embassy/embassies/consulate/consulates | notarget
1313 | threaten to ... close ... embassy/embassies/consulate/consulates in TGT
1313 | threaten to ... suspend/expel TGT from
1313 | threaten to ... suspend/expel TGT
1313 | threaten to ... leave/quit/withdraw ... from ... alliance/organization/organisation/bloc/union/body | notarget
1313 | threat to ... cut/sever/break ... ties/relations with TGT | noun
# 132 Threaten with administrative sanctions
132 | threaten to ... arrest/prosecute/detain/jail/charge/punish TGT
132 | threaten to ... arrest/prosecute/detain/jail/charge/punish ... protesters/demonstrators/journalists/strikers/opponents/leaders | notarget
132 | threaten TGT with ... arrest/prosecution/action/jail/prison/punishment/dismissal/sanctions
132 | threaten ... arrest/prosecution/punishment ... of TGT
132 | threaten ... arrests/prosecution/punishment | notarget
132 | threaten to ... revoke/suspend/withdraw ... licence/license/licences/licenses/accreditation/permit/citizenship/passport/passports | notarget
132 | threaten to ... revoke/suspend/withdraw ... licence/license/licences/licenses/accreditation/permit/citizenship/passport of TGT
132 | threaten to ... fire/dismiss/sack TGT
132 | threaten to ... fire/dismiss/sack ... workers/strikers/employees/teachers/doctors | notarget
132 | warn TGT of ... action/prosecution/arrest/punishment
# 1321 Threaten to impose restrictions on political freedoms
1321 | threaten to ... shut/close ... down? ... media/newspaper/newspapers/radio/station/stations/broadcaster/channel/internet/website/websites/outlets | notarget
1321 | threaten to ... shut/close ... down? TGT
1321 | threaten to ... suspend/ban ... media/newspaper/newspapers/radio/station/stations/broadcaster/broadcasts/channel/outlets | notarget
1321 | threaten to ... ban ... protest/protests/demonstration/demonstrations/rally/rallies/gatherings/meetings | notarget
1321 | threaten to ... restrict/curb/block ... internet/media/press/speech/access | notarget
1321 | threaten to ... censor TGT
1321 | threaten ... crackdown on ... media/press/journalists/internet | notarget
# 1322 Threaten to ban political parties or politicians
1322 | threaten to ... ban/dissolve/outlaw/suspend/proscribe TGT
1322 | threaten to ... ban/dissolve/outlaw/suspend/proscribe ... party/parties/opposition/movement/group/groups/organisation/organization/association | notarget
1322 | threaten to ... bar/disqualify/exclude TGT
1322 | threaten to ... bar/disqualify/exclude ... candidate/candidates/opposition/politicians | notarget
1322 | threaten to ... strip TGT of
# 1323 Threaten to impose curfew
1323 | threaten to ... impose/declare/reimpose/re-impose/introduce ... curfew | notarget
1323 | threaten to ... impose/declare/reimpose/re-impose/introduce ... curfew in/on TGT
1323 | threaten ... curfew | notarget
1323 | warn of ... curfew | notarget
# 1324 Threaten to impose state of emergency or martial law
1324 | threaten to ... impose/declare/introduce ... state of emergency | notarget
1324 | threaten to ... impose/declare/introduce ... martial law | notarget
1324 | threaten to ... impose/declare/introduce ... emergency rule | notarget
1324 | threaten to ... impose/declare/introduce ... state of emergency in TGT
1324 | threaten to ... impose/declare/introduce ... martial law in TGT
1324 | threaten ... martial law | notarget
1324 | threaten ... state of emergency | notarget
1324 | warn of ... martial law | notarget
1324 | warn of ... state of emergency | notarget
# 133 Threaten political dissent, protest
133 | threaten to ... protest/demonstrate/strike/march/rally/riot | notarget
133 | threaten to ... protest/demonstrate/strike/march/rally ... against TGT
133 | threaten ... protest/protests/strike/strikes/demonstrations/unrest/walkout/walk-out/boycott/shutdown | notarget
133 | threaten ... protest/protests/strike/strikes/demonstrations/walkout/boycott against TGT
133 | threaten to ... take to ... street/streets | notarget
133 | threaten to ... go on ... strike/hunger | notarget
133 | threaten to ... stage/hold/launch/call/organize/organise ... strike/strikes/protest/protests/demonstration/demonstrations/sit-in/march/rally/shutdown/blockade | notarget
133 | threaten to ... block/blockade ... road/roads/highway/highways/port/ports/border | notarget
133 | threaten to ... paralyze/paralyse/shut ... down? ... country/city/capital/economy | notarget
133 | threaten to ... boycott/resign | notarget
133 | threaten to ... walk out | notarget
133 | threat of ... strike/strikes/protest/protests/unrest | noun; notarget
133 | strike threat | noun; notarget
# 134 Threaten to halt negotiations
134 | threaten to ... halt/suspend/end/stop/break/abandon/quit/leave/boycott ... talks/negotiations/dialogue/process | notarget
134 | threaten to ... halt/suspend/end/stop/break/abandon/quit/boycott ... talks/negotiations/dialogue with TGT
134 | threaten to ... walk away from ... talks/negotiations/table/deal | notarget
134 | threaten to ... walk out of ... talks/negotiations/meeting | notarget
134 | threaten to ... walk out of ... talks/negotiations ... with TGT
134 | threaten to ... pull out of ... talks/negotiations/process | notarget
134 | threaten to ... withdraw from ... talks/negotiations/process | notarget
134 | threaten to ... break off ... talks/negotiations/contacts with TGT
134 | threaten to ... break off ... talks/negotiations/contacts | notarget
# 135 Threaten to halt mediation
135 | threaten to ... halt/suspend/end/stop/abandon/withdraw ... mediation/mediating | notarget
135 | threaten to ... halt/suspend/end/stop/abandon/withdraw ... mediation/role/efforts ... between | notarget
135 | threaten to ... withdraw ... as ... mediator | notarget
135 | threaten to ... step/pull ... back/out/away ... from ... mediation/mediator/role | notarget
135 | threaten to ... quit ... as ... mediator | notarget
# 136 Threaten to halt international involvement (non-mediation)
136 | threaten to ... expel/withdraw/pull ... peacekeepers/mission/observers/monitors/inspectors/troops/forces/personnel/staff/experts/workers/agencies | notarget
136 | threaten to ... expel/withdraw/pull ... peacekeepers/mission/observers/monitors/inspectors/troops/forces from TGT
136 | threaten to ... end/terminate/halt/suspend ... mission/mandate/operation/operations/involvement/presence | notarget
136 | threaten to ... end/terminate/halt/suspend ... mission/mandate/operation/operations/involvement/presence in TGT
136 | threaten to ... expel TGT
136 | threaten to ... suspend/halt/end ... cooperation with ... inspectors/iaea/mission/court/tribunal/icc/un | notarget
136 | threaten to ... kick out TGT
136 | threaten to ... kick out ... peacekeepers/mission/observers/inspectors/troops/agencies | notarget
136 | threaten to ... withdraw from ... mission/force/operation/coalition | notarget
# 137 Threaten with violent repression
137 | threaten ... crackdown/crack-down | notarget
137 | threaten ... crackdown/crack-down on/against TGT
137 | threaten to ... crack down on TGT
137 | threaten to ... crack down | notarget
137 | threaten to ... use ... force against ... protesters/demonstrators/strikers/opposition
137 | threaten to ... use ... force to ... disperse/crush/quell/end | notarget
137 | threaten to ... crush TGT
137 | threaten to ... crush ... protest/protests/demonstrations/rebellion/uprising/dissent/opposition/unrest | notarget
137 | threaten to ... deal ... harshly/firmly/severely with TGT
137 | threaten to ... shoot/fire ... protesters/demonstrators/looters/rioters | notarget
137 | warn ... protesters/demonstrators/opposition/strikers ... of ... force/crackdown/action/consequences | notarget
137 | warn TGT of ... crackdown/force/fist
137 | vow/swear to ... crush/quell/suppress TGT
137 | vow/swear to ... crush/quell/suppress ... protest/protests/demonstrations/rebellion/uprising/dissent/unrest/riots | notarget
137 | threaten to ... deploy ... army/troops/military/soldiers ... against ... protesters/demonstrators/opposition
137 | threaten to ... deploy ... army/troops/military/soldiers ... on/in ... streets | notarget
# 138 Threaten to use military force, not specified below
138 | threaten ... military action/force/response/retaliation/intervention/operation/strike/strikes | notarget
138 | threaten ... military action/force/response/retaliation/intervention/operation/strike/strikes against/on TGT
138 | threaten TGT with ... military action/force/response/retaliation/intervention/war/strikes
138 | threaten TGT with ... force/war
138 | threaten ... war | notarget
# Swearing to fight is a threat of force: "have sworn to fight until they gain control of the villages".
138 | vow/swear to fight against? TGT
138 | vow/swear to fight | notarget
138 | threaten ... war against/on/with TGT
138 | threaten to ... use ... force | notarget
138 | threaten to ... use ... force against TGT
138 | threaten to ... use ... military ... force/means/action | notarget
138 | threaten to ... intervene ... militarily | notarget
138 | threaten to ... intervene ... militarily in TGT
138 | threaten to ... intervene in TGT
138 | threaten to ... retaliate | notarget
138 | threaten to ... retaliate against TGT
138 | threaten to ... respond ... militarily/forcefully/force | notarget
138 | threaten to ... declare ... war on TGT
138 | threaten to ... go to war with TGT
138 | threaten to ... go to war | notarget
138 | threaten to ... send/deploy ... troops/forces/soldiers ... to/into TGT
138 | threaten to ... send/deploy ... troops/forces/soldiers | notarget
138 | warn of ... military action/response/retaliation/intervention/war/escalation | notarget
138 | warn of ... military action/response/retaliation/intervention/war against/on TGT
138 | warn TGT of ... military action/response/retaliation/intervention/war/force
138 | warn TGT ... not to ... attack/provoke/test/cross/escalate
138 | vow/swear to ... retaliate | notarget
138 | vow/swear to ... retaliate against TGT
138 | vow/swear ... military ... response/retaliation | notarget
138 | vow/swear to ... respond ... militarily/forcefully/decisively/firmly | notarget
138 | vow/swear to ... defend ... territory/sovereignty/country | notarget
138 | vow/swear to ... destroy/eliminate/crush/annihilate TGT
138 | vow/swear to ... wipe out TGT
138 | vow/swear to ... drive TGT out
138 | vow/swear to ... defeat TGT
138 | vow/swear to ... liberate/retake/recapture TGT
# "X swore / has sworn / vowed to fight (against) Y", "vowed to attack Y": a stated resolve to use force
# on Y is a threat of military force (138). ("vowed to attack" alone also reaches 138 through the
# intent mapping, but "swore to" is no intention cue.)
138 | vow/swear to ... fight/attack/battle TGT
138 | vow/swear to ... fight/battle against TGT
138 | vow/swear ... war/jihad against/on TGT
# ... but fighting alongside Y is a promise of military cooperation (as "vowed to fight alongside" reaches
# through the intent mapping of 062).
0312 | vow/swear to ... fight alongside TGT
138 | put ... all options ... on ... table | notarget
138 | refuse to rule out ... military ... action/option/force/intervention | notarget
138 | threat of ... military action/force/intervention/war/retaliation/strikes | noun; notarget
138 | threat of ... military action/force/intervention/war/retaliation/strikes against/on TGT | noun
138 | military threat/threats against/to TGT | noun
# 1381 Threaten blockade
1381 | threaten ... blockade | notarget
1381 | threaten ... blockade of/on/against TGT
1381 | threaten to ... blockade TGT
1381 | threaten to ... blockade/block/close/seal/shut ... port/ports/strait/straits/border/borders/airspace/waters/sea/route/routes/corridor | notarget
1381 | threaten to ... blockade/block/close/seal/shut ... port/ports/strait/straits/border/borders/airspace/waters/route/routes of/to/with TGT
1381 | threaten to ... impose ... blockade/no-fly/siege/quarantine | notarget
1381 | threaten to ... impose ... blockade/siege/quarantine on/against TGT
1381 | threaten to ... besiege/encircle/cut off TGT
1381 | threaten to ... lay siege to TGT
1381 | threaten to ... cut off ... supplies/supply/access/routes ... to TGT
1381 | threat of ... blockade | noun; notarget
1381 | threat of ... blockade of/on/against TGT | noun
# 1382 Threaten occupation
1382 | threaten to ... invade/occupy/annex/seize/capture/take TGT
1382 | threaten to ... invade/occupy/annex/seize/capture/take ... territory/land/region/regions/island/islands/city/town/capital | notarget
1382 | threaten to ... invade/occupy/annex/seize/capture ... territory/land/region/regions/island/islands/city/town of TGT
1382 | threaten ... invasion/occupation/annexation | notarget
1382 | threaten ... invasion/occupation/annexation of TGT
1382 | threaten to ... take/seize/retake/regain ... control of TGT
1382 | threaten to ... march on TGT
1382 | threaten to ... send ... troops/tanks/army ... into TGT
1382 | warn of ... invasion/occupation/annexation | notarget
1382 | warn of ... invasion/occupation/annexation of TGT
1382 | threat of ... invasion/occupation/annexation | noun; notarget
1382 | threat of ... invasion/occupation/annexation of TGT | noun
# 1383 Threaten unconventional violence
1383 | threaten to ... kill/behead/execute/murder/assassinate/kidnap/abduct/torture/harm TGT
1383 | threaten to ... kill/behead/execute/murder/harm ... hostage/hostages/captive/captives/prisoners/soldiers/journalists/civilians | notarget
1383 | threaten to ... carry out ... attack/attacks/bombings/bombing | notarget
1383 | threaten to ... carry out ... attack/attacks/bombings/bombing on/against TGT
1383 | threaten ... terror/terrorist/suicide ... attack/attacks/bombing/bombings | notarget
1383 | threaten ... terror/terrorist/suicide ... attack/attacks/bombing/bombings against/on TGT
1383 | threaten to ... blow up TGT
1383 | threaten to ... blow up ... building/buildings/embassy/bridge/pipeline/plant/dam/station | notarget
1383 | threaten to ... bomb ... building/buildings/embassy/bridge/pipeline/plant/dam/station | notarget
1383 | threaten ... jihad against TGT
1383 | threaten ... jihad | notarget
1383 | threaten TGT with ... death/beheading/execution/assassination
1383 | issue ... death threat/threats against/to TGT
1383 | make ... death threat/threats against/to TGT
1383 | send ... death threat/threats to TGT
1383 | death threat/threats against/to TGT | noun
1383 | threat to kill TGT | noun
1383 | bomb threat/threats against/to TGT | noun
1383 | bomb threat/threats | noun; notarget
# 1384 Threaten conventional attack
1384 | threaten to attack TGT
1384 | threaten to ... attack/strike/hit/bomb/shell/target/destroy TGT
1384 | threaten to ... launch ... attack/attacks/strike/strikes/offensive/assault/airstrike/airstrikes/operation on/against TGT
1384 | threaten to ... launch ... attack/attacks/strike/strikes/offensive/assault/airstrike/airstrikes/operation | notarget
1384 | threaten ... attack/attacks/strike/strikes/offensive/assault/airstrike/airstrikes/bombing/bombardment on/against TGT
1384 | threaten ... attack/attacks/strike/strikes/offensive/assault/airstrike/airstrikes/bombing/bombardment | notarget
1384 | threaten to ... shoot down ... aircraft/plane/planes/jets/drones/missiles | notarget
1384 | threaten to ... shoot down ... aircraft/plane/planes/jets/drones/missiles of TGT
1384 | threaten to ... sink ... ship/ships/vessel/vessels/warship/warships/fleet | notarget
1384 | threaten to ... fire/launch ... missile/missiles/rockets ... at/on/into TGT
1384 | threaten to ... fire/launch ... missile/missiles/rockets | notarget
1384 | threaten to ... wipe ... TGT ... off ... map
1384 | threaten to ... target ... bases/base/ships/forces/troops of TGT
1384 | threaten to ... target TGT 's? bases/base/ships/forces/troops
1384 | threaten to ... attack/strike/hit/bomb/target ... bases/base/ships/forces/troops/facilities/sites/infrastructure/positions | notarget
1384 | threat of ... attack/attacks/strike/strikes/offensive/assault on/against TGT | noun
1384 | threat to ... attack/strike/bomb TGT | noun
# 1385 Threaten attack with WMD
1385 | threaten to ... use ... nuclear/chemical/biological ... weapons/weapon/arms/arsenal/bomb/bombs/missiles | notarget
1385 | threaten to ... use ... nuclear/chemical/biological ... weapons/weapon/arms/arsenal/bomb/bombs/missiles against/on TGT
1385 | threaten ... nuclear/chemical/biological ... attack/attacks/strike/strikes/war/retaliation/response | notarget
1385 | threaten ... nuclear/chemical/biological ... attack/attacks/strike/strikes/war/retaliation/response against/on TGT
1385 | threaten TGT with ... nuclear/chemical/biological ... weapons/attack/attacks/strike/strikes/war/annihilation/retaliation
1385 | threaten to ... nuke TGT
1385 | threaten ... nuclear ... annihilation/destruction | notarget
1385 | threaten ... nuclear ... annihilation/destruction of TGT
1385 | warn of ... nuclear ... war/attack/strike/response/retaliation/escalation | notarget
1385 | warn TGT of ... nuclear ... war/attack/strike/response/retaliation
1385 | raise ... spectre/specter of ... nuclear ... war/attack/weapons | notarget
1385 | nuclear threat/threats against/to TGT | noun
1385 | nuclear threat/threats | noun; notarget
1385 | threat of ... nuclear/chemical/biological ... war/attack/attacks/strike/weapons | noun; notarget
# 139 Give ultimatum
139 | give TGT ... ultimatum
139 | give ... ultimatum to TGT
139 | issue ... ultimatum to TGT
139 | issue ... ultimatum | notarget
139 | issue TGT ... ultimatum
139 | deliver ... ultimatum to TGT
139 | deliver ... ultimatum | notarget
139 | present ... ultimatum to TGT
139 | present TGT with ... ultimatum
139 | send ... ultimatum to TGT
139 | set ... deadline for TGT
139 | set ... deadline/ultimatum | notarget
139 | give TGT ... hours/days/weeks ... to
139 | give TGT until
139 | give TGT ... deadline
139 | ultimatum to TGT | noun
139 | ultimatum for TGT | noun
139 | ultimatum by SRC to TGT | noun
139 | deadline for TGT | noun

# ---------------------------------------------------------------- 14 PROTEST  (PLOVER PROTEST)
# 140 Engage in political dissent
140 | protest | noun; notarget
140 | dissent | noun; notarget
140 | unrest | noun; notarget
140 | civil disobedience | noun; notarget
140 | engage in ... civil disobedience | notarget
140 | launch ... campaign of ... civil disobedience | notarget
140 | petition against TGT
140 | sign ... petition against TGT
140 | launch ... petition against TGT
140 | wear ... black/armbands ... in ... protest | notarget

140 | resign ... in protest | notarget
140 | walk out ... in protest | notarget
140 | stage ... walkout/walk-out | notarget
140 | stage ... walkout/walk-out from/of ... parliament/assembly/session/meeting/talks | notarget
140 | boo TGT
140 | heckle TGT
140 | jeer TGT
140 | burn ... flag/flags/effigy/effigies ... of TGT
140 | burn ... flag/flags/effigy/effigies | notarget
140 | chant ... slogans ... against TGT
140 | chant ... slogans | notarget
140 | self-immolate | notarget
140 | set ... himself/herself/themselves ... on fire ... in protest | notarget
140 | stage ... protest | notarget
140 | stage ... protest against TGT
141 | stage/hold ... protest/protests outside/at TGT
140 | hold ... protest/protests | notarget
140 | hold ... protest/protests against/outside TGT
140 | organize/organise ... protest/protests/rally/rallies/march/marches/demonstration/demonstrations | notarget
140 | organize/organise ... protest/protests/rally/rallies/march/marches/demonstration/demonstrations against TGT
140 | call for ... protest/protests/demonstrations/rallies/mobilization/mobilisation | notarget
# 141 Demonstrate or rally
141 | protest | notarget
141 | protest against TGT
141 | protest outside TGT
# A protest against acts is against whoever does them: "to protest the rights violations … by Islamic fundamentalists".
141 | protest against? ... abuses/violations/killing/killings/arrest/arrests/detention/detentions/crackdown/repression/torture/attack/attacks/raid/raids/occupation/policies/policy/treatment/decision/execution/executions ... by TGT
141 | protest in front of TGT
141 | demonstrate | notarget
141 | demonstrate against TGT
141 | demonstrate outside TGT
141 | demonstrate in front of TGT
141 | rally | notarget
141 | rally against TGT
141 | rally ... against TGT
141 | rally outside TGT
141 | rally in support of TGT
141 | march against TGT
141 | picket TGT
141 | picket | notarget
141 | take to ... street/streets | notarget
141 | take to ... street/streets against/to ... protest/oppose/denounce/demand/condemn TGT
141 | pour into ... street/streets | notarget
141 | gather ... to ... protest/demonstrate | notarget
141 | gather ... to ... protest/demonstrate/denounce/condemn TGT
141 | gather ... outside ... embassy/parliament/palace/ministry/office/offices/headquarters/courthouse/court | notarget
141 | gather ... outside TGT
141 | hold ... demonstration/demonstrations/rally/rallies/march/marches/vigil/vigils | notarget
141 | hold ... demonstration/demonstrations/rally/rallies/march/marches/vigil/vigils against/outside TGT
141 | stage ... demonstration/demonstrations/rally/rallies/march/marches/vigil/vigils/sit-in/sit-ins | notarget
141 | stage ... demonstration/demonstrations/rally/rallies/march/marches/vigil/vigils/sit-in/sit-ins against/outside TGT
141 | join ... protest/protests/demonstration/demonstrations/rally/rallies/march/marches | notarget
141 | mount ... protest/protests/demonstration/demonstrations | notarget
141 | besiege ... embassy/parliament/palace/ministry | notarget
141 | sit-in/sit-ins | noun; notarget
141 | protest against TGT | noun
141 | protest against/at/over ... abuses/violations/killing/killings/arrest/arrests/detention/detentions/crackdown/repression/torture/attack/attacks/raid/raids/occupation/policies/policy/treatment/decision/execution/executions ... by TGT | noun
141 | protest/protests against TGT | noun
141 | protest/protests outside TGT | noun
141 | demonstration/demonstrations | noun; notarget
141 | demonstration/demonstrations/protest/protests/rally/rallies/march/marches by SRC | noun; notarget
141 | demonstration/demonstrations against TGT | noun
141 | demonstration/demonstrations outside TGT | noun
141 | rally/rallies against TGT | noun
141 | rally/rallies | noun; notarget
141 | march/marches against TGT | noun
141 | marches | noun; notarget
141 | vigil/vigils | noun; notarget
141 | mass ... protest/protests/demonstrations/rally/rallies | noun; notarget
141 | street ... protest/protests/demonstrations | noun; notarget
141 | anti-government ... protest/protests/demonstration/demonstrations/rally/rallies/march | noun; notarget
141 | anti-french/anti-western/anti-american/anti-us ... protest/protests/demonstration/demonstrations/rally/rallies | noun; notarget
141 | pro-russian/pro-russia/pro-junta/pro-government/pro-democracy ... protest/protests/demonstration/demonstrations/rally/rallies | noun; notarget
# 1411 Demonstrate for leadership change
1411 | protest ... demanding ... resignation/ouster/departure/removal of TGT
1411 | protest ... demanding ... resignation/ouster/departure/removal | notarget
1411 | protest ... calling for ... resignation/ouster/departure/removal of TGT
1411 | protest ... to demand ... resignation/ouster/departure/removal of TGT
1411 | demonstrate ... demanding/for ... resignation/ouster/departure/removal of TGT
1411 | demonstrate ... demanding/for ... resignation/ouster/departure/removal | notarget
1411 | rally ... demanding/for ... resignation/ouster/departure/removal of TGT
1411 | march ... demanding ... resignation/ouster/departure/removal | notarget
1411 | take to ... street/streets ... demanding/demand ... resignation/ouster/departure/removal | notarget
1411 | take to ... street/streets ... demanding/demand ... resignation/ouster/departure/removal of TGT
1411 | protest/protests/demonstration/demonstrations/rally/rallies ... demanding ... resignation/ouster/departure/removal of TGT | noun
1411 | protest/protests/demonstration/demonstrations/rally/rallies ... calling for ... resignation/ouster/departure/removal of TGT | noun
1411 | protest/protests/demonstration/demonstrations/rally/rallies ... demanding ... resignation/ouster/departure/removal | noun; notarget
1411 | protest ... demanding TGT ... resign/quit/go/step
1411 | demonstrate ... demanding TGT ... resign/quit/go/step
# 1412 Demonstrate for policy change
1412 | protest ... against ... law/laws/bill/policy/policies/decision/decree/reform/reforms/tax/taxes/price/prices/hike/hikes/increase/cuts/austerity/plan/project | notarget
1412 | protest ... against ... law/laws/bill/policy/policies/decision/decree/reform/reforms/tax/taxes/plan/project of TGT
1412 | demonstrate ... against ... law/laws/bill/policy/policies/decision/decree/reform/reforms/tax/taxes/price/prices/hike/hikes/increase/cuts/austerity/plan/project | notarget
1412 | rally ... against ... law/laws/bill/policy/policies/decision/decree/reform/reforms/tax/taxes/price/prices/hike/hikes/cuts/austerity/plan/project | notarget
1412 | march ... against ... law/laws/bill/policy/policies/decision/decree/reform/reforms/tax/taxes/price/prices/hike/hikes/cuts/austerity/plan/project | notarget
1412 | protest ... over ... price/prices/hike/hikes/increase/cost/tax/taxes/cuts/shortages/shortage/fuel/bread/electricity/water | notarget
1412 | demonstrate ... over ... price/prices/hike/hikes/increase/cost/tax/taxes/cuts/shortages/shortage/fuel/bread/electricity/water | notarget
1412 | protest ... against ... presence of TGT
1412 | demonstrate ... against ... presence of TGT
1412 | protest ... demanding ... departure/withdrawal/exit of TGT
1412 | demonstrate ... demanding ... departure/withdrawal/exit of TGT
1412 | rally ... demanding ... departure/withdrawal/exit of TGT
1412 | protest/protests/demonstration/demonstrations/rally/rallies ... against ... law/bill/policy/decree/reform/tax/taxes/prices/hike/cuts/austerity/plan/project | noun; notarget
1412 | protest/protests/demonstration/demonstrations/rally/rallies ... against ... presence of TGT | noun
1412 | protest/protests/demonstration/demonstrations/rally/rallies ... demanding ... departure/withdrawal of TGT | noun
# 1413 Demonstrate for rights
1413 | protest ... for ... rights/freedom/freedoms/equality/justice/wages/pay/salaries/autonomy/independence | notarget
1413 | protest ... demanding ... rights/freedom/freedoms/equality/justice/wages/pay/salaries/arrears/autonomy/independence/release | notarget
1413 | demonstrate ... for ... rights/freedom/freedoms/equality/justice/wages/pay/salaries/autonomy/independence | notarget
1413 | demonstrate ... demanding ... rights/freedom/freedoms/equality/justice/wages/pay/salaries/arrears/autonomy/independence/release | notarget
1413 | rally ... for ... rights/freedom/freedoms/equality/justice/autonomy/independence | notarget
1413 | march ... for ... rights/freedom/freedoms/equality/justice/autonomy/independence | notarget
1413 | protest ... demanding ... release of TGT
1413 | demonstrate ... demanding ... release of TGT
1413 | protest ... against ... arrest/detention/jailing/killing/abduction/disappearance of TGT
1413 | demonstrate ... against ... arrest/detention/jailing/killing/abduction/disappearance of TGT
1413 | protest ... against ... arrest/detention/jailing/killing/abduction/disappearance/brutality/violence/discrimination/racism | notarget
1413 | protest/protests/demonstration/demonstrations/rally/rallies ... for ... rights/freedom/freedoms/equality/justice | noun; notarget
1413 | protest/protests/demonstration/demonstrations/rally/rallies ... against ... arrest/detention/jailing/killing of TGT | noun
# 1414 Demonstrate for change in institutions, regime
1414 | protest ... demanding/for ... election/elections/democracy/transition/return/civilian/constitution/referendum | notarget
1414 | protest ... against ... junta/regime/coup/constitution/referendum/election/elections/results/postponement/extension/transition | notarget
1414 | protest ... against TGT 's? ... rule/regime/coup/takeover
1414 | demonstrate ... demanding/for ... election/elections/democracy/transition/return/civilian/constitution/referendum | notarget
1414 | demonstrate ... against ... junta/regime/coup/constitution/referendum/election/elections/results/postponement/extension/transition | notarget
1414 | rally ... for ... election/elections/democracy/transition/civilian | notarget
1414 | rally ... against ... junta/regime/coup/constitution/referendum/results | notarget
1414 | march ... for ... democracy/election/elections | notarget
1414 | rally ... in support of ... junta/coup/transition/military | notarget
1414 | protest/protests/demonstration/demonstrations/rally/rallies ... for ... democracy/election/elections/transition | noun; notarget
1414 | protest/protests/demonstration/demonstrations/rally/rallies ... against ... junta/regime/coup/constitution/referendum | noun; notarget
1414 | pro-democracy ... protest/protests/demonstration/demonstrations/rally/rallies/movement | noun; notarget
1414 | anti-junta/anti-coup/anti-regime ... protest/protests/demonstration/demonstrations/rally/rallies | noun; notarget
# 142 Conduct hunger strike
142 | go on ... hunger strike | notarget
142 | begin/start/launch/stage/start/continue/declare/announce/hold ... hunger strike | notarget
142 | be on ... hunger strike | notarget
142 | remain/stay on ... hunger strike | notarget
142 | join ... hunger strike | notarget
142 | enter ... day/week/month of ... hunger strike | notarget
142 | refuse ... food/meals/nourishment ... in? protest | notarget
142 | go on ... hunger-strike | notarget
142 | begin/start/launch/stage/continue/declare/announce/hold/join ... hunger-strike | notarget
142 | refuse ... food | notarget
142 | fast ... in protest | notarget
142 | hunger strike | noun; notarget
142 | hunger strike against TGT | noun
142 | hunger strike by SRC | noun
142 | hunger-strike/hunger-strikes | noun; notarget
142 | hunger striker/strikers | noun; notarget
# 1421 Conduct hunger strike for leadership change
1421 | go on ... hunger strike ... demanding/demand ... resignation/ouster/departure | notarget
1421 | hunger strike ... demanding/demand ... resignation/ouster/departure of TGT | noun
# 1422 Conduct hunger strike for policy change
1422 | go on ... hunger strike ... against/over ... law/bill/policy/decision/decree/plan/project | notarget
1422 | hunger strike ... against/over ... law/bill/policy/decision/decree/plan/project | noun; notarget
# 1423 Conduct hunger strike for rights
1423 | go on ... hunger strike ... demanding/demand/for/protest ... release/rights/trial/freedom/conditions/treatment/detention/justice | notarget
1423 | go on ... hunger strike ... against ... detention/imprisonment/arrest/conditions/treatment/sentence | notarget
1423 | hunger strike ... demanding/for/against ... release/rights/trial/freedom/conditions/treatment/detention/imprisonment | noun; notarget
# 1424 Conduct hunger strike for change in institutions, regime
1424 | go on ... hunger strike ... demanding/for ... election/elections/democracy/transition/reform | notarget
1424 | hunger strike ... demanding/for ... election/elections/democracy/transition | noun; notarget
# 143 Conduct strike or boycott
143 | go on strike | notarget
143 | go on ... strike | notarget
143 | be on ... strike | notarget
143 | stage/launch/begin/start/hold/call/declare/announce/observe ... general/nationwide/national/indefinite/labour/labor/workers/teachers/doctors/transport/warning/day-long/24-hour/48-hour/72-hour ... strike/strikes | notarget
143 | call ... strike/strikes | notarget
143 | strike ... over ... pay/wages/salaries/arrears/conditions/pensions/prices | notarget
143 | strike ... demanding/demand | notarget
143 | walk out | notarget
143 | walk off ... job/jobs | notarget
143 | down tools | notarget
143 | lay down ... tools | notarget
143 | stop ... work | notarget
143 | shut ... shops/businesses/markets/schools ... in protest | notarget
143 | close ... shops/businesses/markets ... in protest | notarget
143 | boycott TGT
143 | boycott ... goods/products/imports/brands/companies/firms ... from/of TGT
143 | boycott ... goods/products/imports/brands | notarget
143 | boycott ... election/elections/vote/poll/polls/referendum/ceremony/games/olympics/parliament/session/classes/exams | notarget
143 | boycott | notarget
143 | call for ... boycott of TGT
143 | call for ... boycott | notarget
143 | launch ... boycott of/against TGT
143 | general strike | noun; notarget
143 | nationwide/national/indefinite/labour/labor ... strike/strikes | noun; notarget
143 | walkout/walk-out | noun; notarget
143 | stay-away/stayaway | noun; notarget

143 | boycott of TGT | noun
143 | boycott of ... election/elections/vote/poll/polls/referendum/talks | noun; notarget
143 | boycott | noun; notarget
# 1431 Conduct strike or boycott for leadership change
1431 | strike ... demanding/demand ... resignation/ouster/departure/removal | notarget
1431 | go on strike ... demanding/demand ... resignation/ouster/departure/removal | notarget
1431 | strike/strikes ... demanding ... resignation/ouster/departure/removal of TGT | noun
1431 | boycott ... until ... resign/resigns/steps | notarget
# 1432 Conduct strike or boycott for policy change
1432 | strike ... against ... law/bill/policy/reform/reforms/tax/taxes/price/prices/cuts/austerity/plan/privatization/privatisation | notarget
1432 | go on strike ... against/over ... law/bill/policy/reform/reforms/tax/taxes/price/prices/cuts/austerity/plan/privatization/privatisation | notarget
1432 | strike/strikes ... against ... law/bill/policy/reform/reforms/tax/taxes/prices/cuts/austerity | noun; notarget
1432 | boycott ... in protest against ... law/bill/policy/decision/decree | notarget
# 1433 Conduct strike or boycott for rights
1433 | strike ... for/over ... pay/wages/wage/salaries/salary/arrears/bonuses/pensions/conditions/rights/allowances | notarget
1433 | go on strike ... for/over ... pay/wages/wage/salaries/salary/arrears/bonuses/pensions/conditions/rights/allowances | notarget
1433 | strike ... demanding ... pay/wages/wage/salaries/salary/arrears/bonuses/pensions/conditions/rights/allowances | notarget
1433 | strike/strikes ... over/for ... pay/wages/salaries/arrears/pensions/conditions/rights | noun; notarget
1433 | pay/wage/salary ... strike/strikes | noun; notarget
# 1434 Conduct strike or boycott for change in institutions, regime
1434 | boycott ... election/elections/referendum/vote/poll/polls/dialogue ... organized/organised/called/held ... by TGT
1434 | boycott ... transition/transitional ... council/process/dialogue/body/bodies | notarget
1434 | strike ... demanding/for ... election/elections/democracy/transition/constitution | notarget
1434 | election boycott | noun; notarget
# 144 Obstruct passage, block
144 | block ... road/roads/highway/highways/route/routes/street/streets/bridge/bridges/traffic/transport/access/entrance/entrances/railway/port/ports/border/crossing/junction | notarget
144 | block ... road/roads/highway/highways/route/routes/entrance/entrances/access to TGT
144 | blockade ... road/roads/highway/highways/street/streets/bridge/bridges/port/ports/border/crossing/refinery/mine/depot/terminal | notarget
144 | barricade ... road/roads/highway/highways/street/streets/bridge/bridges/entrance/entrances | notarget
144 | barricade ... themselves | notarget
144 | erect/set up/put up/build ... barricade/barricades/roadblock/roadblocks | notarget
144 | man ... barricade/barricades/roadblock/roadblocks | notarget
144 | set up ... barricades | notarget
144 | obstruct ... road/roads/traffic/access/passage/entrance/convoy/convoys | notarget
144 | occupy ... square/squares/street/streets/road/roads/campus/university/building/buildings/offices/office/site/mine/refinery/factory/plant | notarget
144 | occupy ... square/squares/street/streets/road/roads/campus/building/buildings/offices/office/headquarters of TGT
144 | paralyze/paralyse ... traffic/city/capital/port/town/roads | notarget
144 | shut down ... road/roads/highway/highways/city/town/port/market | notarget
144 | bring ... city/capital/traffic/town ... to ... standstill | notarget
144 | disrupt ... traffic | notarget
144 | chain ... themselves ... to | notarget
144 | lie ... on ... road/roads/railway/tracks | notarget
144 | burn ... tyres/tires ... on ... road/roads/streets | notarget
144 | burn ... tyres/tires | notarget
144 | road block/blocks | noun; notarget
144 | roadblock/roadblocks/barricade/barricades | noun; notarget
144 | blockade of ... road/roads/highway/port/border | noun; notarget
# 1441 Obstruct passage to demand leadership change
1441 | block ... road/roads/highway/highways/streets ... demanding/demand ... resignation/ouster/departure/removal | notarget
1441 | barricade ... road/roads/highway/highways/streets ... demanding/demand ... resignation/ouster/departure/removal | notarget
# 1442 Obstruct passage to demand policy change
1442 | block ... road/roads/highway/highways/streets/port/border ... in protest against/over ... law/bill/policy/decision/decree/prices/tax/taxes/cuts/plan/project | notarget
1442 | block ... road/roads/highway/highways/streets/port/border ... to protest ... law/bill/policy/decision/decree/prices/tax/taxes/cuts/plan/project | notarget
1442 | block ... road/roads/highway/highways/port/border ... against ... law/bill/policy/decision/decree/prices/tax/taxes/cuts/plan/project | notarget
# 1443 Obstruct passage to demand rights
1443 | block ... road/roads/highway/highways/streets/port/border ... demanding ... pay/wages/salaries/arrears/rights/compensation/jobs/water/electricity/release | notarget
1443 | block ... road/roads/highway/highways/streets ... to demand ... pay/wages/salaries/arrears/rights/compensation/jobs/water/electricity/release | notarget
1443 | block ... road/roads/highway/highways/streets ... over ... pay/wages/salaries/arrears/rights/compensation/jobs/water/electricity/killing/arrest | notarget
# 1444 Obstruct passage to demand change in institutions, regime
1444 | block ... road/roads/highway/highways/streets ... demanding/demand ... election/elections/democracy/transition/return | notarget
1444 | block ... road/roads/highway/highways/streets ... against ... junta/regime/coup/constitution/results/referendum | notarget
# 145 Protest violently, riot
145 | riot | notarget
145 | riot against TGT
145 | riot | noun; notarget
145 | riots | noun; notarget
145 | rioting | noun; notarget
145 | loot ... shop/shops/store/stores/market/markets/warehouse/warehouses/businesses | notarget
145 | loot | notarget
145 | ransack TGT
145 | ransack ... embassy/office/offices/headquarters/building/buildings/homes/shops | notarget
145 | torch ... car/cars/vehicles/buildings/building/shops/tires/tyres/station/offices | notarget
145 | set fire to ... car/cars/vehicles/buildings/building/shops/station/offices/tires/tyres | notarget
145 | set ... car/cars/vehicles/buildings/building/shops/offices/station/stations ... ablaze/alight/on fire | notarget
145 | burn ... car/cars/vehicles/buildings/shops/station/offices | notarget
145 | throw ... stones/rocks/bottles/projectiles/molotov/petrol/firebombs ... at TGT
145 | throw ... stones/rocks/bottles/projectiles/molotov/firebombs | notarget
145 | hurl ... stones/rocks/bottles/projectiles/molotov/petrol/firebombs ... at TGT
145 | hurl ... stones/rocks/bottles/projectiles/molotov/firebombs | notarget
145 | pelt TGT with ... stones/rocks/bottles/eggs
145 | pelt TGT
145 | stone TGT
145 | storm ... embassy/parliament/palace/ministry/building/buildings/office/offices/headquarters/station/prison/courthouse | notarget
145 | storm ... embassy/parliament/palace/ministry/building/office/offices/headquarters/station of TGT
145 | attack ... embassy/embassies/consulate/consulates ... of TGT
145 | vandalize/vandalise ... embassy/building/buildings/offices/office/shops/property | notarget
145 | go on ... rampage | notarget
145 | rampage | notarget
145 | clash with ... police/security/gendarmes/troops ... during/in ... protest/protests/demonstration/demonstrations/rally/march | notarget
145 | clash with TGT ... during/in ... protest/protests/demonstration/demonstrations/rally/march
145 | run riot | notarget
145 | violent ... protest/protests/demonstration/demonstrations/clashes | noun; notarget
145 | violent ... protest/protests/demonstrations/clashes against TGT | noun
145 | riot/riots against TGT | noun
145 | looting | noun; notarget
145 | mob violence | noun; notarget
# 1451 Engage in violent protest for leadership change
1451 | riot ... demanding/demand ... resignation/ouster/departure/removal | notarget
1451 | riot ... demanding/demand ... resignation/ouster/departure/removal of TGT
1451 | violent ... protest/protests/demonstrations/riots ... demanding ... resignation/ouster/departure/removal of TGT | noun
1451 | violent ... protest/protests/demonstrations/riots ... demanding ... resignation/ouster/departure/removal | noun; notarget
# 1452 Engage in violent protest for policy change
1452 | riot ... over/against ... price/prices/hike/hikes/tax/taxes/law/bill/policy/decision/decree/cuts/shortages/fuel/bread/electricity | notarget
1452 | riot/riots ... over/against ... price/prices/hike/hikes/tax/taxes/law/bill/policy/decision/cuts/shortages/fuel/bread | noun; notarget
1452 | food/fuel/bread/price ... riot/riots | noun; notarget
# 1453 Engage in violent protest for rights
1453 | riot ... over/against ... killing/death/arrest/detention/shooting/brutality/racism/discrimination | notarget
1453 | riot ... over/against ... killing/death/arrest/detention/shooting of TGT
1453 | riot/riots ... over/after/against ... killing/death/arrest/detention/shooting/brutality/racism/discrimination | noun; notarget
1453 | race/ethnic/sectarian ... riot/riots | noun; notarget
# 1454 Engage in violent protest for change in institutions, regime
1454 | riot ... over/against ... election/elections/results/vote/coup/junta/regime/constitution/referendum | notarget
1454 | riot/riots ... over/after/against ... election/elections/results/vote/coup/junta/regime/constitution | noun; notarget
1454 | post-election/election ... violence/riot/riots/unrest | noun; notarget

