package org.incentivelab.ui;

import java.io.StringWriter;
import java.util.function.Predicate;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.LabView;
import org.incentivelab.ui.view.ViewPane;
import org.testfx.api.FxRobot;

/** Shared steps of the tests that drive the real lab window: wait for a snapshot, find a view, read its CSV. */
final class LabFixtures {
    private LabFixtures() {
    }

    /** @return the first snapshot of the app's batch meeting the condition, waiting up to a minute */
    static Snapshot await(LabApp app, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Snapshot s = app.session().trainer().latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("condition not reached; last episode " + app.session().trainer().latest().episode());
    }

    /** @return the board's first view of that type */
    static <T extends LabView> T view(LabApp app, Class<T> type) {
        return app.board().panes().stream().map(ViewPane::view).filter(type::isInstance).map(type::cast)
                .findFirst().orElseThrow();
    }

    /** @return the view's CSV export, written on the FX thread */
    static String csv(FxRobot robot, LabView view) {
        StringWriter out = new StringWriter();
        robot.interact(() -> {
            try {
                view.writeCsv(out);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        return out.toString();
    }
}
