extension Scaffold {
    var site: String {
        """
        # Site-wide settings: see the content format (docs/CONTENT-FORMAT.md in regiodash).
        title: \(title)
        language: nl
        publisher: Regionaal coördinator integrale veiligheid
        # Remove this line once the figures are real.
        example_data: true

        """
    }

    var regionFile: String {
        """
        # The region and its municipalities: replace the two examples with yours.
        # Codes are CBS codes (GM and four digits); inhabitants on 1 January per year.
        name: \(region)
        municipalities:
          - code: GM9901
            name: Gemeente A
            population: {2023: 42000, 2024: 42300}
          - code: GM9902
            name: Gemeente B
            population: {2023: 18500, 2024: 18600}

        """
    }

    var about: String {
        """
        # Over dit dashboard

        Dit dashboard vergelijkt de gemeenten van \(region) op thema's van openbare
        veiligheid. De cijfers komen van de gemeenten zelf; elke gemeente schrijft bij
        elk thema wat zij deed en bereikte.

        """
    }

    var figures: String {
        """
        municipality,year,indicator,value,source,note
        GM9901,2023,integral-controls,4,Jaarverslag,
        GM9901,2024,integral-controls,6,Jaarverslag,
        GM9902,2023,integral-controls,2,Jaarverslag,
        GM9902,2024,integral-controls,3,Jaarverslag,

        """
    }

    var narrative: String {
        """
        ---
        title: Ondermijning in Gemeente A, 2024
        summary: Zes integrale controles, samen met politie en belastingdienst.
        ---
        Dit is een voorbeeldverhaal: vervang het door wat de gemeente deed en bereikte.

        - zes integrale controles op bedrijventerreinen
        - een training *signalen herkennen* voor medewerkers

        """
    }
}
