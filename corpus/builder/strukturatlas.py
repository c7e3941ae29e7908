"""Strukturatlas 2020 – Teil 1 des Kreisentwicklungskonzepts (Bestandsaufnahme in Zahlen).

Content only: the renderer turns `DOCUMENT` into the sample PDF. All figures follow FACTS.md where a
shared fact exists; everything else is invented but plausible (every page is marked as Beispieldokument).
Some figures appear only in tables and not in the running text, so that table retrieval matters.
"""

from __future__ import annotations

from corpus.builder.model import (
    Block,
    Bullets,
    Columns,
    Heading,
    Para,
    Question,
    SampleDocument,
    Table,
)

_SL = "Quelle: Statistisches Landesamt Rheinland-Pfalz, eigene Berechnung"
_BA = "Quelle: Bundesagentur für Arbeit, Statistik-Service Südwest, eigene Berechnung"

# ---------------------------------------------------------------------------------------------------------------
# Front matter: Vorwort und Hinweise zur Nutzung
# ---------------------------------------------------------------------------------------------------------------

_FRONT: tuple[Block, ...] = (
    Heading("Vorwort", 1),
    Para(
        "Der Landkreis Bernkastel-Wittlich steht – wie viele ländlich geprägte Räume in Rheinland-Pfalz – vor "
        "tiefgreifenden Veränderungen. Der demografische Wandel, die Digitalisierung der Arbeits- und Lebenswelt, "
        "der Klimaschutz und der wachsende Bedarf an Fachkräften stellen den Kreis, die Städte, die "
        "Verbandsgemeinden und die Ortsgemeinden gleichermaßen vor neue Aufgaben. Zugleich verfügen wir über "
        "große Stärken: eine einzigartige Kulturlandschaft an der Mosel, leistungsfähige Unternehmen im Raum "
        "Wittlich und auf den Hunsrückhöhen, eine bundesweit beachtete Energielandschaft in Morbach, den "
        "Nationalpark Hunsrück-Hochwald vor der Haustür und vor allem Menschen, die sich in Vereinen, Feuerwehren, "
        "Kirchengemeinden und Initiativen mit großem Einsatz für ihre Heimat engagieren. Um diese Stärken gezielt "
        "weiterzuentwickeln, hat der Kreistag die Kreisverwaltung beauftragt, ein Kreisentwicklungskonzept zu "
        "erarbeiten, das die Leitlinien unserer gemeinsamen Entwicklung bis zum Jahr 2030 beschreibt."
    ),
    Para(
        "Der vorliegende Strukturatlas 2020 bildet den ersten Teil dieses Kreisentwicklungskonzepts. Er fasst auf "
        "einer breiten Datengrundlage zusammen, wo der Landkreis heute steht: von der Bevölkerungsentwicklung über "
        "Wirtschaft und Arbeitsmarkt, Bildung, Gesundheit und Pflege bis zu Mobilität, digitaler Infrastruktur, "
        "Energie und Klima, Tourismus, Wohnen und der sozialen Lage von Familien. Die Stabsstelle "
        "Kreisentwicklung hat dafür amtliche Statistiken ausgewertet, Fachplanungen der Kreisverwaltung "
        "zusammengeführt und Daten der Verbandsgemeinden, der Kammern und weiterer Partner einbezogen. Bewusst "
        "beschränkt sich der Strukturatlas auf eine nüchterne Bestandsaufnahme: Er bewertet nicht, er beschreibt. "
        "Die Schlussfolgerungen, Ziele und Maßnahmen werden im zweiten Teil, dem Handlungskonzept 2030, gemeinsam "
        "mit den kommunalen Gremien, der Wirtschaft, den Sozialverbänden und der Bürgerschaft erarbeitet."
    ),
    Para(
        "Mein Dank gilt allen, die an der Erstellung mitgewirkt haben: den Mitarbeiterinnen und Mitarbeitern der "
        "Kreisverwaltung, den Bürgermeistern der Verbandsgemeinden, der Stadt Wittlich und der Gemeinde Morbach, "
        "dem Statistischen Landesamt Rheinland-Pfalz, der Agentur für Arbeit Trier, der Planungsgemeinschaft "
        "Region Trier sowie den zahlreichen Fachleuten aus Verbänden und Einrichtungen, die ihre Daten und ihr "
        "Wissen zur Verfügung gestellt haben. Die Corona-Pandemie hat uns im Jahr 2020 eindringlich vor Augen "
        "geführt, wie wichtig verlässliche Daten, eine funktionierende öffentliche Infrastruktur und ein starker "
        "gesellschaftlicher Zusammenhalt sind. Viele Entwicklungen, die in diesem Atlas beschrieben werden – etwa "
        "die Bedeutung schneller Internetanschlüsse für Homeoffice und Distanzunterricht oder die Belastung der "
        "Pflege –, haben durch die Pandemie zusätzlich an Gewicht gewonnen."
    ),
    Para(
        "Ich lade Sie herzlich ein, den Strukturatlas als Nachschlagewerk zu nutzen – in den Gremien, in der "
        "Verwaltung, in Schulen und Vereinen und überall dort, wo über die Zukunft unseres Landkreises diskutiert "
        "wird. Kreisentwicklung gelingt nur, wenn möglichst viele Menschen ihre Erfahrungen und Ideen einbringen. "
        "Anregungen und Hinweise auf Ergänzungen nimmt die Stabsstelle Kreisentwicklung jederzeit gerne entgegen."
    ),
    Para("Wittlich, im November 2020"),
    Para("Gregor Eibes, Landrat des Landkreises Bernkastel-Wittlich"),
    Heading("Hinweise zur Nutzung", 1),
    Para(
        "Der Strukturatlas 2020 ist in zwölf Kapitel gegliedert. Die Kapitel 1 bis 11 beschreiben jeweils ein "
        "Themenfeld der Kreisentwicklung mit Texten, Tabellen und Erläuterungen; Kapitel 12 fasst die wichtigsten "
        "Stärken und Herausforderungen des Landkreises in Form einer Stärken-Schwächen-Chancen-Risiken-Übersicht "
        "zusammen und leitet zum Handlungskonzept 2030 über. Alle Tabellen sind fortlaufend nummeriert und nennen "
        "unterhalb der Überschrift die Maßeinheit sowie unterhalb der Tabelle die Datenquelle. Wo Werte durch "
        "die Stabsstelle Kreisentwicklung aus mehreren Quellen zusammengeführt, umgerechnet oder geschätzt wurden, "
        "ist dies mit dem Zusatz „eigene Berechnung“ gekennzeichnet. Nicht jeder Tabellenwert wird im Text "
        "wiederholt; für Detailfragen empfiehlt sich daher stets der Blick in die Tabellen."
    ),
    Para(
        "Sofern nicht anders angegeben, beziehen sich Bevölkerungsdaten auf den Stichtag 31.12.2019 und beruhen "
        "auf der Bevölkerungsfortschreibung des Statistischen Landesamtes auf Basis des Zensus 2011. Daten zur "
        "sozialversicherungspflichtigen Beschäftigung beziehen sich auf den Stichtag 30.06., Arbeitslosenzahlen "
        "und Arbeitslosenquoten auf den Jahresdurchschnitt. Die Angaben zur Breitbandverfügbarkeit geben den "
        "Stand Mitte 2020 wieder, die Angaben zur Kinderbetreuung den Stichtag 01.03.2020. Alle Werte beziehen sich "
        "auf den Gebietsstand vom 01.01.2020; Zeitreihen wurden auf diesen Gebietsstand umgerechnet, sodass die "
        "Gebietsänderungen der Kommunal- und Verwaltungsreform der Jahre 2012 bis 2014 die Vergleichbarkeit nicht "
        "beeinträchtigen. Dezimalstellen werden mit Komma, Tausenderstellen mit Punkt getrennt. In Summen können "
        "rundungsbedingte Abweichungen auftreten. Ein Gedankenstrich (–) in einer Tabelle bedeutet „nichts "
        "vorhanden“ bzw. „nicht sinnvoll“, ein Punkt (.) bedeutet „Zahlenwert unbekannt oder geheim zu halten“."
    ),
    Para("Die wichtigsten Datenquellen des Strukturatlas sind:"),
    Bullets(
        (
            "Statistisches Landesamt Rheinland-Pfalz (Bad Ems): Bevölkerung, Flächennutzung, Bautätigkeit, "
            "Beherbergung im Reiseverkehr, allgemeinbildende und berufsbildende Schulen, Pflegestatistik, "
            "Kinder- und Jugendhilfestatistik, Bevölkerungsvorausberechnung",
            "Bundesagentur für Arbeit, Statistik-Service Südwest, und Agentur für Arbeit Trier: "
            "sozialversicherungspflichtig Beschäftigte, Pendlerverflechtungen, Arbeitslose, Ausbildungsmarkt",
            "Breitbandatlas des Bundes (Stand Mitte 2020) und Breitbandprojekt des Landkreises: "
            "Breitbandverfügbarkeit, Glasfaseranschlüsse der Schulen",
            "Kassenärztliche Vereinigung Rheinland-Pfalz: Hausärztinnen und Hausärzte, Altersstruktur, Bedarfsplanung",
            "Kraftfahrt-Bundesamt: Fahrzeugbestand und Pkw-Dichte (Stichtag jeweils 01.01.)",
            "Energieatlas Rheinland-Pfalz und Marktstammdatenregister der Bundesnetzagentur: Anlagen zur "
            "Stromerzeugung; Klimaschutzmanagement des Kreises: CO₂-Bilanz nach BISKO-Standard",
            "Gutachterausschuss für Grundstückswerte für den Bereich Westeifel-Mosel: Bodenrichtwerte",
            "Kreisverwaltung Bernkastel-Wittlich (Jugendamt, Schulverwaltung, Sozialamt, Gesundheitsamt, "
            "Kreisverkehrsplanung): Fachdaten und eigene Erhebungen",
        )
    ),
    Para(
        "Der Strukturatlas steht auf der Internetseite der Kreisverwaltung auch als barrierearme PDF-Fassung zur "
        "Verfügung. Auszüge dürfen mit Quellenangabe („Landkreis Bernkastel-Wittlich, Strukturatlas 2020“) frei "
        "verwendet werden. Fragen zu einzelnen Daten beantwortet die Stabsstelle Kreisentwicklung der "
        "Kreisverwaltung Bernkastel-Wittlich, Kurfürstenstraße 16, 54516 Wittlich. Eine Fortschreibung der "
        "wichtigsten Kennzahlen ist im Rahmen des Monitorings zum Handlungskonzept 2030 in einem zweijährlichen "
        "Rhythmus vorgesehen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 1: Lage und Raumstruktur (zweispaltig)
# ---------------------------------------------------------------------------------------------------------------

_KAP1: tuple[Block, ...] = (
    Columns(2),
    Heading("1 Lage und Raumstruktur", 1),
    Heading("1.1 Geografische Lage und Naturraum", 2),
    Para(
        "Der Landkreis Bernkastel-Wittlich liegt im Westen des Landes Rheinland-Pfalz und gehört zur "
        "Planungsgemeinschaft Region Trier. Mit einer Fläche von 1.167,9 km² zählt er zu den flächengrößeren "
        "Landkreisen des Landes. Er grenzt im Norden an den Landkreis Vulkaneifel, im Nordosten an den Landkreis "
        "Cochem-Zell, im Osten an den Rhein-Hunsrück-Kreis, im Süden an den Landkreis Birkenfeld, im Südwesten an "
        "den Landkreis Trier-Saarburg und im Westen an den Eifelkreis Bitburg-Prüm. Kreisstadt und Sitz der "
        "Kreisverwaltung ist Wittlich. Das Oberzentrum Trier liegt rund 40 km südwestlich der Kreisstadt, die "
        "Landeshauptstadt Mainz ist etwa 130 km entfernt. Die Grenze zum Großherzogtum Luxemburg ist von Wittlich "
        "aus in rund 50 Minuten Fahrzeit erreichbar, was die Arbeitsmarktverflechtungen des Kreises spürbar prägt.",
        key="SA-lage-p1",
    ),
    Para(
        "Naturräumlich hat der Landkreis Anteil an drei sehr unterschiedlichen Landschaften. Das Moseltal "
        "durchzieht den Kreis von Trittenheim im Südwesten bis Enkirch im Nordosten in weiten Schleifen; die "
        "steilen, nach Süden exponierten Hänge der Mittelmosel tragen einige der bekanntesten Weinlagen "
        "Deutschlands. Nördlich der Mosel erstreckt sich die Wittlicher Senke, eine fruchtbare, vergleichsweise "
        "flache Buntsandsteinmulde, an die sich die bewaldeten Ausläufer der Vulkaneifel mit den Tälern von Lieser "
        "und Kleiner Kyll und der Burgenstadt Manderscheid anschließen. Südlich der Mosel steigt das Gelände zu den "
        "Hochflächen des Hunsrücks an. Dort liegt mit dem Erbeskopf (816 m ü. NN) die höchste Erhebung von "
        "Rheinland-Pfalz; ein großer Teil der Waldflächen im Raum Morbach und Thalfang gehört zum 2015 "
        "gegründeten Nationalpark Hunsrück-Hochwald. Zwischen dem Moselufer bei Enkirch (rund 105 m ü. NN) und "
        "dem Gipfel des Erbeskopfs liegen damit mehr als 700 Höhenmeter."
    ),
    Para(
        "Die Flächennutzung spiegelt diese naturräumliche Gliederung wider. Knapp die Hälfte der Kreisfläche ist "
        "bewaldet; der Waldanteil liegt damit deutlich über dem Landesdurchschnitt von rund 42 %. Gut ein Drittel "
        "der Fläche wird landwirtschaftlich genutzt, darunter Grünland und Ackerflächen in der Wittlicher Senke "
        "und auf den Hunsrückhöhen sowie die Rebflächen an Mosel und Seitentälern. Die Siedlungs- und "
        "Verkehrsfläche nimmt rund ein Zehntel der Kreisfläche ein und ist damit spürbar geringer als im "
        "rheinland-pfälzischen Durchschnitt. Die Flächenneuinanspruchnahme für Siedlungs- und Verkehrszwecke "
        "betrug im Mittel der Jahre 2015 bis 2019 rund 0,2 ha je Tag; ein wesentlicher Teil entfiel auf den "
        "Hochmoselübergang, die Erweiterung von Gewerbegebieten sowie auf Neubaugebiete im Umland von Wittlich."
    ),
    Table(
        caption="Tabelle 1: Flächennutzung im Landkreis Bernkastel-Wittlich 2019",
        header=("Nutzungsart", "Fläche in km²", "Anteil in %"),
        rows=(
            ("Siedlungs- und Verkehrsfläche", "121,5", "10,4"),
            ("Landwirtschaftsfläche (einschl. Rebflächen)", "438,0", "37,5"),
            ("Waldfläche", "572,3", "49,0"),
            ("Wasserfläche", "14,0", "1,2"),
            ("Sonstige Flächen (Unland, Abbauland u. a.)", "22,1", "1,9"),
            ("Insgesamt", "1.167,9", "100,0"),
        ),
        unit="Fläche in km², Anteil in %; Stichtag 31.12.2019",
        source=_SL,
        key="SA-lage-tab-flaeche",
    ),
    Heading("1.2 Verwaltungsgliederung und Gebietskörperschaften", 2),
    Para(
        "Der Landkreis gliedert sich in die verbandsfreie Stadt Wittlich, die verbandsfreie Gemeinde Morbach "
        "sowie die vier Verbandsgemeinden Bernkastel-Kues, Thalfang am Erbeskopf, Traben-Trarbach und "
        "Wittlich-Land. Den Verbandsgemeinden gehören insgesamt 107 Ortsgemeinden an, darunter die Städte "
        "Bernkastel-Kues, Traben-Trarbach und Manderscheid. Die Gemeinde Morbach ist als Einheitsgemeinde in "
        "19 Ortsbezirke untergliedert. Prägend ist die Kleinteiligkeit der Gemeindestruktur: Mehr als die Hälfte "
        "der Ortsgemeinden hat weniger als 500 Einwohnerinnen und Einwohner, rund ein Fünftel sogar weniger als "
        "200. Die Ortsgemeinden nehmen ihre Selbstverwaltungsaufgaben überwiegend ehrenamtlich wahr, während die "
        "Verbandsgemeindeverwaltungen die Verwaltungsgeschäfte führen und Aufgaben wie die Trägerschaft der "
        "Grundschulen, den Brandschutz und die Wasserversorgung übernehmen.",
        key="SA-lage-p-gk",
    ),
    Para(
        "Im Zuge der Kommunal- und Verwaltungsreform des Landes Rheinland-Pfalz wurden zwischen 2012 und 2014 "
        "mehrere frühere Verbandsgemeinden aufgelöst und mit Nachbarverbandsgemeinden zusammengeschlossen. Die "
        "Verbandsgemeinden Bernkastel-Kues, Traben-Trarbach und Wittlich-Land haben dadurch an Fläche und "
        "Einwohnern gewonnen. Die Verbandsgemeinde Wittlich-Land ist heute sowohl nach der Fläche als auch nach "
        "der Einwohnerzahl die größte Gebietskörperschaft des Kreises; sie umschließt die Kreisstadt nahezu "
        "vollständig und reicht von der Mosel bis in die Vulkaneifel. Die Verbandsgemeinde Thalfang am Erbeskopf "
        "ist die bevölkerungsschwächste Gebietskörperschaft und zugleich am dünnsten besiedelt. Die Spannweite "
        "der Bevölkerungsdichte reicht von rund 50 Einwohnern je km² im Hochwald bis zu über 380 Einwohnern je km² "
        "in der Stadt Wittlich (vgl. Tabelle 2)."
    ),
    Table(
        caption="Tabelle 2: Gebietskörperschaften des Landkreises – Fläche und Bevölkerung",
        header=("Gebietskörperschaft", "Ortsgemeinden", "Fläche in km²", "Einwohner 31.12.2019", "Einwohner je km²"),
        rows=(
            ("Stadt Wittlich (verbandsfrei)", "–", "49,7", "19.080", "384"),
            ("Gemeinde Morbach (verbandsfrei)", "–", "122,1", "10.790", "88"),
            ("VG Bernkastel-Kues", "30", "244,6", "25.210", "103"),
            ("VG Thalfang am Erbeskopf", "20", "133,6", "6.640", "50"),
            ("VG Traben-Trarbach", "13", "196,3", "16.950", "86"),
            ("VG Wittlich-Land", "44", "421,6", "33.995", "81"),
            ("Landkreis Bernkastel-Wittlich", "107", "1.167,9", "112.665", "96"),
        ),
        unit="Anzahl, Fläche in km²; Gebietsstand 01.01.2020",
        source=_SL,
        key="SA-lage-tab-gk",
    ),
    Heading("1.3 Zentrale Orte und raumordnerische Einordnung", 2),
    Para(
        "Nach dem Landesentwicklungsprogramm (LEP IV) und dem Regionalen Raumordnungsplan der Region Trier ist "
        "die Kreisstadt Wittlich als Mittelzentrum ausgewiesen und übernimmt für große Teile des Kreises "
        "Versorgungsfunktionen in den Bereichen Handel, Verwaltung, weiterführende Schulen, Gesundheit und "
        "Kultur. Weitere Mittelzentren sind Bernkastel-Kues, Traben-Trarbach und Morbach. Ergänzt wird das "
        "zentralörtliche Netz durch Grundzentren wie Thalfang, Manderscheid, Neumagen-Dhron oder Zeltingen-Rachtig, "
        "die die Grundversorgung ihres Nahbereichs sichern sollen. Oberzentrale Funktionen – etwa Hochschulen, "
        "Fachkliniken der Maximalversorgung oder Landesbehörden – werden überwiegend in Trier und Koblenz in "
        "Anspruch genommen. Die Erreichbarkeit der Mittelzentren mit dem Pkw ist für fast alle Ortsgemeinden "
        "innerhalb von 30 Minuten gegeben, mit öffentlichen Verkehrsmitteln jedoch nicht flächendeckend."
    ),
    Para(
        "In der siedlungsstrukturellen Typisierung des Bundesinstituts für Bau-, Stadt- und Raumforschung wird "
        "Bernkastel-Wittlich als „dünn besiedelter ländlicher Kreis“ geführt; der Landatlas des Thünen-Instituts "
        "ordnet den Kreis den sehr ländlichen Räumen mit guter sozioökonomischer Lage zu. Diese Einordnung fasst "
        "ein Grundmuster zusammen, das sich durch den gesamten Strukturatlas zieht: Der Landkreis ist ländlich "
        "geprägt und kleinteilig besiedelt, verfügt aber über eine vergleichsweise stabile Wirtschaft, einen "
        "robusten Arbeitsmarkt und eine hohe Lebensqualität. Gleichzeitig bestehen erhebliche Unterschiede "
        "zwischen dem dynamischen Raum Wittlich mit seinen Umlandgemeinden, dem touristisch geprägten Moseltal "
        "und den dünner besiedelten Höhengebieten in Eifel und Hunsrück."
    ),
    Heading("1.4 Verkehrliche Lage", 2),
    Para(
        "Die verkehrliche Anbindung des Kreises hat sich in den vergangenen Jahren deutlich verbessert. Über das "
        "Autobahnkreuz Wittlich ist der Kreis an die A 1 in Richtung Trier und Saarbrücken sowie in Richtung "
        "Eifel und Köln und an die A 60 in Richtung Bitburg und Belgien angeschlossen. Mit der Eröffnung des "
        "Hochmoselübergangs im Zuge der B 50 im November 2019 ist eine leistungsfähige Verbindung zwischen Eifel "
        "und Hunsrück entstanden. Die 1.702 m lange und bis zu 158 m hohe Hochmoselbrücke überspannt das Moseltal "
        "zwischen Ürzig und Zeltingen-Rachtig und verkürzt die Fahrzeiten vom Raum Wittlich zu den "
        "Hunsrückhöhen und zum Flughafen Frankfurt-Hahn erheblich. Zugleich entlastet sie zahlreiche Moselorte "
        "vom Durchgangsverkehr, der bis dahin über die engen Moselbrücken und Ortsdurchfahrten geführt wurde.",
        key="SA-lage-p-verkehr",
    ),
    Para(
        "Im Schienenverkehr ist der Kreis über den Bahnhof Wittlich Hbf an die Moselstrecke Koblenz–Trier "
        "angebunden, auf der Regional-Express- und Regionalbahnlinien im Stundentakt verkehren; ein Teil der "
        "Züge fährt bis Luxemburg durch. Traben-Trarbach ist über die Moselweinbahn mit dem Bahnhof Bullay "
        "verbunden. Das Moseltal zwischen Bernkastel-Kues und Traben-Trarbach, die Wittlicher Senke abseits der "
        "Hauptstrecke sowie die Hunsrückhöhen um Morbach und Thalfang verfügen dagegen über keinen "
        "Schienenanschluss und werden ausschließlich durch Buslinien erschlossen. Für den Güterverkehr besitzt "
        "die Mosel als Bundeswasserstraße mit den Staustufen Wintrich und Zeltingen Bedeutung; im Personenverkehr "
        "dominieren dort Ausflugs- und Flusskreuzfahrtschiffe."
    ),
    Para(
        "Für die innere Erschließung des Kreises sind die Landes- und Kreisstraßen von zentraler Bedeutung. Der "
        "Landkreis ist Baulastträger von rund 390 km Kreisstraßen, die vielfach durch topografisch schwieriges "
        "Gelände führen und einen erheblichen Unterhaltungsaufwand verursachen. Steigungsstrecken an den "
        "Moselhängen, enge Ortsdurchfahrten und zahlreiche Brückenbauwerke prägen das Netz. Im Kreisstraßenbau "
        "liegt der Schwerpunkt der kommenden Jahre auf der Substanzerhaltung, dem Ausbau von Anbindungen an den "
        "Hochmoselübergang sowie auf dem Bau straßenbegleitender Radwege, für die Finanzierungsmittel aus dem "
        "Landesverkehrsfinanzierungsgesetz – Kommunale Gebietskörperschaften (LVFGKom) eingesetzt werden."
    ),
    Heading("1.5 Siedlungsstruktur und Ortsbild", 2),
    Para(
        "Die Siedlungsstruktur des Kreises ist durch eine Vielzahl kleiner Dörfer geprägt, die sich in ihrer "
        "Gestalt je nach Naturraum deutlich unterscheiden. An der Mosel drängen sich die Winzerorte auf den "
        "schmalen Uferterrassen und Schwemmfächern zwischen Fluss und Steilhang; ihre dichten, historisch "
        "gewachsenen Ortskerne mit Fachwerk- und Bruchsteinhäusern, Kelterhäusern und Gewölbekellern stehen "
        "vielfach unter Denkmalschutz. In der Wittlicher Senke und auf den Hochflächen von Eifel und Hunsrück "
        "überwiegen locker bebaute Haufen- und Straßendörfer mit landwirtschaftlichen Hofstellen, die seit den "
        "1960er-Jahren durch ausgedehnte Neubaugebiete am Ortsrand erweitert wurden. Die Kreisstadt Wittlich "
        "mit ihrer barocken Altstadt und die Moselstädte Bernkastel-Kues und Traben-Trarbach bilden die "
        "städtischen Schwerpunkte."
    ),
    Para(
        "Für die künftige Siedlungsentwicklung ergeben sich aus dieser Struktur besondere Anforderungen. In den "
        "Moselorten begrenzen Hochwassergefahr, Hangneigung und Denkmalschutz die Entwicklungsmöglichkeiten, "
        "während die historische Bausubstanz hohe Ansprüche an Sanierung und Umnutzung stellt. Auf den "
        "Höhen steht der Ausweisung neuer Baugebiete häufig ein wachsender Leerstand in den Ortskernen "
        "gegenüber. Der Regionale Raumordnungsplan setzt deshalb auf eine Konzentration der Siedlungsentwicklung "
        "in den zentralen Orten und auf eine vorrangige Innenentwicklung. Für die Ortsgemeinden bedeutet dies, "
        "Baulücken, Brachen und leerstehende Gebäude stärker zu nutzen und die Dorfkerne als Orte der "
        "Begegnung zu erhalten; entsprechende Befunde werden in Kapitel 10 vertieft."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 2: Bevölkerung und demografische Entwicklung
# ---------------------------------------------------------------------------------------------------------------

_KAP2: tuple[Block, ...] = (
    Columns(1),
    Heading("2 Bevölkerung und demografische Entwicklung", 1),
    Heading("2.1 Bevölkerungsstand und Entwicklung 2010 bis 2019", 2),
    Para(
        "Am 31.12.2019 lebten im Landkreis Bernkastel-Wittlich 112.665 Einwohnerinnen und Einwohner. Bezogen auf "
        "die Kreisfläche entspricht dies einer Bevölkerungsdichte von 96 Einwohnern je km²; der "
        "Landesdurchschnitt von Rheinland-Pfalz liegt mit rund 206 Einwohnern je km² mehr als doppelt so hoch. "
        "Gegenüber dem 31.12.2010, als 111.480 Menschen im Kreis gemeldet waren, ist die Einwohnerzahl damit "
        "leicht gestiegen. Dieser Zuwachs ist bemerkenswert, weil zu Beginn des Jahrzehnts für den Kreis "
        "überwiegend Bevölkerungsverluste erwartet worden waren. Er beruht vollständig auf Wanderungsgewinnen, "
        "denn die natürliche Bevölkerungsentwicklung – also der Saldo aus Geburten und Sterbefällen – ist seit "
        "vielen Jahren negativ. Innerhalb Rheinland-Pfalz gehört Bernkastel-Wittlich damit zu den ländlichen "
        "Kreisen, deren Einwohnerzahl sich im vergangenen Jahrzehnt stabil entwickelt hat.",
        key="SA-bev-p1",
    ),
    Para(
        "Im Zeitverlauf lassen sich drei Phasen unterscheiden. Zwischen 2010 und 2013 ging die Einwohnerzahl "
        "zurück; ein Teil des Rückgangs im Jahr 2011 ist allerdings statistischer Natur und auf die Umstellung "
        "der Fortschreibung auf die Ergebnisse des Zensus 2011 zurückzuführen. In den Jahren 2014 bis 2016 "
        "wuchs die Bevölkerung vor allem durch die Zuwanderung aus dem Ausland, einschließlich der Aufnahme "
        "von Schutzsuchenden, deutlich. Seit 2017 verzeichnet der Kreis ein moderates, aber stetiges Wachstum, "
        "das von Zuzügen junger Familien in das Umland von Wittlich, von Rückkehrern sowie von Zuwanderung aus "
        "anderen Staaten der Europäischen Union getragen wird. Der Anteil der Einwohnerinnen und Einwohner mit "
        "ausländischer Staatsangehörigkeit hat sich im Betrachtungszeitraum nahezu verdoppelt und liegt nun bei "
        "rund 8 %; die größten Gruppen stammen aus Polen, Rumänien, Portugal, Syrien und Luxemburg."
    ),
    Table(
        caption="Tabelle 3: Bevölkerungsentwicklung im Landkreis 2010 bis 2019",
        header=("Jahr (31.12.)", "Einwohner", "Veränderung zum Vorjahr", "Veränderung in %", "Ausländeranteil in %"),
        rows=(
            ("2010", "111.480", "–", "–", "4,1"),
            ("2011", "110.960", "–520", "–0,5", "4,2"),
            ("2012", "110.790", "–170", "–0,2", "4,4"),
            ("2013", "110.720", "–70", "–0,1", "4,8"),
            ("2014", "111.050", "+330", "+0,3", "5,4"),
            ("2015", "111.930", "+880", "+0,8", "6,6"),
            ("2016", "112.170", "+240", "+0,2", "7,2"),
            ("2017", "112.310", "+140", "+0,1", "7,5"),
            ("2018", "112.480", "+170", "+0,2", "7,8"),
            ("2019", "112.665", "+185", "+0,2", "8,1"),
        ),
        unit="Anzahl bzw. in %; ab 2011 Fortschreibung auf Basis des Zensus 2011",
        source=_SL,
        key="SA-bev-tab-entw",
    ),
    Heading("2.2 Entwicklung in den Gebietskörperschaften", 2),
    Para(
        "Hinter der insgesamt stabilen Entwicklung des Kreises verbergen sich deutliche räumliche Unterschiede. "
        "Gewachsen sind seit 2010 vor allem die Stadt Wittlich und die Verbandsgemeinde Wittlich-Land. Die "
        "Kreisstadt profitiert von ihrer Funktion als Arbeitsmarkt- und Versorgungszentrum, von der Ausweisung "
        "neuer Wohngebiete und vom Zuzug ausländischer Arbeitskräfte. Die Umlandgemeinden entlang der A 1 und "
        "der A 60 – etwa Salmtal, Hetzerath, Landscheid oder Platten – haben sich zu bevorzugten Wohnstandorten "
        "junger Familien entwickelt, die im Industrie- und Gewerbepark Wittlich, in Trier oder in Luxemburg "
        "arbeiten. Demgegenüber haben die Gemeinde Morbach und die Verbandsgemeinden Bernkastel-Kues, "
        "Traben-Trarbach und Thalfang am Erbeskopf Einwohner verloren; in Thalfang am Erbeskopf und "
        "Traben-Trarbach fiel der Rückgang relativ am stärksten aus."
    ),
    Table(
        caption="Tabelle 4: Bevölkerung nach Gebietskörperschaften 2010 und 2019",
        header=("Gebietskörperschaft", "Einwohner 2010", "Einwohner 2019", "Veränderung", "Veränderung in %"),
        rows=(
            ("Stadt Wittlich", "18.540", "19.080", "+540", "+2,9"),
            ("Gemeinde Morbach", "11.010", "10.790", "–220", "–2,0"),
            ("VG Bernkastel-Kues", "25.620", "25.210", "–410", "–1,6"),
            ("VG Thalfang am Erbeskopf", "6.930", "6.640", "–290", "–4,2"),
            ("VG Traben-Trarbach", "17.480", "16.950", "–530", "–3,0"),
            ("VG Wittlich-Land", "31.900", "33.995", "+2.095", "+6,6"),
            ("Landkreis insgesamt", "111.480", "112.665", "+1.185", "+1,1"),
        ),
        unit="Anzahl bzw. in %; jeweils 31.12., Gebietsstand 01.01.2020",
        source=_SL,
        key="SA-bev-tab-gk",
    ),
    Para(
        "Auch innerhalb der Verbandsgemeinden verläuft die Entwicklung uneinheitlich. Die Moselorte weisen eine "
        "überdurchschnittlich alte Bevölkerung auf; Zuzüge erfolgen hier häufig im Ruhestandsalter, während "
        "junge Erwachsene zur Ausbildung oder zum Studium abwandern. Hinzu kommt, dass in touristisch attraktiven "
        "Lagen Wohngebäude zunehmend als Ferienwohnungen oder Zweitwohnsitze genutzt werden und damit dem "
        "Wohnungsmarkt für die ortsansässige Bevölkerung nicht mehr zur Verfügung stehen. In den Höhengemeinden "
        "des Hunsrücks und der Eifel abseits der großen Verkehrsachsen sind die Bevölkerungsverluste zwar "
        "absolut gering, relativ zur kleinen Einwohnerzahl aber spürbar: Wenn in einer Ortsgemeinde mit 250 "
        "Einwohnern über zehn Jahre 25 Personen fehlen, hat dies unmittelbare Folgen für die Auslastung von "
        "Kindertagesstätten, Dorfgemeinschaftshäusern, Vereinen und Freiwilligen Feuerwehren."
    ),
    Heading("2.3 Altersstruktur", 2),
    Para(
        "Die Altersstruktur der Bevölkerung hat sich im Verlauf des Jahrzehnts deutlich verschoben. Das "
        "Durchschnittsalter der Einwohnerinnen und Einwohner lag Ende 2019 bei 45,9 Jahren und damit etwa ein "
        "Jahr über dem Landesdurchschnitt. Der Anteil der Menschen, die 65 Jahre und älter sind, ist auf 22,8 % "
        "gestiegen; der Anteil der Kinder und Jugendlichen unter 20 Jahren ist auf 18,6 % zurückgegangen. "
        "Bereits heute leben im Kreis damit mehr Seniorinnen und Senioren als Kinder und Jugendliche. Besonders "
        "stark besetzt ist die Altersgruppe der 40- bis unter 65-Jährigen, in der sich die geburtenstarken "
        "Jahrgänge der 1950er- und 1960er-Jahre befinden. Diese sogenannten Babyboomer werden in den kommenden "
        "zehn bis fünfzehn Jahren nahezu vollständig aus dem Erwerbsleben ausscheiden, was den Arbeitsmarkt, die "
        "Fachkräftesicherung und das Ehrenamt gleichermaßen betrifft.",
        key="SA-bev-p-alter",
    ),
    Table(
        caption="Tabelle 5: Bevölkerung nach Altersgruppen 2010 und 2019",
        header=("Altersgruppe", "Anteil 2010 in %", "Anteil 2019 in %", "Einwohner 2019"),
        rows=(
            ("unter 6 Jahre", "5,1", "5,3", "5.971"),
            ("6 bis unter 20 Jahre", "15,6", "13,3", "14.984"),
            ("20 bis unter 40 Jahre", "23,0", "22,4", "25.237"),
            ("40 bis unter 65 Jahre", "36,5", "36,2", "40.785"),
            ("65 bis unter 80 Jahre", "13,9", "15,4", "17.350"),
            ("80 Jahre und älter", "5,9", "7,4", "8.338"),
            ("Insgesamt", "100,0", "100,0", "112.665"),
        ),
        unit="Anteile in %, Einwohner als Anzahl; jeweils 31.12.",
        source=_SL,
        key="SA-bev-tab-alter",
    ),
    Para(
        "Bemerkenswert ist der Anstieg der Hochbetagten: Die Zahl der Menschen im Alter von 80 Jahren und mehr "
        "hat seit 2010 um fast ein Drittel zugenommen. Da mit dem Lebensalter die Wahrscheinlichkeit einer "
        "Pflegebedürftigkeit stark ansteigt, ist diese Entwicklung für die Planung von Pflegeangeboten, "
        "barrierefreiem Wohnraum und Mobilitätsangeboten von großer Bedeutung (vgl. Kapitel 5). Der "
        "Altenquotient, also die Zahl der 65-Jährigen und Älteren je 100 Personen im Alter von 20 bis unter "
        "65 Jahren, beträgt inzwischen rund 39; im Jahr 2010 lag er noch bei etwa 33. Erfreulich ist, dass der "
        "Anteil der unter 6-Jährigen zuletzt wieder leicht zugenommen hat. Hierin spiegeln sich gestiegene "
        "Geburtenzahlen und der Zuzug junger Familien wider, die sich unmittelbar in einer höheren Nachfrage "
        "nach Betreuungsplätzen in Kindertagesstätten niederschlagen."
    ),
    Heading("2.4 Natürliche Bevölkerungsbewegung und Wanderungen", 2),
    Para(
        "Die natürliche Bevölkerungsentwicklung ist im Landkreis seit Jahrzehnten rückläufig. In jedem Jahr des "
        "Betrachtungszeitraums starben mehr Menschen, als Kinder geboren wurden; der jährliche Sterbeüberschuss "
        "bewegt sich zwischen rund 300 und 420 Personen. Die Zahl der Geburten hat sich seit 2015 allerdings "
        "stabilisiert und zeitweise sogar erhöht. Die zusammengefasste Geburtenziffer liegt mit rund 1,6 Kindern "
        "je Frau leicht über dem Landeswert, reicht aber bei Weitem nicht aus, um die Elterngeneration zu "
        "ersetzen. Dass die Einwohnerzahl dennoch gewachsen ist, ist ausschließlich auf Wanderungsgewinne "
        "zurückzuführen: Seit 2014 ziehen in jedem Jahr deutlich mehr Menschen in den Kreis, als ihn verlassen. "
        "Die Wanderungsgewinne waren 2015 besonders hoch und haben sich seither auf einem Niveau von gut 500 "
        "Personen je Jahr eingependelt."
    ),
    Table(
        caption="Tabelle 6: Natürliche Bevölkerungsbewegung und Wanderungen 2015 bis 2019",
        header=("Jahr", "Lebendgeborene", "Gestorbene", "Natürlicher Saldo", "Zuzüge", "Fortzüge", "Wanderungssaldo"),
        rows=(
            ("2015", "930", "1.350", "–420", "6.850", "5.550", "+1.300"),
            ("2016", "985", "1.310", "–325", "6.120", "5.555", "+565"),
            ("2017", "1.010", "1.365", "–355", "5.940", "5.445", "+495"),
            ("2018", "995", "1.400", "–405", "5.980", "5.405", "+575"),
            ("2019", "1.002", "1.372", "–370", "5.890", "5.335", "+555"),
        ),
        unit="Anzahl; Zuzüge und Fortzüge über die Kreisgrenze",
        source=_SL,
        key="SA-bev-tab-bewegung",
    ),
    Para(
        "Die Wanderungsbilanz unterscheidet sich stark nach Altersgruppen. Verluste verzeichnet der Kreis "
        "regelmäßig bei den 18- bis unter 25-Jährigen, die zur Ausbildung oder zum Studium vor allem nach Trier, "
        "Koblenz, Mainz, Kaiserslautern und in die Rheinschiene abwandern. Gewinne ergeben sich dagegen bei "
        "Familien mit Kindern, bei Personen im Alter zwischen 30 und 50 Jahren und in geringerem Umfang bei "
        "Menschen im Ruhestandsalter, die sich bewusst für ein Leben an der Mosel oder in der Eifel entscheiden. "
        "Ein wachsender Teil der Zuzüge entfällt auf Erwerbstätige aus dem Ausland, die in der Lebensmittel- "
        "und Kunststoffindustrie, in der Logistik, im Gastgewerbe und im Weinbau beschäftigt sind. Für die "
        "Integration dieser Menschen sind Sprachkurse, Beratungsangebote und bezahlbarer Wohnraum von "
        "entscheidender Bedeutung."
    ),
    Heading("2.5 Bevölkerungsvorausberechnung 2030 und 2040", 2),
    Para(
        "Nach der Bevölkerungsvorausberechnung des Statistischen Landesamtes, die von der Stabsstelle "
        "Kreisentwicklung auf das Basisjahr 2019 fortgeschrieben wurde, wird die Einwohnerzahl des Landkreises "
        "in der mittleren Variante bis zum Jahr 2030 auf rund 108.900 zurückgehen. Das entspricht einem Rückgang "
        "von 3,3 % gegenüber 2019. Bis zum Jahr 2040 ist mit einem weiteren Rückgang auf rund 104.300 "
        "Einwohnerinnen und Einwohner zu rechnen. Noch gravierender als der Rückgang der Einwohnerzahl ist die "
        "weitere Alterung: Der Anteil der Menschen im Alter von 65 Jahren und mehr wird bis 2030 auf 28,1 % "
        "steigen, während die Zahl der Menschen im erwerbsfähigen Alter deutlich sinkt. Die Vorausberechnung "
        "ist keine Prognose im engeren Sinne, sondern eine Modellrechnung, die die Folgen der bisherigen "
        "Entwicklung von Geburten, Sterblichkeit und Wanderungen fortschreibt.",
        key="SA-bev-p-prog",
    ),
    Table(
        caption="Tabelle 7: Bevölkerungsvorausberechnung bis 2040 (mittlere Variante)",
        header=(
            "Jahr",
            "Einwohner",
            "Veränderung ggü. 2019 in %",
            "unter 20 Jahre in %",
            "65 Jahre und älter in %",
            "Durchschnittsalter",
        ),
        rows=(
            ("2019 (Basis)", "112.665", "–", "18,6", "22,8", "45,9"),
            ("2025", "110.900", "–1,6", "18,0", "25,4", "47,0"),
            ("2030", "108.900", "–3,3", "17,6", "28,1", "47,9"),
            ("2035", "106.700", "–5,3", "17,3", "30,2", "48,6"),
            ("2040", "104.300", "–7,4", "17,1", "31,0", "49,0"),
        ),
        unit="Einwohner gerundet, Anteile in %, Durchschnittsalter in Jahren",
        source=_SL,
        key="SA-bev-tab-prog",
    ),
    Para(
        "Die Vorausberechnung lässt auch für die Teilräume unterschiedliche Entwicklungen erwarten. Für die Stadt "
        "Wittlich und die Verbandsgemeinde Wittlich-Land ergibt sich bis 2030 eine weitgehend stabile "
        "Einwohnerzahl, sofern die Zuwanderung auf dem bisherigen Niveau anhält. Für die Verbandsgemeinden "
        "Thalfang am Erbeskopf und Traben-Trarbach werden dagegen Rückgänge von sechs bis acht Prozent erwartet. "
        "Die Folgen des demografischen Wandels betreffen nahezu alle Handlungsfelder der Kreisentwicklung: Sie "
        "reichen von der Auslastung der Schulen und Kindertagesstätten über den Bedarf an Pflegeplätzen und "
        "altersgerechten Wohnungen bis zur Frage, wie Unternehmen, Verwaltungen und Einrichtungen der "
        "Daseinsvorsorge künftig ausreichend Personal finden. Der demografische Wandel ist deshalb im "
        "Handlungskonzept 2030 als Querschnittsthema verankert."
    ),
    Heading("2.6 Haushalte und Lebensformen", 2),
    Para(
        "Mit der Alterung der Bevölkerung verändern sich auch die Haushaltsstrukturen. Nach den Ergebnissen des "
        "Mikrozensus und eigenen Schätzungen gab es im Kreis zuletzt rund 50.000 private Haushalte; die "
        "durchschnittliche Haushaltsgröße ist auf etwa 2,2 Personen zurückgegangen. Der Anteil der "
        "Einpersonenhaushalte ist deutlich gestiegen und liegt inzwischen bei rund einem Drittel aller Haushalte. "
        "Ein wachsender Teil davon sind ältere, häufig verwitwete Menschen, die allein in einem Einfamilienhaus "
        "leben. Haushalte mit Kindern machen nur noch knapp ein Viertel aller Haushalte aus. Zugleich hat sich "
        "die Vielfalt der Familienformen erhöht: Neben Ehepaaren mit Kindern leben im Kreis zunehmend "
        "Alleinerziehende, nichteheliche Lebensgemeinschaften und Patchworkfamilien."
    ),
    Para(
        "Diese Entwicklung hat unmittelbare Folgen für die Nachfrage nach Wohnraum, für soziale Netzwerke und "
        "für die Pflege. Da immer mehr ältere Menschen allein leben und ihre Kinder oft nicht am selben Ort "
        "wohnen, steigt der Bedarf an Unterstützung im Alltag, an Nachbarschaftshilfe und an ambulanten "
        "Diensten. Für die Ortsgemeinden bedeutet die Verkleinerung der Haushalte zugleich, dass selbst bei "
        "stabiler Einwohnerzahl mehr Wohnungen benötigt werden, während gleichzeitig große Häuser von nur "
        "noch einer oder zwei Personen bewohnt werden. Eine vorausschauende Wohnraum- und Sozialplanung muss "
        "diese gegenläufigen Effekte berücksichtigen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 3: Wirtschaft und Arbeitsmarkt
# ---------------------------------------------------------------------------------------------------------------

_KAP3: tuple[Block, ...] = (
    Heading("3 Wirtschaft und Arbeitsmarkt", 1),
    Heading("3.1 Wirtschaftsstruktur", 2),
    Para(
        "Die Wirtschaft des Landkreises Bernkastel-Wittlich ist vielfältig und überwiegend mittelständisch "
        "geprägt. Das Bruttoinlandsprodukt belief sich im Jahr 2018 auf rund 3,9 Mrd. Euro. Einen im "
        "Landesvergleich überdurchschnittlichen Stellenwert hat das Produzierende Gewerbe, dessen Schwerpunkt im "
        "Industrie- und Gewerbepark Wittlich liegt. Dort haben sich Betriebe der Lebensmittelherstellung, der "
        "Kunststoff- und Metallverarbeitung, des Maschinenbaus und der Logistik angesiedelt, die überregional und "
        "international tätig sind. Weitere Schwerpunkte bilden das Handwerk mit rund 1.700 Betrieben, der "
        "Einzelhandel in den Mittelzentren, das Gesundheits- und Sozialwesen sowie entlang der Mosel der "
        "Weinbau und der Tourismus, die eng miteinander verflochten sind. Auf den Hunsrückhöhen haben die "
        "Holzwirtschaft und die Erzeugung erneuerbarer Energien eine besondere Bedeutung."
    ),
    Para(
        "Die Unternehmenslandschaft ist kleinteilig: Mehr als 90 % der Betriebe beschäftigen weniger als zehn "
        "Mitarbeiterinnen und Mitarbeiter. Großbetriebe mit mehr als 250 Beschäftigten finden sich vor allem in "
        "Wittlich, in Morbach und in Bernkastel-Kues. Viele Unternehmen sind inhabergeführte Familienbetriebe mit "
        "enger Bindung an ihren Standort, was sich in einer vergleichsweise hohen Beschäftigungsstabilität "
        "auch in konjunkturell schwierigen Phasen zeigt. Gleichzeitig stehen zahlreiche dieser Betriebe in den "
        "kommenden Jahren vor der Frage der Unternehmensnachfolge. Nach Schätzungen der Industrie- und "
        "Handelskammer Trier und der Handwerkskammer Trier steht bis 2025 in mehreren hundert Betrieben des "
        "Kreises eine Übergabe an, für die vielfach noch keine Lösung gefunden ist."
    ),
    Para(
        "Am 30.06.2019 waren am Arbeitsort im Landkreis 41.250 sozialversicherungspflichtig Beschäftigte "
        "gemeldet. Gegenüber 2015 entspricht dies einem Zuwachs von rund 6 %, der etwas unter der Entwicklung "
        "im Land liegt, aber in allen Wirtschaftsbereichen mit Ausnahme der Land- und Forstwirtschaft zu "
        "beobachten ist. Den größten absoluten Zuwachs verzeichneten das Verarbeitende Gewerbe und die "
        "öffentlichen und privaten Dienstleister, insbesondere das Gesundheits- und Sozialwesen. Der Frauenanteil "
        "an den Beschäftigten beträgt rund 46 %, der Anteil der Teilzeitbeschäftigten rund 29 %. Hinzu kommen rund "
        "12.800 ausschließlich geringfügig Beschäftigte, die vor allem im Gastgewerbe, im Einzelhandel und im "
        "Weinbau tätig sind und in der Hauptsaison an Mosel und Hunsrück eine wichtige Rolle spielen.",
        key="SA-wi-p-besch",
    ),
    Table(
        caption="Tabelle 8: Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftsbereichen",
        header=("Wirtschaftsbereich", "30.06.2015", "30.06.2019", "Anteil 2019 in %", "Veränderung in %"),
        rows=(
            ("Land- und Forstwirtschaft, Fischerei", "680", "620", "1,5", "–8,8"),
            ("Produzierendes Gewerbe ohne Baugewerbe", "9.860", "10.480", "25,4", "+6,3"),
            ("Baugewerbe", "2.950", "3.140", "7,6", "+6,4"),
            ("Handel, Verkehr und Gastgewerbe", "9.610", "10.150", "24,6", "+5,6"),
            ("Unternehmensdienstleister", "4.020", "4.460", "10,8", "+10,9"),
            ("Öffentliche und private Dienstleister", "11.800", "12.400", "30,1", "+5,1"),
            ("Insgesamt", "38.920", "41.250", "100,0", "+6,0"),
        ),
        unit="Anzahl, Anteil und Veränderung in %",
        source=_BA,
        key="SA-wi-tab-besch",
    ),
    Heading("3.2 Arbeitsmarkt und Arbeitslosigkeit", 2),
    Para(
        "Der Arbeitsmarkt im Landkreis hat sich in der zweiten Hälfte des Jahrzehnts sehr günstig entwickelt. "
        "Die Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen ist von 4,1 % im Jahr 2015 Jahr für Jahr "
        "gesunken und erreichte 2019 ihren niedrigsten Stand seit der Wiedervereinigung. Sie lag damit in jedem "
        "Jahr deutlich unter dem Landesdurchschnitt von Rheinland-Pfalz. Mit Beginn der Corona-Pandemie stieg die "
        "Arbeitslosigkeit im Jahr 2020 wieder an; im Jahresdurchschnitt 2020 betrug die Arbeitslosenquote 4,0 %. "
        "Der Anstieg fiel im Kreis geringer aus als in vielen anderen Regionen, weil die Kurzarbeit in großem "
        "Umfang Entlassungen verhindert hat. Besonders betroffen waren das Gastgewerbe und der Tourismus, während "
        "die Industriebetriebe im Raum Wittlich ihre Beschäftigung weitgehend halten konnten."
    ),
    Table(
        caption="Tabelle 9: Arbeitslose und Arbeitslosenquote im Jahresdurchschnitt 2015 bis 2020",
        header=(
            "Jahr",
            "Arbeitslose",
            "darunter unter 25 Jahre",
            "Arbeitslosenquote Landkreis in %",
            "Arbeitslosenquote Rheinland-Pfalz in %",
        ),
        rows=(
            ("2015", "2.480", "245", "4,1", "5,2"),
            ("2016", "2.370", "232", "3,9", "5,1"),
            ("2017", "2.260", "218", "3,7", "4,8"),
            ("2018", "2.140", "201", "3,5", "4,4"),
            ("2019", "2.085", "196", "3,4", "4,3"),
            ("2020", "2.470", "251", "4,0", "5,2"),
        ),
        unit="Anzahl im Jahresdurchschnitt; Quote bezogen auf alle zivilen Erwerbspersonen in %",
        source=_BA,
        key="SA-wi-tab-alq",
    ),
    Para(
        "Die Struktur der Arbeitslosigkeit zeigt, dass trotz der guten Gesamtlage Handlungsbedarf besteht. "
        "Gut die Hälfte der Arbeitslosen wird vom Jobcenter im Rechtskreis SGB II betreut, knapp ein Drittel ist "
        "langzeitarbeitslos, also seit mehr als einem Jahr ohne Beschäftigung. Ein erheblicher Teil der "
        "Arbeitslosen verfügt über keine abgeschlossene Berufsausbildung. Gleichzeitig melden Betriebe in immer "
        "mehr Berufen Schwierigkeiten bei der Stellenbesetzung. Im Jahr 2019 waren bei der Agentur für Arbeit "
        "im Durchschnitt rund 1.400 offene Stellen aus dem Kreis gemeldet; die durchschnittliche Vakanzzeit lag "
        "bei rund 130 Tagen. Engpässe bestehen insbesondere in der Alten- und Krankenpflege, bei Erzieherinnen und "
        "Erziehern, in den Bau- und Ausbauberufen, in der Elektrotechnik, bei Berufskraftfahrern sowie in der "
        "Gastronomie und Hotellerie. Die Arbeits- und Fachkräftesicherung ist damit zu einer der wichtigsten "
        "Zukunftsaufgaben für die regionale Wirtschaft geworden.",
        key="SA-wi-p-fachkraefte",
    ),
    Heading("3.3 Pendlerverflechtungen", 2),
    Para(
        "Der Landkreis ist eng mit seinen Nachbarräumen verflochten. Am 30.06.2019 pendelten rund 20.300 "
        "sozialversicherungspflichtig Beschäftigte mit Wohnort im Kreis zu einem Arbeitsplatz außerhalb des "
        "Kreises aus; umgekehrt kamen rund 17.430 Beschäftigte aus anderen Kreisen zur Arbeit in den Landkreis. "
        "Daraus ergibt sich ein negativer Pendlersaldo von 2.870 Personen. Wichtigstes Ziel der Auspendler ist "
        "die Stadt Trier, gefolgt vom Landkreis Trier-Saarburg und dem Großherzogtum Luxemburg. Die Zahl der "
        "Grenzpendlerinnen und Grenzpendler nach Luxemburg hat in den vergangenen zehn Jahren kontinuierlich "
        "zugenommen; sie werden in der Beschäftigtenstatistik der Bundesagentur für Arbeit nicht erfasst und "
        "wurden auf Grundlage der Daten der luxemburgischen Sozialversicherung geschätzt. Einpendlerüberschüsse "
        "bestehen gegenüber den Landkreisen Vulkaneifel und Cochem-Zell sowie dem Eifelkreis Bitburg-Prüm.",
        key="SA-wi-p-pendler",
    ),
    Table(
        caption="Tabelle 10: Pendlerverflechtungen der sozialversicherungspflichtig Beschäftigten 2019",
        header=("Ziel- bzw. Herkunftsgebiet", "Auspendler", "Einpendler", "Saldo"),
        rows=(
            ("Stadt Trier", "5.480", "2.150", "–3.330"),
            ("Landkreis Trier-Saarburg", "3.920", "3.610", "–310"),
            ("Landkreis Vulkaneifel", "1.640", "2.980", "+1.340"),
            ("Landkreis Cochem-Zell", "1.510", "1.870", "+360"),
            ("Rhein-Hunsrück-Kreis", "1.380", "1.240", "–140"),
            ("Eifelkreis Bitburg-Prüm", "1.290", "2.160", "+870"),
            ("Luxemburg (geschätzt)", "2.150", "40", "–2.110"),
            ("Übrige Gebiete", "2.930", "3.380", "+450"),
            ("Insgesamt", "20.300", "17.430", "–2.870"),
        ),
        unit="Anzahl; Stichtag 30.06.2019",
        source=_BA,
        key="SA-wi-tab-pendler",
    ),
    Para(
        "Innerhalb des Kreises ist die Stadt Wittlich der mit Abstand wichtigste Arbeitsort. Sie weist einen "
        "deutlichen Einpendlerüberschuss auf: Auf jeden in Wittlich wohnenden Beschäftigten kommen fast zwei "
        "Arbeitsplätze. Zahlreiche Beschäftigte aus den Verbandsgemeinden Wittlich-Land, Bernkastel-Kues und "
        "Traben-Trarbach, aber auch aus der Vulkaneifel pendeln täglich in den Industrie- und Gewerbepark. "
        "Die Moselgemeinden und die Hunsrückhöhen sind dagegen überwiegend Wohnstandorte mit hohen "
        "Auspendleranteilen. Durch den Hochmoselübergang haben sich die Pendlerbeziehungen zwischen dem "
        "Hunsrück und dem Raum Wittlich seit Ende 2019 intensiviert. Für die Verkehrsplanung bedeutet dies, dass "
        "die Pendlerströme ganz überwiegend mit dem Pkw bewältigt werden und attraktive Alternativen im "
        "öffentlichen Verkehr nur auf wenigen Relationen bestehen (vgl. Kapitel 6)."
    ),
    Heading("3.4 Gewerbeflächen", 2),
    Para(
        "Für die wirtschaftliche Entwicklung des Kreises ist ein ausreichendes Angebot an Gewerbe- und "
        "Industrieflächen eine wesentliche Voraussetzung. In den größeren Gewerbe- und Industriegebieten des "
        "Kreises stehen insgesamt rund 506 ha Bruttofläche zur Verfügung, von denen rund 440 ha belegt sind. "
        "Sofort verfügbar sind damit nur noch rund 66 ha, wobei ein Teil dieser Flächen wegen ungünstiger "
        "Zuschnitte, Hangneigungen oder fehlender Erschließung nur eingeschränkt vermarktbar ist. Die Nachfrage "
        "nach größeren zusammenhängenden Flächen, insbesondere aus der Logistik und dem Verarbeitenden Gewerbe, "
        "hat sich seit der Eröffnung des Hochmoselübergangs nochmals verstärkt. Die Wirtschaftsförderung "
        "Bernkastel-Wittlich verzeichnet regelmäßig Anfragen, die mangels geeigneter Flächen nicht bedient "
        "werden können.",
        key="SA-wi-p-gewerbe",
    ),
    Table(
        caption="Tabelle 11: Größere Gewerbe- und Industriegebiete im Landkreis (Stand 2020)",
        header=("Standort", "Gebietskörperschaft", "Bruttofläche in ha", "belegt in ha", "verfügbar in ha"),
        rows=(
            ("Industrie- und Gewerbepark Wittlich", "Stadt Wittlich", "265", "241", "24"),
            ("Gewerbegebiete Morbach / Energielandschaft", "Gemeinde Morbach", "72", "58", "14"),
            ("Gewerbepark Hunsrückhöhe Longkamp", "VG Bernkastel-Kues", "38", "33", "5"),
            ("Gewerbegebiet Thalfang", "VG Thalfang am Erbeskopf", "21", "15", "6"),
            ("Gewerbegebiet Irmenach", "VG Traben-Trarbach", "26", "22", "4"),
            ("Gewerbegebiete Salmtal, Hetzerath und Landscheid", "VG Wittlich-Land", "84", "71", "13"),
            ("Insgesamt", "–", "506", "440", "66"),
        ),
        unit="Fläche in ha (gerundet)",
        source="Quelle: Wirtschaftsförderung Bernkastel-Wittlich, Angaben der Kommunen, eigene Berechnung",
        key="SA-wi-tab-gewerbe",
    ),
    Para(
        "Die Entwicklung neuer Gewerbeflächen stößt im Kreis auf besondere Restriktionen. Das Moseltal bietet "
        "wegen der Hochwassergefahr, der Steillagen und des Landschaftsschutzes kaum Erweiterungsmöglichkeiten. "
        "Auf den Hochflächen stehen Belange des Natur- und Artenschutzes, der Landwirtschaft und des "
        "Nationalparks einer großflächigen Ausweisung häufig entgegen. Vor diesem Hintergrund gewinnen die "
        "Wiedernutzung von Brachflächen und Konversionsflächen, die Nachverdichtung bestehender Gewerbegebiete "
        "sowie die interkommunale Zusammenarbeit bei der Flächenentwicklung an Bedeutung. Ein Beispiel für eine "
        "gelungene Konversion ist die Energielandschaft Morbach auf dem Gelände eines ehemaligen "
        "Munitionsdepots der US-Streitkräfte, auf dem heute Wind-, Solar- und Bioenergieanlagen sowie "
        "Gewerbebetriebe angesiedelt sind. Auch die Breitbandanbindung der Gewerbegebiete ist ein wichtiger "
        "Standortfaktor, auf den in Kapitel 7 näher eingegangen wird."
    ),
    Heading("3.5 Einzelhandel und Nahversorgung", 2),
    Para(
        "Der Einzelhandel konzentriert sich zunehmend auf die Mittelzentren und auf verkehrsgünstig gelegene "
        "Standorte am Rand der größeren Orte. Die Stadt Wittlich erreicht mit ihrer Innenstadt und den "
        "Fachmarktstandorten eine Einzelhandelszentralität deutlich über 100 und zieht Kaufkraft aus dem "
        "gesamten Kreis und aus der Vulkaneifel an. Auch Bernkastel-Kues, Traben-Trarbach und Morbach verfügen "
        "über ein breites Angebot, das in den Moselorten stark von der touristischen Nachfrage profitiert. In den "
        "kleineren Ortsgemeinden ist die Nahversorgung dagegen in den vergangenen Jahrzehnten weitgehend "
        "verloren gegangen: Mehr als zwei Drittel der Ortsgemeinden verfügen über kein eigenes "
        "Lebensmittelgeschäft mehr, und auch Bankfilialen, Postdienststellen und Gaststätten haben vielerorts "
        "geschlossen.",
        key="SA-wi-p-nahversorgung",
    ),
    Para(
        "Für ältere Menschen ohne Auto ist die Versorgung mit Gütern des täglichen Bedarfs dadurch zunehmend "
        "schwierig. In mehreren Orten haben Bürgerinnen und Bürger deshalb Dorfläden gegründet, die "
        "genossenschaftlich oder als Verein betrieben werden und neben Lebensmitteln häufig auch regionale "
        "Produkte, einen Treffpunkt mit Café und kleine Dienstleistungen anbieten. Mobile Verkaufswagen, "
        "Lieferdienste der Supermärkte und Hofläden von Landwirten und Winzern ergänzen das Angebot. Die "
        "Corona-Pandemie hat den Online-Handel auch im ländlichen Raum weiter gestärkt, was den Druck auf den "
        "stationären Einzelhandel in den Innenstädten zusätzlich erhöht hat. Die Belebung der Ortskerne und "
        "Innenstädte wird damit zu einer gemeinsamen Aufgabe von Kommunen, Handel und Gastronomie."
    ),
    Heading("3.6 Land- und Forstwirtschaft", 2),
    Para(
        "Neben dem Weinbau, der in Kapitel 9 näher betrachtet wird, prägen Grünlandwirtschaft, Milchvieh- und "
        "Mutterkuhhaltung sowie Ackerbau die Landwirtschaft in der Wittlicher Senke und auf den Hochflächen. "
        "Auch hier hat sich der Strukturwandel fortgesetzt: Die Zahl der landwirtschaftlichen Betriebe ist "
        "seit 2010 um rund ein Fünftel zurückgegangen, während die durchschnittliche Betriebsgröße gewachsen ist. "
        "Ein steigender Anteil der Betriebe wirtschaftet ökologisch oder hat sich mit Direktvermarktung, "
        "Ferien auf dem Bauernhof oder der Erzeugung erneuerbarer Energien zusätzliche Standbeine geschaffen. "
        "Die Landwirtschaft leistet einen wichtigen Beitrag zur Offenhaltung der Landschaft, steht aber unter "
        "erheblichem wirtschaftlichem Druck und ist vom Fachkräfte- und Nachfolgeproblem ebenso betroffen wie "
        "das Handwerk."
    ),
    Para(
        "Die Forstwirtschaft hat im waldreichen Kreis eine große Bedeutung für Wertschöpfung, Klimaschutz und "
        "Erholung. Ein großer Teil des Waldes befindet sich im Eigentum der Gemeinden und des Landes und wird "
        "durch die Forstämter nach den Grundsätzen der naturnahen Waldbewirtschaftung gepflegt. Die Erlöse aus "
        "dem Holzverkauf waren für viele Ortsgemeinden lange eine verlässliche Einnahmequelle. Die Dürrejahre "
        "2018 bis 2020 und der Borkenkäferbefall haben jedoch vor allem in den Fichtenbeständen großflächige "
        "Schäden verursacht; zugleich sind die Holzpreise eingebrochen. Der Umbau zu klimastabilen "
        "Mischwäldern wird Jahrzehnte dauern und erhebliche Mittel erfordern. Sägewerke und holzverarbeitende "
        "Betriebe im Hunsrück sind auf eine verlässliche Rohstoffversorgung aus der Region angewiesen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 4: Bildung
# ---------------------------------------------------------------------------------------------------------------

_KAP4: tuple[Block, ...] = (
    Heading("4 Bildung", 1),
    Heading("4.1 Schullandschaft", 2),
    Para(
        "Der Landkreis verfügt über ein dichtes und differenziertes Netz allgemeinbildender und berufsbildender "
        "Schulen. Im Schuljahr 2019/20 gab es im Kreis 62 öffentliche Schulen, an denen knapp 16.700 "
        "Schülerinnen und Schüler unterrichtet wurden. Die Trägerschaft ist zwischen den kommunalen Ebenen "
        "aufgeteilt: Die Verbandsgemeinden, die Stadt Wittlich und die Gemeinde Morbach sind Träger der "
        "Grundschulen, der Landkreis ist Träger der Realschulen plus, der Integrierten Gesamtschulen, der "
        "Gymnasien, der Förderschulen und der Berufsbildenden Schulen. Als Schulträger ist der Kreis damit für "
        "Bau, Unterhaltung und Ausstattung von mehr als 20 Schulgebäuden verantwortlich und trägt zugleich die "
        "Schülerbeförderung für die weiterführenden Schulen. Gymnasien bestehen an den Standorten Wittlich, "
        "Bernkastel-Kues, Traben-Trarbach und Morbach; die Integrierten Gesamtschulen sind stark nachgefragt.",
        key="SA-bil-p-schulen",
    ),
    Table(
        caption="Tabelle 12: Öffentliche Schulen und Schülerzahlen nach Schularten im Schuljahr 2019/20",
        header=("Schulart", "Schulen", "Schülerinnen und Schüler", "Veränderung ggü. 2014/15 in %"),
        rows=(
            ("Grundschulen", "40", "3.980", "–4,1"),
            ("Realschulen plus", "8", "3.410", "–7,6"),
            ("Integrierte Gesamtschulen", "2", "1.390", "+9,8"),
            ("Gymnasien", "5", "3.720", "–3,2"),
            ("Förderschulen", "5", "510", "–12,1"),
            ("Berufsbildende Schulen", "2", "3.650", "–6,8"),
            ("Insgesamt", "62", "16.660", "–4,5"),
        ),
        unit="Anzahl bzw. Veränderung in %",
        source=_SL,
        key="SA-bil-tab-schulen",
    ),
    Para(
        "Die Schülerzahlen sind seit dem Schuljahr 2014/15 insgesamt um rund 4,5 % zurückgegangen. Am stärksten "
        "fiel der Rückgang bei den Förderschulen aus, was neben demografischen Gründen auch auf die zunehmende "
        "inklusive Beschulung an Regelschulen zurückzuführen ist. Die Integrierten Gesamtschulen verzeichnen "
        "dagegen steigende Anmeldezahlen und können nicht alle Bewerbungen berücksichtigen. Bei den Grundschulen "
        "hat sich der Rückgang zuletzt abgeschwächt, weil die Geburtenzahlen seit 2015 wieder etwas höher liegen. "
        "Viele Grundschulen im ländlichen Raum sind allerdings sehr klein; rund ein Viertel unterrichtet weniger "
        "als 60 Kinder und arbeitet teilweise mit kombinierten Klassen. Der Erhalt wohnortnaher Grundschulen hat "
        "für die Attraktivität der Dörfer als Wohnstandort junger Familien eine hohe Bedeutung und wird von den "
        "Ortsgemeinden mit großem Nachdruck vertreten."
    ),
    Para(
        "Ein wichtiger Baustein der Bildungslandschaft ist der Ausbau der Ganztagsangebote. Im Schuljahr "
        "2019/20 arbeiteten 34 Schulen des Kreises als Ganztagsschulen in Angebotsform, darunter die Mehrzahl "
        "der Grundschulen in den größeren Gemeinden. Hinzu kommen Betreuende Grundschulen und Angebote der "
        "Ferienbetreuung, die von Verbandsgemeinden, Fördervereinen und freien Trägern organisiert werden. Mit "
        "dem ab 2026 schrittweise eingeführten Rechtsanspruch auf Ganztagsbetreuung im Grundschulalter wird der "
        "Bedarf an Räumen, Mensen und Personal weiter steigen. Der Schulentwicklungsplan des Kreises geht davon "
        "aus, dass an zahlreichen Standorten Investitionen in Mensen und Aufenthaltsräume erforderlich werden, "
        "deren Finanzierung eine erhebliche Herausforderung für die kommunalen Haushalte darstellt."
    ),
    Para(
        "Die Schülerbeförderung ist im Flächenkreis eine kostenintensive Pflichtaufgabe. Täglich werden rund "
        "9.000 Schülerinnen und Schüler mit Linienbussen, Schulbussen und im freigestellten Schülerverkehr zu "
        "ihren Schulen gebracht; die Aufwendungen des Kreises hierfür betragen jährlich rund 9 Mio. Euro. Die "
        "Schülerverkehre bilden zugleich das Rückgrat des öffentlichen Personennahverkehrs im ländlichen Raum, "
        "weil viele Buslinien überwiegend auf die Schulanfangs- und Schulendzeiten ausgerichtet sind. In der "
        "Ferienzeit und am Nachmittag ist das Angebot in vielen Ortsgemeinden entsprechend ausgedünnt. Die "
        "Abstimmung der Unterrichtszeiten mit den Fahrplänen und die Neuordnung der Linienbündel im Verkehrsverbund "
        "Region Trier sind daher eng miteinander verknüpft."
    ),
    Heading("4.2 Schulabschlüsse und Übergänge", 2),
    Para(
        "Das Qualifikationsniveau der Schulabgängerinnen und Schulabgänger hat sich in den vergangenen Jahren "
        "weiter erhöht. Im Schuljahr 2018/19 verließen rund 37 % der Absolventinnen und Absolventen "
        "allgemeinbildender Schulen die Schule mit der allgemeinen Hochschulreife, rund 41 % mit dem qualifizierten "
        "Sekundarabschluss I und rund 17 % mit der Berufsreife. Der Anteil der Jugendlichen ohne Abschluss der "
        "Berufsreife liegt bei rund 5 % und damit etwas unter dem Landesdurchschnitt. Hinzu kommen zahlreiche "
        "Jugendliche, die an den Berufsbildenden Schulen die Fachhochschulreife oder die allgemeine "
        "Hochschulreife erwerben. Beim Übergang von der Grundschule auf die weiterführenden Schulen wählen "
        "inzwischen mehr als 40 % der Kinder ein Gymnasium, rund ein Viertel eine Integrierte Gesamtschule und "
        "die übrigen eine Realschule plus."
    ),
    Heading("4.3 Berufliche Bildung und Ausbildungsplätze", 2),
    Para(
        "Die berufliche Bildung ist für die Fachkräftesicherung im Kreis von zentraler Bedeutung. Die beiden "
        "Berufsbildenden Schulen in Wittlich und Bernkastel-Kues bieten in den Berufsschulklassen der dualen "
        "Ausbildung sowie in Berufsfachschulen, Höheren Berufsfachschulen, Fachschulen und Beruflichen Gymnasien "
        "ein breites Spektrum an Bildungsgängen an. Schwerpunkte liegen in den Bereichen Wirtschaft und "
        "Verwaltung, Metall- und Elektrotechnik, Ernährung und Hauswirtschaft, Gesundheit und Pflege sowie "
        "Sozialwesen. Eine Besonderheit ist die Fachschule für Weinbau und Oenologie in Bernkastel-Kues, die in "
        "Kooperation mit dem Dienstleistungszentrum Ländlicher Raum Mosel Nachwuchs für die Weinbaubetriebe der "
        "Region ausbildet. Für einige Ausbildungsberufe mit geringen Schülerzahlen müssen Auszubildende "
        "allerdings Landes- oder Bezirksfachklassen in Trier, Koblenz oder weiter entfernten Städten besuchen."
    ),
    Para(
        "Der Ausbildungsmarkt hat sich in den vergangenen Jahren deutlich zugunsten der Bewerberinnen und "
        "Bewerber verschoben. Während die Zahl der bei der Agentur für Arbeit gemeldeten Berufsausbildungsstellen "
        "kontinuierlich gestiegen ist, ging die Zahl der gemeldeten Bewerberinnen und Bewerber zurück. Rein "
        "rechnerisch standen im Berichtsjahr 2019/20 für jede Bewerberin und jeden Bewerber mehr als 1,3 "
        "Ausbildungsstellen zur Verfügung. Entsprechend ist die Zahl der zum Ende des Berichtsjahres "
        "unbesetzten Ausbildungsstellen stark angestiegen, während die Zahl der unversorgten Bewerberinnen "
        "und Bewerber auf einem niedrigen Niveau liegt. Besonders schwer zu besetzen sind Ausbildungsplätze im "
        "Lebensmittelhandwerk, in der Gastronomie, im Bau- und Ausbaugewerbe sowie in der Landwirtschaft und im "
        "Weinbau.",
        key="SA-bil-p-ausbildung",
    ),
    Table(
        caption="Tabelle 13: Ausbildungsmarkt im Landkreis, Berichtsjahre 2015/16 bis 2019/20",
        header=(
            "Berichtsjahr",
            "Gemeldete Ausbildungsstellen",
            "Gemeldete Bewerber",
            "Unbesetzte Stellen",
            "Unversorgte Bewerber",
        ),
        rows=(
            ("2015/16", "1.080", "1.010", "96", "41"),
            ("2016/17", "1.115", "985", "121", "37"),
            ("2017/18", "1.170", "960", "158", "33"),
            ("2018/19", "1.215", "930", "189", "30"),
            ("2019/20", "1.240", "905", "212", "28"),
        ),
        unit="Anzahl; Berichtsjahr jeweils 01.10. bis 30.09., unbesetzt bzw. unversorgt am 30.09.",
        source=_BA,
        key="SA-bil-tab-ausbildung",
    ),
    Para(
        "Eine Hochschule gibt es im Landkreis nicht. Studieninteressierte orientieren sich vor allem an der "
        "Universität Trier, der Hochschule Trier mit ihrem Umwelt-Campus Birkenfeld sowie an Hochschulen in "
        "Koblenz, Mainz, Kaiserslautern und im benachbarten Luxemburg. Duale Studiengänge, in denen ein Studium "
        "mit einer Ausbildung oder Praxisphasen in einem Unternehmen der Region verbunden wird, gewinnen an "
        "Bedeutung, weil sie junge Menschen an die Betriebe vor Ort binden. Im Bereich der Weiterbildung leisten "
        "die Kreisvolkshochschule mit ihren Außenstellen in den Verbandsgemeinden, die Kammern, die "
        "Familienbildungsstätten sowie kirchliche und gewerkschaftliche Bildungsträger einen wichtigen Beitrag. "
        "Der Bedarf an berufsbegleitender Qualifizierung, etwa zu digitalen Anwendungen oder in der Pflege, "
        "wird in den kommenden Jahren weiter zunehmen."
    ),
    Heading("4.4 Kulturelle und außerschulische Bildung", 2),
    Para(
        "Neben den Schulen trägt ein breites Netz außerschulischer Einrichtungen zur Bildung von Kindern, "
        "Jugendlichen und Erwachsenen bei. Dazu gehören die Kreismusikschule, die an zahlreichen Standorten "
        "Instrumental- und Gesangsunterricht anbietet, die Stadtbücherei Wittlich sowie öffentliche "
        "Bibliotheken und Büchereien in kirchlicher und kommunaler Trägerschaft, die vielfach ehrenamtlich "
        "geführt werden. Museen wie das Georg-Meistermann-Museum in Wittlich, das Mosel-Weinmuseum in "
        "Bernkastel-Kues oder das Buddha-Museum in Traben-Trarbach sowie das Nationalparktor am Erbeskopf "
        "verbinden kulturelle Bildung mit touristischer Attraktivität. Umweltbildungsangebote im Nationalpark "
        "und in den Naturparken, Jugendkunstschulangebote und die Bildungsarbeit der Vereine ergänzen das "
        "Spektrum."
    ),
    Para(
        "Die Erreichbarkeit dieser Angebote ist für Kinder und Jugendliche aus den kleinen Ortsgemeinden jedoch "
        "oft eingeschränkt, weil am Nachmittag und am Wochenende nur wenige Busse verkehren. Digitale "
        "Bildungsangebote, etwa die Onleihe der Bibliotheken oder Online-Kurse der Kreisvolkshochschule, haben "
        "deshalb in den vergangenen Jahren an Bedeutung gewonnen und wurden während der Corona-Pandemie stark "
        "nachgefragt. Für die Zukunft bietet die Vernetzung von Schulen, Kindertagesstätten, Vereinen und "
        "Kultureinrichtungen in lokalen Bildungslandschaften die Chance, Angebote besser aufeinander "
        "abzustimmen und auch in kleineren Orten zugänglich zu machen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 5: Gesundheit und Pflege
# ---------------------------------------------------------------------------------------------------------------

_KAP5: tuple[Block, ...] = (
    Heading("5 Gesundheit und Pflege", 1),
    Heading("5.1 Hausärztliche Versorgung", 2),
    Para(
        "Die hausärztliche Versorgung ist für die Lebensqualität im ländlichen Raum von besonderer Bedeutung. "
        "Im Jahr 2020 waren im Landkreis 68 Hausärztinnen und Hausärzte an der vertragsärztlichen Versorgung "
        "beteiligt. Rund 31 % von ihnen waren 60 Jahre und älter und werden damit voraussichtlich in den "
        "kommenden Jahren ihre Praxis abgeben. Nach der Bedarfsplanung der Kassenärztlichen Vereinigung "
        "Rheinland-Pfalz gelten die Mittelbereiche des Kreises derzeit noch als ausreichend versorgt; in Teilen "
        "der Verbandsgemeinden Thalfang am Erbeskopf und Wittlich-Land liegt der Versorgungsgrad jedoch bereits "
        "nahe an der Schwelle, ab der eine drohende Unterversorgung festgestellt wird. Die Versorgungssituation "
        "ist zudem ungleich verteilt: Während sich die Praxen in Wittlich, Bernkastel-Kues und Traben-Trarbach "
        "konzentrieren, müssen Patientinnen und Patienten aus den Höhengemeinden teils weite Wege zurücklegen.",
        key="SA-ges-p-hausarzt",
    ),
    Table(
        caption="Tabelle 14: Hausärztinnen und Hausärzte nach Gebietskörperschaften 2020",
        header=(
            "Gebietskörperschaft",
            "Hausärztinnen und Hausärzte",
            "Einwohner je Hausarzt",
            "davon 60 Jahre und älter",
            "Anteil 60 Jahre und älter in %",
        ),
        rows=(
            ("Stadt Wittlich", "15", "1.272", "3", "20,0"),
            ("Gemeinde Morbach", "7", "1.541", "2", "28,6"),
            ("VG Bernkastel-Kues", "17", "1.483", "5", "29,4"),
            ("VG Thalfang am Erbeskopf", "3", "2.213", "2", "66,7"),
            ("VG Traben-Trarbach", "11", "1.541", "4", "36,4"),
            ("VG Wittlich-Land", "15", "2.266", "5", "33,3"),
            ("Landkreis insgesamt", "68", "1.657", "21", "30,9"),
        ),
        unit="Anzahl (Personen) bzw. Anteil in %; Einwohner Stand 31.12.2019",
        source="Quelle: Kassenärztliche Vereinigung Rheinland-Pfalz, eigene Berechnung",
        key="SA-ges-tab-hausarzt",
    ),
    Para(
        "Die Nachbesetzung frei werdender Hausarztsitze gestaltet sich zunehmend schwierig. Junge Ärztinnen und "
        "Ärzte bevorzugen häufig eine Tätigkeit im Angestelltenverhältnis, in Teilzeit oder in größeren "
        "Gemeinschaftspraxen, während die klassische Einzelpraxis auf dem Land an Attraktivität verloren hat. "
        "In den vergangenen Jahren konnten mehrere Praxen im Kreis nur mit erheblicher Verzögerung oder gar nicht "
        "übergeben werden. Positive Ansätze sind die Gründung von Medizinischen Versorgungszentren, die "
        "Weiterbildungsverbünde für Allgemeinmedizin, in denen Krankenhäuser und Praxen der Region gemeinsam "
        "Nachwuchs ausbilden, sowie Stipendienprogramme für Medizinstudierende, die sich zu einer späteren "
        "Tätigkeit im ländlichen Raum verpflichten. Auch die Delegation ärztlicher Leistungen an "
        "nichtärztliche Praxisassistentinnen und telemedizinische Angebote können zur Entlastung beitragen."
    ),
    Para(
        "Die fachärztliche Versorgung konzentriert sich weitgehend auf die Mittelzentren Wittlich und "
        "Bernkastel-Kues. Für einzelne Fachgebiete, etwa die Kinder- und Jugendpsychiatrie, die Rheumatologie oder "
        "die Psychotherapie, bestehen lange Wartezeiten, und Patientinnen und Patienten müssen häufig nach Trier "
        "oder Koblenz ausweichen. Die zahnärztliche Versorgung ist mit rund 60 Zahnärztinnen und Zahnärzten "
        "derzeit flächendeckend gesichert, weist aber ebenfalls eine ungünstige Altersstruktur auf. Die "
        "Versorgung mit Arzneimitteln erfolgt über 27 öffentliche Apotheken; in mehreren Verbandsgemeinden "
        "ist die Zahl der Apotheken im Betrachtungszeitraum zurückgegangen, sodass Botendienste und der "
        "Versandhandel an Bedeutung gewinnen."
    ),
    Heading("5.2 Stationäre Versorgung und Rettungsdienst", 2),
    Para(
        "Die stationäre Krankenhausversorgung wird im Wesentlichen durch das Verbundkrankenhaus "
        "Bernkastel/Wittlich mit seinen beiden Standorten in Wittlich und Bernkastel-Kues sichergestellt. Das "
        "Haus verfügt über Fachabteilungen unter anderem für Innere Medizin, Chirurgie, Unfallchirurgie, "
        "Gynäkologie und Geburtshilfe, Kinder- und Jugendmedizin sowie Psychiatrie und ist an der Notfallversorgung "
        "beteiligt. Spezialisierte Leistungen der Maximalversorgung werden in den Krankenhäusern in Trier "
        "erbracht. Der Rettungsdienst im Kreis ist Teil des Rettungsdienstbereichs Trier; Rettungswachen bestehen "
        "unter anderem in Wittlich, Bernkastel-Kues, Traben-Trarbach, Morbach und Thalfang. Die landesrechtlich "
        "vorgegebene Hilfsfrist wird im überwiegenden Teil des Kreises eingehalten, in einzelnen abgelegenen "
        "Ortsteilen jedoch nicht immer erreicht. Ergänzend ist ein Netz von Ersthelfergruppen der Feuerwehren "
        "und Hilfsorganisationen aufgebaut worden."
    ),
    Para(
        "Das Gesundheitsamt der Kreisverwaltung nimmt die Aufgaben des öffentlichen Gesundheitsdienstes wahr, "
        "darunter Infektionsschutz, Schuleingangsuntersuchungen, Trinkwasserüberwachung und sozialpsychiatrische "
        "Beratung. Im Jahr 2020 stand das Gesundheitsamt durch die Corona-Pandemie vor einer außergewöhnlichen "
        "Belastung: Kontaktnachverfolgung, Quarantäneanordnungen, Testungen und die Beratung von Schulen, "
        "Kindertagesstätten und Pflegeeinrichtungen mussten innerhalb kürzester Zeit mit zusätzlichem Personal "
        "aus anderen Bereichen der Verwaltung organisiert werden. Diese Erfahrung hat gezeigt, wie wichtig eine "
        "leistungsfähige und digital gut ausgestattete Gesundheitsverwaltung für die Krisenfestigkeit des "
        "Landkreises ist."
    ),
    Heading("5.3 Pflegebedürftigkeit und Pflegeinfrastruktur", 2),
    Para(
        "Die Zahl der pflegebedürftigen Menschen im Kreis ist in den vergangenen Jahren kräftig gestiegen. "
        "Zwischen 2015 und 2019 nahm sie um rund 35 % zu. Ein Teil dieses Anstiegs geht auf die Einführung des "
        "neuen Pflegebedürftigkeitsbegriffs durch das Zweite Pflegestärkungsgesetz zum 01.01.2017 zurück, "
        "durch den insbesondere Menschen mit Demenz und mit geringerem Unterstützungsbedarf (Pflegegrad 1) "
        "erstmals Leistungen erhalten. Der größere Teil ist jedoch demografisch bedingt und Folge der "
        "wachsenden Zahl hochbetagter Menschen. Die große Mehrheit der Pflegebedürftigen wird zu Hause "
        "versorgt, überwiegend allein durch Angehörige, die dafür Pflegegeld erhalten, und zu einem kleineren "
        "Teil mit Unterstützung ambulanter Pflegedienste. Nur etwa jede bzw. jeder fünfte Pflegebedürftige lebt "
        "in einer stationären Pflegeeinrichtung.",
        key="SA-ges-p-pflege",
    ),
    Table(
        caption="Tabelle 15: Pflegebedürftige nach Art der Versorgung 2015, 2017 und 2019",
        header=(
            "Jahr (15.12.)",
            "Pflegebedürftige insgesamt",
            "ambulante Pflegedienste",
            "vollstationäre Pflege",
            "nur Pflegegeld",
            "Pflegegrad 1 ohne Leistungen der Pflegeeinrichtungen",
        ),
        rows=(
            ("2015", "4.060", "980", "1.110", "1.970", "–"),
            ("2017", "4.720", "1.080", "1.140", "2.300", "200"),
            ("2019", "5.480", "1.190", "1.150", "2.860", "280"),
        ),
        unit="Anzahl (Personen); 2015 nach altem Pflegebedürftigkeitsbegriff",
        source=_SL,
        key="SA-ges-tab-pflegebed",
    ),
    Para(
        "Die häusliche Pflege wird durch 21 ambulante Pflegedienste unterstützt, die von Sozialstationen "
        "kirchlicher und freier Träger sowie von privaten Anbietern betrieben werden. Gerade in den entlegenen "
        "Ortsgemeinden ist die Versorgung wegen langer Anfahrtswege aufwendig, und mehrere Dienste mussten in "
        "jüngerer Zeit wegen Personalmangels Anfragen ablehnen. Beratung und Unterstützung für Pflegebedürftige "
        "und ihre Angehörigen bieten die Pflegestützpunkte, die in Rheinland-Pfalz gemeinsam von Kommunen und "
        "Pflegekassen getragen werden. Ergänzt wird das Angebot durch Nachbarschaftshilfen, "
        "Seniorenbegleiterinnen und -begleiter, Demenznetzwerke sowie die Gemeindeschwesterplus, die hochbetagte "
        "Menschen ohne Pflegebedarf präventiv berät. Die Bedeutung dieser niedrigschwelligen Angebote wird mit "
        "der Alterung der Bevölkerung weiter zunehmen."
    ),
    Para(
        "In der stationären Pflege standen Ende 2019 in 18 Pflegeheimen insgesamt rund 1.380 vollstationäre "
        "Plätze zur Verfügung. Die Auslastung der Einrichtungen ist hoch, und in einzelnen Häusern bestehen "
        "Wartelisten. Besonders knapp sind Plätze in der Kurzzeitpflege, die pflegenden Angehörigen eine "
        "Entlastung ermöglichen und nach einem Krankenhausaufenthalt eine Versorgungslücke schließen sollen: Die "
        "Einrichtungen bieten Kurzzeitpflege überwiegend nur eingestreut an, sodass in Urlaubszeiten kaum freie "
        "Plätze verfügbar sind. Das Angebot an Tagespflegeplätzen wurde in den vergangenen Jahren dagegen "
        "deutlich ausgebaut. Neue Wohnformen wie ambulant betreute Wohngemeinschaften oder Service-Wohnen sind "
        "bislang nur an wenigen Standorten vorhanden."
    ),
    Table(
        caption="Tabelle 16: Stationäre und teilstationäre Pflegeangebote nach Gebietskörperschaften 2019",
        header=(
            "Gebietskörperschaft",
            "Pflegeheime",
            "vollstationäre Plätze",
            "darunter eingestreute Kurzzeitpflege",
            "Tagespflegeplätze",
        ),
        rows=(
            ("Stadt Wittlich", "4", "380", "18", "36"),
            ("Gemeinde Morbach", "2", "150", "8", "15"),
            ("VG Bernkastel-Kues", "5", "390", "20", "30"),
            ("VG Thalfang am Erbeskopf", "1", "60", "3", "12"),
            ("VG Traben-Trarbach", "3", "210", "10", "24"),
            ("VG Wittlich-Land", "3", "190", "9", "28"),
            ("Landkreis insgesamt", "18", "1.380", "68", "145"),
        ),
        unit="Anzahl; Stichtag 15.12.2019",
        source=_SL,
        key="SA-ges-tab-pflegeheime",
    ),
    Para(
        "Für die weitere Entwicklung ist davon auszugehen, dass die Zahl der Pflegebedürftigen bis 2030 um "
        "weitere 20 bis 25 % steigen wird. Gleichzeitig geht das Potenzial an pflegenden Angehörigen zurück, "
        "weil Familien kleiner werden, Kinder häufiger weiter entfernt wohnen und die Erwerbstätigkeit von Frauen "
        "zunimmt. Der Fachkräftebedarf in der Pflege ist bereits heute die größte Engpassstelle: Nach "
        "Einschätzung der Einrichtungsträger fehlen im Kreis schon jetzt mehrere Dutzend Pflegefachkräfte, und "
        "bis 2030 scheidet ein erheblicher Teil des heutigen Personals altersbedingt aus. Die generalistische "
        "Pflegeausbildung, die seit 2020 auch an den Pflegeschulen der Region angeboten wird, die Anerkennung "
        "ausländischer Berufsabschlüsse sowie bessere Arbeitsbedingungen sind zentrale Ansatzpunkte, um diesem "
        "Engpass zu begegnen."
    ),
    Heading("5.4 Gesundheitsförderung und Prävention", 2),
    Para(
        "Gesundheitsförderung und Prävention gewinnen mit der Alterung der Bevölkerung an Bedeutung. Im Kreis "
        "bestehen zahlreiche Angebote der Krankenkassen, der Sportvereine, der Kreisvolkshochschule und der "
        "Selbsthilfegruppen, die von Bewegungskursen über Ernährungsberatung bis zur Sturzprävention reichen. "
        "Das Gesundheitsamt führt die Schuleingangsuntersuchungen durch, die wichtige Hinweise auf den "
        "Entwicklungsstand der Kinder geben; dabei fallen zunehmend Sprachauffälligkeiten, motorische Defizite "
        "und Übergewicht auf. Die Suchtberatung, die sozialpsychiatrischen Dienste und die Beratungsstellen "
        "für Menschen mit psychischen Erkrankungen verzeichnen eine steigende Nachfrage. Ein kreisweites "
        "Netzwerk, das diese Angebote bündelt und besser sichtbar macht, befindet sich im Aufbau."
    ),
    Para(
        "Für die gesundheitliche Versorgung der Zukunft kommt der Vernetzung der Akteure eine Schlüsselrolle "
        "zu. In einer Gesundheitsregion, wie sie das Land Rheinland-Pfalz mit dem Programm der "
        "Gesundheitsregionen fördert, können Kommunen, Ärzteschaft, Krankenhaus, Pflegeeinrichtungen, "
        "Krankenkassen und Selbsthilfe gemeinsam Lösungen für die ärztliche Nachwuchsgewinnung, die "
        "sektorenübergreifende Versorgung und die Nutzung digitaler Anwendungen entwickeln. Der Kreis prüft "
        "derzeit gemeinsam mit den Nachbarkreisen der Region Trier, ob eine solche Struktur aufgebaut werden "
        "kann."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 6: Mobilität (zweispaltig)
# ---------------------------------------------------------------------------------------------------------------

_KAP6: tuple[Block, ...] = (
    Columns(2),
    Heading("6 Mobilität", 1),
    Heading("6.1 Öffentlicher Personennahverkehr", 2),
    Para(
        "Der Landkreis ist Aufgabenträger für den öffentlichen Straßenpersonennahverkehr und Mitglied im "
        "Verkehrsverbund Region Trier (VRT). Innerhalb des VRT gilt ein einheitlicher Tarif, sodass Fahrgäste "
        "mit einem Fahrschein Busse und Nahverkehrszüge verschiedener Unternehmen nutzen können. Das Busnetz im "
        "Kreis ist in Linienbündel gegliedert, die im Wettbewerb vergeben und nach und nach neu geordnet werden. "
        "Betrieben werden die Linien von mehreren Verkehrsunternehmen, darunter die Moselbahn, die seit "
        "Jahrzehnten die Buslinien im Moseltal bedient. Grundlage der Angebotsplanung sind der Nahverkehrsplan "
        "des Zweckverbands Schienenpersonennahverkehr Rheinland-Pfalz Nord und der Landesnahverkehrsplan, der "
        "Mindeststandards für die Bedienung von Mittel- und Grundzentren festlegt.",
        key="SA-mob-p-oepnv",
    ),
    Para(
        "Das Busangebot ist stark auf den Schülerverkehr ausgerichtet. Auf den Hauptachsen zwischen Wittlich, "
        "Bernkastel-Kues, Traben-Trarbach, Morbach und Trier verkehren die Busse werktags im Stunden- oder "
        "Zweistundentakt; viele kleinere Ortsgemeinden werden dagegen nur wenige Male am Tag angefahren, und "
        "am Wochenende sowie in den Abendstunden besteht vielerorts kein Angebot. Nach einer Auswertung der "
        "Kreisverkehrsplanung verfügen nur rund 48 % der Einwohnerinnen und Einwohner über eine Haltestelle im "
        "Umkreis von 600 m, an der werktags mindestens ein Stundentakt angeboten wird. Um die Lücken zu "
        "schließen, wurden in mehreren Verbandsgemeinden Rufbusse und Anruf-Sammel-Taxis eingerichtet; hinzu "
        "kommen ehrenamtlich betriebene Bürgerbusse, etwa in Morbach und in der Verbandsgemeinde Wittlich-Land.",
        key="SA-mob-p-bus",
    ),
    Para(
        "Im Schienenpersonennahverkehr sind der Bahnhof Wittlich Hbf an der Moselstrecke und der Bahnhof "
        "Traben-Trarbach an der Moselweinbahn die wichtigsten Zugangsstellen. Der Bahnhof Wittlich Hbf liegt im "
        "Stadtteil Wengerohr etwa vier Kilometer vom Stadtzentrum entfernt und ist über Stadtbuslinien "
        "angebunden. Die Nachfrage im Schienenverkehr ist in den vergangenen Jahren gestiegen, insbesondere auf "
        "der Relation nach Trier und Luxemburg. Als Schwachpunkte gelten die fehlende Barrierefreiheit einzelner "
        "Bahnsteige, die geringe Zahl an Park-and-Ride- und Bike-and-Ride-Plätzen sowie unzureichende "
        "Busanschlüsse in den Tagesrandlagen. Mit dem Landesnahverkehrsgesetz, das einen Ausbau des ÖPNV zu "
        "einer kommunalen Pflichtaufgabe vorsieht, werden sich die Rahmenbedingungen in den nächsten Jahren "
        "grundlegend ändern."
    ),
    Heading("6.2 Motorisierter Individualverkehr und Pkw-Dichte", 2),
    Para(
        "Das Auto ist im Landkreis das mit Abstand wichtigste Verkehrsmittel. Die Pkw-Dichte, also die Zahl der "
        "Personenkraftwagen je 1.000 Einwohnerinnen und Einwohner, liegt deutlich über dem Landesdurchschnitt "
        "und ist im Betrachtungszeitraum kontinuierlich gestiegen. Viele Haushalte verfügen über zwei oder mehr "
        "Fahrzeuge, weil Arbeitsplätze, Schulen, Ärzte und Einkaufsmöglichkeiten anders kaum erreichbar sind. "
        "Die Elektromobilität steht noch am Anfang: Zwar hat sich die Zahl der reinen Elektro-Pkw seit 2015 "
        "mehr als versechsfacht, ihr Anteil am Bestand liegt aber weiterhin unter einem Prozent. Im Jahr 2020 "
        "gab es im Kreis rund 50 öffentlich zugängliche Ladepunkte, überwiegend in Wittlich, in Bernkastel-Kues "
        "und an touristischen Zielen an der Mosel.",
        key="SA-mob-p-pkw",
    ),
    Table(
        caption="Tabelle 17: Pkw-Bestand und Pkw-Dichte 2015 bis 2020",
        header=("Jahr (01.01.)", "Pkw-Bestand", "darunter Elektro-Pkw", "Pkw je 1.000 Einwohner", "Rheinland-Pfalz"),
        rows=(
            ("2015", "71.070", "38", "640", "586"),
            ("2016", "72.530", "51", "648", "592"),
            ("2017", "73.470", "72", "655", "598"),
            ("2018", "74.240", "104", "661", "604"),
            ("2019", "75.140", "151", "668", "610"),
            ("2020", "75.820", "262", "673", "614"),
        ),
        unit="Anzahl; Pkw-Dichte bezogen auf die Einwohner am 31.12. des Vorjahres",
        source="Quelle: Kraftfahrt-Bundesamt, Statistisches Landesamt Rheinland-Pfalz, eigene Berechnung",
        key="SA-mob-tab-pkw",
    ),
    Para(
        "Mit der hohen Abhängigkeit vom Auto sind mehrere Herausforderungen verbunden. Für Menschen ohne "
        "Führerschein oder eigenes Fahrzeug – Jugendliche, ältere Menschen, Menschen mit Behinderungen und "
        "Haushalte mit geringem Einkommen – ist die Teilhabe am gesellschaftlichen Leben eingeschränkt. Die "
        "Verkehrsbelastung in den Ortsdurchfahrten, insbesondere an der Mosel in der Hauptsaison, beeinträchtigt "
        "die Aufenthaltsqualität. Schließlich ist der Verkehrssektor für einen großen Teil der CO₂-Emissionen im "
        "Kreis verantwortlich (vgl. Kapitel 8). Angebote wie Carsharing, Mitfahrbänke und Mitfahrplattformen "
        "werden bisher nur in Einzelfällen erprobt."
    ),
    Heading("6.3 Radverkehr", 2),
    Para(
        "Der Radverkehr hat im Landkreis vor allem eine touristische Bedeutung. Der Mosel-Radweg und der "
        "Maare-Mosel-Radweg, der auf einer ehemaligen Bahntrasse von Daun über Wittlich nach Bernkastel-Kues "
        "führt, zählen zu den beliebtesten Radfernwegen in Rheinland-Pfalz und ziehen jährlich zehntausende "
        "Radtouristinnen und Radtouristen an. Im Alltagsverkehr spielt das Fahrrad dagegen bislang eine "
        "untergeordnete Rolle, weil die Topografie mit steilen Anstiegen zwischen Moseltal und Hochflächen, große "
        "Entfernungen und lückenhafte Radwege an Landes- und Kreisstraßen das Radfahren erschweren. Mit der "
        "Verbreitung von Pedelecs verändern sich die Voraussetzungen jedoch spürbar: Steigungen und Distanzen "
        "von zehn bis fünfzehn Kilometern verlieren an Bedeutung, sodass der Radverkehr auch für Pendlerinnen und "
        "Pendler interessanter wird. Ein kreisweites Radverkehrskonzept ist in Vorbereitung.",
        key="SA-mob-p-rad",
    ),
    Table(
        caption="Tabelle 18: Wichtige Radwege und Radrouten im Kreisgebiet",
        header=("Radweg / Radroute", "Kategorie", "Länge im Kreisgebiet in km"),
        rows=(
            ("Mosel-Radweg", "Radfernweg", "78"),
            ("Maare-Mosel-Radweg", "Radfernweg auf Bahntrasse", "36"),
            ("Hochwald-Radweg Morbach–Thalfang", "regionale Radroute", "32"),
            ("Moselhöhen-Radroute", "regionale Radroute", "27"),
            ("Radweg Wittlicher Senke", "Alltagsradweg", "21"),
            ("Straßenbegleitende Radwege an Bundes-, Landes- und Kreisstraßen", "Alltagsradweg", "64"),
            ("Insgesamt", "–", "258"),
        ),
        unit="Länge in km (gerundet), Stand 2020",
        source="Quelle: Kreisverwaltung Bernkastel-Wittlich, Kreisverkehrsplanung, eigene Erhebung",
        key="SA-mob-tab-rad",
    ),
    Heading("6.4 Pendlerdistanzen und Verkehrsmittelwahl", 2),
    Para(
        "Die Wege zur Arbeit sind im Kreis in den vergangenen Jahren länger geworden. Der Anteil der "
        "Beschäftigten, deren Arbeitsort weniger als zehn Kilometer von ihrem Wohnort entfernt liegt, ist "
        "gesunken, während der Anteil der Fernpendler mit Wegen von 50 Kilometern und mehr gestiegen ist. "
        "Ursachen sind die Konzentration von Arbeitsplätzen in Wittlich und Trier, die zunehmende Bedeutung des "
        "Arbeitsmarkts in Luxemburg sowie der Umstand, dass viele Beschäftigte bei einem Arbeitsplatzwechsel "
        "ihren Wohnort im ländlichen Raum beibehalten. Nach Auswertungen auf Basis der Pendlerrechnung "
        "legen rund vier von fünf Beschäftigten ihren Arbeitsweg überwiegend mit dem Pkw zurück; nur etwa "
        "7 % nutzen Bus oder Bahn, der Rest geht zu Fuß oder fährt mit dem Fahrrad.",
        key="SA-mob-p-pendeln",
    ),
    Table(
        caption="Tabelle 19: Sozialversicherungspflichtig Beschäftigte am Wohnort nach Pendeldistanz",
        header=("Entfernung Wohnort – Arbeitsort", "Anteil 2013 in %", "Anteil 2019 in %"),
        rows=(
            ("unter 10 km", "36,8", "34,2"),
            ("10 bis unter 25 km", "31,0", "31,5"),
            ("25 bis unter 50 km", "21,0", "22,1"),
            ("50 km und mehr", "11,2", "12,2"),
            ("Insgesamt", "100,0", "100,0"),
            ("Durchschnittliche Pendeldistanz (einfacher Weg) in km", "18,6", "19,8"),
        ),
        unit="Anteile in %, Luftlinienentfernung zwischen Gemeindemittelpunkten",
        source=_BA,
        key="SA-mob-tab-distanz",
    ),
    Para(
        "Die Corona-Pandemie hat im Jahr 2020 gezeigt, dass ein Teil der Wege zur Arbeit durch mobiles Arbeiten "
        "vermieden werden kann. Nach einer Befragung der Wirtschaftsförderung unter Unternehmen im Kreis wollen "
        "viele Betriebe mit Büroarbeitsplätzen auch nach der Pandemie an Homeoffice-Regelungen festhalten. "
        "Voraussetzung hierfür ist allerdings eine leistungsfähige Breitbandversorgung in den Wohnorten der "
        "Beschäftigten. Darüber hinaus bieten Coworking-Angebote in den Mittelzentren und in umgenutzten "
        "Gebäuden in den Ortskernen die Möglichkeit, wohnortnah zu arbeiten und Pendelwege zu verkürzen."
    ),
    Heading("6.5 Neue Mobilitätsangebote", 2),
    Para(
        "Um die Mobilität im ländlichen Raum auch ohne eigenes Auto zu sichern, werden im Kreis verschiedene "
        "neue Angebote erprobt. Dazu gehören Mitfahrbänke in mehreren Ortsgemeinden, an denen Wartende "
        "signalisieren können, dass sie mitgenommen werden möchten, sowie Mitfahrplattformen für "
        "Berufspendlerinnen und Berufspendler. In Wittlich und Bernkastel-Kues stehen erste Carsharing-Fahrzeuge "
        "zur Verfügung, teilweise als Elektrofahrzeuge. Touristische Angebote wie E-Bike-Verleihstationen und "
        "Fahrradbusse entlang der Mosel werden auch von Einheimischen genutzt. Bedarfsgesteuerte "
        "On-Demand-Verkehre, die ohne festen Fahrplan per App oder Telefon bestellt werden und Fahrgäste "
        "bündeln, gelten als vielversprechende Ergänzung des Linienverkehrs in dünn besiedelten Gebieten."
    ),
    Para(
        "Die Erfahrungen zeigen, dass solche Angebote nur dann dauerhaft angenommen werden, wenn sie verlässlich "
        "sind, gut mit Bus und Bahn verknüpft werden und vor Ort bekannt sind. Viele Projekte hängen zudem "
        "stark vom ehrenamtlichen Engagement einzelner Personen ab. Für die Weiterentwicklung der Mobilität im "
        "Kreis ist deshalb ein abgestimmtes Gesamtkonzept notwendig, das ÖPNV, Radverkehr, neue "
        "Mobilitätsformen und E-Mobilität zusammen denkt und Mobilitätsstationen an zentralen Umstiegspunkten "
        "vorsieht."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 7: Digitale Infrastruktur
# ---------------------------------------------------------------------------------------------------------------

_KAP7: tuple[Block, ...] = (
    Columns(1),
    Heading("7 Digitale Infrastruktur", 1),
    Heading("7.1 Breitbandversorgung", 2),
    Para(
        "Eine leistungsfähige digitale Infrastruktur ist heute eine Grundvoraussetzung für wirtschaftliche "
        "Entwicklung, Bildung, Verwaltung und gesellschaftliche Teilhabe. Nach dem Breitbandatlas des Bundes "
        "konnten Mitte 2020 rund 78 % der Haushalte im Landkreis Anschlüsse mit einer Bandbreite von mindestens "
        "50 Mbit/s nutzen. Gigabitfähige Anschlüsse mit 1.000 Mbit/s und mehr standen dagegen erst rund 23 % "
        "der Haushalte zur Verfügung; sie beruhen überwiegend auf modernisierten Kabelfernsehnetzen in der Stadt "
        "Wittlich und einigen größeren Orten sowie auf ersten Glasfaserausbaugebieten bis ins Gebäude (FTTB/FTTH). "
        "Im Vergleich zum Stand von 2015, als erst gut die Hälfte der Haushalte mit 50 Mbit/s versorgt werden "
        "konnte, hat sich die Versorgung damit deutlich verbessert. Gegenüber dem Landesdurchschnitt besteht aber "
        "weiterhin ein Rückstand, insbesondere bei den gigabitfähigen Anschlüssen.",
        key="SA-dig-p-breitband",
    ),
    Para(
        "Wesentlichen Anteil an der Verbesserung hat das kreisweite Breitbandprojekt, das der Landkreis "
        "gemeinsam mit den Verbandsgemeinden, der Stadt Wittlich und der Gemeinde Morbach in den Jahren 2016 bis "
        "2020 umgesetzt hat. Im Wirtschaftlichkeitslückenmodell wurden dabei mit Mitteln des Bundesförderprogramms "
        "Breitband und des Landes Rheinland-Pfalz Gebiete erschlossen, in denen sich ein Ausbau für die "
        "Telekommunikationsunternehmen allein nicht gerechnet hätte. Überwiegend kam dabei die "
        "Vectoring-Technik zum Einsatz, bei der Glasfaser bis zu den Kabelverzweigern verlegt und die letzte "
        "Strecke über die vorhandenen Kupferleitungen überbrückt wird. Diese Technik hat die Versorgung in der "
        "Fläche rasch verbessert, stößt aber bei weiter wachsenden Bandbreitenbedarfen an ihre Grenzen. In "
        "Gewerbegebieten und an Schulen wurden deshalb bereits Glasfaseranschlüsse bis ins Gebäude realisiert."
    ),
    Table(
        caption="Tabelle 20: Breitbandverfügbarkeit nach Gebietskörperschaften (Mitte 2020)",
        header=("Gebietskörperschaft", "≥ 50 Mbit/s", "≥ 100 Mbit/s", "≥ 1.000 Mbit/s (gigabitfähig)"),
        rows=(
            ("Stadt Wittlich", "94", "85", "52"),
            ("Gemeinde Morbach", "76", "55", "18"),
            ("VG Bernkastel-Kues", "78", "58", "19"),
            ("VG Thalfang am Erbeskopf", "61", "40", "8"),
            ("VG Traben-Trarbach", "74", "52", "17"),
            ("VG Wittlich-Land", "74", "50", "17"),
            ("Landkreis insgesamt", "78", "58", "23"),
        ),
        unit="Anteil der Haushalte in %, alle Technologien (leitungsgebunden)",
        source="Quelle: Breitbandatlas des Bundes (Stand Mitte 2020), eigene Berechnung",
        key="SA-dig-tab-breitband",
    ),
    Para(
        "Die Tabelle zeigt ein deutliches Gefälle zwischen der Kreisstadt und den ländlich geprägten "
        "Verbandsgemeinden. Besonders in den Höhengemeinden des Hunsrücks, in Seitentälern der Mosel und in "
        "Einzellagen wie Aussiedlerhöfen, Weingütern und Mühlen sind die verfügbaren Bandbreiten häufig noch "
        "gering. Für Betriebe des Tourismus und des Weinbaus, die ihre Buchungen und ihren Direktvertrieb "
        "zunehmend online abwickeln, stellt dies einen Wettbewerbsnachteil dar. Mit dem Förderprogramm des "
        "Bundes zur Gigabitförderung in sogenannten grauen Flecken, also in Gebieten mit weniger als 100 Mbit/s, "
        "eröffnet sich ab 2021 die Möglichkeit, den Glasfaserausbau in die Fläche zu tragen. Der Landkreis "
        "bereitet hierzu gemeinsam mit den Kommunen ein Markterkundungsverfahren vor."
    ),
    Heading("7.2 Mobilfunk", 2),
    Para(
        "Die Mobilfunkversorgung hat sich mit dem Ausbau des LTE-Netzes in den vergangenen Jahren verbessert, "
        "ist aber weiterhin lückenhaft. Nach den Daten der Bundesnetzagentur war Mitte 2020 rund 94,5 % der "
        "Kreisfläche durch mindestens einen Netzbetreiber mit LTE versorgt, aber nur rund 71 % der Fläche durch "
        "alle drei großen Netzbetreiber. Sogenannte Funklöcher, in denen weder LTE noch eine stabile "
        "Sprachverbindung verfügbar ist, finden sich vor allem in den tief eingeschnittenen Seitentälern der "
        "Mosel, in den großen Waldgebieten des Hunsrücks und des Nationalparks sowie entlang einzelner Kreis- und "
        "Landesstraßen. Für den Rettungsdienst, die Forstwirtschaft und den Tourismus ist dies ein spürbares "
        "Problem. Der neue Mobilfunkstandard 5G war Ende 2020 erst an wenigen Standorten, vor allem in Wittlich "
        "und entlang der Autobahnen, verfügbar.",
        key="SA-dig-p-mobilfunk",
    ),
    Para(
        "Die Kreisverwaltung hat im Jahr 2019 eine Funkloch-Erhebung durchgeführt, an der sich zahlreiche "
        "Bürgerinnen und Bürger beteiligt haben. Die Ergebnisse wurden an die Netzbetreiber und an das Land "
        "weitergegeben und sollen in die Standortplanung neuer Sendemasten einfließen. Bei der Errichtung neuer "
        "Masten zeigt sich allerdings, dass geeignete Standorte in der topografisch bewegten Landschaft schwer "
        "zu finden sind und Genehmigungsverfahren, insbesondere in Natur- und Landschaftsschutzgebieten, viel "
        "Zeit in Anspruch nehmen. Die Mobilfunkförderung des Bundes und die Gründung der "
        "Mobilfunkinfrastrukturgesellschaft bieten neue Möglichkeiten, die verbleibenden weißen Flecken zu "
        "schließen. Auch kommunale Liegenschaften wie Feuerwehrhäuser oder Wasserbehälter können als Standorte "
        "für Antennen in Betracht kommen."
    ),
    Heading("7.3 Digitale Infrastruktur an Schulen", 2),
    Para(
        "Ein Schwerpunkt des Ausbaus lag in den vergangenen Jahren auf der Anbindung der Schulen. Bis Ende 2020 "
        "verfügten 41 Schulen im Landkreis über einen Glasfaseranschluss, darunter alle Gymnasien, "
        "Integrierten Gesamtschulen und Berufsbildenden Schulen. Bei den Grundschulen, deren Träger die "
        "Verbandsgemeinden sind, ist der Anschluss noch nicht flächendeckend erreicht. Mit den Mitteln aus dem "
        "DigitalPakt Schule finanzieren die Schulträger zudem den Ausbau der Netzwerke innerhalb der "
        "Schulgebäude, die Ausstattung der Klassenräume mit WLAN und digitalen Präsentationsmedien sowie "
        "Lernplattformen. Durch das Sofortausstattungsprogramm des Bundes und des Landes konnten im Jahr 2020 "
        "zudem mehrere tausend mobile Endgeräte für Schülerinnen und Schüler ohne eigenes Gerät beschafft werden, "
        "die im Distanzunterricht während der Schulschließungen dringend benötigt wurden.",
        key="SA-dig-p-schulen",
    ),
    Table(
        caption="Tabelle 21: Schulen mit Glasfaseranschluss nach Schularten (Stand Ende 2020)",
        header=("Schulart", "Schulen insgesamt", "mit Glasfaseranschluss", "Anteil in %"),
        rows=(
            ("Grundschulen", "40", "24", "60,0"),
            ("Realschulen plus", "8", "6", "75,0"),
            ("Integrierte Gesamtschulen", "2", "2", "100,0"),
            ("Gymnasien", "5", "5", "100,0"),
            ("Förderschulen", "5", "2", "40,0"),
            ("Berufsbildende Schulen", "2", "2", "100,0"),
            ("Insgesamt", "62", "41", "66,1"),
        ),
        unit="Anzahl bzw. Anteil in %",
        source="Quelle: Kreisverwaltung Bernkastel-Wittlich, Schulverwaltung und Breitbandprojekt",
        key="SA-dig-tab-schulen",
    ),
    Para(
        "Mit der technischen Ausstattung allein ist die Digitalisierung der Schulen allerdings nicht "
        "abgeschlossen. Die Geräte und Netzwerke müssen gewartet, aktualisiert und datenschutzkonform betrieben "
        "werden. Bislang übernehmen diese Aufgaben vielfach Lehrkräfte neben ihrem Unterricht. Der Landkreis "
        "hat deshalb damit begonnen, für die Schulen in seiner Trägerschaft einen zentralen IT-Support "
        "aufzubauen; die Verbandsgemeinden prüfen eine Beteiligung für die Grundschulen. Wichtig sind außerdem "
        "Fortbildungen für Lehrkräfte, pädagogische Medienkonzepte und die Vermittlung digitaler Kompetenzen an "
        "Schülerinnen und Schüler, damit die neuen Möglichkeiten im Unterricht tatsächlich genutzt werden."
    ),
    Heading("7.4 Digitale Verwaltung", 2),
    Para(
        "Nach dem Onlinezugangsgesetz (OZG) sind Bund, Länder und Kommunen verpflichtet, ihre "
        "Verwaltungsleistungen bis Ende 2022 auch online anzubieten. Die Kreisverwaltung bietet bereits eine "
        "Reihe von Leistungen digital an, etwa die Online-Terminvergabe in der Zulassungsstelle, die "
        "internetbasierte Fahrzeugzulassung, Anträge im Bereich der Schülerbeförderung und einzelne Leistungen des "
        "Jugendamtes. Die Digitalisierung interner Abläufe, insbesondere die Einführung der elektronischen Akte, "
        "wird schrittweise vorangetrieben. Gemeinsam mit den Verbandsgemeinden wird geprüft, wie Leistungen "
        "über ein gemeinsames Serviceportal gebündelt und Doppelstrukturen vermieden werden können. Darüber "
        "hinaus werden Ansätze für digitale Dörfer und Smart-Region-Anwendungen diskutiert, etwa digitale "
        "Dorfplattformen, Mitfahrangebote und digitale Lösungen in Pflege und Gesundheit."
    ),
    Heading("7.5 Digitalisierung in Wirtschaft und Gesellschaft", 2),
    Para(
        "Die Digitalisierung verändert die Arbeitswelt und das Zusammenleben auch im ländlichen Raum "
        "grundlegend. Nach einer Umfrage der Industrie- und Handelskammer Trier sehen viele Unternehmen im "
        "Kreis in der Digitalisierung ihrer Geschäftsprozesse eine zentrale Zukunftsaufgabe, verfügen aber "
        "nicht immer über das notwendige Know-how und die personellen Kapazitäten. Besonders kleine Betriebe im "
        "Handwerk, im Einzelhandel und im Gastgewerbe benötigen Unterstützung bei der Einführung digitaler "
        "Werkzeuge, beim Online-Marketing und bei der IT-Sicherheit. Die Wirtschaftsförderung, die Kammern und "
        "das Mittelstand-Digital-Netzwerk bieten hierzu Beratung und Veranstaltungen an."
    ),
    Para(
        "Auf gesellschaftlicher Ebene besteht die Gefahr, dass Menschen ohne digitale Kenntnisse oder ohne "
        "geeignete Geräte zunehmend von Informationen und Dienstleistungen ausgeschlossen werden. Betroffen sind "
        "insbesondere ältere Menschen. Angebote wie digitale Sprechstunden, Smartphone-Kurse für Seniorinnen "
        "und Senioren und ehrenamtliche Digitalbotschafterinnen und -botschafter, wie sie das Land "
        "Rheinland-Pfalz fördert, können helfen, diese Lücke zu schließen. Gleichzeitig eröffnen digitale "
        "Anwendungen gerade auf dem Land neue Möglichkeiten, etwa in der Telemedizin, beim mobilen Arbeiten oder "
        "bei der Organisation von Nachbarschaftshilfe und Mitfahrgelegenheiten."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 8: Energie und Klima
# ---------------------------------------------------------------------------------------------------------------

_KAP8: tuple[Block, ...] = (
    Heading("8 Energie und Klima", 1),
    Heading("8.1 Stromerzeugung aus erneuerbaren Energien", 2),
    Para(
        "Der Landkreis Bernkastel-Wittlich gehört bei der Erzeugung von Strom aus erneuerbaren Energien zu den "
        "Vorreitern in Rheinland-Pfalz. Im Jahr 2019 erzeugten die Anlagen im Kreis rechnerisch so viel Strom "
        "aus erneuerbaren Quellen, dass dies rund 118 % des gesamten Stromverbrauchs im Kreis entsprach. "
        "Bilanziell ist der Kreis damit Stromexporteur. Den mit Abstand größten Beitrag leistet die "
        "Windenergie, deren Anlagen sich vor allem auf den Hochflächen des Hunsrücks in der Gemeinde Morbach und "
        "in der Verbandsgemeinde Thalfang am Erbeskopf sowie auf den Moselhöhen befinden. Bundesweit bekannt ist "
        "die Energielandschaft Morbach, in der auf einem ehemaligen Munitionsdepot Windenergieanlagen, eine "
        "Photovoltaik-Freiflächenanlage und eine Biogasanlage mit Holzpelletierung kombiniert werden. Die "
        "Laufwasserkraftwerke an den Moselstaustufen Wintrich und Zeltingen liefern gleichmäßig Strom und "
        "ergänzen die wetterabhängige Erzeugung aus Wind und Sonne.",
        key="SA-en-p-strom",
    ),
    Table(
        caption="Tabelle 22: Stromerzeugung aus erneuerbaren Energien nach Energieträgern 2019",
        header=(
            "Energieträger",
            "Installierte Leistung in MW",
            "Stromerzeugung in GWh",
            "Anteil an der Erzeugung in %",
            "Anteil am Stromverbrauch in %",
        ),
        rows=(
            ("Windenergie", "235", "520", "65,8", "77,7"),
            ("Photovoltaik", "105", "95", "12,0", "14,2"),
            ("Wasserkraft", "38", "110", "13,9", "16,4"),
            ("Biomasse und Biogas", "9", "60", "7,6", "9,0"),
            ("Klär- und Deponiegas", "1", "5", "0,6", "0,7"),
            ("Erneuerbare Energien insgesamt", "388", "790", "100,0", "118,1"),
            ("Nachrichtlich: Stromverbrauch im Kreis", "–", "669", "–", "100,0"),
        ),
        unit="Leistung in MW, Erzeugung und Verbrauch in GWh, Anteile in %",
        source="Quelle: Energieatlas Rheinland-Pfalz, Marktstammdatenregister, eigene Berechnung",
        key="SA-en-tab-strom",
    ),
    Para(
        "Die Photovoltaik hat in den vergangenen Jahren deutlich zugelegt, bleibt aber hinter ihren "
        "Möglichkeiten zurück. Nach dem Solarkataster Rheinland-Pfalz eignet sich ein großer Teil der "
        "Dachflächen von Wohngebäuden, landwirtschaftlichen Hallen, Gewerbebetrieben und öffentlichen Gebäuden "
        "für Photovoltaikanlagen; bislang wird nur ein kleiner Teil dieses Potenzials genutzt. Auf kreiseigenen "
        "Liegenschaften, insbesondere auf Schulen und Sporthallen, sind bereits zahlreiche Anlagen in Betrieb. "
        "Freiflächenanlagen entstehen vor allem auf Konversionsflächen, entlang von Autobahnen und auf "
        "landwirtschaftlich benachteiligten Flächen. Bei der Windenergie ist ein weiterer Zubau durch "
        "Abstandsregelungen, Belange des Natur- und Artenschutzes und die Rücksicht auf den Nationalpark "
        "begrenzt; an mehreren bestehenden Standorten bietet sich jedoch das Repowering älterer Anlagen an, "
        "mit dem bei gleicher Anlagenzahl ein Vielfaches der Strommenge erzeugt werden kann."
    ),
    Para(
        "Die regionale Wertschöpfung aus erneuerbaren Energien ist für den Kreis und seine Gemeinden von "
        "erheblicher Bedeutung. Pachteinnahmen aus Windenergieanlagen fließen in zahlreichen Ortsgemeinden in "
        "die Gemeindehaushalte und ermöglichen Investitionen in Dorfgemeinschaftshäuser, Kindertagesstätten und "
        "Straßen. In einigen Verbandsgemeinden wurden Solidarpakte vereinbart, über die auch Gemeinden ohne "
        "eigene Anlagen an den Erträgen beteiligt werden. Bürgerenergiegenossenschaften ermöglichen es "
        "Einwohnerinnen und Einwohnern, sich finanziell an Photovoltaik- und Windprojekten zu beteiligen. Die "
        "Akzeptanz der Energiewende vor Ort hängt wesentlich davon ab, dass die Menschen in der Region an den "
        "Erträgen teilhaben und frühzeitig in die Planung einbezogen werden."
    ),
    Heading("8.2 Energieverbrauch und CO₂-Bilanz", 2),
    Para(
        "Das Klimaschutzmanagement der Kreisverwaltung erstellt regelmäßig eine Energie- und CO₂-Bilanz nach dem "
        "bundesweit einheitlichen BISKO-Standard. Für das Jahr 2018 ergeben sich energiebedingte "
        "CO₂-Emissionen von rund 1,06 Mio. Tonnen, das entspricht 9,4 Tonnen je Einwohnerin bzw. Einwohner. "
        "Gegenüber 2010, als noch rund 10,2 Tonnen je Einwohner ausgestoßen wurden, sind die Emissionen damit "
        "um gut 7 % zurückgegangen. Der Rückgang ist vor allem auf den sinkenden Emissionsfaktor des "
        "bundesdeutschen Strommixes sowie auf Effizienzgewinne in den privaten Haushalten zurückzuführen. Der "
        "Verkehr ist inzwischen der größte Emittent; seine Emissionen sind im Betrachtungszeitraum nur "
        "geringfügig gesunken, weil effizientere Motoren durch mehr und größere Fahrzeuge sowie längere Wege "
        "weitgehend aufgezehrt wurden. Die bilanzielle Stromerzeugung aus erneuerbaren Energien im Kreis wird "
        "nach der BISKO-Methodik nicht gutgeschrieben.",
        key="SA-en-p-co2",
    ),
    Table(
        caption="Tabelle 23: Energiebedingte CO₂-Emissionen nach Sektoren 2010 und 2018",
        header=("Sektor", "2010 in 1.000 t", "2018 in 1.000 t", "2018 in t je Einwohner", "Veränderung in %"),
        rows=(
            ("Private Haushalte", "300", "265", "2,36", "–11,7"),
            ("Gewerbe, Handel, Dienstleistungen", "185", "170", "1,51", "–8,1"),
            ("Industrie", "310", "290", "2,58", "–6,5"),
            ("Verkehr", "310", "300", "2,67", "–3,2"),
            ("Kommunale Einrichtungen", "35", "32", "0,28", "–8,6"),
            ("Insgesamt", "1.140", "1.057", "9,40", "–7,3"),
        ),
        unit="CO₂-Äquivalente in 1.000 t bzw. t je Einwohner, Bilanzierung nach BISKO",
        source="Quelle: Kreisverwaltung Bernkastel-Wittlich, Klimaschutzmanagement, eigene Berechnung",
        key="SA-en-tab-co2",
    ),
    Para(
        "Der Landkreis hat bereits 2012 ein integriertes Klimaschutzkonzept beschlossen und seither ein "
        "Klimaschutzmanagement in der Kreisverwaltung eingerichtet. Zu den umgesetzten Maßnahmen gehören die "
        "energetische Sanierung kreiseigener Schulen und Sporthallen, die Umstellung der Beleuchtung auf "
        "LED-Technik, der Bau von Photovoltaikanlagen auf kreiseigenen Dächern, die Beschaffung erster "
        "Elektrofahrzeuge für den Fuhrpark sowie Informations- und Beratungsangebote für Bürgerinnen und Bürger "
        "in Zusammenarbeit mit der Verbraucherzentrale und der Energieagentur Rheinland-Pfalz. Um die "
        "Klimaschutzziele von Bund und Land zu erreichen, reichen diese Anstrengungen jedoch nicht aus. "
        "Notwendig ist eine deutliche Beschleunigung insbesondere in den Bereichen Gebäudesanierung, "
        "Wärmeversorgung und Mobilität."
    ),
    Heading("8.3 Wärmeversorgung", 2),
    Para(
        "Die Wärmeversorgung der Gebäude beruht im Landkreis noch überwiegend auf fossilen Energieträgern. Nach "
        "Auswertungen der Schornsteinfegerdaten werden rund 41 % der Wohngebäude mit Heizöl beheizt, rund 28 % "
        "mit Erdgas. Der Anteil des Heizöls ist damit deutlich höher als im Landesdurchschnitt, weil weite Teile "
        "des Kreises, insbesondere die kleineren Ortsgemeinden im Hunsrück und in der Eifel, nicht an das "
        "Erdgasnetz angeschlossen sind. Holz und Holzpellets haben mit rund 14 % einen vergleichsweise hohen "
        "Anteil, was die waldreiche Struktur des Kreises widerspiegelt. Wärmepumpen werden bislang vor allem in "
        "Neubauten eingesetzt und erreichen im Bestand erst einen Anteil von etwa 6 %. Nah- und "
        "Fernwärmenetze versorgen rund 3 % der Gebäude.",
        key="SA-en-p-waerme",
    ),
    Para(
        "Eine besondere Herausforderung ist das hohe Alter des Gebäudebestands. Rund 60 % der Wohngebäude wurden "
        "vor Inkrafttreten der ersten Wärmeschutzverordnung im Jahr 1979 errichtet; viele davon sind bis heute "
        "nur teilweise energetisch saniert. Die jährliche Sanierungsrate liegt bei unter einem Prozent und "
        "müsste sich für das Erreichen der Klimaziele mindestens verdoppeln. Zugleich bestehen gute "
        "Voraussetzungen für eine klimafreundliche Wärmeversorgung: In mehreren Ortsgemeinden wurden bereits "
        "Nahwärmenetze auf Basis von Holzhackschnitzeln, Biogas-Abwärme oder Solarthermie errichtet, und die "
        "Energielandschaft Morbach zeigt, wie Wärme aus Biomasse mit gewerblicher Nutzung verbunden werden kann. "
        "Eine kommunale Wärmeplanung, die Potenziale und Wärmebedarfe räumlich zusammenführt, liegt für den "
        "Kreis bislang noch nicht vor."
    ),
    Para(
        "Auch die Folgen des Klimawandels sind im Kreis bereits spürbar. Die Jahresmitteltemperatur ist an der "
        "Mosel seit Beginn der Wetteraufzeichnungen um mehr als ein Grad gestiegen, und die trockenen Sommer "
        "2018 bis 2020 haben in den Wäldern des Hunsrücks und der Eifel zu erheblichen Schäden durch Trockenheit "
        "und Borkenkäferbefall geführt. Starkregenereignisse verursachen in den steilen Seitentälern der Mosel "
        "immer wieder Überflutungen und Hangrutschungen, während das Moseltal selbst regelmäßig von Hochwasser "
        "betroffen ist. Der Weinbau profitiert zwar teilweise von der Erwärmung, muss sich aber auf neue "
        "Schaderreger, Sonnenbrand an den Trauben und Wassermangel in Steillagen einstellen. Klimaschutz und "
        "Klimaanpassung sind deshalb als gemeinsame Aufgabe im Handlungskonzept zu behandeln."
    ),
    Heading("8.4 Energieverbrauch kommunaler Liegenschaften", 2),
    Para(
        "Der Landkreis und die Kommunen tragen als Eigentümer zahlreicher Gebäude und Anlagen eine besondere "
        "Verantwortung für den Klimaschutz. Die kreiseigenen Liegenschaften – vor allem Schulen, Sporthallen "
        "und Verwaltungsgebäude – verbrauchen jährlich rund 14 GWh Wärme und rund 4 GWh Strom. Durch "
        "Sanierungsmaßnahmen, den Austausch alter Heizungsanlagen und ein kontinuierliches Energiecontrolling "
        "konnte der spezifische Wärmeverbrauch je m² beheizter Fläche seit 2010 um rund ein Fünftel gesenkt "
        "werden. Dennoch besteht in vielen Gebäuden aus den 1960er- und 1970er-Jahren weiterhin ein erheblicher "
        "Sanierungsbedarf. Hinzu kommen die Straßenbeleuchtung der Gemeinden, die in den vergangenen Jahren "
        "vielerorts auf LED umgestellt wurde, sowie die Anlagen der Wasserversorgung und Abwasserbeseitigung, "
        "die zu den größten kommunalen Stromverbrauchern gehören."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 9: Tourismus
# ---------------------------------------------------------------------------------------------------------------

_KAP9: tuple[Block, ...] = (
    Heading("9 Tourismus", 1),
    Heading("9.1 Tourismus als Wirtschaftsfaktor", 2),
    Para(
        "Der Tourismus ist einer der wichtigsten Wirtschaftszweige des Landkreises und prägt insbesondere das "
        "Moseltal. Die Mittelmosel mit Bernkastel-Kues, Traben-Trarbach, Zeltingen-Rachtig, Kröv, Ürzig und "
        "zahlreichen weiteren Weinorten gehört zu den bekanntesten Reisezielen in Rheinland-Pfalz. Die Zahl der "
        "Gäste in den gewerblichen Beherbergungsbetrieben mit zehn und mehr Betten ist zwischen 2015 und 2019 "
        "Jahr für Jahr gestiegen, und auch die Übernachtungszahlen erreichten im Jahr 2019 einen Höchststand. "
        "Insgesamt nahm die Zahl der Übernachtungen in diesem Zeitraum um rund 5,7 % zu. Die durchschnittliche "
        "Aufenthaltsdauer ist mit gut drei Tagen weitgehend konstant geblieben. Hinzu kommen zahlreiche "
        "Übernachtungen in Privatquartieren und kleineren Ferienwohnungen sowie auf Campingplätzen und in "
        "Reisemobilhäfen, die in der amtlichen Statistik nur teilweise erfasst werden, sowie ein umfangreicher "
        "Tagestourismus, etwa durch Flusskreuzfahrtgäste und Ausflügler aus dem Rhein-Main-Gebiet und dem "
        "Ruhrgebiet.",
        key="SA-tour-p1",
    ),
    Table(
        caption="Tabelle 24: Gästeankünfte und Übernachtungen 2015 bis 2020",
        header=("Jahr", "Gästeankünfte", "Übernachtungen", "Durchschnittliche Aufenthaltsdauer in Tagen"),
        rows=(
            ("2015", "731.400", "2.412.300", "3,3"),
            ("2016", "742.800", "2.438.900", "3,3"),
            ("2017", "755.200", "2.471.600", "3,3"),
            ("2018", "768.900", "2.509.400", "3,3"),
            ("2019", "780.000", "2.550.000", "3,3"),
            ("2020", "498.300", "1.702.500", "3,4"),
        ),
        unit="Anzahl; Beherbergungsbetriebe mit 10 und mehr Betten einschließlich Camping",
        source=_SL,
        key="SA-tour-tab-jahre",
    ),
    Para(
        "Das Jahr 2020 stellte für die Tourismuswirtschaft einen tiefen Einschnitt dar. Durch die "
        "Beherbergungsverbote im Frühjahr und im November sowie die Absage nahezu aller Weinfeste, Märkte und "
        "Veranstaltungen brachen die Übernachtungszahlen um rund ein Drittel ein. Die Sommermonate verliefen "
        "dagegen vergleichsweise gut, weil viele Gäste ihren Urlaub im Inland verbrachten und die Mosel, die "
        "Eifel und der Hunsrück von der Nachfrage nach Aktivurlaub in der Natur profitierten. Die "
        "Aufenthaltsdauer stieg in dieser Zeit leicht an. Für viele Betriebe des Gastgewerbes, die ohnehin mit "
        "Personalmangel und Nachfolgefragen zu kämpfen haben, stellt die Pandemie eine existenzielle Belastung "
        "dar; die Überbrückungshilfen von Bund und Land konnten die Ausfälle nur teilweise ausgleichen."
    ),
    Para(
        "Die wirtschaftliche Bedeutung des Tourismus reicht weit über das Beherbergungs- und Gastgewerbe hinaus. "
        "Weingüter, Einzelhandel, Schifffahrt, Freizeiteinrichtungen, Handwerk und Dienstleister profitieren von "
        "den Ausgaben der Gäste. Nach einer Schätzung auf Basis der Tagesausgaben von Übernachtungs- und "
        "Tagesgästen erzielt der Tourismus im Kreis einen Bruttoumsatz in einer Größenordnung von 350 bis "
        "400 Mio. Euro jährlich. Die touristische Vermarktung erfolgt auf mehreren Ebenen: durch die "
        "Tourist-Informationen der Verbandsgemeinden und Städte, durch die regionalen Destinationen Mosel, Eifel "
        "und Hunsrück sowie durch die Rheinland-Pfalz Tourismus GmbH. Die Abstimmung zwischen diesen Ebenen und "
        "die gemeinsame Nutzung digitaler Buchungs- und Informationssysteme sind wichtige Aufgaben der "
        "kommenden Jahre."
    ),
    Heading("9.2 Räumliche Verteilung und touristische Angebote", 2),
    Para(
        "Die touristische Nachfrage konzentriert sich stark auf das Moseltal. Auf die Verbandsgemeinden "
        "Bernkastel-Kues und Traben-Trarbach entfallen zusammen rund drei Viertel aller Übernachtungen im Kreis. "
        "Bernkastel-Kues mit seinem mittelalterlichen Marktplatz, der Burgruine Landshut und dem "
        "Cusanusstift ist der touristische Hauptort der Mittelmosel; Traben-Trarbach ist für seine "
        "Jugendstilarchitektur und die unterirdischen Weinkeller bekannt. In der Verbandsgemeinde Wittlich-Land "
        "ziehen vor allem die Manderscheider Burgen, die Moselorte zwischen Ürzig und Minheim sowie der "
        "Eifelsteig Gäste an. Die Stadt Wittlich ist vor allem für Geschäftsreisende und als Ausgangspunkt "
        "für Tagesausflüge von Bedeutung. Im Hunsrück haben die Gemeinde Morbach und die Verbandsgemeinde "
        "Thalfang am Erbeskopf seit der Gründung des Nationalparks Hunsrück-Hochwald an Aufmerksamkeit gewonnen.",
        key="SA-tour-p-raum",
    ),
    Table(
        caption="Tabelle 25: Beherbergungsangebot und Übernachtungen nach Gebietskörperschaften 2019",
        header=(
            "Gebietskörperschaft",
            "Geöffnete Betriebe",
            "Angebotene Betten",
            "Übernachtungen",
            "Anteil an den Übernachtungen in %",
        ),
        rows=(
            ("Stadt Wittlich", "14", "980", "96.500", "3,8"),
            ("Gemeinde Morbach", "22", "1.240", "118.200", "4,6"),
            ("VG Bernkastel-Kues", "238", "9.850", "1.082.400", "42,4"),
            ("VG Thalfang am Erbeskopf", "18", "820", "74.600", "2,9"),
            ("VG Traben-Trarbach", "171", "6.940", "812.300", "31,9"),
            ("VG Wittlich-Land", "77", "3.370", "366.000", "14,4"),
            ("Landkreis insgesamt", "540", "23.200", "2.550.000", "100,0"),
        ),
        unit="Anzahl bzw. Anteil in %; Betriebe mit 10 und mehr Betten, Betten im Juli 2019",
        source=_SL,
        key="SA-tour-tab-raum",
    ),
    Para(
        "Das touristische Profil des Kreises hat sich in den vergangenen Jahren deutlich in Richtung Aktiv- und "
        "Naturtourismus erweitert. Der 2014 eröffnete Moselsteig, ein Fernwanderweg entlang der gesamten "
        "deutschen Mosel, führt auf mehreren Etappen durch den Kreis; hinzu kommen der Eifelsteig, der "
        "Saar-Hunsrück-Steig und zahlreiche Rundwanderwege, die als Traumpfade oder Traumschleifen zertifiziert "
        "sind. Der Mosel-Radweg und der Maare-Mosel-Radweg gehören zu den am stärksten genutzten Radwegen des "
        "Landes. Der Nationalpark Hunsrück-Hochwald mit dem Erbeskopf als Ausflugsziel, dem Nationalparktor am "
        "Erbeskopf und dem Wintersportgebiet bietet zudem ein Alleinstellungsmerkmal für den Naturtourismus. "
        "Besonderer Handlungsbedarf besteht bei der Qualität und Modernisierung der Beherbergungsbetriebe, bei "
        "barrierefreien Angeboten und bei der Anbindung touristischer Ziele an den öffentlichen Verkehr."
    ),
    Heading("9.3 Weinbau und Kulturlandschaft", 2),
    Para(
        "Der Weinbau ist an der Mosel untrennbar mit dem Tourismus und der Identität der Region verbunden. Der "
        "Landkreis Bernkastel-Wittlich ist der flächenmäßig bedeutendste Weinbaukreis im Anbaugebiet Mosel; "
        "weltbekannte Lagen wie der Bernkasteler Doctor, die Wehlener Sonnenuhr oder der Ürziger Würzgarten "
        "liegen im Kreisgebiet. Die wichtigste Rebsorte ist mit großem Abstand der Riesling, dessen Anteil an "
        "der Rebfläche weiter zunimmt. Gleichzeitig befindet sich der Weinbau in einem tiefgreifenden "
        "Strukturwandel. Die Zahl der Weinbaubetriebe ist seit 2010 um rund ein Drittel zurückgegangen, während "
        "die verbleibenden Betriebe ihre Flächen vergrößert haben. Vor allem kleine Nebenerwerbsbetriebe geben "
        "auf, weil die Bewirtschaftung der Steillagen sehr arbeitsintensiv ist und eine Nachfolge fehlt.",
        key="SA-tour-p-wein",
    ),
    Table(
        caption="Tabelle 26: Kennzahlen des Weinbaus im Landkreis 2010, 2016 und 2020",
        header=("Merkmal", "2010", "2016", "2020"),
        rows=(
            ("Bestockte Rebfläche in ha", "4.620", "4.380", "4.210"),
            ("Weinbaubetriebe", "1.430", "1.120", "940"),
            ("Durchschnittliche Rebfläche je Betrieb in ha", "3,2", "3,9", "4,5"),
            ("Anteil Riesling an der Rebfläche in %", "58,4", "60,1", "61,7"),
            ("Anteil Steil- und Steilstlagen in %", "41,0", "39,2", "38,1"),
        ),
        unit="Fläche in ha, Anzahl bzw. Anteil in %",
        source="Quelle: Statistisches Landesamt Rheinland-Pfalz (Weinbauerhebung, Agrarstrukturerhebung), "
        "eigene Berechnung",
        key="SA-tour-tab-wein",
    ),
    Para(
        "Mit dem Rückgang der bewirtschafteten Rebfläche verändert sich das Landschaftsbild. Aufgegebene "
        "Weinbergsflächen, sogenannte Drieschen, verbuschen innerhalb weniger Jahre und bilden Brutstätten für "
        "Schaderreger, die benachbarte bewirtschaftete Flächen gefährden. Zugleich geht die charakteristische "
        "Terrassenlandschaft mit ihren Trockenmauern verloren, die für den Tourismus und die biologische "
        "Vielfalt eine große Bedeutung hat. Flurbereinigungsverfahren, die Förderung der Steillagenbewirtschaftung "
        "durch Land und EU, die Querterrassierung und neue Bewirtschaftungsformen wie die gemeinschaftliche "
        "Pflege von Steillagen sind wichtige Ansätze, um die Kulturlandschaft zu erhalten. Auch die Vermarktung "
        "von Weinen aus Steillagen als Premiumprodukt und die Verbindung von Wein, Kulinarik und Tourismus "
        "tragen dazu bei, die Bewirtschaftung wirtschaftlich tragfähig zu halten."
    ),
    Heading("9.4 Gastgewerbe und Qualität des Angebots", 2),
    Para(
        "Das Gastgewerbe ist für den Tourismus und für die Lebensqualität in den Orten gleichermaßen wichtig. "
        "Gasthäuser, Straußwirtschaften und Cafés sind Treffpunkte für Einheimische und Gäste. In den "
        "vergangenen Jahren haben jedoch zahlreiche traditionelle Gasthöfe und Pensionen geschlossen, vor allem "
        "in den Orten abseits der Mosel. Ursachen sind fehlende Nachfolgerinnen und Nachfolger, Personalmangel, "
        "hohe Investitionsbedarfe und veränderte Gästeerwartungen. Ein beträchtlicher Teil der "
        "Beherbergungsbetriebe ist klein, inhabergeführt und seit vielen Jahren nicht grundlegend modernisiert "
        "worden. Zugleich sind neue, hochwertige Angebote entstanden, etwa Design- und Winzerhotels, "
        "Gästehäuser in Weingütern und moderne Ferienwohnungen."
    ),
    Para(
        "Für die Wettbewerbsfähigkeit der Region kommt es darauf an, die Qualität des Angebots weiter zu "
        "steigern, Betriebsübergaben zu begleiten und Fachkräfte für das Gastgewerbe zu gewinnen. Die "
        "Klassifizierung nach den Kriterien des Deutschen Hotel- und Gaststättenverbandes und des Deutschen "
        "Tourismusverbandes, Zertifizierungen für Wander- und Radfahrerfreundlichkeit sowie barrierefreie "
        "Angebote nach dem System „Reisen für Alle“ sind wichtige Instrumente. Zudem gewinnen "
        "Nachhaltigkeitsaspekte an Bedeutung: Gäste fragen zunehmend nach regionalen Produkten, klimafreundlicher "
        "Anreise und umweltschonendem Betrieb der Unterkünfte."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 10: Wohnen
# ---------------------------------------------------------------------------------------------------------------

_KAP10: tuple[Block, ...] = (
    Heading("10 Wohnen", 1),
    Heading("10.1 Wohnungsbestand und Wohnverhältnisse", 2),
    Para(
        "Ende 2019 gab es im Landkreis rund 55.300 Wohnungen in Wohn- und Nichtwohngebäuden. Der "
        "Wohnungsbestand ist stark vom Einfamilienhaus geprägt: Rund drei Viertel aller Wohnungen befinden sich "
        "in Ein- und Zweifamilienhäusern, Mehrfamilienhäuser sind vor allem in Wittlich, Bernkastel-Kues und "
        "Traben-Trarbach zu finden. Entsprechend hoch ist die Eigentümerquote, die mit rund 64 % deutlich über dem "
        "Bundesdurchschnitt liegt. Die durchschnittliche Wohnfläche je Einwohnerin bzw. Einwohner beträgt rund "
        "50 m² und ist in den vergangenen Jahren weiter gestiegen. Ein Grund dafür ist, dass viele ältere "
        "Menschen nach dem Auszug der Kinder oder dem Tod des Partners allein in großen Häusern leben. Dieser "
        "sogenannte Remanenzeffekt führt dazu, dass trotz eines rechnerisch ausreichenden Bestands in einzelnen "
        "Marktsegmenten, insbesondere bei kleineren, barrierearmen und bezahlbaren Mietwohnungen, ein spürbarer "
        "Mangel besteht."
    ),
    Para(
        "Der Mietwohnungsmarkt ist im Kreis vergleichsweise klein und regional sehr unterschiedlich. In der Stadt "
        "Wittlich lagen die durchschnittlichen Angebotsmieten im Jahr 2019 bei rund 7,00 Euro je m² und sind in "
        "den vergangenen fünf Jahren deutlich gestiegen, während in den ländlichen Ortsgemeinden häufig noch "
        "Mieten zwischen 5,00 und 6,00 Euro je m² üblich sind. Sozial geförderter Mietwohnungsbau hat in den "
        "vergangenen Jahrzehnten kaum stattgefunden; die Zahl der mietpreis- und belegungsgebundenen Wohnungen "
        "ist stark zurückgegangen. Gleichzeitig steigt die Nachfrage nach bezahlbarem Wohnraum, etwa durch "
        "Alleinerziehende, ältere Menschen mit geringer Rente, Auszubildende und zugewanderte Arbeitskräfte. "
        "In Wittlich und in den touristischen Moselorten wird der Wohnungsmarkt zusätzlich durch die "
        "Umwandlung von Wohnungen in Ferienwohnungen belastet."
    ),
    Heading("10.2 Bautätigkeit", 2),
    Para(
        "Die Bautätigkeit hat in den vergangenen Jahren wieder zugenommen. Die Zahl der fertiggestellten "
        "Wohnungen ist zwischen 2015 und 2019 kontinuierlich gestiegen und liegt inzwischen bei gut vier "
        "Wohnungen je 1.000 Einwohner und Jahr. Der Schwerpunkt liegt unverändert auf dem Bau von Ein- und "
        "Zweifamilienhäusern, vor allem in Neubaugebieten der Stadt Wittlich und der Umlandgemeinden in der "
        "Verbandsgemeinde Wittlich-Land. Der Anteil der Wohnungen in Mehrfamilienhäusern hat jedoch zugenommen, "
        "weil in Wittlich, Bernkastel-Kues und Morbach mehrere größere Mietwohnungsprojekte und Anlagen für "
        "Service-Wohnen realisiert wurden. Begünstigt wurde die Bautätigkeit durch das niedrige Zinsniveau; "
        "gebremst wird sie zunehmend durch steigende Baukosten, Engpässe im Bauhandwerk und die begrenzte "
        "Verfügbarkeit von Bauland in den nachgefragten Lagen.",
        key="SA-wo-p-bau",
    ),
    Table(
        caption="Tabelle 27: Baufertigstellungen im Wohnungsbau 2015 bis 2019",
        header=(
            "Jahr",
            "Neue Wohngebäude",
            "Fertiggestellte Wohnungen insgesamt",
            "darunter in Ein- und Zweifamilienhäusern",
            "Wohnungen je 1.000 Einwohner",
        ),
        rows=(
            ("2015", "248", "362", "271", "3,2"),
            ("2016", "262", "398", "284", "3,5"),
            ("2017", "271", "412", "290", "3,7"),
            ("2018", "284", "445", "301", "4,0"),
            ("2019", "296", "471", "308", "4,2"),
        ),
        unit="Anzahl; Wohnungen in neuen Gebäuden und durch Baumaßnahmen an bestehenden Gebäuden",
        source=_SL,
        key="SA-wo-tab-bau",
    ),
    Heading("10.3 Leerstand und Innenentwicklung", 2),
    Para(
        "Dem Neubau am Ortsrand steht in vielen Ortsgemeinden ein wachsender Leerstand in den Ortskernen "
        "gegenüber. Nach der Gebäude- und Wohnungszählung des Zensus 2011 standen im Kreis rund 6 % der "
        "Wohnungen leer; in einzelnen Moselorten und Hunsrückgemeinden lag der Anteil deutlich höher. "
        "Erhebungen der Verbandsgemeinden im Rahmen der Dorferneuerung deuten darauf hin, dass sich der "
        "Leerstand seither in den Ortskernen weiter verfestigt hat. Hinzu kommt ein erheblicher "
        "Leerstandsverdacht bei Gebäuden, die derzeit noch von einer einzelnen hochbetagten Person bewohnt "
        "werden. Besonders betroffen sind ältere Winzer- und Bauernhäuser mit kleinen Grundstücken, schwieriger "
        "Zufahrt und hohem Sanierungsbedarf, für die sich nur schwer Käufer finden. Leerstehende Gebäude "
        "beeinträchtigen das Ortsbild, mindern den Wert benachbarter Immobilien und schwächen die "
        "Lebendigkeit der Dörfer.",
        key="SA-wo-p-leerstand",
    ),
    Para(
        "Mehrere Verbandsgemeinden haben daher begonnen, Leerstandskataster aufzubauen und Eigentümerinnen und "
        "Eigentümer gezielt anzusprechen. Im Rahmen des Dorferneuerungsprogramms des Landes werden private "
        "Sanierungsvorhaben in den Ortskernen gefördert, und einige Ortsgemeinden bieten zusätzliche "
        "Zuschüsse für den Erwerb und die Sanierung von Altbauten durch junge Familien an. Auch die Moselstädte "
        "Bernkastel-Kues und Traben-Trarbach sowie die Stadt Wittlich nutzen Instrumente der "
        "Städtebauförderung, um ihre historischen Ortskerne zu stärken. Innenentwicklung vor Außenentwicklung "
        "ist ein Grundsatz des Landesentwicklungsprogramms, dessen Umsetzung vor Ort jedoch häufig am Widerstand "
        "gegen den Verkauf, an ungeklärten Erbverhältnissen und an den im Vergleich zum Neubau höheren Kosten "
        "scheitert."
    ),
    Heading("10.4 Bodenpreise", 2),
    Para(
        "Die Preise für Wohnbauland unterscheiden sich im Kreis erheblich. Die vom Gutachterausschuss für "
        "Grundstückswerte ermittelten Bodenrichtwerte für baureifes Wohnbauland sind in der Stadt Wittlich am "
        "höchsten und liegen dort deutlich über denen der übrigen Gebietskörperschaften. Vergleichsweise hohe "
        "Werte erreichen außerdem die Umlandgemeinden von Wittlich entlang der Autobahn und die bevorzugten "
        "Lagen in den Moselorten. Am niedrigsten sind die Bodenrichtwerte in den Höhengemeinden des Hunsrücks "
        "und der Eifel, wo Bauplätze teils für weniger als 40 Euro je m² angeboten werden. Seit 2016 sind die "
        "Bodenrichtwerte in allen Teilräumen gestiegen, am stärksten in Wittlich und der Verbandsgemeinde "
        "Wittlich-Land. Im landesweiten Vergleich ist Bauland im Kreis aber nach wie vor günstig, was die "
        "Attraktivität als Wohnstandort für Familien und Pendler unterstreicht.",
        key="SA-wo-p-boden",
    ),
    Table(
        caption="Tabelle 28: Bodenrichtwerte für baureifes Wohnbauland (Stand 01.01.2020)",
        header=("Gebietskörperschaft", "Spanne in Euro je m²", "Median in Euro je m²", "Veränderung ggü. 2016 in %"),
        rows=(
            ("Stadt Wittlich", "120 – 240", "185", "+18"),
            ("Gemeinde Morbach", "45 – 95", "68", "+9"),
            ("VG Bernkastel-Kues", "60 – 190", "92", "+12"),
            ("VG Thalfang am Erbeskopf", "25 – 60", "38", "+5"),
            ("VG Traben-Trarbach", "40 – 150", "71", "+8"),
            ("VG Wittlich-Land", "35 – 130", "74", "+14"),
            ("Landkreis (gewichtet)", "25 – 240", "86", "+12"),
        ),
        unit="Euro je m², erschließungsbeitragsfrei; Veränderung des Medians in %",
        source="Quelle: Gutachterausschuss für Grundstückswerte für den Bereich Westeifel-Mosel, eigene Berechnung",
        key="SA-wo-tab-boden",
    ),
    Para(
        "Für die Siedlungsentwicklung ergibt sich aus diesen Befunden ein doppelter Auftrag. In den "
        "nachgefragten Lagen um Wittlich und an der Mosel gilt es, ausreichend Bauland und bezahlbaren Wohnraum "
        "bereitzustellen, ohne die begrenzten Flächenreserven und die Kulturlandschaft übermäßig zu "
        "beanspruchen. In den Ortsgemeinden mit rückläufiger Bevölkerung steht dagegen die Aktivierung des "
        "Bestands im Vordergrund: Neue Baugebiete am Ortsrand verschärfen dort häufig den Leerstand im Ortskern "
        "und verursachen langfristig hohe Folgekosten für Straßen, Kanäle und Wasserleitungen. Für ältere "
        "Menschen fehlen in vielen Orten altersgerechte Wohnungen, die einen Umzug innerhalb des vertrauten "
        "Umfelds ermöglichen und zugleich Einfamilienhäuser für junge Familien freimachen würden."
    ),
    Heading("10.5 Wohnen im Alter", 2),
    Para(
        "Mit der wachsenden Zahl älterer Menschen steigt der Bedarf an Wohnungen, die ein selbstständiges Leben "
        "auch bei eingeschränkter Mobilität ermöglichen. Barrierefreie oder zumindest barrierearme Wohnungen "
        "machen bislang nur einen kleinen Teil des Bestands aus; die meisten älteren Menschen leben in "
        "Einfamilienhäusern mit Treppen, engen Bädern und großen Gärten, deren Unterhaltung mit zunehmendem Alter "
        "schwerfällt. Eine Wohnberatung, die über Anpassungsmaßnahmen und Fördermöglichkeiten informiert, wird "
        "im Kreis bisher nur in geringem Umfang angeboten. Neue Wohnformen wie Seniorenwohngemeinschaften, "
        "Mehrgenerationenwohnprojekte oder betreutes Wohnen im Ortskern sind an einigen Standorten entstanden "
        "und stoßen auf großes Interesse."
    ),
    Para(
        "Gerade in den kleineren Ortsgemeinden könnten altersgerechte Wohnangebote in zentraler Lage dazu "
        "beitragen, dass ältere Menschen in ihrem vertrauten Umfeld bleiben können, wenn das eigene Haus zu groß "
        "oder zu beschwerlich wird. Gleichzeitig würden dadurch Einfamilienhäuser für junge Familien frei. "
        "Voraussetzung sind geeignete Grundstücke oder Bestandsgebäude, Investoren oder Genossenschaften, die "
        "solche Projekte in kleinem Maßstab umsetzen, sowie eine Anbindung an Nahversorgung, ärztliche "
        "Versorgung und öffentliche Verkehrsmittel. Die Soziale Wohnraumförderung des Landes bietet hierfür "
        "zinsgünstige Darlehen und Tilgungszuschüsse, die bislang im Kreis nur selten in Anspruch genommen "
        "werden."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 11: Familie und soziale Lage
# ---------------------------------------------------------------------------------------------------------------

_KAP11: tuple[Block, ...] = (
    Heading("11 Familie und soziale Lage", 1),
    Heading("11.1 Kindertagesbetreuung", 2),
    Para(
        "Die Kindertagesbetreuung ist ein zentraler Baustein eines familienfreundlichen Landkreises. Am Stichtag "
        "01.03.2020 standen in 83 Kindertagesstätten insgesamt 4.310 genehmigte Plätze zur Verfügung. Träger "
        "der Einrichtungen sind die Ortsgemeinden, Verbandsgemeinden und Städte, die katholischen und "
        "evangelischen Kirchengemeinden sowie freie Träger. Die Betreuungsquote der Kinder unter drei Jahren, "
        "also der Anteil der Kinder dieser Altersgruppe, die eine Kindertagesstätte oder die Kindertagespflege "
        "besuchen, lag bei 31,5 %. Sie hat sich in den vergangenen Jahren deutlich erhöht, liegt aber weiterhin "
        "unter dem Bedarf, den Eltern in Befragungen angeben. Bei den Kindern im Alter von drei Jahren bis zum "
        "Schuleintritt besuchen nahezu alle Kinder eine Kindertagesstätte; die Betreuungsquote liegt hier bei "
        "rund 95 %.",
        key="SA-fam-p-kita",
    ),
    Table(
        caption="Tabelle 29: Kindertagesstätten und genehmigte Plätze nach Gebietskörperschaften 2020",
        header=(
            "Gebietskörperschaft",
            "Kindertagesstätten",
            "Genehmigte Plätze",
            "darunter für Kinder unter 3 Jahren",
            "Betreuungsquote unter 3 Jahren in %",
        ),
        rows=(
            ("Stadt Wittlich", "14", "820", "190", "36,8"),
            ("Gemeinde Morbach", "8", "430", "85", "30,2"),
            ("VG Bernkastel-Kues", "17", "950", "180", "29,6"),
            ("VG Thalfang am Erbeskopf", "6", "270", "48", "27,5"),
            ("VG Traben-Trarbach", "12", "610", "115", "28,9"),
            ("VG Wittlich-Land", "26", "1.230", "252", "31,4"),
            ("Landkreis insgesamt", "83", "4.310", "870", "31,5"),
        ),
        unit="Anzahl bzw. Quote in %; Stichtag 01.03.2020, Betreuungsquote einschließlich Kindertagespflege",
        source="Quelle: Kreisverwaltung Bernkastel-Wittlich, Jugendamt; Statistisches Landesamt Rheinland-Pfalz",
        key="SA-fam-tab-kita",
    ),
    Para(
        "Die Zahl der genehmigten Kita-Plätze ist seit 2015 um rund 350 Plätze gestiegen. Dieser Ausbau war "
        "notwendig, weil die Geburtenzahlen zugenommen haben, junge Familien in den Kreis gezogen sind und immer "
        "mehr Eltern eine Betreuung bereits für Kinder unter drei Jahren und für längere Zeiten am Tag wünschen. "
        "Mehr als die Hälfte der Plätze sind inzwischen Ganztagsplätze mit Mittagsverpflegung. Mit dem "
        "Kita-Zukunftsgesetz des Landes, das im Juli 2021 vollständig in Kraft tritt, erhalten Kinder ab dem "
        "vollendeten zweiten Lebensjahr einen Rechtsanspruch auf eine durchgehende Betreuung von sieben Stunden "
        "einschließlich Mittagessen. Viele Einrichtungen müssen dafür Küchen, Speise- und Ruheräume schaffen. "
        "Der Kreis unterstützt die Träger im Rahmen der Kita-Bedarfsplanung und mit Investitionszuschüssen; "
        "zugleich wird die Gewinnung von Fachkräften zur größten Herausforderung für den weiteren Ausbau.",
        key="SA-fam-p-kitaausbau",
    ),
    Para(
        "Ergänzt wird die institutionelle Betreuung durch die Kindertagespflege. Rund 45 qualifizierte "
        "Tagespflegepersonen betreuen im Kreis Kinder vor allem unter drei Jahren in ihrem eigenen Haushalt, in "
        "angemieteten Räumen oder als Großtagespflegestelle. Die Kindertagespflege ist insbesondere in kleineren "
        "Ortsgemeinden ohne eigene Kindertagesstätte und für Eltern mit ungewöhnlichen Arbeitszeiten, etwa im "
        "Gastgewerbe, in der Pflege oder im Schichtdienst der Industriebetriebe, eine wichtige Alternative. Das "
        "Jugendamt vermittelt Tagespflegepersonen, übernimmt ihre Qualifizierung und fachliche Begleitung und "
        "gewährt laufende Geldleistungen. Betriebliche Kinderbetreuung gibt es bislang nur in wenigen "
        "Unternehmen und Kliniken des Kreises."
    ),
    Heading("11.2 Kinder- und Jugendhilfe", 2),
    Para(
        "Das Jugendamt der Kreisverwaltung ist für die Kinder- und Jugendhilfe nach dem Achten Buch "
        "Sozialgesetzbuch (SGB VIII) im gesamten Kreisgebiet zuständig; die Stadt Wittlich verfügt über kein "
        "eigenes Jugendamt. Zu seinen Aufgaben gehören unter anderem die Beratung von Familien, die Gewährung von "
        "Hilfen zur Erziehung, der Schutz von Kindern bei Kindeswohlgefährdung, die Eingliederungshilfe für "
        "seelisch behinderte Kinder und Jugendliche, die Förderung der Kinder- und Jugendarbeit sowie die "
        "Mitwirkung in Verfahren vor dem Familiengericht. Die Fallzahlen sind in den vergangenen Jahren in "
        "mehreren Hilfearten gestiegen. Besonders deutlich ist der Anstieg bei der Eingliederungshilfe nach "
        "§ 35a SGB VIII, die unter anderem Schulbegleitungen für Kinder mit seelischen Beeinträchtigungen "
        "umfasst, sowie bei der Sozialpädagogischen Familienhilfe.",
        key="SA-fam-p-jugendhilfe",
    ),
    Table(
        caption="Tabelle 30: Hilfen der Kinder- und Jugendhilfe nach Hilfearten 2017 und 2019",
        header=("Hilfeart", "2017", "2019"),
        rows=(
            ("Erziehungsberatung (§ 28 SGB VIII)", "610", "655"),
            ("Soziale Gruppenarbeit und Erziehungsbeistandschaft (§§ 29, 30 SGB VIII)", "128", "141"),
            ("Sozialpädagogische Familienhilfe (§ 31 SGB VIII), Familien", "212", "236"),
            ("Erziehung in einer Tagesgruppe (§ 32 SGB VIII)", "34", "31"),
            ("Vollzeitpflege (§ 33 SGB VIII)", "168", "181"),
            ("Heimerziehung, sonstige betreute Wohnform (§ 34 SGB VIII)", "142", "150"),
            ("Intensive sozialpädagogische Einzelbetreuung (§ 35 SGB VIII)", "9", "11"),
            ("Eingliederungshilfe bei seelischer Behinderung (§ 35a SGB VIII)", "118", "146"),
            ("Hilfen für junge Volljährige (§ 41 SGB VIII)", "41", "47"),
            ("Vorläufige Schutzmaßnahmen / Inobhutnahmen (§ 42 SGB VIII)", "74", "69"),
        ),
        unit="Anzahl der am 31.12. laufenden Hilfen bzw. der im Jahr begonnenen Hilfen (§§ 28, 42)",
        source="Quelle: Kreisverwaltung Bernkastel-Wittlich, Jugendamt; Kinder- und Jugendhilfestatistik",
        key="SA-fam-tab-jugendhilfe",
    ),
    Para(
        "Neben den individuellen Hilfen hat die präventive und offene Kinder- und Jugendarbeit eine große "
        "Bedeutung. Im Kreis gibt es Jugendzentren und Jugendtreffs in den Mittelzentren, eine mobile "
        "Jugendarbeit in mehreren Verbandsgemeinden sowie zahlreiche Angebote der Jugendverbände, der "
        "Sportvereine, der Jugendfeuerwehren und der Kirchengemeinden. Die Schulsozialarbeit ist an allen "
        "weiterführenden Schulen und an einem Teil der Grundschulen etabliert. Das Netzwerk Frühe Hilfen "
        "unterstützt Familien mit Säuglingen und Kleinkindern, etwa durch Familienhebammen, "
        "Willkommensbesuche und Elterncafés. Eine Herausforderung ist die Erreichbarkeit der Angebote für "
        "Jugendliche aus kleinen Ortsgemeinden, die ohne eigenes Fahrzeug auf den eingeschränkten Busverkehr "
        "angewiesen sind."
    ),
    Heading("11.3 Soziale Lage", 2),
    Para(
        "Die soziale Lage im Landkreis ist im Landesvergleich insgesamt günstig. Im Dezember 2019 bezogen rund "
        "4,6 % der Bevölkerung unter 65 Jahren Leistungen der Grundsicherung für Arbeitsuchende nach dem SGB II; "
        "der Landeswert lag deutlich höher. Auch der Anteil der Kinder unter 15 Jahren, die in "
        "Bedarfsgemeinschaften nach dem SGB II leben, ist mit rund 7 % unterdurchschnittlich. Dennoch gibt es "
        "auch im Kreis Armut, die im ländlichen Raum oft weniger sichtbar ist. Betroffen sind vor allem "
        "Alleinerziehende, Familien mit drei und mehr Kindern, Langzeitarbeitslose und zunehmend ältere "
        "Menschen mit niedrigen Renten. Die Zahl der Empfängerinnen und Empfänger von Grundsicherung im Alter "
        "und bei Erwerbsminderung nach dem SGB XII ist seit 2015 um rund 15 % gestiegen. Die Kaufkraft je "
        "Einwohner liegt leicht unter dem Bundesdurchschnitt.",
        key="SA-fam-p-sozial",
    ),
    Para(
        "Eine besondere Stärke des Landkreises ist das bürgerschaftliche Engagement. Mehr als 1.200 Vereine, "
        "über 100 Freiwillige Feuerwehren, Kirchengemeinden, Nachbarschaftshilfen, Bürgerbusvereine, "
        "Fördervereine von Schulen und Kindertagesstätten sowie zahlreiche Initiativen prägen das Zusammenleben "
        "in den Dörfern und Städten. Viele Angebote der Daseinsvorsorge, etwa Dorfläden, Seniorentreffs, "
        "Hausaufgabenhilfen oder Integrationsangebote für Zugewanderte, wären ohne ehrenamtliches Engagement "
        "nicht denkbar. Zugleich berichten Vereine zunehmend von Schwierigkeiten, Nachwuchs für Vorstandsämter "
        "und verantwortliche Aufgaben zu gewinnen, und von steigenden Anforderungen durch Bürokratie, "
        "Datenschutz und Haftungsfragen."
    ),
    Para(
        "Für Familien bieten Familienbildungsstätten, Erziehungs- und Familienberatungsstellen, das Lokale "
        "Bündnis für Familie sowie Mehrgenerationenhäuser ein breites Spektrum an Unterstützung. Befragungen im "
        "Vorfeld des Kreisentwicklungskonzepts zeigen, dass Familien die hohe Lebensqualität, die Sicherheit und "
        "die Naturnähe im Kreis schätzen. Als Defizite werden vor allem fehlende Betreuungsplätze für Kinder "
        "unter drei Jahren, unflexible Betreuungszeiten, lange Schulwege, ein unzureichendes Busangebot für "
        "Jugendliche, fehlende Freizeitangebote für ältere Kinder sowie die schwierige Vereinbarkeit von Familie, "
        "Beruf und Pflege von Angehörigen genannt. Diese Rückmeldungen bilden eine wichtige Grundlage für den "
        "Handlungsschwerpunkt „Familienfreundlicher Landkreis“ im Handlungskonzept 2030."
    ),
    Heading("11.4 Integration und Teilhabe", 2),
    Para(
        "Der Anteil der Einwohnerinnen und Einwohner mit ausländischer Staatsangehörigkeit hat sich im "
        "vergangenen Jahrzehnt nahezu verdoppelt. Neben Schutzsuchenden, die vor allem in den Jahren 2015 und "
        "2016 in den Kreis kamen, sind es zunehmend Arbeitskräfte aus Staaten der Europäischen Union, die in der "
        "Industrie, der Logistik, im Weinbau, im Gastgewerbe und in der Pflege arbeiten. Die Integration dieser "
        "Menschen ist eine Aufgabe vieler Akteure: Die Kreisverwaltung koordiniert über ihre "
        "Integrationsbeauftragte die Angebote, die Kreisvolkshochschule und weitere Träger bieten Integrations- "
        "und Sprachkurse an, Migrationsberatungsstellen unterstützen bei Fragen zu Aufenthalt, Arbeit und "
        "Familie, und zahlreiche ehrenamtliche Helferkreise begleiten Zugewanderte im Alltag."
    ),
    Para(
        "Zur gleichberechtigten Teilhabe gehört auch die Inklusion von Menschen mit Behinderungen. Im Kreis "
        "leben rund 11.000 Menschen mit einer anerkannten Schwerbehinderung. Werkstätten für Menschen mit "
        "Behinderungen, Wohnangebote der Eingliederungshilfe, Integrationsfachdienste und inklusive Angebote in "
        "Kindertagesstätten und Schulen bilden ein differenziertes Unterstützungssystem. Barrieren bestehen "
        "jedoch weiterhin im öffentlichen Raum, im ÖPNV, in älteren öffentlichen Gebäuden und beim Zugang zu "
        "digitalen Angeboten. Mit dem Bundesteilhabegesetz haben sich die Zuständigkeiten und Verfahren in der "
        "Eingliederungshilfe seit 2018 grundlegend verändert; die Umsetzung im Kreis erfordert eine enge "
        "Zusammenarbeit von Sozialamt, Leistungsanbietern und Selbstvertretungen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Kapitel 12: Fazit (zweispaltig)
# ---------------------------------------------------------------------------------------------------------------

_KAP12: tuple[Block, ...] = (
    Columns(2),
    Heading("12 Fazit: Stärken und Herausforderungen", 1),
    Para(
        "Die Bestandsaufnahme des Strukturatlas zeigt einen Landkreis, der sich im vergangenen Jahrzehnt "
        "insgesamt stabil und in vielen Bereichen positiv entwickelt hat. Die Einwohnerzahl ist entgegen früheren "
        "Erwartungen leicht gestiegen, der Arbeitsmarkt ist robust, die Wirtschaft breit aufgestellt, und bei "
        "der Erzeugung erneuerbarer Energien gehört der Kreis zu den Vorreitern im Land. Zugleich werden die "
        "Herausforderungen der kommenden Jahre deutlich: Der demografische Wandel wird sich mit dem Eintritt der "
        "geburtenstarken Jahrgänge in den Ruhestand beschleunigen, der Fachkräftemangel betrifft bereits heute "
        "nahezu alle Branchen, und bei der digitalen Infrastruktur, im öffentlichen Verkehr und beim Klimaschutz "
        "besteht erheblicher Nachholbedarf. Die folgende Übersicht fasst die wichtigsten Befunde nach dem Muster "
        "einer Stärken-Schwächen-Chancen-Risiken-Analyse zusammen.",
        key="SA-fazit-p1",
    ),
    Heading("12.1 Stärken", 2),
    Para(
        "Zu den Stärken des Landkreises zählen neben der wirtschaftlichen Stabilität vor allem die hohe "
        "Lebensqualität, die attraktive Landschaft und der ausgeprägte Zusammenhalt in den Dörfern und Städten."
    ),
    Bullets(
        (
            "Stabile Bevölkerungsentwicklung seit 2014 durch Wanderungsgewinne, insbesondere im Raum Wittlich",
            "Niedrige Arbeitslosigkeit, deutlich unter dem Landesdurchschnitt, und wachsende Beschäftigung",
            "Leistungsfähiger Industrie- und Gewerbepark Wittlich mit sehr guter Autobahnanbindung über A 1 und A 60",
            "Verbesserte Erreichbarkeit zwischen Eifel und Hunsrück durch den Hochmoselübergang",
            "Bilanzieller Stromüberschuss aus erneuerbaren Energien, Energielandschaft Morbach als Vorbild",
            "Weltbekannte Weinkulturlandschaft der Mittelmosel und starker Tourismus mit wachsender Nachfrage",
            "Nationalpark Hunsrück-Hochwald, Moselsteig, Eifelsteig und Radfernwege als touristische Magneten",
            "Hohes bürgerschaftliches Engagement in Vereinen, Feuerwehren und Initiativen",
            "Vergleichsweise günstiges Bauland und hohe Eigentümerquote",
        ),
        key="SA-fazit-staerken",
    ),
    Heading("12.2 Schwächen", 2),
    Para(
        "Den Stärken stehen strukturelle Schwächen gegenüber, die sich überwiegend aus der ländlichen, "
        "kleinteiligen Siedlungsstruktur und der Topografie ergeben."
    ),
    Bullets(
        (
            "Alterung der Bevölkerung und anhaltender Sterbeüberschuss; Abwanderung junger Erwachsener",
            "Lückenhaftes ÖPNV-Angebot abseits der Hauptachsen, hohe Abhängigkeit vom Pkw",
            "Rückstand bei gigabitfähigen Anschlüssen und Funklöcher im Mobilfunk, vor allem in den Höhengemeinden",
            "Ungünstige Altersstruktur der Hausärztinnen und Hausärzte, Nachbesetzungsprobleme",
            "Knappe Angebote in der Kurzzeitpflege und Personalmangel in der Pflege",
            "Geringe Reserven an gut vermarktbaren Gewerbeflächen",
            "Hoher Anteil fossiler Heizsysteme und alter, wenig sanierter Gebäudebestand",
            "Leerstand in den Ortskernen und Mangel an kleinen, bezahlbaren und barrierearmen Wohnungen",
        ),
        key="SA-fazit-schwaechen",
    ),
    Heading("12.3 Chancen", 2),
    Para("Aus den aktuellen Entwicklungen ergeben sich zugleich Chancen, die der Landkreis gezielt nutzen kann."),
    Bullets(
        (
            "Mobiles Arbeiten und Coworking machen den ländlichen Raum als Wohn- und Arbeitsort attraktiver",
            "Gigabitförderung von Bund und Land für den flächendeckenden Glasfaserausbau",
            "Repowering von Windenergieanlagen, Ausbau der Photovoltaik und Nahwärmenetze in den Dörfern",
            "Neue Standortqualitäten durch den Hochmoselübergang für Gewerbe und Logistik",
            "Wachsende Nachfrage nach naturnahem Aktiv- und Gesundheitstourismus",
            "Rückkehrerinnen und Rückkehrer sowie Fachkräfte aus dem Ausland als Potenzial für den Arbeitsmarkt",
            "Aktivierung von Leerständen für junge Familien und neue Wohnformen im Alter",
            "Interkommunale Zusammenarbeit bei Gewerbeflächen, Digitalisierung und Daseinsvorsorge",
        ),
        key="SA-fazit-chancen",
    ),
    Heading("12.4 Risiken", 2),
    Para(
        "Werden die Herausforderungen nicht rechtzeitig angegangen, drohen Entwicklungen, die die Stärken des "
        "Kreises mittelfristig gefährden können."
    ),
    Bullets(
        (
            "Beschleunigter Rückgang der Erwerbsbevölkerung und zunehmender Fachkräftemangel in allen Branchen",
            "Ausdünnung der Daseinsvorsorge in kleinen Ortsgemeinden (Ärzte, Nahversorgung, Schulen, Busverkehr)",
            "Weiter steigende Zahl Pflegebedürftiger bei sinkendem Pflegepotenzial in den Familien",
            "Abhängigkeit des Tourismus und des Gastgewerbes von externen Krisen wie der Corona-Pandemie",
            "Strukturwandel im Weinbau mit Verlust von Steillagen und Verbuschung der Kulturlandschaft",
            "Folgen des Klimawandels: Waldschäden, Starkregen, Hochwasser und Trockenheit",
            "Begrenzte finanzielle Handlungsspielräume der kommunalen Haushalte",
        ),
        key="SA-fazit-risiken",
    ),
    Heading("12.5 Ausblick auf das Handlungskonzept 2030", 2),
    Para(
        "Die Befunde des Strukturatlas bilden die Grundlage für den zweiten Teil des Kreisentwicklungskonzepts, "
        "das Handlungskonzept 2030. Unter dem Leitbild „Bernkastel-Wittlich 2030 – lebenswert, klimafreundlich, "
        "digital, familienfreundlich“ werden darin Ziele und konkrete Maßnahmen für die vier "
        "Handlungsschwerpunkte „Klimaschutz“, „Arbeits- und Fachkräftesicherung“, „Digitalisierung“ und "
        "„Familienfreundlicher Landkreis“ entwickelt. Ergänzend werden die Querschnittsthemen „Demografischer "
        "Wandel“, „Interkommunale Zusammenarbeit“, „Ehrenamt und Beteiligung“ sowie „Gleichwertige "
        "Lebensverhältnisse“ behandelt, die in allen Handlungsschwerpunkten zu berücksichtigen sind.",
        key="SA-fazit-ausblick",
    ),
    Para(
        "Die Erarbeitung des Handlungskonzepts erfolgt in einem breiten Beteiligungsprozess mit Fachwerkstätten, "
        "einer Online-Beteiligung der Bürgerinnen und Bürger, Gesprächen mit den Bürgermeistern und einer "
        "Jugendbeteiligung. Der Strukturatlas wird im Rahmen eines Monitorings regelmäßig fortgeschrieben, "
        "damit die Wirkungen der Maßnahmen anhand der hier dokumentierten Kennzahlen nachvollzogen werden "
        "können. Kreisentwicklung ist dabei eine Gemeinschaftsaufgabe: Sie kann nur gelingen, wenn Kreis, "
        "Städte, Verbandsgemeinden und Ortsgemeinden, Wirtschaft, Verbände und Bürgerschaft an einem Strang "
        "ziehen."
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# Gold-Fragen
# ---------------------------------------------------------------------------------------------------------------

_QUESTIONS: tuple[Question, ...] = (
    # Tabellenfragen: die Antwort steht nur in einer Tabellenzeile
    Question(
        "SA-001",
        "table",
        "Wie hoch war die Arbeitslosenquote 2019?",
        ("SA-wi-tab-alq", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("3,4",),
    ),
    Question(
        "SA-002",
        "table",
        "Wie viele Übernachtungen gab es 2019?",
        ("SA-tour-tab-jahre", "SA-tour-tab-raum", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("2.550.000",),
    ),
    Question(
        "SA-003",
        "table",
        "Wie viele Einwohner hatte die Verbandsgemeinde Thalfang am Erbeskopf Ende 2019?",
        ("SA-lage-tab-gk", "SA-bev-tab-gk"),
        ("6.640",),
    ),
    Question(
        "SA-004",
        "table",
        "Wie viele Einwohner kommen in der VG Wittlich-Land rechnerisch auf eine Hausärztin oder einen Hausarzt?",
        ("SA-ges-tab-hausarzt",),
        ("2.266",),
    ),
    Question(
        "SA-005",
        "table",
        "Wie viel Strom haben die Windenergieanlagen im Kreis 2019 erzeugt?",
        ("SA-en-tab-strom",),
        ("Windenergie", "520"),
    ),
    Question(
        "SA-006",
        "table",
        "Wie hoch sind die CO₂-Emissionen des Verkehrs je Einwohner?",
        ("SA-en-tab-co2",),
        ("2,67",),
    ),
    Question(
        "SA-007",
        "table",
        "Wie viele Wohnungen wurden 2019 im Landkreis fertiggestellt?",
        ("SA-wo-tab-bau",),
        ("471",),
    ),
    Question(
        "SA-008",
        "table",
        "Wie hoch ist der mittlere Bodenrichtwert für Wohnbauland in der Stadt Wittlich?",
        ("SA-wo-tab-boden",),
        ("185",),
    ),
    Question(
        "SA-009",
        "table",
        "Wie viele genehmigte Kita-Plätze gibt es in der Verbandsgemeinde Bernkastel-Kues?",
        ("SA-fam-tab-kita",),
        ("950",),
    ),
    Question(
        "SA-010",
        "table",
        "Wie viele Pflegebedürftige gab es 2019 im Landkreis?",
        ("SA-ges-tab-pflegebed",),
        ("5.480",),
    ),
    Question("SA-011", "table", "Wie hoch war die Pkw-Dichte im Jahr 2020?", ("SA-mob-tab-pkw",), ("673",)),
    Question(
        "SA-012",
        "table",
        "Welcher Anteil der Haushalte in der VG Thalfang am Erbeskopf kann mindestens 50 Mbit/s nutzen?",
        ("SA-dig-tab-breitband",),
        ("Thalfang", "61"),
    ),
    Question(
        "SA-013",
        "table",
        "Wie lang ist der Maare-Mosel-Radweg im Kreisgebiet?",
        ("SA-mob-tab-rad",),
        ("Maare-Mosel", "36"),
    ),
    Question(
        "SA-014",
        "table",
        "Wie viele Übernachtungen entfielen 2019 auf die Verbandsgemeinde Traben-Trarbach?",
        ("SA-tour-tab-raum",),
        ("812.300",),
    ),
    # Faktenfragen
    Question(
        "SA-015",
        "fact",
        "Wie viele Einwohner hat der Landkreis?",
        (
            "SA-bev-p1",
            "SA-lage-tab-gk",
            "SA-bev-tab-entw",
            "SA-bev-tab-gk",
            "SA-bev-tab-alter",
            "SA-bev-tab-prog",
            "handlungskonzept-2030/HK-tab-bevoelkerung",
            "handlungskonzept-2030/HK-tab-kennzahlen",
        ),
        ("112.665",),
    ),
    Question(
        "SA-016",
        "fact",
        "Wie groß ist die Fläche des Landkreises Bernkastel-Wittlich?",
        ("SA-lage-p1", "SA-lage-tab-flaeche", "SA-lage-tab-gk", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("1.167,9",),
    ),
    Question(
        "SA-017",
        "fact",
        "Wann wurde der Hochmoselübergang eröffnet?",
        ("SA-lage-p-verkehr",),
        ("November", "2019"),
    ),
    Question(
        "SA-018",
        "fact",
        "Wie viele Ortsgemeinden gibt es im Landkreis?",
        ("SA-lage-p-gk", "SA-lage-tab-gk", "handlungskonzept-2030/HK-raumstruktur"),
        ("107",),
    ),
    Question(
        "SA-019",
        "fact",
        "Wie hoch ist das Durchschnittsalter der Bevölkerung im Kreis?",
        ("SA-bev-p-alter", "SA-bev-tab-prog", "handlungskonzept-2030/HK-tab-bevoelkerung"),
        ("45,9",),
    ),
    Question(
        "SA-020",
        "fact",
        "Wie viele Einwohner werden für das Jahr 2030 vorausberechnet?",
        ("SA-bev-p-prog", "SA-bev-tab-prog", "handlungskonzept-2030/HK-tab-bevoelkerung"),
        ("108.900",),
    ),
    Question(
        "SA-021",
        "fact",
        "Wie hoch ist der Pendlersaldo des Landkreises?",
        (
            "SA-wi-p-pendler",
            "SA-wi-tab-pendler",
            "handlungskonzept-2030/HK-tab-kennzahlen",
            "handlungskonzept-2030/HK-arbeit-ausgangslage",
        ),
        ("2.870",),
    ),
    Question(
        "SA-022",
        "fact",
        "Wie viele Schulen im Landkreis haben einen Glasfaseranschluss?",
        ("SA-dig-p-schulen", "SA-dig-tab-schulen"),
        ("Glasfaser", "41"),
    ),
    Question(
        "SA-023",
        "fact",
        "Wie hoch ist die Betreuungsquote der Kinder unter drei Jahren?",
        ("SA-fam-p-kita", "SA-fam-tab-kita", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("31,5",),
    ),
    Question(
        "SA-024",
        "fact",
        "Wie viele sozialversicherungspflichtig Beschäftigte gab es am 30.06.2019 am Arbeitsort?",
        ("SA-wi-p-besch", "SA-wi-tab-besch", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("41.250",),
    ),
    # Paraphrasen in Alltagssprache
    Question(
        "SA-025",
        "paraphrase",
        "Gibt es bei uns genug Ärzte auf dem Land?",
        ("SA-ges-p-hausarzt", "SA-ges-tab-hausarzt", "SA-fazit-schwaechen"),
        ("Hausärztinnen",),
    ),
    Question(
        "SA-026",
        "paraphrase",
        "Werden die Leute hier im Schnitt immer älter?",
        ("SA-bev-p-alter", "SA-bev-p-prog"),
        ("Durchschnittsalter",),
    ),
    Question(
        "SA-027",
        "paraphrase",
        "Wie schnell ist das Internet bei uns in den Dörfern?",
        ("SA-dig-p-breitband", "SA-dig-tab-breitband"),
        ("Mbit",),
    ),
    Question(
        "SA-028",
        "paraphrase",
        "Kriege ich für mein Kleinkind überhaupt einen Platz, wenn ich wieder arbeiten will?",
        ("SA-fam-p-kita", "SA-fam-p-kitaausbau"),
        ("Betreuungsquote",),
    ),
    Question(
        "SA-029",
        "paraphrase",
        "Komme ich ohne eigenes Auto von meinem Dorf in die Stadt?",
        ("SA-mob-p-oepnv", "SA-mob-p-bus"),
        ("Stundentakt",),
    ),
    Question(
        "SA-030",
        "paraphrase",
        "Ist an der Mosel im Urlaubsgeschäft heute mehr los als vor ein paar Jahren?",
        ("SA-tour-p1", "SA-tour-tab-jahre"),
        ("Übernachtungen",),
    ),
    Question(
        "SA-031",
        "paraphrase",
        "Was muss man bei uns für ein Grundstück zum Hausbauen bezahlen?",
        ("SA-wo-p-boden", "SA-wo-tab-boden"),
        ("Bodenrichtwert",),
    ),
    Question(
        "SA-032",
        "paraphrase",
        "Produzieren wir hier in der Gegend eigentlich unseren eigenen Strom?",
        ("SA-en-p-strom", "SA-en-tab-strom"),
        ("Windenergie",),
    ),
    # Englische Fragen
    Question(
        "SA-033",
        "english",
        "How many overnight stays did tourism record in 2019?",
        ("SA-tour-tab-jahre", "SA-tour-tab-raum", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("2.550.000",),
    ),
    Question(
        "SA-034",
        "english",
        "What was the unemployment rate in the district in 2019?",
        ("SA-wi-tab-alq", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("3,4",),
    ),
    Question(
        "SA-035",
        "english",
        "What share of households could get gigabit internet in 2020?",
        ("SA-dig-p-breitband", "SA-dig-tab-breitband", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("gigabit", "23"),
    ),
    Question(
        "SA-036",
        "english",
        "How many family doctors practise in the county, and how many of them are over 60?",
        ("SA-ges-p-hausarzt", "SA-ges-tab-hausarzt"),
        ("Hausärzte", "68"),
    ),
    Question(
        "SA-037",
        "english",
        "How much of the county's electricity consumption is covered by renewable energy?",
        ("SA-en-p-strom", "SA-en-tab-strom", "handlungskonzept-2030/HK-tab-kennzahlen"),
        ("118",),
    ),
    Question(
        "SA-038",
        "english",
        "What population is projected for the district in 2040?",
        ("SA-bev-p-prog", "SA-bev-tab-prog", "handlungskonzept-2030/HK-tab-bevoelkerung"),
        ("104.300",),
    ),
)

DOCUMENT: SampleDocument = SampleDocument(
    id="strukturatlas-2020",
    title="Strukturatlas 2020",
    subtitle="Kreisentwicklungskonzept Landkreis Bernkastel-Wittlich – Teil 1: Bestandsaufnahme in Zahlen",
    year=2020,
    publisher="Kreisverwaltung Bernkastel-Wittlich, Stabsstelle Kreisentwicklung",
    running_header="Strukturatlas 2020 · Landkreis Bernkastel-Wittlich",
    file_name="strukturatlas-2020.pdf",
    front_matter=_FRONT,
    body=_KAP1 + _KAP2 + _KAP3 + _KAP4 + _KAP5 + _KAP6 + _KAP7 + _KAP8 + _KAP9 + _KAP10 + _KAP11 + _KAP12,
    questions=_QUESTIONS,
)
