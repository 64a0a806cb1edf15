package news.cms.app.desk.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import news.cms.app.desk.DeskView;
import news.cms.app.desk.admin.AdminPages.UserRow;
import news.cms.app.desk.admin.AdminPages.UsersPage;
import news.cms.core.account.UserAccounts;

/** The admin console's users screen. */
@Controller("/desk/admin")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class AdminDeskController {

    private final UserAccounts accounts;
    private final DeskView view;

    AdminDeskController(UserAccounts accounts, DeskView view) {
        this.accounts = accounts;
        this.view = view;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> users(Authentication authentication, HttpRequest<?> request) {
        return view.page(request, view.user(authentication), HttpStatus.OK, frame -> view.render("desk/admin/users.jte",
                new UsersPage(frame, accounts.list().stream().map(UserRow::of).toList())));
    }
}
