"""One module per screen, with the Qt models next to the views that show them.

Views talk to the service layer only (app.services); they never hold a Session or an ORM
object, and they keep no business rules: permissions and validation live in the services."""
