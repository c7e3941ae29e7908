"""Sample corpus of the Kreisentwicklungs-Assistent."""
