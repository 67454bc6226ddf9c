extension Scaffold {
    var readme: String {
        """
        # \(title)

        De inhoud van het dashboard: cijfers en verhalen per gemeente en thema, in
        `content/`. regiodash maakt er een website van.

        ## Zo werk je

        - **Cijfers**: `content/themes/<thema>/data.csv`, één regel per gemeente, jaar en
          indicator. Bewaar vanuit Excel als *CSV UTF-8*; komma of puntkomma mag.
        - **Verhalen**: `content/themes/<thema>/<gemeente>/<jaar>.md`, met bovenaan
          `title:` en `summary:` tussen twee regels `---`.
        - **Gemeenten en inwonertallen**: `content/region.yaml`.

        Bekijk je wijziging terwijl je werkt (de pagina ververst zichzelf):

        ```sh
        regiodash serve        # en open http://127.0.0.1:8000/
        ```

        Controleer alles in één keer: `regiodash check`. Elke fout noemt bestand,
        regel en kolom, en zegt wat je moet doen.

        ## Wat CI doet

        Bij elke push die `content/` raakt, op GitHub (`.github/workflows/site.yml`) of
        GitLab (`.gitlab-ci.yml`):

        1. regiodash \(release?.version ?? "") ophalen (het programma van de release, met
           gecontroleerde checksum; `ci/get-regiodash.sh`);
        2. `regiodash check --strict`: fouten en waarschuwingen staan bij de regels in
           de pull request (GitHub) of in het joblog (GitLab);
        3. de site bouwen en alle links controleren;
        4. op de hoofdtak: de site publiceren op GitHub Pages of GitLab Pages.

        Bij een pull request (merge request) zet CI er een samenvatting bij van wat
        lezers van de site zien veranderen: cijfers (oud → nieuw, ook per 1.000
        inwoners), verhalen, certificaten en nieuwe waarschuwingen.

        Bij elke publicatie zet de site hetzelfde op de pagina *Wat is er nieuw* en in
        `feed.xml`, om te volgen met een feedlezer. CI vergelijkt daarvoor met de
        commit die vóór de push gepubliceerd was, en bewaart de geschiedenis tussen
        twee publicaties in de cache (`.regiodash-cache/`).

        Eenmalig instellen: bovenaan `.github/workflows/site.yml` en `.gitlab-ci.yml`
        `REGIODASH_REPOSITORY` (de GitHub-repository waar regiodash wordt uitgebracht,
        als `EIGENAAR/NAAM`) en `REGIODASH_SHA256` (de checksum uit het bestand
        `regiodash-linux-x86_64.sha256` van die release). Zolang daar `SET-ME` staat,
        stopt CI met een melding die zegt wat je moet invullen. Op GitHub verder
        *Settings → Pages → Source: GitHub Actions*; op
        GitLab een projecttoken met rechten `api` als CI-variabele
        `REGIODASH_REVIEW_TOKEN`, zodat de samenvatting als opmerking verschijnt
        (zonder token staat ze als artefact `summary.md` bij de job).

        """
    }
}
