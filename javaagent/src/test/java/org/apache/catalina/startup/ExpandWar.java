package org.apache.catalina.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test stand-in, not Tomcat: a class named like Tomcat's WAR expander, whose frames are what the JVM rules'
 * {@code jvm_app_server_deploy} exception matches. Like the real one, it unpacks a page into webapps/.
 */
public final class ExpandWar {

    private ExpandWar() {
    }

    public static Path expand(Path webapps) throws IOException {
        Path page = Files.createDirectories(webapps.resolve("shop")).resolve("index.jsp");
        Files.writeString(page, "<html>shop</html>"); // mark:tomcat-deploy
        return page;
    }
}
