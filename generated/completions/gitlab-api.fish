# fish completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.
# Install: copy to a vendor_completions.d directory (pkg-config --variable completionsdir fish,
# usually /usr/share/fish/vendor_completions.d/) or ~/.config/fish/completions/;
# or: gitlab-api completion fish | source

function __gitlab_api_commands
  printf '%s\t%s\n' 'accept-mr' 'Accept MR' 'add-badge-to-group' 'Add a badge to a group' 'add-badge-to-project' 'Add a badge to a project' 'add-deploy-key' 'Add deploy key' 'add-email' 'Add email' 'add-email-for-user' 'Add email for user' 'add-gpg-key' 'Add a GPG key' 'add-gpg-key-for-given-user' 'Add a GPG key for a given user' 'add-member-to-group-or-project-groups' 'Add a member to a group or project' 'add-member-to-group-or-project-projects' 'Add a member to a group or project' 'add-note-to-existing-commit-discussion' 'Add note to existing commit discussion' 'add-note-to-existing-issue-discussion' 'Add note to existing issue discussion' 'add-note-to-existing-merge-request-discussion' 'Add note to existing merge request discussion' 'add-note-to-existing-snippet-discussion' 'Add note to existing snippet discussion' 'add-project-hook' 'Add project hook' 'add-spent-time-for-issue' 'Add spent time for an issue' 'add-spent-time-for-merge-request' 'Add spent time for a merge request' 'add-ssh-key' 'Add SSH key' 'add-ssh-key-for-user' 'Add SSH key for user' 'add-system-hook' 'Add new system hook' 'approve-access-request-groups' 'Approve an access request' 'approve-access-request-projects' 'Approve an access request' 'archive-project' 'Archive a project' 'award-emoji-issues' 'Award a new emoji' 'award-emoji-merge-requests' 'Award a new emoji' 'award-emoji-on-note' 'Award a new emoji on a note' 'award-emoji-snippets' 'Award a new emoji' 'block-user' 'Block user' 'cancel-job' 'Cancel a job' 'cancel-merge-when-pipeline-succeeds' 'Cancel Merge When Pipeline Succeeds' 'cancel-pipelines-jobs' 'Cancel a pipelines jobs' 'change-application-settings' 'Change application settings' 'cherry-pick-commit' 'Cherry pick a commit' 'compare-branches-tags-or-commits' 'Compare branches, tags or commits' 'contributors' 'Contributors' 'create-application' 'Create a application' 'create-broadcast-message' 'Create a broadcast message' 'create-commit-discussion' 'Create new commit discussion' 'create-commit-with-multiple-files-and-actions' 'Create a commit with multiple files and actions' 'create-edit-asana-service' 'Create/Edit Asana service' 'create-edit-assembla-service' 'Create/Edit Assembla service' 'create-edit-atlassian-bamboo-ci-service' 'Create/Edit Atlassian Bamboo CI service' 'create-edit-buildkite-service-bugzilla' 'Create/Edit Buildkite service' 'create-edit-buildkite-service-buildkite' 'Create/Edit Buildkite service' 'create-edit-campfire-service' 'Create/Edit Campfire service' 'create-edit-custom-issue-tracker-service' 'Create/Edit Custom Issue Tracker service' 'create-edit-drone-ci-service' 'Create/Edit Drone CI service' 'create-edit-emails-on-push-service' 'Create/Edit Emails on push service' 'create-edit-external-wiki-service' 'Create/Edit External Wiki service' 'create-edit-flowdock-service' 'Create/Edit Flowdock service' 'create-edit-hangouts-chat-service' 'Create/Edit Hangouts Chat service' 'create-edit-hipchat-service' 'Create/Edit HipChat service' 'create-edit-irker-irc-gateway-service' 'Create/Edit Irker (IRC gateway) service' 'create-edit-jetbrains-teamcity-ci-service' 'Create/Edit JetBrains TeamCity CI service' 'create-edit-jira-service' 'Create/Edit JIRA service' 'create-edit-kubernetes-service' 'Create/Edit Kubernetes service' 'create-edit-mattermost-notifications-service' 'Create/Edit Mattermost notifications service' 'create-edit-mattermost-slash-command-service' 'Create/Edit Mattermost slash command service' 'create-edit-microsoft-teams-service' 'Create/Edit Microsoft Teams service' 'create-edit-mockci-service' 'Create/Edit MockCI service' 'create-edit-packagist-service' 'Create/Edit Packagist service' 'create-edit-pipeline-emails-service' 'Create/Edit Pipeline-Emails service' 'create-edit-pivotaltracker-service' 'Create/Edit PivotalTracker service' 'create-edit-prometheus-service' 'Create/Edit Prometheus service' 'create-edit-pushover-service' 'Create/Edit Pushover service' 'create-edit-redmine-service' 'Create/Edit Redmine service' 'create-edit-slack-service' 'Create/Edit Slack service' 'create-edit-slack-slash-command-service' 'Create/Edit Slack slash command service' 'create-environment' 'Create a new environment' 'create-file-in-repository' 'Create new file in repository' 'create-forked-from-to-relation-between-existing-projects' 'Create a forked from/to relation between existing projects' 'create-impersonation-token' 'Create an impersonation token' 'create-issue-discussion' 'Create new issue discussion' 'create-issue-note' 'Create new issue note' 'create-label' 'Create a new label' 'create-merge-request-discussion' 'Create new merge request discussion' 'create-merge-request-note' 'Create new merge request note' 'create-milestone-groups' 'Create new milestone' 'create-milestone-projects' 'Create new milestone' 'create-mr' 'Create MR' 'create-pages-domain' 'Create new pages domain' 'create-pipeline' 'Create a new pipeline' 'create-pipeline-schedule' 'Create a new pipeline schedule' 'create-pipeline-schedule-variable' 'Create a new pipeline schedule variable' 'create-project' 'Create project' 'create-project-for-user' 'Create project for user' 'create-project-trigger' 'Create a project trigger' 'create-release' 'Create a new release' 'create-repository-branch' 'Create repository branch' 'create-snippet' 'Create new snippet' 'create-snippet-discussion' 'Create new snippet discussion' 'create-snippet-note' 'Create new snippet note' 'create-snippet-projects' 'Create new snippet' 'create-tag' 'Create a new tag' 'create-todo-issues' 'Create a todo' 'create-todo-merge-requests' 'Create a todo' 'create-variable-groups' 'Create variable' 'create-variable-projects' 'Create variable' 'create-wiki-page' 'Create a new wiki page' 'delete-application' 'Delete an application' 'delete-asana-service' 'Delete Asana service' 'delete-assembla-service' 'Delete Assembla service' 'delete-atlassian-bamboo-ci-service' 'Delete Atlassian Bamboo CI service' 'delete-award-emoji-issues' 'Delete an award emoji' 'delete-award-emoji-issues-notes' 'Delete an award emoji' 'delete-award-emoji-merge-requests' 'Delete an award emoji' 'delete-award-emoji-snippets' 'Delete an award emoji' 'delete-board-list-groups' 'Delete a board list' 'delete-board-list-projects' 'Delete a board list' 'delete-broadcast-message' 'Delete a broadcast message' 'delete-bugzilla-service' 'Delete Bugzilla Service' 'delete-buildkite-service' 'Delete Buildkite service' 'delete-campfire-service' 'Delete Campfire service' 'delete-commit-discussion-note' 'Delete a commit discussion note' 'delete-custom-attribute-groups' 'Delete custom attribute' 'delete-custom-attribute-projects' 'Delete custom attribute' 'delete-custom-attribute-users' 'Delete custom attribute' 'delete-custom-issue-tracker-service' 'Delete Custom Issue Tracker service' 'delete-deploy-key' 'Delete deploy key' 'delete-drone-ci-service' 'Delete Drone CI service' 'delete-email-for-current-user' 'Delete email for current user' 'delete-email-for-given-user' 'Delete email for given user' 'delete-emails-on-push-service' 'Delete Emails on push service' 'delete-environment' 'Delete an environment' 'delete-existing-file-in-repository' 'Delete existing file in repository' 'delete-existing-forked-from-relationship' 'Delete an existing forked from relationship' 'delete-external-wiki-service' 'Delete External Wiki service' 'delete-feature' 'Delete a feature' 'delete-flowdock-service' 'Delete Flowdock service' 'delete-gpg-key' 'Delete a GPG key' 'delete-gpg-key-for-given-user' 'Delete a GPG key for a given user' 'delete-group-milestone' 'Delete group milestone' 'delete-hangouts-chat-service' 'Delete Hangouts Chat service' 'delete-hipchat-service' 'Delete HipChat service' 'delete-irker-irc-gateway-service' 'Delete Irker (IRC gateway) service' 'delete-issue' 'Delete an issue' 'delete-issue-discussion-note' 'Delete an issue discussion note' 'delete-issue-note' 'Delete an issue note' 'delete-jetbrains-teamcity-ci-service' 'Delete JetBrains TeamCity CI service' 'delete-jira-service' 'Delete JIRA service' 'delete-kubernetes-service' 'Delete Kubernetes service' 'delete-label' 'Delete a label' 'delete-mattermost-notifications-service' 'Delete Mattermost notifications service' 'delete-mattermost-slash-command-service' 'Delete Mattermost slash command service' 'delete-merge-request' 'Delete a merge request' 'delete-merge-request-discussion-note' 'Delete a merge request discussion note' 'delete-merge-request-note' 'Delete a merge request note' 'delete-merged-branches' 'Delete merged branches' 'delete-microsoft-teams-service' 'Delete Microsoft Teams service' 'delete-mockci-service' 'Delete MockCI service' 'delete-packagist-service' 'Delete Packagist service' 'delete-pages-domain' 'Delete pages domain' 'delete-pipeline-emails-service' 'Delete Pipeline-Emails service' 'delete-pipeline-schedule' 'Delete a pipeline schedule' 'delete-pipeline-schedule-variable' 'Delete a pipeline schedule variable' 'delete-pivotaltracker-service' 'Delete PivotalTracker service' 'delete-project-hook' 'Delete project hook' 'delete-project-milestone' 'Delete project milestone' 'delete-prometheus-service' 'Delete Prometheus service' 'delete-pushover-service' 'Delete Pushover service' 'delete-redmine-service' 'Delete Redmine service' 'delete-registered-runner' 'Delete a registered Runner' 'delete-repository-branch' 'Delete repository branch' 'delete-shared-project-link-within-group' 'Delete a shared project link within a group' 'delete-slack-service' 'Delete Slack service' 'delete-slack-slash-command-service' 'Delete Slack slash command service' 'delete-snippet' 'Delete snippet' 'delete-snippet-discussion-note' 'Delete an snippet discussion note' 'delete-snippet-note' 'Delete a snippet note' 'delete-snippet-projects' 'Delete snippet' 'delete-ssh-key-for-current-user' 'Delete SSH key for current user' 'delete-ssh-key-for-given-user' 'Delete SSH key for given user' 'delete-system-hook' 'Delete system hook' 'delete-tag' 'Delete a tag' 'delete-wiki-page' 'Delete a wiki page' 'deny-access-request-groups' 'Deny an access request' 'deny-access-request-projects' 'Deny an access request' 'details-of-group' 'Details of a group' 'disable-runner-from-project' 'Disable a runner from project' 'download-artifact-file' 'Download a single artifact file' 'download-artifacts-archive' 'Download the artifacts archive' 'download-snapshot-of-git-repository' 'Download snapshot of a git repository' 'edit-badge-of-group' 'Edit a badge of a group' 'edit-badge-of-project' 'Edit a badge of a project' 'edit-board-list-groups' 'Edit board list' 'edit-board-list-projects' 'Edit board list' 'edit-existing-environment' 'Edit an existing environment' 'edit-existing-label' 'Edit an existing label' 'edit-existing-wiki-page' 'Edit an existing wiki page' 'edit-issue' 'Edit issue' 'edit-member-of-group-or-project-groups' 'Edit a member of a group or project' 'edit-member-of-group-or-project-projects' 'Edit a member of a group or project' 'edit-milestone-groups' 'Edit milestone' 'edit-milestone-projects' 'Edit milestone' 'edit-pipeline-schedule' 'Edit a pipeline schedule' 'edit-pipeline-schedule-variable' 'Edit a pipeline schedule variable' 'edit-project' 'Edit project' 'edit-project-hook' 'Edit project hook' 'enable-deploy-key' 'Enable a deploy key' 'enable-runner-in-project' 'Enable a runner in project' 'erase-job' 'Erase a job' 'explore-all-public-snippets' 'Explore all public snippets' 'export-download' 'Export download' 'export-status' 'Export status' 'for-normal-users-user' 'For normal users' 'for-normal-users-users' 'For normal users' 'for-user' 'For user' 'fork-project' 'Fork project' 'get-all-broadcast-messages' 'Get all broadcast messages' 'get-all-impersonation-tokens-of-user' 'Get all impersonation tokens of a user' 'get-all-issues-assigned-to-milestone-groups' 'Get all issues assigned to a single milestone' 'get-all-issues-assigned-to-milestone-projects' 'Get all issues assigned to a single milestone' 'get-all-merge-requests-assigned-to-milestone-groups' 'Get all merge requests assigned to a single milestone' 'get-all-merge-requests-assigned-to-milestone-projects' 'Get all merge requests assigned to a single milestone' 'get-all-pipeline-schedules' 'Get all pipeline schedules' 'get-all-templates-of-particular-type' 'Get all templates of a particular type' 'get-asana-service-settings' 'Get Asana service settings' 'get-assembla-service-settings' 'Get Assembla service settings' 'get-atlassian-bamboo-ci-service-settings' 'Get Atlassian Bamboo CI service settings' 'get-avatar-url' 'Get a single avatar URL' 'get-award-emoji-issues' 'Get single award emoji' 'get-award-emoji-merge-requests' 'Get single award emoji' 'get-award-emoji-snippets' 'Get single award emoji' 'get-badge-of-group' 'Get a badge of a group' 'get-badge-of-project' 'Get a badge of a project' 'get-blob-from-repository' 'Get a blob from repository' 'get-bugzilla-service-settings' 'Get Bugzilla Service Settings' 'get-buildkite-service-settings' 'Get Buildkite service settings' 'get-campfire-service-settings' 'Get Campfire service settings' 'get-comments-of-commit' 'Get the comments of a commit' 'get-commit' 'Get a single commit' 'get-commit-discussion' 'Get single commit discussion' 'get-compound-response-of-all-previously-mentioned-metrics' 'Get a compound response of all the previously mentioned metrics' 'get-current-application-settings' 'Get current application settings' 'get-current-job-statistics' 'Get the current Job Statistics' 'get-current-process-metrics' 'Get the current Process Metrics' 'get-current-queue-metrics' 'Get the current Queue Metrics' 'get-custom-issue-tracker-service-settings' 'Get Custom Issue Tracker service settings' 'get-diff-of-commit' 'Get the diff of a commit' 'get-drone-ci-service-settings' 'Get Drone CI service settings' 'get-emails-on-push-service-settings' 'Get Emails on push service settings' 'get-external-wiki-service-settings' 'Get External Wiki service settings' 'get-file-archive' 'Get file archive' 'get-file-from-repository' 'Get file from repository' 'get-file-from-repository-head' 'Get file from repository' 'get-flowdock-service-settings' 'Get Flowdock service settings' 'get-hangouts-chat-service-settings' 'Get Hangouts Chat service settings' 'get-hipchat-service-settings' 'Get HipChat service settings' 'get-impersonation-token-of-user' 'Get an impersonation token of a user' 'get-irker-irc-gateway-service-settings' 'Get Irker (IRC gateway) service settings' 'get-issue-discussion' 'Get single issue discussion' 'get-issue-label-event' 'Get single issue label event' 'get-issue-note' 'Get single issue note' 'get-jetbrains-teamcity-ci-service-settings' 'Get JetBrains TeamCity CI service settings' 'get-jira-service-settings' 'Get JIRA service settings' 'get-job' 'Get a single job' 'get-job-artifacts' 'Get job artifacts' 'get-kubernetes-service-settings' 'Get Kubernetes service settings' 'get-list-of-todos' 'Get a list of todos' 'get-mattermost-notifications-service-settings' 'Get Mattermost notifications service settings' 'get-mattermost-slash-command-service-settings' 'Get Mattermost slash command service settings' 'get-member-of-group-or-project-groups' 'Get a member of a group or project' 'get-member-of-group-or-project-projects' 'Get a member of a group or project' 'get-merge-request-discussion' 'Get single merge request discussion' 'get-merge-request-label-event' 'Get single merge request label event' 'get-merge-request-note' 'Get single merge request note' 'get-microsoft-teams-service-settings' 'Get Microsoft Teams service settings' 'get-milestone-groups' 'Get single milestone' 'get-milestone-projects' 'Get single milestone' 'get-mockci-service-settings' 'Get MockCI service settings' 'get-mr' 'Get single MR' 'get-mr-changes' 'Get single MR changes' 'get-mr-commits' 'Get single MR commits' 'get-mr-diff-version' 'Get a single MR diff version' 'get-mr-diff-versions' 'Get MR diff versions' 'get-mr-participants' 'Get single MR participants' 'get-namespace-by-id' 'Get namespace by ID' 'get-notes-award-emoji' 'Get single note\'s award emoji' 'get-one-template-of-particular-type' 'Get one template of a particular type' 'get-packagist-service-settings' 'Get Packagist service settings' 'get-pipeline' 'Get a single pipeline' 'get-pipeline-emails-service-settings' 'Get Pipeline-Emails service settings' 'get-pipeline-schedule' 'Get a single pipeline schedule' 'get-pivotaltracker-service-settings' 'Get PivotalTracker service settings' 'get-project' 'Get single project' 'get-project-hook' 'Get project hook' 'get-project-users' 'Get project users' 'get-prometheus-service-settings' 'Get Prometheus service settings' 'get-protected-branch-or-wildcard-protected-branch' 'Get a single protected branch or wildcard protected branch' 'get-protected-tag-or-wildcard-protected-tag' 'Get a single protected tag or wildcard protected tag' 'get-pushover-service-settings' 'Get Pushover service settings' 'get-raw-file-from-repository' 'Get raw file from repository' 'get-redmine-service-settings' 'Get Redmine service settings' 'get-references-commit-is-pushed-to' 'Get references a commit is pushed to' 'get-repository-branch' 'Get single repository branch' 'get-repository-tag' 'Get a single repository tag' 'get-runners-details' 'Get runner\'s details' 'get-slack-service-settings' 'Get Slack service settings' 'get-slack-slash-command-service-settings' 'Get Slack slash command service settings' 'get-snippet-discussion' 'Get single snippet discussion' 'get-snippet-note' 'Get single snippet note' 'get-specific-broadcast-message' 'Get a specific broadcast message' 'get-specific-deployment' 'Get a specific deployment' 'get-specific-gpg-key' 'Get a specific GPG key' 'get-specific-gpg-key-for-given-user' 'Get a specific GPG key for a given user' 'get-ssh-key-with-user-by-id-of-ssh-key' 'Get SSH key with user by ID of an SSH key' 'get-status-of-user' 'Get the status of a user' 'get-time-tracking-stats-issues' 'Get time tracking stats' 'get-time-tracking-stats-merge-requests' 'Get time tracking stats' 'get-trace-file' 'Get a trace file' 'get-trigger-details' 'Get trigger details' 'get-user-activities-admin-only' 'Get user activities (admin only)' 'get-user-agent-details-projects-issues' 'Get user agent details' 'get-user-agent-details-projects-snippets' 'Get user agent details' 'get-user-agent-details-snippets' 'Get user agent details' 'get-user-contribution-events' 'Get user contribution events' 'get-wiki-page' 'Get a wiki page' 'global-notification-settings' 'Global notification settings' 'global-search-api' 'Global Search API' 'group-board' 'Group Board' 'group-project-level-notification-settings-groups' 'Group / project level notification settings' 'group-project-level-notification-settings-projects' 'Group / project level notification settings' 'group-search-api' 'Group Search API' 'import-file' 'Import a file' 'import-status' 'Import status' 'keep-artifacts' 'Keep artifacts' 'languages' 'Languages' 'list-access-requests-for-group-or-project-groups' 'List access requests for a group or project' 'list-access-requests-for-group-or-project-projects' 'List access requests for a group or project' 'list-all-applications' 'List all applications' 'list-all-badges-of-group' 'List all badges of a group' 'list-all-badges-of-project' 'List all badges of a project' 'list-all-deploy-keys' 'List all deploy keys' 'list-all-features' 'List all features' 'list-all-gpg-keys' 'List all GPG keys' 'list-all-gpg-keys-for-given-user' 'List all GPG keys for given user' 'list-all-members-of-group-or-project-groups' 'List all members of a group or project' 'list-all-members-of-group-or-project-including-inherited-members-groups' 'List all members of a group or project including inherited members' 'list-all-members-of-group-or-project-including-inherited-members-projects' 'List all members of a group or project including inherited members' 'list-all-members-of-group-or-project-projects' 'List all members of a group or project' 'list-all-merge-request-notes' 'List all merge request notes' 'list-all-pages-domains' 'List all pages domains' 'list-all-projects' 'List all projects' 'list-all-runners' 'List all runners' 'list-all-snippet-notes' 'List all snippet notes' 'list-awardables-award-emoji-issues' 'List an awardable\'s award emoji' 'list-awardables-award-emoji-merge-requests' 'List an awardable\'s award emoji' 'list-awardables-award-emoji-snippets' 'List an awardable\'s award emoji' 'list-board-lists-groups' 'List board lists' 'list-board-lists-projects' 'List board lists' 'list-currently-authenticated-users-events' 'List currently authenticated user\'s events' 'list-custom-attributes-groups' 'List custom attributes' 'list-custom-attributes-projects' 'List custom attributes' 'list-custom-attributes-users' 'List custom attributes' 'list-dockerfile-templates' 'List Dockerfile templates' 'list-emails' 'List emails' 'list-emails-for-user' 'List emails for user' 'list-environments' 'List environments' 'list-forks-of-project' 'List Forks of a project' 'list-gitignore-templates' 'List gitignore templates' 'list-gitlab-ci-yml-templates' 'List GitLab CI YML templates' 'list-group-issues' 'List group issues' 'list-group-merge-requests' 'List group merge requests' 'list-group-milestones' 'List group milestones' 'list-group-variables' 'List group variables' 'list-groups' 'List groups' 'list-groups-projects' 'List a group\'s projects' 'list-groups-subgroups' 'List a group\'s subgroups' 'list-issues' 'List issues' 'list-issues-that-will-close-on-merge' 'List issues that will close on merge' 'list-labels' 'List labels' 'list-license-templates' 'List license templates' 'list-merge-requests' 'List merge requests' 'list-merge-requests-associated-with-commit' 'List Merge Requests associated with a commit' 'list-merge-requests-related-to-issue' 'List merge requests related to issue' 'list-merge-requests-that-will-close-issue-on-merge' 'List merge requests that will close issue on merge' 'list-mr-pipelines' 'List MR pipelines' 'list-namespaces' 'List namespaces' 'list-notes-award-emoji' 'List a note\'s award emoji' 'list-owned-runners' 'List owned runners' 'list-pages-domains' 'List pages domains' 'list-pipeline-jobs' 'List pipeline jobs' 'list-project-commit-discussions' 'List project commit discussions' 'list-project-deploy-keys' 'List project deploy keys' 'list-project-deployments' 'List project deployments' 'list-project-hooks' 'List project hooks' 'list-project-issue-discussions' 'List project issue discussions' 'list-project-issue-label-events' 'List project issue label events' 'list-project-issue-notes' 'List project issue notes' 'list-project-issues' 'List project issues' 'list-project-jobs' 'List project jobs' 'list-project-merge-request-discussions' 'List project merge request discussions' 'list-project-merge-request-label-events' 'List project merge request label events' 'list-project-merge-requests' 'List project merge requests' 'list-project-milestones' 'List project milestones' 'list-project-pipelines' 'List project pipelines' 'list-project-repository-tags' 'List project repository tags' 'list-project-snippet-discussions' 'List project snippet discussions' 'list-project-triggers' 'List project triggers' 'list-project-variables' 'List project variables' 'list-projects-runners' 'List project\'s runners' 'list-projects-visible-events' 'List a Project\'s visible events' 'list-protected-branches' 'List protected branches' 'list-protected-tags' 'List protected tags' 'list-repository-branches' 'List repository branches' 'list-repository-commits' 'List repository commits' 'list-repository-tree' 'List repository tree' 'list-runners-jobs' 'List runner\'s jobs' 'list-snippets' 'List snippets' 'list-snippets-projects' 'List snippets' 'list-ssh-keys' 'List SSH keys' 'list-ssh-keys-for-user' 'List SSH keys for user' 'list-statuses-of-commit' 'List the statuses of a commit' 'list-system-hooks' 'List system hooks' 'list-user-projects' 'List user projects' 'list-wiki-pages' 'List wiki pages' 'mark-all-todos-as-done' 'Mark all todos as done' 'mark-todo-as-done' 'Mark a todo as done' 'merge-base' 'Merge Base' 'modify-existing-commit-discussion-note' 'Modify an existing commit discussion note' 'modify-existing-issue-discussion-note' 'Modify existing issue discussion note' 'modify-existing-issue-note' 'Modify existing issue note' 'modify-existing-merge-request-discussion-note' 'Modify an existing merge request discussion note' 'modify-existing-merge-request-note' 'Modify existing merge request note' 'modify-existing-snippet-discussion-note' 'Modify existing snippet discussion note' 'modify-existing-snippet-note' 'Modify existing snippet note' 'move-issue' 'Move an issue' 'new-board-list-groups' 'New board list' 'new-board-list-projects' 'New board list' 'new-group' 'New group' 'new-issue' 'New issue' 'participants-on-issues' 'Participants on issues' 'play-job' 'Play a job' 'post-build-status-to-commit' 'Post the build status to a commit' 'post-comment-to-commit' 'Post comment to commit' 'preview-badge-from-group' 'Preview a badge from a group' 'preview-badge-from-project' 'Preview a badge from a project' 'project-board' 'Project Board' 'project-search-api' 'Project Search API' 'protect-repository-branch' 'Protect repository branch' 'protect-repository-branches' 'Protect repository branches' 'protect-repository-tags' 'Protect repository tags' 'raw-blob-content' 'Raw blob content' 'register-runner' 'Register a new Runner' 'remove-badge-from-group' 'Remove a badge from a group' 'remove-badge-from-project' 'Remove a badge from a project' 'remove-group' 'Remove group' 'remove-member-from-group-or-project-groups' 'Remove a member from a group or project' 'remove-member-from-group-or-project-projects' 'Remove a member from a group or project' 'remove-project' 'Remove project' 'remove-project-trigger' 'Remove a project trigger' 'remove-runner' 'Remove a runner' 'remove-variable-groups' 'Remove variable' 'remove-variable-projects' 'Remove variable' 'render-arbitrary-markdown-document' 'Render an arbitrary Markdown document' 'request-access-to-group-or-project-groups' 'Request access to a group or project' 'request-access-to-group-or-project-projects' 'Request access to a group or project' 'reset-spent-time-for-issue' 'Reset spent time for an issue' 'reset-spent-time-for-merge-request' 'Reset spent time for a merge request' 'reset-time-estimate-for-issue' 'Reset the time estimate for an issue' 'reset-time-estimate-for-merge-request' 'Reset the time estimate for a merge request' 'resolve-merge-request-discussion' 'Resolve a merge request discussion' 'retry-job' 'Retry a job' 'retry-jobs-in-pipeline' 'Retry jobs in a pipeline' 'revoke-impersonation-token' 'Revoke an impersonation token' 'schedule-export' 'Schedule an export' 'set-custom-attribute-groups' 'Set custom attribute' 'set-custom-attribute-projects' 'Set custom attribute' 'set-custom-attribute-users' 'Set custom attribute' 'set-or-create-feature' 'Set or create a feature' 'set-time-estimate-for-issue' 'Set a time estimate for an issue' 'set-time-estimate-for-merge-request' 'Set a time estimate for a merge request' 'set-user-status' 'Set user status' 'share-project-with-group' 'Share project with group' 'show-variable-details-groups' 'Show variable details' 'show-variable-details-projects' 'Show variable details' 'single-board-groups' 'Single board' 'single-board-list-groups' 'Single board list' 'single-board-list-projects' 'Single board list' 'single-board-projects' 'Single board' 'single-custom-attribute-groups' 'Single custom attribute' 'single-custom-attribute-projects' 'Single custom attribute' 'single-custom-attribute-users' 'Single custom attribute' 'single-deploy-key' 'Single deploy key' 'single-dockerfile-template' 'Single Dockerfile template' 'single-email' 'Single email' 'single-gitignore-template' 'Single gitignore template' 'single-gitlab-ci-yml-template' 'Single GitLab CI YML template' 'single-issue' 'Single issue' 'single-license-template' 'Single license template' 'single-pages-domain' 'Single pages domain' 'single-snippet' 'Single snippet' 'single-snippet-projects' 'Single snippet' 'single-ssh-key' 'Single SSH key' 'snippet-content' 'Snippet content' 'star-project' 'Star a project' 'start-housekeeping-task-for-project' 'Start the Housekeeping task for a Project' 'stop-environment' 'Stop an environment' 'subscribe-to-issue' 'Subscribe to an issue' 'subscribe-to-label' 'Subscribe to a label' 'subscribe-to-merge-request' 'Subscribe to a merge request' 'take-ownership-of-pipeline-schedule' 'Take ownership of a pipeline schedule' 'take-ownership-of-project-trigger' 'Take ownership of a project trigger' 'test-system-hook' 'Test system hook' 'transfer-project-to-group' 'Transfer project to group' 'transfer-project-to-namespace' 'Transfer a project to a new namespace' 'unarchive-project' 'Unarchive a project' 'unblock-user' 'Unblock user' 'unprotect-repository-branch' 'Unprotect repository branch' 'unprotect-repository-branches' 'Unprotect repository branches' 'unprotect-repository-tags' 'Unprotect repository tags' 'unstar-project' 'Unstar a project' 'unsubscribe-from-issue' 'Unsubscribe from an issue' 'unsubscribe-from-label' 'Unsubscribe from a label' 'unsubscribe-from-merge-request' 'Unsubscribe from a merge request' 'update-broadcast-message' 'Update a broadcast message' 'update-deploy-key' 'Update deploy key' 'update-existing-file-in-repository' 'Update existing file in repository' 'update-global-notification-settings' 'Update global notification settings' 'update-group' 'Update group' 'update-group-project-level-notification-settings-groups' 'Update group/project level notification settings' 'update-group-project-level-notification-settings-projects' 'Update group/project level notification settings' 'update-mr' 'Update MR' 'update-pages-domain' 'Update pages domain' 'update-project-trigger' 'Update a project trigger' 'update-release' 'Update a release' 'update-runners-details' 'Update runner\'s details' 'update-snippet' 'Update snippet' 'update-snippet-projects' 'Update snippet' 'update-variable-groups' 'Update variable' 'update-variable-projects' 'Update variable' 'upload-attachment-to-wiki-repository' 'Upload an attachment to the wiki repository' 'upload-file' 'Upload a file' 'user-creation' 'User creation' 'user-deletion' 'User deletion' 'user-modification' 'User modification' 'user-status' 'User status' 'validate-gitlab-ci-yml-api' 'Validate the .gitlab-ci.yml (API)' 'verify-authentication-for-registered-runner' 'Verify authentication for a registered Runner' 'version-api' 'Version API' 'list' 'list operations, filtered by a word or tag' 'completion' 'print the bash, zsh or fish completion script' 'help' 'show help for an operation'
end

# Global options that take a value (their value word is not the command).
function __gitlab_api_global_valued
  printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout' '--data'
end

# Options before an operation.
function __gitlab_api_before
  printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
end

# $argv[1] operation, $argv[2] "options" (flag<TAB>description, required first, then the global
# options it reaches) or "valued" (the flags that take a value). Fails for an unknown operation.
# One function per operation, found by name: a TAB costs the same whatever the size of the API
# (a switch over every operation would be walked on each TAB).
function __gitlab_api_operation
  string match -qr -- '^[a-z0-9-]+$' "$argv[1]"; and functions -q __gitlab_api_op_$argv[1]; or return 1
  __gitlab_api_op_$argv[1] $argv[2]
end

# $argv[1] operation (or empty), $argv[2] option: its values, or "file" / "data".
function __gitlab_api_values
  if string match -qr -- '^[a-z0-9-]+$' "$argv[1]"; and functions -q __gitlab_api_val_$argv[1]
    __gitlab_api_val_$argv[1] $argv[2]
    return
  end
  switch $argv[2]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end

function __gitlab_api_op_accept-mr
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) Internal ID of MR' '--sha' 'if present, then this SHA must match the HEAD of the source branch, otherwise the merge will fail' '--merge_commit_message' 'Custom merge commit message' '--should_remove_source_branch' 'if `true` removes the source branch' '--merge_when_pipeline_succeeds' 'if `true` the MR is merged when the pipeline succeeds' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--sha' '--merge_commit_message' '--should_remove_source_branch' '--merge_when_pipeline_succeeds' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_accept-mr
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-badge-to-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--link_url' '(required) URL of the badge link' '--image_url' '(required) URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-badge-to-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-badge-to-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--link_url' '(required) URL of the badge link' '--image_url' '(required) URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-badge-to-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-deploy-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--title' '(required) New deploy key\'s title' '--key' '(required) New deploy key' '--can_push' 'Can deploy key push to the project\'s repository' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-deploy-key
  switch $argv[1]
    case '--can_push'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-email
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--email' '(required) email address' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-email
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-email-for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--email' '(required) email address' '--skip_confirmation' 'Skip confirmation and assume e-mail is verified - true or false (default)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--email' '--skip_confirmation' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-email-for-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-gpg-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key' '(required) The new GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-gpg-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-gpg-key-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the user' '--key_id' '(required) The ID of the GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-gpg-key-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-member-to-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the new member' '--access_level' '(required) A valid access level' '--expires_at' 'A date string in the format YEAR-MONTH-DAY' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-member-to-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-member-to-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the new member' '--access_level' '(required) A valid access level' '--expires_at' 'A date string in the format YEAR-MONTH-DAY' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-member-to-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-note-to-existing-commit-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-note-to-existing-commit-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-note-to-existing-issue-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-note-to-existing-issue-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-note-to-existing-merge-request-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-note-to-existing-merge-request-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-note-to-existing-snippet-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-note-to-existing-snippet-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-project-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' '(required) The hook URL' '--push_events' 'Trigger hook on push events' '--push_events_branch_filter' 'Trigger hook on push events for matching branches only' '--issues_events' 'Trigger hook on issues events' '--confidential_issues_events' 'Trigger hook on confidential issues events' '--merge_requests_events' 'Trigger hook on merge requests events' '--tag_push_events' 'Trigger hook on tag push events' '--note_events' 'Trigger hook on note events' '--job_events' 'Trigger hook on job events' '--pipeline_events' 'Trigger hook on pipeline events' '--wiki_page_events' 'Trigger hook on wiki events' '--enable_ssl_verification' 'Do SSL verification when triggering the hook' '--token' 'Secret token to validate received payloads; this will not be returned in the response' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-project-hook
  switch $argv[1]
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--issues_events'
      printf '%s\n' 'true' 'false'
    case '--confidential_issues_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--note_events'
      printf '%s\n' 'true' 'false'
    case '--job_events'
      printf '%s\n' 'true' 'false'
    case '--pipeline_events'
      printf '%s\n' 'true' 'false'
    case '--wiki_page_events'
      printf '%s\n' 'true' 'false'
    case '--enable_ssl_verification'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-spent-time-for-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--duration' '(required) The duration in human format. e.g: 3h30m' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-spent-time-for-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-spent-time-for-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--duration' '(required) The duration in human format. e.g: 3h30m' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-spent-time-for-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-ssh-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--title' '(required) new SSH Key\'s title' '--key' '(required) new SSH key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-ssh-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-ssh-key-for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--title' '(required) new SSH Key\'s title' '--key' '(required) new SSH key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-ssh-key-for-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_add-system-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' '(required) The hook URL' '--token' 'Secret token to validate received payloads; this will not be returned in the response' '--push_events' 'When true, the hook will fire on push events' '--tag_push_events' 'When true, the hook will fire on new tags being pushed' '--merge_requests_events' 'Trigger hook on merge requests events' '--repository_update_events' 'Trigger hook on repository update events' '--enable_ssl_verification' 'Do SSL verification when triggering the hook' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_add-system-hook
  switch $argv[1]
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--repository_update_events'
      printf '%s\n' 'true' 'false'
    case '--enable_ssl_verification'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_approve-access-request-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--user_id' '(required) The user ID of the access requester' '--access_level' 'A valid access level (defaults: `30`, developer access level)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_approve-access-request-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_approve-access-request-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--user_id' '(required) The user ID of the access requester' '--access_level' 'A valid access level (defaults: `30`, developer access level)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_approve-access-request-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_archive-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_archive-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_award-emoji-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) issue_iid' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--name' '(required) The name of the emoji, without colons' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_award-emoji-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_award-emoji-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) merge_request_iid' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--name' '(required) The name of the emoji, without colons' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_award-emoji-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_award-emoji-on-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of an issue' '--note_id' '(required) The ID of a note' '--name' '(required) The name of the emoji, without colons' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_award-emoji-on-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_award-emoji-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) snippet_id' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--name' '(required) The name of the emoji, without colons' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_award-emoji-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_block-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_block-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_cancel-job
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_cancel-job
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_cancel-merge-when-pipeline-succeeds
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) Internal ID of MR' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_cancel-merge-when-pipeline-succeeds
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_cancel-pipelines-jobs
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_id' '(required) The ID of a pipeline' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_cancel-pipelines-jobs
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_change-application-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_change-application-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_cherry-pick-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit hash' '--branch' '(required) The name of the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_cherry-pick-commit
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_compare-branches-tags-or-commits
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--from' '(required) the commit SHA or branch name' '--to' '(required) the commit SHA or branch name' '--straight' 'comparison method, `true` for direct comparison between `from` and `to` (`from`..`to`), `false` to …' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--from' '--to' '--straight' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_compare-branches-tags-or-commits
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_contributors
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--order_by' 'Return contributors ordered by `name`, `email`, or `commits` (orders by commit date) fields. Defaul…' '--sort' 'Return contributors sorted in `asc` or `desc` order. Default is `asc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_contributors
  switch $argv[1]
    case '--order_by'
      printf '%s\n' 'name' 'email' 'commits'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_create-application
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--name' '(required) The name of the application' '--redirect_uri' '(required) The redirect URI of the application' '--scopes' '(required) The scopes of the application' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--name' '--redirect_uri' '--scopes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-application
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-broadcast-message
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--message' '(required) Message to display' '--starts_at' 'Starting time (defaults to current time)' '--ends_at' 'Ending time (defaults to one hour from current time)' '--color' 'Background color hex code' '--font' 'Foreground color hex code' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-broadcast-message
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-commit-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--body' '(required) The content of a discussion' '--position' '(required) Position when creating a diff note' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-commit-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-commit-with-multiple-files-and-actions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) Name of the branch to commit into. To create a new branch, also provide `start_branch`.' '--commit_message' '(required) Commit message' '--actions' '(required) An array of action hashes to commit as a batch. See the next table for what attributes i…' '--start_branch' 'Name of the branch to start the new commit from' '--author_email' 'Specify the commit author\'s email address' '--author_name' 'Specify the commit author\'s name' '--stats' 'Include commit stats. Default is true' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--commit_message' '--actions' '--start_branch' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-commit-with-multiple-files-and-actions
  switch $argv[1]
    case '--stats'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-asana-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--api_key' '(required) User API token. User must have access to task, all comments will be attributed to this u…' '--restrict_to_branch' 'Comma-separated list of branches which will be automatically inspected. Leave blank to include all …' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--api_key' '--restrict_to_branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-asana-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-assembla-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) The authentication token' '--subdomain' 'The subdomain setting' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--subdomain' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-assembla-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-atlassian-bamboo-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--bamboo_url' '(required) Bamboo root URL like [https://bamboo.example.com](https://bamboo.example.com)' '--build_key' '(required) Bamboo build plan key like KEY' '--username' '(required) A user with API access, if applicable' '--password' '(required) Password of the user' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--bamboo_url' '--build_key' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-atlassian-bamboo-ci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-buildkite-service-bugzilla
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--new_issue_url' '(required) New Issue url' '--issues_url' '(required) Issue url' '--project_url' '(required) Project url' '--description' 'Description' '--title' 'Title' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-buildkite-service-bugzilla
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-buildkite-service-buildkite
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) Buildkite project GitLab token' '--project_url' '(required) [https://buildkite.com/example/project](https://buildkite.com/example/project)' '--enable_ssl_verification' 'Enable SSL verification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--project_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-buildkite-service-buildkite
  switch $argv[1]
    case '--enable_ssl_verification'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-campfire-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) Campfire token' '--subdomain' 'Campfire subdomain' '--room' 'Campfire room' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--subdomain' '--room' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-campfire-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-custom-issue-tracker-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--new_issue_url' '(required) New Issue url' '--issues_url' '(required) Issue url' '--project_url' '(required) Project url' '--description' 'Description' '--title' 'Title' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-custom-issue-tracker-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-drone-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) Drone CI project specific token' '--drone_url' '(required) [http://drone.example.com](http://drone.example.com)' '--enable_ssl_verification' 'Enable SSL verification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--drone_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-drone-ci-service
  switch $argv[1]
    case '--enable_ssl_verification'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-emails-on-push-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--recipients' '(required) Emails separated by whitespace' '--disable_diffs' 'Disable code diffs' '--send_from_committer_email' 'Send from committer' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-emails-on-push-service
  switch $argv[1]
    case '--disable_diffs'
      printf '%s\n' 'true' 'false'
    case '--send_from_committer_email'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-external-wiki-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--external_wiki_url' '(required) The URL of the external Wiki' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--external_wiki_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-external-wiki-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-flowdock-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) Flowdock Git source token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-flowdock-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-hangouts-chat-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--webhook' '(required) The Hangouts Chat webhook. e.g. [https://chat.googleapis.com/v1/spaces](https://chat.goo…' '--notify_only_broken_pipelines' 'Send notifications for broken pipelines' '--notify_only_default_branch' 'Send notifications only for the default branch' '--push_events' 'Enable notifications for push events' '--issues_events' 'Enable notifications for issue events' '--confidential_issues_events' 'Enable notifications for confidential issue events' '--merge_requests_events' 'Enable notifications for merge request events' '--tag_push_events' 'Enable notifications for tag push events' '--note_events' 'Enable notifications for note events' '--pipeline_events' 'Enable notifications for pipeline events' '--wiki_page_events' 'Enable notifications for wiki page events' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-hangouts-chat-service
  switch $argv[1]
    case '--notify_only_broken_pipelines'
      printf '%s\n' 'true' 'false'
    case '--notify_only_default_branch'
      printf '%s\n' 'true' 'false'
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--issues_events'
      printf '%s\n' 'true' 'false'
    case '--confidential_issues_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--note_events'
      printf '%s\n' 'true' 'false'
    case '--pipeline_events'
      printf '%s\n' 'true' 'false'
    case '--wiki_page_events'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-hipchat-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) Room token' '--color' 'The room color' '--notify' 'Enable notifications' '--room' 'Room name or ID' '--api_version' 'Leave blank for default (v2)' '--server' 'Leave blank for default. [https://hipchat.example.com](https://hipchat.example.com)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--color' '--room' '--api_version' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-hipchat-service
  switch $argv[1]
    case '--notify'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-irker-irc-gateway-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--recipients' '(required) Recipients/channels separated by whitespaces' '--default_irc_uri' 'irc://irc.network.net:6697/' '--server_host' 'localhost' '--server_port' '6659' '--colorize_messages' 'Colorize messages' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--recipients' '--default_irc_uri' '--server_host' '--server_port' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-irker-irc-gateway-service
  switch $argv[1]
    case '--colorize_messages'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-jetbrains-teamcity-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--teamcity_url' '(required) TeamCity root URL like [https://teamcity.example.com](https://teamcity.example.com)' '--build_type' '(required) Build configuration ID' '--username' '(required) A user with permissions to trigger a manual build' '--password' '(required) The password of the user' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--teamcity_url' '--build_type' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-jetbrains-teamcity-ci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-jira-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' '(required) The URL to the JIRA project which is being linked to this GitLab project, e.g., `https:/…' '--project_key' '(required) The short identifier for your JIRA project, all uppercase, e.g., `PROJ`.' '--username' '(required) The username of the user created to be used with GitLab/JIRA.' '--password' '(required) The password of the user created to be used with GitLab/JIRA.' '--jira_issue_transition_id' 'The ID of a transition that moves issues to a closed state. You can find this number under the JIRA…' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--project_key' '--username' '--password' '--jira_issue_transition_id' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-jira-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-kubernetes-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--namespace' '(required) The Kubernetes namespace to use' '--api_url' '(required) The URL to the Kubernetes cluster API, e.g., [https://kubernetes.example.com](https://ku…' '--token' '(required) The service token to authenticate against the Kubernetes cluster with' '--ca_pem' 'A custom certificate authority bundle to verify the Kubernetes cluster with (PEM format)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--namespace' '--api_url' '--token' '--ca_pem' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-kubernetes-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-mattermost-notifications-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--webhook' '(required) The Mattermost webhook. e.g. http://mattermost_host/hooks/...' '--username' 'username' '--channel' 'Default channel to use if others are not configured' '--notify_only_broken_pipelines' 'Send notifications for broken pipelines' '--notify_only_default_branch' 'Send notifications only for the default branch' '--push_events' 'Enable notifications for push events' '--issues_events' 'Enable notifications for issue events' '--confidential_issues_events' 'Enable notifications for confidential issue events' '--merge_requests_events' 'Enable notifications for merge request events' '--tag_push_events' 'Enable notifications for tag push events' '--note_events' 'Enable notifications for note events' '--pipeline_events' 'Enable notifications for pipeline events' '--wiki_page_events' 'Enable notifications for wiki page events' '--push_channel' 'The name of the channel to receive push events notifications' '--issue_channel' 'The name of the channel to receive issues events notifications' '--confidential_issue_channel' 'The name of the channel to receive confidential issues events notifications' '--merge_request_channel' 'The name of the channel to receive merge request events notifications' '--note_channel' 'The name of the channel to receive note events notifications' '--tag_push_channel' 'The name of the channel to receive tag push events notifications' '--pipeline_channel' 'The name of the channel to receive pipeline events notifications' '--wiki_page_channel' 'The name of the channel to receive wiki page events notifications' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-mattermost-notifications-service
  switch $argv[1]
    case '--notify_only_broken_pipelines'
      printf '%s\n' 'true' 'false'
    case '--notify_only_default_branch'
      printf '%s\n' 'true' 'false'
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--issues_events'
      printf '%s\n' 'true' 'false'
    case '--confidential_issues_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--note_events'
      printf '%s\n' 'true' 'false'
    case '--pipeline_events'
      printf '%s\n' 'true' 'false'
    case '--wiki_page_events'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-mattermost-slash-command-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) The Mattermost token' '--username' 'The username to use to post the message' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--username' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-mattermost-slash-command-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-microsoft-teams-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--webhook' '(required) The Microsoft Teams webhook. e.g. [https://outlook.office.com/webhook/](https://outlook.…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-microsoft-teams-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-mockci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--mock_service_url' '(required) [http://localhost:4004](http://localhost:4004)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--mock_service_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-mockci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-packagist-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--username' '(required) username' '--token' '(required) token' '--server' 'server' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--username' '--token' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-packagist-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-pipeline-emails-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--recipients' '(required) Comma-separated list of recipient email addresses' '--add_pusher' 'Add pusher to recipients list' '--notify_only_broken_pipelines' 'Notify only broken pipelines' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-pipeline-emails-service
  switch $argv[1]
    case '--add_pusher'
      printf '%s\n' 'true' 'false'
    case '--notify_only_broken_pipelines'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-pivotaltracker-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) The PivotalTracker token' '--restrict_to_branch' 'Comma-separated list of branches which will be automatically inspected. Leave blank to include all …' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-pivotaltracker-service
  switch $argv[1]
    case '--restrict_to_branch'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-prometheus-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--api_url' '(required) Prometheus API Base URL, like [http://prometheus.example.com/](http://prometheus.example…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--api_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-prometheus-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-pushover-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--api_key' '(required) Your application key' '--user_key' '(required) Your user key' '--priority' '(required) The priority' '--device' 'Leave blank for all active devices' '--sound' 'The sound of the notification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--api_key' '--user_key' '--priority' '--device' '--sound' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-pushover-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-redmine-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--new_issue_url' '(required) New Issue url' '--project_url' '(required) Project url' '--issues_url' '(required) Issue url' '--description' 'Description' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--new_issue_url' '--project_url' '--issues_url' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-redmine-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-slack-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--webhook' '(required) [https://hooks.slack.com/services/](https://hooks.slack.com/services/)...' '--username' 'username' '--channel' 'Default channel to use if others are not configured' '--notify_only_broken_pipelines' 'Send notifications for broken pipelines' '--notify_only_default_branch' 'Send notifications only for the default branch' '--push_events' 'Enable notifications for push events' '--issues_events' 'Enable notifications for issue events' '--confidential_issues_events' 'Enable notifications for confidential issue events' '--merge_requests_events' 'Enable notifications for merge request events' '--tag_push_events' 'Enable notifications for tag push events' '--note_events' 'Enable notifications for note events' '--pipeline_events' 'Enable notifications for pipeline events' '--wiki_page_events' 'Enable notifications for wiki page events' '--push_channel' 'The name of the channel to receive push events notifications' '--issue_channel' 'The name of the channel to receive issues events notifications' '--confidential_issue_channel' 'The name of the channel to receive confidential issues events notifications' '--merge_request_channel' 'The name of the channel to receive merge request events notifications' '--note_channel' 'The name of the channel to receive note events notifications' '--tag_push_channel' 'The name of the channel to receive tag push events notifications' '--pipeline_channel' 'The name of the channel to receive pipeline events notifications' '--wiki_page_channel' 'The name of the channel to receive wiki page events notifications' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-slack-service
  switch $argv[1]
    case '--notify_only_broken_pipelines'
      printf '%s\n' 'true' 'false'
    case '--notify_only_default_branch'
      printf '%s\n' 'true' 'false'
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--issues_events'
      printf '%s\n' 'true' 'false'
    case '--confidential_issues_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--note_events'
      printf '%s\n' 'true' 'false'
    case '--pipeline_events'
      printf '%s\n' 'true' 'false'
    case '--wiki_page_events'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-edit-slack-slash-command-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--token' '(required) The Slack token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-edit-slack-slash-command-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-environment
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the environment' '--external_url' 'Place to link to for this environment' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-environment
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-file-in-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--branch' '(required) Name of the branch' '--content' '(required) File content' '--commit_message' '(required) Commit message' '--start_branch' 'Name of the branch to start the new commit from' '--encoding' 'Change encoding to \'base64\'. Default is text.' '--author_email' 'Specify the commit author\'s email address' '--author_name' 'Specify the commit author\'s name' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-file-in-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-forked-from-to-relation-between-existing-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--forked_from_id' '(required) The ID of the project that was forked from Type as documented: ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--forked_from_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-forked-from-to-relation-between-existing-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-impersonation-token
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The ID of the user' '--name' '(required) The name of the impersonation token' '--scopes' '(required) The array of scopes of the impersonation token (`api`, `read_user`)' '--expires_at' 'The expiration date of the impersonation token in ISO format (`YYYY-MM-DD`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--name' '--scopes' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-impersonation-token
  switch $argv[1]
    case '--scopes'
      printf '%s\n' 'api' 'read_user'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-issue-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-issue-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-issue-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--body' '(required) The content of a note' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-issue-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-label
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the label' '--color' '(required) The color of the label given in 6-digit hex notation with leading \'#\' sign (e.g. #FFAABB…' '--description' 'The description of the label' '--priority' 'The priority of the label. Must be greater or equal than zero or `null` to remove the priority.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-label
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-merge-request-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--body' '(required) The content of a discussion' '--position' '(required) Position when creating a diff note' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-merge-request-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-merge-request-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--body' '(required) The content of a note' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-merge-request-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-milestone-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--title' '(required) The title of a milestone' '--description' 'The description of the milestone' '--due_date' 'The due date of the milestone' '--start_date' 'The start date of the milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-milestone-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-milestone-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--title' '(required) The title of a milestone' '--description' 'The description of the milestone' '--due_date' 'The due date of the milestone' '--start_date' 'The start date of the milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-milestone-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-mr
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--source_branch' '(required) The source branch' '--target_branch' '(required) The target branch' '--title' '(required) Title of MR' '--assignee_id' 'Assignee user ID' '--description' 'Description of MR' '--target_project_id' 'The target project (numeric id)' '--labels' 'Labels for MR as a comma-separated list' '--milestone_id' 'The global ID of a milestone' '--remove_source_branch' 'Flag indicating if a merge request should remove the source branch when merging' '--allow_collaboration' 'Allow commits from members who can merge to the target branch' '--allow_maintainer_to_push' 'Deprecated, see allow_collaboration' '--squash' 'Squash commits into a single commit when merging' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--source_branch' '--target_branch' '--title' '--assignee_id' '--description' '--target_project_id' '--labels' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-mr
  switch $argv[1]
    case '--remove_source_branch'
      printf '%s\n' 'true' 'false'
    case '--allow_collaboration'
      printf '%s\n' 'true' 'false'
    case '--allow_maintainer_to_push'
      printf '%s\n' 'true' 'false'
    case '--squash'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-pages-domain
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--domain' '(required) The domain' '--certificate' 'The certificate in PEM format with intermediates following in most specific to least specific order.' '--key' 'The certificate key in PEM format.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-pages-domain
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-pipeline
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--ref' '(required) Reference to commit' '--variables' 'An array containing the variables available in the pipeline, matching the structure [{ \'key\' => \'UP…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--ref' '--variables' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-pipeline
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-pipeline-schedule
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--description' '(required) The description of pipeline schedule' '--ref' '(required) The branch/tag name will be triggered' '--cron' '(required) The cron (e.g. `0 1 * * *`) ([Cron syntax](https://en.wikipedia.org/wiki/Cron))' '--cron_timezone' 'The timezone supported by `ActiveSupport::TimeZone` (e.g. `Pacific Time (US & Canada)`) (default: `…' '--active' 'The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initia…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-pipeline-schedule
  switch $argv[1]
    case '--active'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-pipeline-schedule-variable
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--key' '(required) The `key` of a variable; must have no more than 255 characters; only `A-Z`, `a-z`, `0-9`…' '--value' '(required) The `value` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-pipeline-schedule-variable
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--name' 'The name of the new project. Equals path if not provided. Required: yes if path is not provided' '--path' 'Repository name for new project. Generated based on name if not provided (generated lowercased with…' '--namespace_id' 'Namespace for the new project (defaults to the current user\'s namespace)' '--description' 'Short project description' '--issues_enabled' 'Enable issues for this project' '--merge_requests_enabled' 'Enable merge requests for this project' '--jobs_enabled' 'Enable jobs for this project' '--wiki_enabled' 'Enable wiki for this project' '--snippets_enabled' 'Enable snippets for this project' '--resolve_outdated_diff_discussions' 'Automatically resolve merge request diffs discussions on lines changed with a push' '--container_registry_enabled' 'Enable container registry for this project' '--shared_runners_enabled' 'Enable shared runners for this project' '--visibility' 'See [project visibility level](https://docs.gitlab.com/ee/api/projects.html#project-visibility-leve…' '--import_url' 'URL to import repository from' '--public_jobs' 'If `true`, jobs can be viewed by non-project-members' '--only_allow_merge_if_pipeline_succeeds' 'Set whether merge requests can only be merged with successful jobs' '--only_allow_merge_if_all_discussions_are_resolved' 'Set whether merge requests can only be merged when all the discussions are resolved' '--merge_method' 'Set the merge method used' '--lfs_enabled' 'Enable LFS' '--request_access_enabled' 'Allow users to request member access' '--tag_list' 'The list of tags for a project; put array of tags, that should be finally assigned to a project' '--avatar' 'Image file for avatar of the project Type as documented: mixed' '--printing_merge_request_link_enabled' 'Show link to create/view merge request when pushing from the command line' '--ci_config_path' 'The path to CI config file' '--initialize_with_readme' '`false` by default' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--name' '--path' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-project
  switch $argv[1]
    case '--issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--jobs_enabled'
      printf '%s\n' 'true' 'false'
    case '--wiki_enabled'
      printf '%s\n' 'true' 'false'
    case '--snippets_enabled'
      printf '%s\n' 'true' 'false'
    case '--resolve_outdated_diff_discussions'
      printf '%s\n' 'true' 'false'
    case '--container_registry_enabled'
      printf '%s\n' 'true' 'false'
    case '--shared_runners_enabled'
      printf '%s\n' 'true' 'false'
    case '--public_jobs'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_pipeline_succeeds'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_all_discussions_are_resolved'
      printf '%s\n' 'true' 'false'
    case '--lfs_enabled'
      printf '%s\n' 'true' 'false'
    case '--request_access_enabled'
      printf '%s\n' 'true' 'false'
    case '--printing_merge_request_link_enabled'
      printf '%s\n' 'true' 'false'
    case '--initialize_with_readme'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-project-for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The user ID of the project owner' '--name' '(required) The name of the new project' '--path' 'Custom repository name for new project. By default generated based on name' '--default_branch' '`master` by default' '--namespace_id' 'Namespace for the new project (defaults to the current user\'s namespace)' '--description' 'Short project description' '--issues_enabled' 'Enable issues for this project' '--merge_requests_enabled' 'Enable merge requests for this project' '--jobs_enabled' 'Enable jobs for this project' '--wiki_enabled' 'Enable wiki for this project' '--snippets_enabled' 'Enable snippets for this project' '--resolve_outdated_diff_discussions' 'Automatically resolve merge request diffs discussions on lines changed with a push' '--container_registry_enabled' 'Enable container registry for this project' '--shared_runners_enabled' 'Enable shared runners for this project' '--visibility' 'See [project visibility level](https://docs.gitlab.com/ee/api/projects.html#project-visibility-leve…' '--import_url' 'URL to import repository from' '--public_jobs' 'If `true`, jobs can be viewed by non-project-members' '--only_allow_merge_if_pipeline_succeeds' 'Set whether merge requests can only be merged with successful jobs' '--only_allow_merge_if_all_discussions_are_resolved' 'Set whether merge requests can only be merged when all the discussions are resolved' '--merge_method' 'Set the merge method used' '--lfs_enabled' 'Enable LFS' '--request_access_enabled' 'Allow users to request member access' '--tag_list' 'The list of tags for a project; put array of tags, that should be finally assigned to a project' '--avatar' 'Image file for avatar of the project Type as documented: mixed' '--printing_merge_request_link_enabled' 'Show link to create/view merge request when pushing from the command line' '--ci_config_path' 'The path to CI config file' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--name' '--path' '--default_branch' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-project-for-user
  switch $argv[1]
    case '--issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--jobs_enabled'
      printf '%s\n' 'true' 'false'
    case '--wiki_enabled'
      printf '%s\n' 'true' 'false'
    case '--snippets_enabled'
      printf '%s\n' 'true' 'false'
    case '--resolve_outdated_diff_discussions'
      printf '%s\n' 'true' 'false'
    case '--container_registry_enabled'
      printf '%s\n' 'true' 'false'
    case '--shared_runners_enabled'
      printf '%s\n' 'true' 'false'
    case '--public_jobs'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_pipeline_succeeds'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_all_discussions_are_resolved'
      printf '%s\n' 'true' 'false'
    case '--lfs_enabled'
      printf '%s\n' 'true' 'false'
    case '--request_access_enabled'
      printf '%s\n' 'true' 'false'
    case '--printing_merge_request_link_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-project-trigger
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--description' '(required) The trigger name' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-project-trigger
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-release
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--tag_name' '(required) The name of a tag' '--description' '(required) Release notes with markdown support' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-release
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-repository-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) The name of the branch' '--ref' '(required) The branch name or commit SHA to create branch from' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-repository-branch
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-snippet
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--title' '(required) The title of a snippet' '--file_name' '(required) The name of a snippet file' '--content' '(required) The content of a snippet' '--description' 'The description of a snippet' '--visibility' 'The snippet\'s visibility' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--title' '--file_name' '--content' '--description' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-snippet
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-snippet-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--body' '(required) The content of a discussion' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z (requires admin or project/group ow…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-snippet-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-snippet-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a snippet' '--body' '(required) The content of a note' '--created_at' 'Date time string, ISO 8601 formatted, e.g. 2016-03-11T03:45:40Z' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-snippet-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-snippet-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--title' '(required) The title of a snippet' '--file_name' '(required) The name of a snippet file' '--code' '(required) The content of a snippet' '--visibility' '(required) The snippet\'s visibility' '--description' 'The description of a snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--file_name' '--code' '--visibility' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-snippet-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-tag
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--tag_name' '(required) The name of a tag' '--ref' '(required) Create tag using commit SHA, another tag name, or branch name.' '--message' 'Creates annotated tag.' '--release_description' 'Add release notes to the git tag and store it in the GitLab database.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--tag_name' '--ref' '--message' '--release_description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-tag
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-todo-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-todo-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-todo-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-todo-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-variable-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/READ…' '--key' '(required) The `key` of a variable; must have no more than 255 characters; only `A-Z`, `a-z`, `0-9`…' '--value' '(required) The `value` of a variable' '--protected' 'Whether the variable is protected' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-variable-groups
  switch $argv[1]
    case '--protected'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-variable-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project or [urlencoded NAMESPACE/PROJECT_NAME of the project](https://docs.g…' '--key' '(required) The `key` of a variable; must have no more than 255 characters; only `A-Z`, `a-z`, `0-9`…' '--value' '(required) The `value` of a variable' '--protected' 'Whether the variable is protected' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-variable-projects
  switch $argv[1]
    case '--protected'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_create-wiki-page
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--content' '(required) The content of the wiki page' '--title' '(required) The title of the wiki page' '--format' 'The format of the wiki page. Available formats are: `markdown` (default), `rdoc`, and `asciidoc`' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_create-wiki-page
  switch $argv[1]
    case '--format'
      printf '%s\n' 'markdown' 'rdoc' 'asciidoc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_delete-application
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The id of the application (not the application_id)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-application
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-asana-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-asana-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-assembla-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-assembla-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-atlassian-bamboo-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-atlassian-bamboo-ci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-award-emoji-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of an issue' '--award_id' '(required) The ID of an award_emoji' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-award-emoji-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-award-emoji-issues-notes
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of an issue' '--note_id' '(required) The ID of a note' '--award_id' '(required) The ID of an award_emoji' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-award-emoji-issues-notes
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-award-emoji-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) merge_request_iid' '--award_id' '(required) The ID of an award_emoji' '--issue_iid' '(required) The internal ID of an issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-award-emoji-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-award-emoji-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) snippet_id' '--award_id' '(required) The ID of an award_emoji' '--issue_iid' '(required) The internal ID of an issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-award-emoji-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-board-list-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-board-list-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-board-list-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-board-list-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-broadcast-message
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) Broadcast message ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-broadcast-message
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-bugzilla-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-bugzilla-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-buildkite-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-buildkite-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-campfire-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-campfire-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-commit-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-commit-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-custom-attribute-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-custom-attribute-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-custom-attribute-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-custom-attribute-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-custom-attribute-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-custom-attribute-users
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-custom-issue-tracker-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-custom-issue-tracker-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-deploy-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--key_id' '(required) The ID of the deploy key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-deploy-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-drone-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-drone-ci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-email-for-current-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--email_id' '(required) email ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-email-for-current-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-email-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--email_id' '(required) email ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-email-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-emails-on-push-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-emails-on-push-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-environment
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--environments_id' '(required) The ID of the environment' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--environments_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-environment
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-existing-file-in-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--branch' '(required) Name of the branch' '--commit_message' '(required) Commit message' '--start_branch' 'Name of the branch to start the new commit from' '--author_email' 'Specify the commit author\'s email address' '--author_name' 'Specify the commit author\'s name' '--last_commit_id' 'Last known file commit id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--branch' '--commit_message' '--start_branch' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-existing-file-in-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-existing-forked-from-relationship
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-existing-forked-from-relationship
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-external-wiki-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-external-wiki-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-feature
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--name' '(required) name' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-feature
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-flowdock-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-flowdock-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-gpg-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key_id' '(required) The ID of the GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-gpg-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-gpg-key-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the user' '--key_id' '(required) The ID of the GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-gpg-key-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-group-milestone
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--milestone_id' '(required) The ID of the group\'s milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-group-milestone
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-hangouts-chat-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-hangouts-chat-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-hipchat-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-hipchat-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-irker-irc-gateway-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-irker-irc-gateway-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-issue-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-issue-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-issue-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--note_id' '(required) The ID of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-issue-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-jetbrains-teamcity-ci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-jetbrains-teamcity-ci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-jira-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-jira-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-kubernetes-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-kubernetes-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-label
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the label' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-label
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-mattermost-notifications-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-mattermost-notifications-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-mattermost-slash-command-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-mattermost-slash-command-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-merge-request-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-merge-request-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-merge-request-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--note_id' '(required) The ID of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-merge-request-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-merged-branches
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-merged-branches
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-microsoft-teams-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-microsoft-teams-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-mockci-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-mockci-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-packagist-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-packagist-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pages-domain
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--domain' '(required) The domain' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pages-domain
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pipeline-emails-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pipeline-emails-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pipeline-schedule
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pipeline-schedule
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pipeline-schedule-variable
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--key' '(required) The `key` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pipeline-schedule-variable
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pivotaltracker-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pivotaltracker-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-project-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--hook_id' '(required) The ID of the project hook' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-project-hook
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-project-milestone
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--milestone_id' '(required) The ID of the project\'s milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-project-milestone
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-prometheus-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-prometheus-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-pushover-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-pushover-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-redmine-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-redmine-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-registered-runner
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--token' '(required) Runner\'s authentication token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-registered-runner
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-repository-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) The name of the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-repository-branch
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-shared-project-link-within-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--group_id' '(required) The ID of the group' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--group_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-shared-project-link-within-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-slack-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-slack-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-slack-slash-command-service
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-slack-slash-command-service
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-snippet
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-snippet
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-snippet-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-snippet-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-snippet-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a snippet' '--note_id' '(required) The ID of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-snippet-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-snippet-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project\'s snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-snippet-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-ssh-key-for-current-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key_id' '(required) SSH key ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-ssh-key-for-current-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-ssh-key-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--key_id' '(required) SSH key ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-ssh-key-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-system-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the hook' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-system-hook
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-tag
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--tag_name' '(required) The name of a tag' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-tag
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_delete-wiki-page
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--slug' '(required) The slug (a unique string) of the wiki page' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--slug' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_delete-wiki-page
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_deny-access-request-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--user_id' '(required) The user ID of the access requester' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_deny-access-request-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_deny-access-request-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--user_id' '(required) The user ID of the access requester' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_deny-access-request-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_details-of-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--with_projects' 'Include details from projects that belong to the specified group (defaults to `true`).' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_details-of-group
  switch $argv[1]
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--with_projects'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_disable-runner-from-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--runner_id' '(required) The ID of a runner' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_disable-runner-from-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_download-artifact-file
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The unique job identifier' '--artifact_path' '(required) Path to a file inside the artifacts archive' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--artifact_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_download-artifact-file
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_download-artifacts-archive
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--ref_name' '(required) The ref from a repository (can only be branch or tag name, not HEAD or SHA)' '--job' '(required) The name of the job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--ref_name' '--job' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_download-artifacts-archive
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_download-snapshot-of-git-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--wiki' 'Whether to download the wiki, rather than project, repository' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_download-snapshot-of-git-repository
  switch $argv[1]
    case '--wiki'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_edit-badge-of-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--badge_id' '(required) The badge ID' '--link_url' 'URL of the badge link' '--image_url' 'URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-badge-of-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-badge-of-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--badge_id' '(required) The badge ID' '--link_url' 'URL of the badge link' '--image_url' 'URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-badge-of-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-board-list-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--position' '(required) The position of the list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-board-list-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-board-list-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--position' '(required) The position of the list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-board-list-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-existing-environment
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--environments_id' '(required) environments_id' '--environment_id' '(required) The ID of the environment' '--name' 'The new name of the environment' '--external_url' 'The new external_url' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--environments_id' '--environment_id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-existing-environment
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-existing-label
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the existing label' '--new_name' 'The new name of the label Required: yes if `color` is not provided' '--color' 'The color of the label given in 6-digit hex notation with leading \'#\' sign (e.g. #FFAABB) or one of…' '--description' 'The new description of the label' '--priority' 'The new priority of the label. Must be greater or equal than zero or `null` to remove the priority.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--new_name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-existing-label
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-existing-wiki-page
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--slug' '(required) The slug (a unique string) of the wiki page' '--content' 'The content of the wiki page Required: yes if `title` is not provided' '--title' 'The title of the wiki page Required: yes if `content` is not provided' '--format' 'The format of the wiki page. Available formats are: `markdown` (default), `rdoc`, and `asciidoc`' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--slug' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-existing-wiki-page
  switch $argv[1]
    case '--format'
      printf '%s\n' 'markdown' 'rdoc' 'asciidoc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--title' 'The title of an issue' '--description' 'The description of an issue' '--confidential' 'Updates an issue to be confidential' '--assignee_ids' 'The ID of the user(s) to assign the issue to. Set to `0` or provide an empty value to unassign all …' '--milestone_id' 'The global ID of a milestone to assign the issue to. Set to `0` or provide an empty value to unassi…' '--labels' 'Comma-separated label names for an issue. Set to an empty string to unassign all labels.' '--state_event' 'The state event of an issue. Set `close` to close the issue and `reopen` to reopen it' '--updated_at' 'Date time string, ISO 8601 formatted, e.g. `2016-03-11T03:45:40Z` (requires admin or project owner …' '--due_date' 'Date time string in the format YEAR-MONTH-DAY, e.g. `2016-03-11`' '--discussion_locked' 'Flag indicating if the issue\'s discussion is locked. If the discussion is locked only project membe…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--title' '--description' '--assignee_ids' '--milestone_id' '--labels' '--state_event' '--updated_at' '--due_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-issue
  switch $argv[1]
    case '--confidential'
      printf '%s\n' 'true' 'false'
    case '--discussion_locked'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-member-of-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--access_level' '(required) A valid access level' '--expires_at' 'A date string in the format YEAR-MONTH-DAY' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-member-of-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-member-of-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--access_level' '(required) A valid access level' '--expires_at' 'A date string in the format YEAR-MONTH-DAY' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-member-of-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-milestone-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--milestone_id' '(required) The ID of a group milestone' '--title' 'The title of a milestone' '--description' 'The description of a milestone' '--due_date' 'The due date of the milestone' '--start_date' 'The start date of the milestone' '--state_event' 'The state event of the milestone (close|activate)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-milestone-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-milestone-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--milestone_id' '(required) The ID of a project milestone' '--title' 'The title of a milestone' '--description' 'The description of a milestone' '--due_date' 'The due date of the milestone' '--start_date' 'The start date of the milestone' '--state_event' 'The state event of the milestone (close|activate)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-milestone-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-pipeline-schedule
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--description' 'The description of pipeline schedule' '--ref' 'The branch/tag name will be triggered' '--cron' 'The cron (e.g. `0 1 * * *`) ([Cron syntax](https://en.wikipedia.org/wiki/Cron))' '--cron_timezone' 'The timezone supported by `ActiveSupport::TimeZone` (e.g. `Pacific Time (US & Canada)`) or `TZInfo:…' '--active' 'The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initia…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-pipeline-schedule
  switch $argv[1]
    case '--active'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-pipeline-schedule-variable
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--key' '(required) The `key` of a variable' '--value' '(required) The `value` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-pipeline-schedule-variable
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' 'The name of the project' '--path' 'Custom repository name for the project. By default generated based on name' '--default_branch' '`master` by default' '--description' 'Short project description' '--issues_enabled' 'Enable issues for this project' '--merge_requests_enabled' 'Enable merge requests for this project' '--jobs_enabled' 'Enable jobs for this project' '--wiki_enabled' 'Enable wiki for this project' '--snippets_enabled' 'Enable snippets for this project' '--resolve_outdated_diff_discussions' 'Automatically resolve merge request diffs discussions on lines changed with a push' '--container_registry_enabled' 'Enable container registry for this project' '--shared_runners_enabled' 'Enable shared runners for this project' '--visibility' 'See [project visibility level](https://docs.gitlab.com/ee/api/projects.html#project-visibility-leve…' '--import_url' 'URL to import repository from' '--public_jobs' 'If `true`, jobs can be viewed by non-project-members' '--only_allow_merge_if_pipeline_succeeds' 'Set whether merge requests can only be merged with successful jobs' '--only_allow_merge_if_all_discussions_are_resolved' 'Set whether merge requests can only be merged when all the discussions are resolved' '--merge_method' 'Set the merge method used' '--lfs_enabled' 'Enable LFS' '--request_access_enabled' 'Allow users to request member access' '--tag_list' 'The list of tags for a project; put array of tags, that should be finally assigned to a project' '--avatar' 'Image file for avatar of the project Type as documented: mixed' '--ci_config_path' 'The path to CI config file' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--path' '--default_branch' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-project
  switch $argv[1]
    case '--issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--jobs_enabled'
      printf '%s\n' 'true' 'false'
    case '--wiki_enabled'
      printf '%s\n' 'true' 'false'
    case '--snippets_enabled'
      printf '%s\n' 'true' 'false'
    case '--resolve_outdated_diff_discussions'
      printf '%s\n' 'true' 'false'
    case '--container_registry_enabled'
      printf '%s\n' 'true' 'false'
    case '--shared_runners_enabled'
      printf '%s\n' 'true' 'false'
    case '--public_jobs'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_pipeline_succeeds'
      printf '%s\n' 'true' 'false'
    case '--only_allow_merge_if_all_discussions_are_resolved'
      printf '%s\n' 'true' 'false'
    case '--lfs_enabled'
      printf '%s\n' 'true' 'false'
    case '--request_access_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_edit-project-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--hook_id' '(required) The ID of the project hook' '--url' '(required) The hook URL' '--push_events' 'Trigger hook on push events' '--push_events_branch_filter' 'Trigger hook on push events for matching branches only' '--issues_events' 'Trigger hook on issues events' '--confidential_issues_events' 'Trigger hook on confidential issues events' '--merge_requests_events' 'Trigger hook on merge requests events' '--tag_push_events' 'Trigger hook on tag push events' '--note_events' 'Trigger hook on note events' '--job_events' 'Trigger hook on job events' '--pipeline_events' 'Trigger hook on pipeline events' '--wiki_events' 'Trigger hook on wiki events' '--enable_ssl_verification' 'Do SSL verification when triggering the hook' '--token' 'Secret token to validate received payloads; this will not be returned in the response' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--hook_id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_edit-project-hook
  switch $argv[1]
    case '--push_events'
      printf '%s\n' 'true' 'false'
    case '--issues_events'
      printf '%s\n' 'true' 'false'
    case '--confidential_issues_events'
      printf '%s\n' 'true' 'false'
    case '--merge_requests_events'
      printf '%s\n' 'true' 'false'
    case '--tag_push_events'
      printf '%s\n' 'true' 'false'
    case '--note_events'
      printf '%s\n' 'true' 'false'
    case '--job_events'
      printf '%s\n' 'true' 'false'
    case '--pipeline_events'
      printf '%s\n' 'true' 'false'
    case '--wiki_events'
      printf '%s\n' 'true' 'false'
    case '--enable_ssl_verification'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_enable-deploy-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--key_id' '(required) The ID of the deploy key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_enable-deploy-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_enable-runner-in-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--runner_id' '(required) The ID of a runner' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_enable-runner-in-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_erase-job
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_erase-job
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_explore-all-public-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--per_page' 'number of snippets to return per page' '--page' 'the page to retrieve' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--per_page' '--page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_explore-all-public-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_export-download
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_export-download
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_export-status
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_export-status
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_for-normal-users-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--sudo' 'the ID of a user to make the call in their place' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--sudo' '--url' '--token' '--oauth-token' '--job-token' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_for-normal-users-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_for-normal-users-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--search' 'You can also search for users by email or username with: `/users?search=John`' '--order_by' 'Return projects ordered by `id`, `name`, `username`, `created_at`, or `updated_at` fields. Default …' '--sort' 'Return projects sorted in `asc` or `desc` order. Default is `desc`' '--two_factor' 'Filter users by Two-factor authentication. Filter values are `enabled` or `disabled`. By default it…' '--external' 'You can search for users who are external with: `/users?external=true`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--search' '--order_by' '--sort' '--two_factor' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_for-normal-users-users
  switch $argv[1]
    case '--order_by'
      printf '%s\n' 'id' 'name' 'username' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--two_factor'
      printf '%s\n' 'enabled' 'disabled'
    case '--external'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a user' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_for-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_fork-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--namespace' '(required) The ID or path of the namespace that the project will be forked to' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_fork-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_get-all-broadcast-messages
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-broadcast-messages
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-impersonation-tokens-of-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The ID of the user' '--state' 'filter tokens based on state (`all`, `active`, `inactive`)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--state' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-impersonation-tokens-of-user
  switch $argv[1]
    case '--state'
      printf '%s\n' 'all' 'active' 'inactive'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-issues-assigned-to-milestone-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--milestone_id' '(required) The ID of a group milestone' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-issues-assigned-to-milestone-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-issues-assigned-to-milestone-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--milestone_id' '(required) The ID of a project milestone' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-issues-assigned-to-milestone-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-merge-requests-assigned-to-milestone-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--milestone_id' '(required) The ID of a group milestone' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-merge-requests-assigned-to-milestone-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-merge-requests-assigned-to-milestone-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--milestone_id' '(required) The ID of a project milestone' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-merge-requests-assigned-to-milestone-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-pipeline-schedules
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--scope' 'The scope of pipeline schedules, one of: `active`, `inactive`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-pipeline-schedules
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'active' 'inactive'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-all-templates-of-particular-type
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--type' '(required) The type `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` of the template' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-all-templates-of-particular-type
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-asana-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-asana-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-assembla-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-assembla-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-atlassian-bamboo-ci-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-atlassian-bamboo-ci-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-avatar-url
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--email' '(required) Public email address of the user' '--size' 'Single pixel dimension (since images are squares). Only used for avatar lookups at `Gravatar` or at…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--email' '--size' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-avatar-url
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-award-emoji-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) issue_iid' '--award_id' '(required) The ID of the award emoji' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-award-emoji-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-award-emoji-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) merge_request_iid' '--award_id' '(required) The ID of the award emoji' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-award-emoji-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-award-emoji-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) snippet_id' '--award_id' '(required) The ID of the award emoji' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-award-emoji-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-badge-of-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--badge_id' '(required) The badge ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-badge-of-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-badge-of-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--badge_id' '(required) The badge ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-badge-of-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-blob-from-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The blob SHA' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-blob-from-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-bugzilla-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-bugzilla-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-buildkite-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-buildkite-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-campfire-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-campfire-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-comments-of-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit hash or name of a repository branch or tag' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-comments-of-commit
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit hash or name of a repository branch or tag' '--stats' 'Include commit stats. Default is true' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-commit
  switch $argv[1]
    case '--stats'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-commit-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--discussion_id' '(required) The ID of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-commit-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-compound-response-of-all-previously-mentioned-metrics
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-compound-response-of-all-previously-mentioned-metrics
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-current-application-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-current-application-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-current-job-statistics
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-current-job-statistics
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-current-process-metrics
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-current-process-metrics
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-current-queue-metrics
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-current-queue-metrics
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-custom-issue-tracker-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-custom-issue-tracker-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-diff-of-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit hash or name of a repository branch or tag' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-diff-of-commit
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-drone-ci-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-drone-ci-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-emails-on-push-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-emails-on-push-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-external-wiki-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-external-wiki-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-file-archive
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' 'The commit SHA to download. A tag, branch reference or sha can be used. This defaults to the tip of…' '--format' 'The archive format. Default is `tar.gz`. Options are `tar.gz`, `tar.bz2`, `tbz`, `tbz2`, `tb2`, `bz…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-file-archive
  switch $argv[1]
    case '--format'
      printf '%s\n' 'tar.gz' 'tar.bz2' 'tbz' 'tbz2' 'tb2' 'bz2' 'tar' 'zip'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-file-from-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--ref' '(required) The name of branch, tag or commit' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-file-from-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-file-from-repository-head
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--ref' '(required) The name of branch, tag or commit' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-file-from-repository-head
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-flowdock-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-flowdock-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-hangouts-chat-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-hangouts-chat-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-hipchat-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-hipchat-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-impersonation-token-of-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The ID of the user' '--impersonation_token_id' '(required) The ID of the impersonation token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-impersonation-token-of-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-irker-irc-gateway-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-irker-irc-gateway-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-issue-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--discussion_id' '(required) The ID of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-issue-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-issue-label-event
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--resource_label_event_id' '(required) The ID of a label event' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-issue-label-event
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-issue-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of a project issue' '--note_id' '(required) The ID of an issue note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-issue-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-jetbrains-teamcity-ci-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-jetbrains-teamcity-ci-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-jira-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-jira-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-job
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-job
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-job-artifacts
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-job-artifacts
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-kubernetes-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-kubernetes-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-list-of-todos
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--action' 'The action to be filtered. Can be `assigned`, `mentioned`, `build_failed`, `marked`, `approval_requ…' '--author_id' 'The ID of an author' '--project_id' 'The ID of a project' '--group_id' 'The ID of a group' '--state' 'The state of the todo. Can be either `pending` or `done`' '--type' 'The type of a todo. Can be either `Issue` or `MergeRequest`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--action' '--author_id' '--project_id' '--group_id' '--state' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-list-of-todos
  switch $argv[1]
    case '--action'
      printf '%s\n' 'assigned' 'mentioned' 'build_failed' 'marked' 'approval_required' 'unmergeable' 'directly_addressed'
    case '--state'
      printf '%s\n' 'pending' 'done'
    case '--type'
      printf '%s\n' 'Issue' 'MergeRequest'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mattermost-notifications-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mattermost-notifications-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mattermost-slash-command-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mattermost-slash-command-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-member-of-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-member-of-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-member-of-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-member-of-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-merge-request-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--discussion_id' '(required) The ID of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-merge-request-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-merge-request-label-event
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--resource_label_event_id' '(required) The ID of a label event' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-merge-request-label-event
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-merge-request-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a project merge request' '--note_id' '(required) The ID of a merge request note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-merge-request-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-microsoft-teams-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-microsoft-teams-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-milestone-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--milestone_id' '(required) The ID of the group milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-milestone-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-milestone-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--milestone_id' '(required) The ID of the project\'s milestone' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-milestone-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mockci-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mockci-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--render_html' 'If `true` response includes rendered HTML for title and description' '--include_diverged_commits_count' 'If `true` response includes the commits behind the target branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--render_html' '--include_diverged_commits_count' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr-changes
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr-changes
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr-commits
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr-commits
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr-diff-version
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the project' '--merge_request_iid' '(required) The internal ID of the merge request' '--version_id' '(required) The ID of the merge request diff version' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--version_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr-diff-version
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr-diff-versions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the project' '--merge_request_iid' '(required) The internal ID of the merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr-diff-versions
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-mr-participants
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-mr-participants
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-namespace-by-id
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) ID or path of the namespace' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-namespace-by-id
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-notes-award-emoji
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of an issue' '--note_id' '(required) The ID of a note' '--award_id' '(required) The ID of the award emoji' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-notes-award-emoji
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-one-template-of-particular-type
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--type' '(required) The type `(dockerfiles|gitignores|gitlab_ci_ymls|licenses)` of the template' '--key' '(required) The key of the template, as obtained from the collection endpoint' '--project' 'The project name to use when expanding placeholders in the template. Only affects licenses' '--fullname' 'The full name of the copyright holder to use when expanding placeholders in the template. Only affe…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--type' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-one-template-of-particular-type
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-packagist-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-packagist-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-pipeline
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_id' '(required) The ID of a pipeline' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-pipeline
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-pipeline-emails-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-pipeline-emails-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-pipeline-schedule
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-pipeline-schedule
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-pivotaltracker-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-pivotaltracker-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--statistics' 'Include project statistics' '--license' 'Include project license data' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-project
  switch $argv[1]
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--license'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-project-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--hook_id' '(required) The ID of a project hook' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-project-hook
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-project-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--search' 'Search for specific users' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-project-users
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-prometheus-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-prometheus-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-protected-branch-or-wildcard-protected-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the branch or wildcard' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-protected-branch-or-wildcard-protected-branch
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-protected-tag-or-wildcard-protected-tag
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the tag or wildcard' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-protected-tag-or-wildcard-protected-tag
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-pushover-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-pushover-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-raw-file-from-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--ref' '(required) The name of branch, tag or commit' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-raw-file-from-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-redmine-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-redmine-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-references-commit-is-pushed-to
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit hash' '--type' 'The scope of commits. Possible values `branch`, `tag`, `all`. Default is `all`.' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-references-commit-is-pushed-to
  switch $argv[1]
    case '--type'
      printf '%s\n' 'branch' 'tag' 'all'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-repository-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) The name of the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-repository-branch
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-repository-tag
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--tag_name' '(required) The name of the tag' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-repository-tag
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-runners-details
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a runner' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-runners-details
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-slack-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-slack-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-slack-slash-command-service-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-slack-slash-command-service-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-snippet-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--discussion_id' '(required) The ID of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-snippet-discussion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-snippet-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project snippet' '--note_id' '(required) The ID of a snippet note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-snippet-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-specific-broadcast-message
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) Broadcast message ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-specific-broadcast-message
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-specific-deployment
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--deployment_id' '(required) The ID of the deployment' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--deployment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-specific-deployment
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-specific-gpg-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key_id' '(required) The ID of the GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-specific-gpg-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-specific-gpg-key-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the user' '--key_id' '(required) The ID of the GPG key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-specific-gpg-key-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-ssh-key-with-user-by-id-of-ssh-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of an SSH key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-ssh-key-with-user-by-id-of-ssh-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-status-of-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id_or_username' '(required) The id or username of the user to get a status of' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id_or_username' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-status-of-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-time-tracking-stats-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-time-tracking-stats-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-time-tracking-stats-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-time-tracking-stats-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-trace-file
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-trace-file
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-trigger-details
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--trigger_id' '(required) The trigger id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-trigger-details
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-user-activities-admin-only
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--from' 'Date string in the format YEAR-MONTH-DAY, e.g. `2016-03-11`. Defaults to 6 months ago.' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--from' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-user-activities-admin-only
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-user-agent-details-projects-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-user-agent-details-projects-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-user-agent-details-projects-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project' '--snippet_id' '(required) The ID of a snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-user-agent-details-projects-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-user-agent-details-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-user-agent-details-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-user-contribution-events
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or Username of the user' '--action' 'Include only events of a particular [action type](https://docs.gitlab.com/ee/api/events.html#action…' '--target_type' 'Include only events of a particular [target type](https://docs.gitlab.com/ee/api/events.html#target…' '--before' 'Include only events created before a particular date. Please see [here for the supported format](ht…' '--after' 'Include only events created after a particular date. Please see [here for the supported format](htt…' '--sort' 'Sort events in `asc` or `desc` order by `created_at`. Default is `desc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-user-contribution-events
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_get-wiki-page
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--slug' '(required) The slug (a unique string) of the wiki page' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--slug' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_get-wiki-page
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_global-notification-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_global-notification-settings
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_global-search-api
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--scope' '(required) The scope to search in' '--search' '(required) The search query' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_global-search-api
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_group-board
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_group-board
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_group-project-level-notification-settings-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The group/project ID or path' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_group-project-level-notification-settings-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_group-project-level-notification-settings-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The group/project ID or path' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_group-project-level-notification-settings-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_group-search-api
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--scope' '(required) The scope to search in' '--search' '(required) The search query' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_group-search-api
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_import-file
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--file' '(required) The file to be uploaded' '--path' '(required) Name and path for new project' '--namespace' 'The ID or path of the namespace that the project will be imported to. Defaults to the current user\'…' '--overwrite' 'If there is a project with the same path the import will overwrite it. Default to false' '--override_params' 'Supports all fields defined in the [Project API](https://docs.gitlab.com/ee/api/projects.html)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--file' '--path' '--namespace' '--override_params' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_import-file
  switch $argv[1]
    case '--file'
      echo file
    case '--overwrite'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_import-status
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_import-status
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_keep-artifacts
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_keep-artifacts
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_languages
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_languages
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-access-requests-for-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-access-requests-for-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-access-requests-for-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-access-requests-for-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-applications
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-applications
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-badges-of-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-badges-of-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-badges-of-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-badges-of-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-deploy-keys
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-deploy-keys
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-features
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-features
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-gpg-keys
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-gpg-keys
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-gpg-keys-for-given-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the user' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-gpg-keys-for-given-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-members-of-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--query' 'A query string to search for members' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-members-of-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-members-of-group-or-project-including-inherited-members-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--query' 'A query string to search for members' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-members-of-group-or-project-including-inherited-members-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-members-of-group-or-project-including-inherited-members-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--query' 'A query string to search for members' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-members-of-group-or-project-including-inherited-members-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-members-of-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--query' 'A query string to search for members' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-members-of-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-merge-request-notes
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a project merge request' '--sort' 'Return merge request notes sorted in `asc` or `desc` order. Default is `desc`' '--order_by' 'Return merge request notes ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-merge-request-notes
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-pages-domains
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-pages-domains
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--archived' 'Limit by archived status' '--visibility' 'Limit by visibility `public`, `internal`, or `private`' '--order_by' 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, or `last_activity_at` …' '--sort' 'Return projects sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Return list of projects matching the search criteria' '--simple' 'Return only limited fields for each project. This is a no-op without authentication as then _only_ …' '--owned' 'Limit by projects explicitly owned by the current user' '--membership' 'Limit by projects that the current user is a member of' '--starred' 'Limit by projects starred by the current user' '--statistics' 'Include project statistics' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--with_issues_enabled' 'Limit by enabled issues feature' '--with_merge_requests_enabled' 'Limit by enabled merge requests feature' '--wiki_checksum_failed' 'Limit projects where the wiki checksum calculation has failed _([Introduced](https://gitlab.com/git…' '--repository_checksum_failed' 'Limit projects where the repository checksum calculation has failed _([Introduced](https://gitlab.c…' '--min_access_level' 'Limit by current user minimal [access level](https://docs.gitlab.com/ee/api/members.html)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-projects
  switch $argv[1]
    case '--archived'
      printf '%s\n' 'true' 'false'
    case '--visibility'
      printf '%s\n' 'public' 'internal' 'private'
    case '--order_by'
      printf '%s\n' 'id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--simple'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--membership'
      printf '%s\n' 'true' 'false'
    case '--starred'
      printf '%s\n' 'true' 'false'
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--with_issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--with_merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--wiki_checksum_failed'
      printf '%s\n' 'true' 'false'
    case '--repository_checksum_failed'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-runners
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--scope' 'Deprecated: Use `type` or `status` instead. The scope of runners to show, one of: `specific`, `shar…' '--type' 'The type of runners to show, one of: `instance_type`, `group_type`, `project_type`' '--status' 'The status of runners to show, one of: `active`, `paused`, `online`, `offline`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-runners
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'specific' 'shared' 'active' 'paused' 'online' 'offline'
    case '--type'
      printf '%s\n' 'instance_type' 'group_type' 'project_type'
    case '--status'
      printf '%s\n' 'active' 'paused' 'online' 'offline'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-all-snippet-notes
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project snippet' '--sort' 'Return snippet notes sorted in `asc` or `desc` order. Default is `desc`' '--order_by' 'Return snippet notes ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-all-snippet-notes
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-awardables-award-emoji-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) issue_iid' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-awardables-award-emoji-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-awardables-award-emoji-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) merge_request_iid' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-awardables-award-emoji-merge-requests
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-awardables-award-emoji-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) snippet_id' '--awardable_id' '(required) The ID (`iid` for merge requests/issues, `id` for snippets) of an awardable' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-awardables-award-emoji-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-board-lists-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-board-lists-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-board-lists-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-board-lists-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-currently-authenticated-users-events
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--action' 'Include only events of a particular [action type](https://docs.gitlab.com/ee/api/events.html#action…' '--target_type' 'Include only events of a particular [target type](https://docs.gitlab.com/ee/api/events.html#target…' '--before' 'Include only events created before a particular date. Please see [here for the supported format](ht…' '--after' 'Include only events created after a particular date. Please see [here for the supported format](htt…' '--sort' 'Sort events in `asc` or `desc` order by `created_at`. Default is `desc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-currently-authenticated-users-events
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-custom-attributes-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-custom-attributes-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-custom-attributes-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-custom-attributes-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-custom-attributes-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-custom-attributes-users
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-dockerfile-templates
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-dockerfile-templates
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-emails
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-emails
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-emails-for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-emails-for-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-environments
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-environments
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-forks-of-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--archived' 'Limit by archived status' '--visibility' 'Limit by visibility `public`, `internal`, or `private`' '--order_by' 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, or `last_activity_at` …' '--sort' 'Return projects sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Return list of projects matching the search criteria' '--simple' 'Return only limited fields for each project. This is a no-op without authentication as then _only_ …' '--owned' 'Limit by projects explicitly owned by the current user' '--membership' 'Limit by projects that the current user is a member of' '--starred' 'Limit by projects starred by the current user' '--statistics' 'Include project statistics' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--with_issues_enabled' 'Limit by enabled issues feature' '--with_merge_requests_enabled' 'Limit by enabled merge requests feature' '--min_access_level' 'Limit by current user minimal [access level](https://docs.gitlab.com/ee/api/members.html)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-forks-of-project
  switch $argv[1]
    case '--archived'
      printf '%s\n' 'true' 'false'
    case '--visibility'
      printf '%s\n' 'public' 'internal' 'private'
    case '--order_by'
      printf '%s\n' 'id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--simple'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--membership'
      printf '%s\n' 'true' 'false'
    case '--starred'
      printf '%s\n' 'true' 'false'
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--with_issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--with_merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-gitignore-templates
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-gitignore-templates
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-gitlab-ci-yml-templates
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-gitlab-ci-yml-templates
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-group-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--state' 'Return all issues or just those that are `opened` or `closed`' '--labels' 'Comma-separated list of label names, issues must have all labels to be returned. `No+Label` lists a…' '--iids' 'Return only the issues having the given `iid`' '--milestone' 'The milestone title. `None` lists all issues with no milestone. `Any` lists all issues that have an…' '--scope' 'Return issues for the given scope: `created_by_me`, `assigned_to_me` or `all`. For versions before …' '--author_id' 'Return issues created by the given user `id` _([Introduced](https://gitlab.com/gitlab-org/gitlab-ce…' '--assignee_id' 'Return issues assigned to the given user `id`. `None` returns unassigned issues. `Any` returns issu…' '--my_reaction_emoji' 'Return issues reacted by the authenticated user by the given `emoji`. `None` returns issues not giv…' '--order_by' 'Return issues ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return issues sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Search group issues against their `title` and `description`' '--created_after' 'Return issues created on or after the given time' '--created_before' 'Return issues created on or before the given time' '--updated_after' 'Return issues updated on or after the given time' '--updated_before' 'Return issues updated on or before the given time' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--state' '--labels' '--iids' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-group-issues
  switch $argv[1]
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed'
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-group-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group' '--state' 'Return all merge requests or just those that are `opened`, `closed`, `locked`, or `merged`' '--order_by' 'Return merge requests ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return merge requests sorted in `asc` or `desc` order. Default is `desc`' '--milestone' 'Return merge requests for a specific milestone. `None` returns merge requests with no milestone. `A…' '--view' 'If `simple`, returns the `iid`, URL, title, description, and basic state of merge request' '--labels' 'Return merge requests matching a comma separated list of labels' '--created_after' 'Return merge requests created on or after the given time' '--created_before' 'Return merge requests created on or before the given time' '--updated_after' 'Return merge requests updated on or after the given time' '--updated_before' 'Return merge requests updated on or before the given time' '--scope' 'Return merge requests for the given scope: `created_by_me`, `assigned_to_me` or `all`.' '--author_id' 'Returns merge requests created by the given user `id` _([Introduced](https://gitlab.com/gitlab-org/…' '--assignee_id' 'Returns merge requests assigned to the given user `id`. `None` returns unassigned merge requests. `…' '--my_reaction_emoji' 'Return merge requests reacted by the authenticated user by the given `emoji`. `None` returns issues…' '--source_branch' 'Return merge requests with the given source branch' '--target_branch' 'Return merge requests with the given target branch' '--search' 'Search merge requests against their `title` and `description`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-group-merge-requests
  switch $argv[1]
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed' 'locked' 'merged'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-group-milestones
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--iids' 'Return only the milestones having the given `iid`' '--state' 'Return only `active` or `closed` milestones' '--search' 'Return only milestones with a title or description matching the provided string' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-group-milestones
  switch $argv[1]
    case '--state'
      printf '%s\n' 'active' 'closed'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-group-variables
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/READ…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-group-variables
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--skip_groups' 'Skip the group IDs passed' '--all_available' 'Show all the groups you have access to (defaults to `false` for authenticated users, `true` for adm…' '--search' 'Return the list of authorized groups matching the search criteria' '--order_by' 'Order groups by `name`, `path` or `id`. Default is `name`' '--sort' 'Order groups in `asc` or `desc` order. Default is `asc`' '--statistics' 'Include group statistics (admins only)' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--owned' 'Limit to groups explicitly owned by the current user' '--min_access_level' 'Limit to groups where current user has at least this [access level](https://docs.gitlab.com/ee/api/…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-groups
  switch $argv[1]
    case '--all_available'
      printf '%s\n' 'true' 'false'
    case '--order_by'
      printf '%s\n' 'name' 'path' 'id'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-groups-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--archived' 'Limit by archived status' '--visibility' 'Limit by visibility `public`, `internal`, or `private`' '--order_by' 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, or `last_activity_at` …' '--sort' 'Return projects sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Return list of authorized projects matching the search criteria' '--simple' 'Return only the ID, URL, name, and path of each project' '--owned' 'Limit by projects owned by the current user' '--starred' 'Limit by projects starred by the current user' '--with_issues_enabled' 'Limit by enabled issues feature' '--with_merge_requests_enabled' 'Limit by enabled merge requests feature' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--visibility' '--order_by' '--sort' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-groups-projects
  switch $argv[1]
    case '--archived'
      printf '%s\n' 'true' 'false'
    case '--visibility'
      printf '%s\n' 'public' 'internal' 'private'
    case '--order_by'
      printf '%s\n' 'id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--simple'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--starred'
      printf '%s\n' 'true' 'false'
    case '--with_issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--with_merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-groups-subgroups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--skip_groups' 'Skip the group IDs passed' '--all_available' 'Show all the groups you have access to (defaults to `false` for authenticated users, `true` for adm…' '--search' 'Return the list of authorized groups matching the search criteria' '--order_by' 'Order groups by `name`, `path` or `id`. Default is `name`' '--sort' 'Order groups in `asc` or `desc` order. Default is `asc`' '--statistics' 'Include group statistics (admins only)' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--owned' 'Limit to groups explicitly owned by the current user' '--min_access_level' 'Limit to groups where current user has at least this [access level](https://docs.gitlab.com/ee/api/…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-groups-subgroups
  switch $argv[1]
    case '--all_available'
      printf '%s\n' 'true' 'false'
    case '--order_by'
      printf '%s\n' 'name' 'path' 'id'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--scope' 'Return issues for the given scope: `created_by_me`, `assigned_to_me` or `all`. Defaults to `created…' '--state' 'Return all issues or just those that are `opened` or `closed`' '--labels' 'Comma-separated list of label names, issues must have all labels to be returned. `No+Label` lists a…' '--milestone' 'The milestone title. `None` lists all issues with no milestone. `Any` lists all issues that have an…' '--author_id' 'Return issues created by the given user `id`. Combine with `scope=all` or `scope=assigned_to_me`. _…' '--assignee_id' 'Return issues assigned to the given user `id`. `None` returns unassigned issues. `Any` returns issu…' '--my_reaction_emoji' 'Return issues reacted by the authenticated user by the given `emoji`. `None` returns issues not giv…' '--iids' 'Return only the issues having the given `iid`' '--order_by' 'Return issues ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return issues sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Search issues against their `title` and `description`' '--created_after' 'Return issues created on or after the given time' '--created_before' 'Return issues created on or before the given time' '--updated_after' 'Return issues updated on or after the given time' '--updated_before' 'Return issues updated on or before the given time' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--scope' '--state' '--labels' '--milestone' '--author_id' '--assignee_id' '--my_reaction_emoji' '--iids' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-issues
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-issues-that-will-close-on-merge
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-issues-that-will-close-on-merge
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-labels
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-labels
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-license-templates
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--popular' 'If passed, returns only popular licenses' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-license-templates
  switch $argv[1]
    case '--popular'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--scope' 'Return merge requests for the given scope: `created_by_me`, `assigned_to_me` or `all`. Defaults to …' '--state' 'Return all merge requests or just those that are `opened`, `closed`, `locked`, or `merged`' '--order_by' 'Return requests ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return requests sorted in `asc` or `desc` order. Default is `desc`' '--milestone' 'Return merge requests for a specific milestone. `None` returns merge requests with no milestone. `A…' '--view' 'If `simple`, returns the `iid`, URL, title, description, and basic state of merge request' '--labels' 'Return merge requests matching a comma separated list of labels' '--created_after' 'Return merge requests created on or after the given time' '--created_before' 'Return merge requests created on or before the given time' '--updated_after' 'Return merge requests updated on or after the given time' '--updated_before' 'Return merge requests updated on or before the given time' '--author_id' 'Returns merge requests created by the given user `id`. Combine with `scope=all` or `scope=assigned_…' '--assignee_id' 'Returns merge requests assigned to the given user `id`. `None` returns unassigned merge requests. `…' '--my_reaction_emoji' 'Return merge requests reacted by the authenticated user by the given `emoji`. `None` returns issues…' '--source_branch' 'Return merge requests with the given source branch' '--target_branch' 'Return merge requests with the given target branch' '--search' 'Search merge requests against their `title` and `description`' '--wip' 'Filter merge requests against their `wip` status. `yes` to return _only_ WIP merge requests, `no` t…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--scope' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--wip' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-merge-requests
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed' 'locked' 'merged'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-merge-requests-associated-with-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit SHA' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-merge-requests-associated-with-commit
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-merge-requests-related-to-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_id' '(required) issue_id' '--issue_iid' '(required) The internal ID of a project\'s issue' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-merge-requests-related-to-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-merge-requests-that-will-close-issue-on-merge
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project' '--issue_iid' '(required) The internal ID of a project issue' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-merge-requests-that-will-close-issue-on-merge
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-mr-pipelines
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-mr-pipelines
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-namespaces
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--search' 'Returns a list of namespaces the user is authorized to see based on the search criteria' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-namespaces
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-notes-award-emoji
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of an issue' '--note_id' '(required) The ID of a note' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-notes-award-emoji
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-owned-runners
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--scope' 'Deprecated: Use `type` or `status` instead. The scope of specific runners to show, one of: `active`…' '--type' 'The type of runners to show, one of: `instance_type`, `group_type`, `project_type`' '--status' 'The status of runners to show, one of: `active`, `paused`, `online`, `offline`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-owned-runners
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'active' 'paused' 'online' 'offline'
    case '--type'
      printf '%s\n' 'instance_type' 'group_type' 'project_type'
    case '--status'
      printf '%s\n' 'active' 'paused' 'online' 'offline'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-pages-domains
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-pages-domains
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-pipeline-jobs
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_id' '(required) The ID of a pipeline' '--scope' 'The scope of jobs to show, one or array of: `created`, `pending`, `running`, `failed`, `success`, `…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-pipeline-jobs
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-commit-discussions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-commit-discussions
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-deploy-keys
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-deploy-keys
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-deployments
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--order_by' 'Return deployments ordered by `id` or `iid` or `created_at` or `ref` fields. Default is `id`' '--sort' 'Return deployments sorted in `asc` or `desc` order. Default is `asc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-deployments
  switch $argv[1]
    case '--order_by'
      printf '%s\n' 'id' 'iid' 'created_at' 'ref'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-hooks
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-hooks
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-issue-discussions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-issue-discussions
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-issue-label-events
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-issue-label-events
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-issue-notes
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--sort' 'Return issue notes sorted in `asc` or `desc` order. Default is `desc`' '--order_by' 'Return issue notes ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-issue-notes
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--iids' 'Return only the milestone having the given `iid`' '--state' 'Return all issues or just those that are `opened` or `closed`' '--labels' 'Comma-separated list of label names, issues must have all labels to be returned. `No+Label` lists a…' '--milestone' 'The milestone title. `None` lists all issues with no milestone. `Any` lists all issues that have an…' '--scope' 'Return issues for the given scope: `created_by_me`, `assigned_to_me` or `all`. For versions before …' '--author_id' 'Return issues created by the given user `id` _([Introduced](https://gitlab.com/gitlab-org/gitlab-ce…' '--assignee_id' 'Return issues assigned to the given user `id`. `None` returns unassigned issues. `Any` returns issu…' '--my_reaction_emoji' 'Return issues reacted by the authenticated user by the given `emoji`. `None` returns issues not giv…' '--order_by' 'Return issues ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return issues sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Search project issues against their `title` and `description`' '--created_after' 'Return issues created on or after the given time' '--created_before' 'Return issues created on or before the given time' '--updated_after' 'Return issues updated on or after the given time' '--updated_before' 'Return issues updated on or before the given time' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--iids' '--state' '--labels' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-issues
  switch $argv[1]
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed'
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-jobs
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--scope' 'The scope of jobs to show, one or array of: `created`, `pending`, `running`, `failed`, `success`, `…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-jobs
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-merge-request-discussions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-merge-request-discussions
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-merge-request-label-events
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-merge-request-label-events
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-merge-requests
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project' '--state' 'Return all merge requests or just those that are `opened`, `closed`, `locked`, or `merged`' '--iids' 'Return the request having the given `iid`' '--order_by' 'Return requests ordered by `created_at` or `updated_at` fields. Default is `created_at`' '--sort' 'Return requests sorted in `asc` or `desc` order. Default is `desc`' '--milestone' 'Return merge requests for a specific milestone. `None` returns merge requests with no milestone. `A…' '--view' 'If `simple`, returns the `iid`, URL, title, description, and basic state of merge request' '--labels' 'Return merge requests matching a comma separated list of labels' '--created_after' 'Return merge requests created on or after the given time' '--created_before' 'Return merge requests created on or before the given time' '--updated_after' 'Return merge requests updated on or after the given time' '--updated_before' 'Return merge requests updated on or before the given time' '--scope' 'Return merge requests for the given scope: `created_by_me`, `assigned_to_me` or `all`. For versions…' '--author_id' 'Returns merge requests created by the given user `id` _([Introduced](https://gitlab.com/gitlab-org/…' '--assignee_id' 'Returns merge requests assigned to the given user `id`. `None` returns unassigned merge requests. `…' '--my_reaction_emoji' 'Return merge requests reacted by the authenticated user by the given `emoji`. `None` returns issues…' '--source_branch' 'Return merge requests with the given source branch' '--target_branch' 'Return merge requests with the given target branch' '--search' 'Search merge requests against their `title` and `description`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--state' '--iids' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-merge-requests
  switch $argv[1]
    case '--state'
      printf '%s\n' 'all' 'opened' 'closed' 'locked' 'merged'
    case '--order_by'
      printf '%s\n' 'created_at' 'updated_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--scope'
      printf '%s\n' 'created_by_me' 'assigned_to_me' 'all'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-milestones
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--iids' 'Return only the milestones having the given `iid`' '--state' 'Return only `active` or `closed` milestones' '--search' 'Return only milestones with a title or description matching the provided string' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-milestones
  switch $argv[1]
    case '--state'
      printf '%s\n' 'active' 'closed'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-pipelines
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--scope' 'The scope of pipelines, one of: `running`, `pending`, `finished`, `branches`, `tags`' '--status' 'The status of pipelines, one of: `running`, `pending`, `success`, `failed`, `canceled`, `skipped`' '--ref' 'The ref of pipelines' '--sha' 'The sha or pipelines' '--yaml_errors' 'Returns pipelines with invalid configurations' '--name' 'The name of the user who triggered pipelines' '--username' 'The username of the user who triggered pipelines' '--order_by' 'Order pipelines by `id`, `status`, `ref`, or `user_id` (default: `id`)' '--sort' 'Sort pipelines in `asc` or `desc` order (default: `desc`)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--status' '--ref' '--sha' '--name' '--username' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-pipelines
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'running' 'pending' 'finished' 'branches' 'tags'
    case '--status'
      printf '%s\n' 'running' 'pending' 'success' 'failed' 'canceled' 'skipped'
    case '--yaml_errors'
      printf '%s\n' 'true' 'false'
    case '--order_by'
      printf '%s\n' 'id' 'status' 'ref' 'user_id'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-repository-tags
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--order_by' 'Return tags ordered by `name` or `updated` fields. Default is `updated`' '--sort' 'Return tags sorted in `asc` or `desc` order. Default is `desc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-repository-tags
  switch $argv[1]
    case '--order_by'
      printf '%s\n' 'name' 'updated'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-snippet-discussions
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-snippet-discussions
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-triggers
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-triggers
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-project-variables
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project or [urlencoded NAMESPACE/PROJECT_NAME of the project](https://docs.g…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-project-variables
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-projects-runners
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--scope' 'Deprecated: Use `type` or `status` instead. The scope of specific runners to show, one of: `active`…' '--type' 'The type of runners to show, one of: `instance_type`, `group_type`, `project_type`' '--status' 'The status of runners to show, one of: `active`, `paused`, `online`, `offline`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-projects-runners
  switch $argv[1]
    case '--scope'
      printf '%s\n' 'active' 'paused' 'online' 'offline'
    case '--type'
      printf '%s\n' 'instance_type' 'group_type' 'project_type'
    case '--status'
      printf '%s\n' 'active' 'paused' 'online' 'offline'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-projects-visible-events
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--project_id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--action' 'Include only events of a particular [action type](https://docs.gitlab.com/ee/api/events.html#action…' '--target_type' 'Include only events of a particular [target type](https://docs.gitlab.com/ee/api/events.html#target…' '--before' 'Include only events created before a particular date. Please see [here for the supported format](ht…' '--after' 'Include only events created after a particular date. Please see [here for the supported format](htt…' '--sort' 'Sort events in `asc` or `desc` order by `created_at`. Default is `desc`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--project_id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-projects-visible-events
  switch $argv[1]
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-protected-branches
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-protected-branches
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-protected-tags
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-protected-tags
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-repository-branches
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--search' 'Return list of branches matching the search criteria.' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-repository-branches
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-repository-commits
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--ref_name' 'The name of a repository branch or tag or if not given the default branch' '--since' 'Only commits after or on this date will be returned in ISO 8601 format YYYY-MM-DDTHH:MM:SSZ' '--until' 'Only commits before or on this date will be returned in ISO 8601 format YYYY-MM-DDTHH:MM:SSZ' '--path' 'The file path' '--all' 'Retrieve every commit from the repository' '--with_stats' 'Stats about each commit will be added to the response' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--ref_name' '--since' '--until' '--path' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-repository-commits
  switch $argv[1]
    case '--all'
      printf '%s\n' 'true' 'false'
    case '--with_stats'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-repository-tree
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--path' 'The path inside repository. Used to get content of subdirectories' '--ref' 'The name of a repository branch or tag or if not given the default branch' '--recursive' 'Boolean value used to get a recursive tree (false by default)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--path' '--ref' '--recursive' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-repository-tree
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-runners-jobs
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a runner' '--status' 'Status of the job; one of: `running`, `success`, `failed`, `canceled`' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-runners-jobs
  switch $argv[1]
    case '--status'
      printf '%s\n' 'running' 'success' 'failed' 'canceled'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-snippets
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-snippets
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-snippets-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-snippets-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-ssh-keys
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-ssh-keys
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-ssh-keys-for-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-ssh-keys-for-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-statuses-of-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit SHA' '--ref' 'The name of a repository branch or tag or, if not given, the default branch' '--stage' 'Filter by [build stage](https://docs.gitlab.com/ee/ci/yaml/README.html#stages), e.g., `test`' '--name' 'Filter by [job name](https://docs.gitlab.com/ee/ci/yaml/README.html#jobs), e.g., `bundler:audit`' '--all' 'Return all statuses, not only the latest ones' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--ref' '--stage' '--name' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-statuses-of-commit
  switch $argv[1]
    case '--all'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-system-hooks
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-system-hooks
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-user-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The ID or username of the user' '--archived' 'Limit by archived status' '--visibility' 'Limit by visibility `public`, `internal`, or `private`' '--order_by' 'Return projects ordered by `id`, `name`, `path`, `created_at`, `updated_at`, or `last_activity_at` …' '--sort' 'Return projects sorted in `asc` or `desc` order. Default is `desc`' '--search' 'Return list of projects matching the search criteria' '--simple' 'Return only limited fields for each project. This is a no-op without authentication as then _only_ …' '--owned' 'Limit by projects explicitly owned by the current user' '--membership' 'Limit by projects that the current user is a member of' '--starred' 'Limit by projects starred by the current user' '--statistics' 'Include project statistics' '--with_custom_attributes' 'Include [custom attributes](https://docs.gitlab.com/ee/api/custom_attributes.html) in response (adm…' '--with_issues_enabled' 'Limit by enabled issues feature' '--with_merge_requests_enabled' 'Limit by enabled merge requests feature' '--min_access_level' 'Limit by current user minimal [access level](https://docs.gitlab.com/ee/api/members.html)' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-user-projects
  switch $argv[1]
    case '--archived'
      printf '%s\n' 'true' 'false'
    case '--visibility'
      printf '%s\n' 'public' 'internal' 'private'
    case '--order_by'
      printf '%s\n' 'id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at'
    case '--sort'
      printf '%s\n' 'asc' 'desc'
    case '--simple'
      printf '%s\n' 'true' 'false'
    case '--owned'
      printf '%s\n' 'true' 'false'
    case '--membership'
      printf '%s\n' 'true' 'false'
    case '--starred'
      printf '%s\n' 'true' 'false'
    case '--statistics'
      printf '%s\n' 'true' 'false'
    case '--with_custom_attributes'
      printf '%s\n' 'true' 'false'
    case '--with_issues_enabled'
      printf '%s\n' 'true' 'false'
    case '--with_merge_requests_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_list-wiki-pages
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--with_content' 'Include pages\' content' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_list-wiki-pages
  switch $argv[1]
    case '--with_content'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_mark-all-todos-as-done
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_mark-all-todos-as-done
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_mark-todo-as-done
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a todo' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_mark-todo-as-done
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_merge-base
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--refs' '(required) The refs to find the common ancestor of, multiple refs can be passed' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--refs' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_merge-base
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_modify-existing-commit-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--commit_id' '(required) The ID of a commit' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' 'The content of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-commit-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-issue-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-issue-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-issue-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The IID of an issue' '--note_id' '(required) The ID of a note' '--body' '(required) The content of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-issue-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-merge-request-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' 'The content of a discussion (exactly one of `body` or `resolved` must be set' '--resolved' 'Resolve/unresolve the note (exactly one of `body` or `resolved` must be set' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-merge-request-discussion-note
  switch $argv[1]
    case '--resolved'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-merge-request-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--note_id' '(required) The ID of a note' '--body' '(required) The content of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-merge-request-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-snippet-discussion-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of an snippet' '--discussion_id' '(required) The ID of a discussion' '--note_id' '(required) The ID of a discussion note' '--body' '(required) The content of a discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-snippet-discussion-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_modify-existing-snippet-note
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a snippet' '--note_id' '(required) The ID of a note' '--body' '(required) The content of a note' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_modify-existing-snippet-note
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_move-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--to_project_id' '(required) The ID of the new project' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--to_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_move-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_new-board-list-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--label_id' '(required) The ID of a label' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_new-board-list-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_new-board-list-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--label_id' '(required) The ID of a label' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_new-board-list-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_new-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--name' '(required) The name of the group' '--path' '(required) The path of the group' '--description' 'The group\'s description' '--visibility' 'The group\'s visibility. Can be `private`, `internal`, or `public`.' '--lfs_enabled' 'Enable/disable Large File Storage (LFS) for the projects in this group' '--request_access_enabled' 'Allow users to request member access.' '--parent_id' 'The parent group id for creating nested group.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--name' '--path' '--description' '--visibility' '--parent_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_new-group
  switch $argv[1]
    case '--visibility'
      printf '%s\n' 'private' 'internal' 'public'
    case '--lfs_enabled'
      printf '%s\n' 'true' 'false'
    case '--request_access_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_new-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--title' '(required) The title of an issue' '--iid' 'The internal ID of the project\'s issue (requires admin or project owner rights)' '--description' 'The description of an issue' '--confidential' 'Set an issue to be confidential. Default is `false`.' '--assignee_ids' 'The ID of the users to assign issue' '--milestone_id' 'The global ID of a milestone to assign issue' '--labels' 'Comma-separated label names for an issue' '--created_at' 'Date time string, ISO 8601 formatted, e.g. `2016-03-11T03:45:40Z` (requires admin or project/group …' '--due_date' 'Date time string in the format YEAR-MONTH-DAY, e.g. `2016-03-11`' '--merge_request_to_resolve_discussions_of' 'The IID of a merge request in which to resolve all issues. This will fill the issue with a default …' '--discussion_to_resolve' 'The ID of a discussion to resolve. This will fill in the issue with a default description and mark …' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--iid' '--description' '--assignee_ids' '--milestone_id' '--labels' '--created_at' '--due_date' '--merge_request_to_resolve_discussions_of' '--discussion_to_resolve' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_new-issue
  switch $argv[1]
    case '--confidential'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_participants-on-issues
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_participants-on-issues
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_play-job
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_play-job
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_post-build-status-to-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit SHA' '--state' '(required) The state of the status. Can be one of the following: `pending`, `running`, `success`, `…' '--ref' 'The `ref` (branch or tag) to which the status refers' '--name' 'The label to differentiate this status from the status of other systems. Default value is `default`' '--context' 'The label to differentiate this status from the status of other systems. Default value is `default`' '--target_url' 'The target URL to associate with this status' '--description' 'The short description of the status' '--coverage' 'The total code coverage' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--state' '--ref' '--name' '--context' '--target_url' '--description' '--coverage' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_post-build-status-to-commit
  switch $argv[1]
    case '--state'
      printf '%s\n' 'pending' 'running' 'success' 'failed' 'canceled'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_post-comment-to-commit
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The commit SHA or name of a repository branch or tag' '--note' '(required) The text of the comment' '--path' 'The file path relative to the repository' '--line' 'The line number where the comment should be placed' '--line_type' 'The line type. Takes `new` or `old` as arguments' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--note' '--path' '--line' '--line_type' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_post-comment-to-commit
  switch $argv[1]
    case '--line_type'
      printf '%s\n' 'new' 'old'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_preview-badge-from-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--link_url' '(required) URL of the badge link' '--image_url' '(required) URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_preview-badge-from-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_preview-badge-from-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--link_url' '(required) URL of the badge link' '--image_url' '(required) URL of the badge image' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_preview-badge-from-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_project-board
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_project-board
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_project-search-api
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--scope' '(required) The scope to search in' '--search' '(required) The search query' '--page' 'Page number (default: `1`)' '--per_page' 'Number of items to list per page (default: `20`, max: `100`)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_project-search-api
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_protect-repository-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) The name of the branch' '--developers_can_push' 'Flag if developers can push to the branch' '--developers_can_merge' 'Flag if developers can merge to the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_protect-repository-branch
  switch $argv[1]
    case '--developers_can_push'
      printf '%s\n' 'true' 'false'
    case '--developers_can_merge'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_protect-repository-branches
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the branch or wildcard' '--push_access_level' 'Access levels allowed to push (defaults: `40`, maintainer access level)' '--merge_access_level' 'Access levels allowed to merge (defaults: `40`, maintainer access level)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--push_access_level' '--merge_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_protect-repository-branches
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_protect-repository-tags
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the tag or wildcard' '--create_access_level' 'Access levels allowed to create (defaults: `40`, maintainer access level)' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--create_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_protect-repository-tags
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_raw-blob-content
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--sha' '(required) The blob SHA' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_raw-blob-content
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_register-runner
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--token' '(required) Registration token ([Read how to obtain a token](https://docs.gitlab.com/ee/ci/runners/R…' '--description' 'Runner\'s description' '--info' 'Runner\'s metadata' '--active' 'Whether the Runner is active' '--locked' 'Whether the Runner should be locked for current project' '--run_untagged' 'Whether the Runner should handle untagged jobs' '--tag_list' 'List of Runner\'s tags' '--maximum_timeout' 'Maximum timeout set when this Runner will handle the job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--token' '--description' '--info' '--tag_list' '--maximum_timeout' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_register-runner
  switch $argv[1]
    case '--active'
      printf '%s\n' 'true' 'false'
    case '--locked'
      printf '%s\n' 'true' 'false'
    case '--run_untagged'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_remove-badge-from-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--badge_id' '(required) The badge ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-badge-from-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-badge-from-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--badge_id' '(required) The badge ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-badge-from-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or path of a user group' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-member-from-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-member-from-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-member-from-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project or group](https://docs.gitlab.com/ee/api/READ…' '--user_id' '(required) The user ID of the member' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-member-from-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-project-trigger
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--trigger_id' '(required) The trigger id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-project-trigger
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-runner
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a runner' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-runner
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-variable-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/READ…' '--key' '(required) The `key` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-variable-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_remove-variable-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project or [urlencoded NAMESPACE/PROJECT_NAME of the project](https://docs.g…' '--key' '(required) The `key` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_remove-variable-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_render-arbitrary-markdown-document
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--text' '(required) The markdown text to render' '--gfm' 'Render text using GitLab Flavored Markdown. Default is `false`' '--project' 'Use `project` as a context when creating references using GitLab Flavored Markdown. [Authentication…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--text' '--project' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_render-arbitrary-markdown-document
  switch $argv[1]
    case '--gfm'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_request-access-to-group-or-project-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_request-access-to-group-or-project-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_request-access-to-group-or-project-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_request-access-to-group-or-project-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_reset-spent-time-for-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_reset-spent-time-for-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_reset-spent-time-for-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of a project\'s merge_request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_reset-spent-time-for-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_reset-time-estimate-for-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_reset-time-estimate-for-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_reset-time-estimate-for-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of a project\'s merge_request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_reset-time-estimate-for-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_resolve-merge-request-discussion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The IID of a merge request' '--discussion_id' '(required) The ID of a discussion' '--resolved' '(required) Resolve/unresolve the discussion' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_resolve-merge-request-discussion
  switch $argv[1]
    case '--resolved'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_retry-job
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--job_id' '(required) The ID of a job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_retry-job
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_retry-jobs-in-pipeline
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_id' '(required) The ID of a pipeline' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_retry-jobs-in-pipeline
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_revoke-impersonation-token
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--user_id' '(required) The ID of the user' '--impersonation_token_id' '(required) The ID of the impersonation token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_revoke-impersonation-token
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_schedule-export
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--upload' '(required) Hash that contains the information to upload the exported project to a web server' '--description' 'Overrides the project description' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--upload' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_schedule-export
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-custom-attribute-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--value' '(required) The value of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-custom-attribute-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-custom-attribute-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--value' '(required) The value of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-custom-attribute-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-custom-attribute-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--value' '(required) The value of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-custom-attribute-users
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-or-create-feature
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--name' '(required) Name of the feature to create or update' '--value' '(required) `true` or `false` to enable/disable, or an integer for percentage of time' '--feature_group' 'A Feature group name' '--user' 'A GitLab username' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--name' '--value' '--feature_group' '--user' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-or-create-feature
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-time-estimate-for-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--duration' '(required) The duration in human format. e.g: 3h30m' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-time-estimate-for-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-time-estimate-for-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--duration' '(required) The duration in human format. e.g: 3h30m' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-time-estimate-for-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_set-user-status
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--emoji' 'The name of the emoji to use as status, if omitted `speech_balloon` is used. Emoji name can be one …' '--message' 'The message to set as a status. It can also contain emoji codes.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--emoji' '--message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_set-user-status
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_share-project-with-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--group_id' '(required) The ID of the group to share with' '--group_access' '(required) The [permissions level](https://docs.gitlab.com/ee/api/members.html) to grant the group' '--expires_at' 'Share expiration date in ISO 8601 format: 2016-09-26' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--group_id' '--group_access' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_share-project-with-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_show-variable-details-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/READ…' '--key' '(required) The `key` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_show-variable-details-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_show-variable-details-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project or [urlencoded NAMESPACE/PROJECT_NAME of the project](https://docs.g…' '--key' '(required) The `key` of a variable' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_show-variable-details-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-board-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-board-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-board-list-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-board-list-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-board-list-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--list_id' '(required) The ID of a board\'s list' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-board-list-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-board-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--board_id' '(required) The ID of a board' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-board-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-custom-attribute-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-custom-attribute-groups
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-custom-attribute-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-custom-attribute-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-custom-attribute-users
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a resource' '--key' '(required) The key of the custom attribute' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-custom-attribute-users
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-deploy-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--key_id' '(required) The ID of the deploy key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-deploy-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-dockerfile-template
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key' '(required) The key of the Dockerfile template' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-dockerfile-template
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-email
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--email_id' '(required) email ID' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-email
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-gitignore-template
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key' '(required) The key of the gitignore template' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-gitignore-template
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-gitlab-ci-yml-template
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key' '(required) The key of the GitLab CI YML template' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-gitlab-ci-yml-template
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-license-template
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key' '(required) The key of the license template' '--project' 'The copyrighted project name' '--fullname' 'The full-name of the copyright holder' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-license-template
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-pages-domain
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--domain' '(required) The domain' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-pages-domain
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-snippet
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-snippet
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-snippet-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project\'s snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-snippet-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_single-ssh-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--key_id' '(required) The ID of an SSH key' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_single-ssh-key
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_snippet-content
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project\'s snippet' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_snippet-content
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_star-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_star-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_start-housekeeping-task-for-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_start-housekeeping-task-for-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_stop-environment
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--environment_id' '(required) The ID of the environment' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--environment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_stop-environment
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_subscribe-to-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_subscribe-to-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_subscribe-to-label
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--label_id' '(required) The ID or title of a project\'s label' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_subscribe-to-label
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_subscribe-to-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_subscribe-to-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_take-ownership-of-pipeline-schedule
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--pipeline_schedule_id' '(required) The pipeline schedule id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_take-ownership-of-pipeline-schedule
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_take-ownership-of-project-trigger
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--trigger_id' '(required) The trigger id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_take-ownership-of-project-trigger
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_test-system-hook
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the hook' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_test-system-hook
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_transfer-project-to-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/README.html#nam…' '--project_id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_transfer-project-to-group
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_transfer-project-to-namespace
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--namespace' '(required) The ID or path of the namespace to transfer to project to' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_transfer-project-to-namespace
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unarchive-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unarchive-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unblock-user
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id of specified user' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unblock-user
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unprotect-repository-branch
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--branch' '(required) The name of the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unprotect-repository-branch
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unprotect-repository-branches
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_unprotect-repository-branches
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_unprotect-repository-tags
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--name' '(required) The name of the tag' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_unprotect-repository-tags
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_unstar-project
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unstar-project
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unsubscribe-from-issue
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--issue_iid' '(required) The internal ID of a project\'s issue' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unsubscribe-from-issue
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unsubscribe-from-label
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--label_id' '(required) The ID or title of a project\'s label' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unsubscribe-from-label
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_unsubscribe-from-merge-request
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The internal ID of the merge request' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_unsubscribe-from-merge-request
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-broadcast-message
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) Broadcast message ID' '--message' 'Message to display' '--starts_at' 'Starting time' '--ends_at' 'Ending time' '--color' 'Background color hex code' '--font' 'Foreground color hex code' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-broadcast-message
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-deploy-key
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--key_id' '(required) key_id' '--title' 'New deploy key\'s title' '--can_push' 'Can deploy key push to the project\'s repository' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key_id' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-deploy-key
  switch $argv[1]
    case '--can_push'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-existing-file-in-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--file_path' '(required) Url encoded full path to new file. Ex. lib%2Fclass%2Erb' '--branch' '(required) Name of the branch' '--content' '(required) New file content' '--commit_message' '(required) Commit message' '--start_branch' 'Name of the branch to start the new commit from' '--encoding' 'Change encoding to \'base64\'. Default is text.' '--author_email' 'Specify the commit author\'s email address' '--author_name' 'Specify the commit author\'s name' '--last_commit_id' 'Last known file commit id' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-existing-file-in-repository
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-global-notification-settings
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--level' 'The global notification level' '--notification_email' 'The email address to send notifications' '--new_note' 'Enable/disable this notification' '--new_issue' 'Enable/disable this notification' '--reopen_issue' 'Enable/disable this notification' '--close_issue' 'Enable/disable this notification' '--reassign_issue' 'Enable/disable this notification' '--issue_due' 'Enable/disable this notification' '--new_merge_request' 'Enable/disable this notification' '--push_to_merge_request' 'Enable/disable this notification' '--reopen_merge_request' 'Enable/disable this notification' '--close_merge_request' 'Enable/disable this notification' '--reassign_merge_request' 'Enable/disable this notification' '--merge_merge_request' 'Enable/disable this notification' '--failed_pipeline' 'Enable/disable this notification' '--success_pipeline' 'Enable/disable this notification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--level' '--notification_email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-global-notification-settings
  switch $argv[1]
    case '--new_note'
      printf '%s\n' 'true' 'false'
    case '--new_issue'
      printf '%s\n' 'true' 'false'
    case '--reopen_issue'
      printf '%s\n' 'true' 'false'
    case '--close_issue'
      printf '%s\n' 'true' 'false'
    case '--reassign_issue'
      printf '%s\n' 'true' 'false'
    case '--issue_due'
      printf '%s\n' 'true' 'false'
    case '--new_merge_request'
      printf '%s\n' 'true' 'false'
    case '--push_to_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reopen_merge_request'
      printf '%s\n' 'true' 'false'
    case '--close_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reassign_merge_request'
      printf '%s\n' 'true' 'false'
    case '--merge_merge_request'
      printf '%s\n' 'true' 'false'
    case '--failed_pipeline'
      printf '%s\n' 'true' 'false'
    case '--success_pipeline'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-group
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the group' '--name' 'The name of the group' '--path' 'The path of the group' '--description' 'The description of the group' '--visibility' 'The visibility level of the group. Can be `private`, `internal`, or `public`.' '--lfs_enabled' 'Enable/disable Large File Storage (LFS) for the projects in this group' '--request_access_enabled' 'Allow users to request member access.' '--file_template_project_id' '**(Premium)** The ID of a project to load custom file templates from' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--name' '--path' '--description' '--visibility' '--file_template_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-group
  switch $argv[1]
    case '--visibility'
      printf '%s\n' 'private' 'internal' 'public'
    case '--lfs_enabled'
      printf '%s\n' 'true' 'false'
    case '--request_access_enabled'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-group-project-level-notification-settings-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The group/project ID or path' '--level' 'The global notification level' '--new_note' 'Enable/disable this notification' '--new_issue' 'Enable/disable this notification' '--reopen_issue' 'Enable/disable this notification' '--close_issue' 'Enable/disable this notification' '--reassign_issue' 'Enable/disable this notification' '--issue_due' 'Enable/disable this notification' '--new_merge_request' 'Enable/disable this notification' '--push_to_merge_request' 'Enable/disable this notification' '--reopen_merge_request' 'Enable/disable this notification' '--close_merge_request' 'Enable/disable this notification' '--reassign_merge_request' 'Enable/disable this notification' '--merge_merge_request' 'Enable/disable this notification' '--failed_pipeline' 'Enable/disable this notification' '--success_pipeline' 'Enable/disable this notification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-group-project-level-notification-settings-groups
  switch $argv[1]
    case '--new_note'
      printf '%s\n' 'true' 'false'
    case '--new_issue'
      printf '%s\n' 'true' 'false'
    case '--reopen_issue'
      printf '%s\n' 'true' 'false'
    case '--close_issue'
      printf '%s\n' 'true' 'false'
    case '--reassign_issue'
      printf '%s\n' 'true' 'false'
    case '--issue_due'
      printf '%s\n' 'true' 'false'
    case '--new_merge_request'
      printf '%s\n' 'true' 'false'
    case '--push_to_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reopen_merge_request'
      printf '%s\n' 'true' 'false'
    case '--close_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reassign_merge_request'
      printf '%s\n' 'true' 'false'
    case '--merge_merge_request'
      printf '%s\n' 'true' 'false'
    case '--failed_pipeline'
      printf '%s\n' 'true' 'false'
    case '--success_pipeline'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-group-project-level-notification-settings-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The group/project ID or path' '--level' 'The global notification level' '--new_note' 'Enable/disable this notification' '--new_issue' 'Enable/disable this notification' '--reopen_issue' 'Enable/disable this notification' '--close_issue' 'Enable/disable this notification' '--reassign_issue' 'Enable/disable this notification' '--issue_due' 'Enable/disable this notification' '--new_merge_request' 'Enable/disable this notification' '--push_to_merge_request' 'Enable/disable this notification' '--reopen_merge_request' 'Enable/disable this notification' '--close_merge_request' 'Enable/disable this notification' '--reassign_merge_request' 'Enable/disable this notification' '--merge_merge_request' 'Enable/disable this notification' '--failed_pipeline' 'Enable/disable this notification' '--success_pipeline' 'Enable/disable this notification' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-group-project-level-notification-settings-projects
  switch $argv[1]
    case '--new_note'
      printf '%s\n' 'true' 'false'
    case '--new_issue'
      printf '%s\n' 'true' 'false'
    case '--reopen_issue'
      printf '%s\n' 'true' 'false'
    case '--close_issue'
      printf '%s\n' 'true' 'false'
    case '--reassign_issue'
      printf '%s\n' 'true' 'false'
    case '--issue_due'
      printf '%s\n' 'true' 'false'
    case '--new_merge_request'
      printf '%s\n' 'true' 'false'
    case '--push_to_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reopen_merge_request'
      printf '%s\n' 'true' 'false'
    case '--close_merge_request'
      printf '%s\n' 'true' 'false'
    case '--reassign_merge_request'
      printf '%s\n' 'true' 'false'
    case '--merge_merge_request'
      printf '%s\n' 'true' 'false'
    case '--failed_pipeline'
      printf '%s\n' 'true' 'false'
    case '--success_pipeline'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-mr
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--merge_request_iid' '(required) The ID of a merge request' '--target_branch' 'The target branch' '--title' 'Title of MR' '--assignee_id' 'The ID of the user to assign the merge request to. Set to `0` or provide an empty value to unassign…' '--milestone_id' 'The global ID of a milestone to assign the merge request to. Set to `0` or provide an empty value t…' '--labels' 'Comma-separated label names for a merge request. Set to an empty string to unassign all labels.' '--description' 'Description of MR' '--state_event' 'New state (close/reopen)' '--remove_source_branch' 'Flag indicating if a merge request should remove the source branch when merging' '--squash' 'Squash commits into a single commit when merging' '--discussion_locked' 'Flag indicating if the merge request\'s discussion is locked. If the discussion is locked only proje…' '--allow_collaboration' 'Allow commits from members who can merge to the target branch' '--allow_maintainer_to_push' 'Deprecated, see allow_collaboration' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--merge_request_iid' '--target_branch' '--title' '--assignee_id' '--milestone_id' '--labels' '--description' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-mr
  switch $argv[1]
    case '--remove_source_branch'
      printf '%s\n' 'true' 'false'
    case '--squash'
      printf '%s\n' 'true' 'false'
    case '--discussion_locked'
      printf '%s\n' 'true' 'false'
    case '--allow_collaboration'
      printf '%s\n' 'true' 'false'
    case '--allow_maintainer_to_push'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-pages-domain
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--domain' '(required) The domain' '--certificate' 'The certificate in PEM format with intermediates following in most specific to least specific order.' '--key' 'The certificate key in PEM format.' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-pages-domain
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-project-trigger
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--trigger_id' '(required) The trigger id' '--description' 'The trigger name' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--trigger_id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-project-trigger
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-release
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--tag_name' '(required) The name of a tag' '--description' '(required) Release notes with markdown support' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-release
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-runners-details
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a runner' '--description' 'The description of a runner' '--active' 'The state of a runner; can be set to `true` or `false`' '--tag_list' 'The list of tags for a runner; put array of tags, that should be finally assigned to a runner' '--run_untagged' 'Flag indicating the runner can execute untagged jobs' '--locked' 'Flag indicating the runner is locked' '--access_level' 'The access_level of the runner; `not_protected` or `ref_protected`' '--maximum_timeout' 'Maximum timeout set when this Runner will handle the job' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--description' '--tag_list' '--access_level' '--maximum_timeout' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-runners-details
  switch $argv[1]
    case '--active'
      printf '%s\n' 'true' 'false'
    case '--run_untagged'
      printf '%s\n' 'true' 'false'
    case '--locked'
      printf '%s\n' 'true' 'false'
    case '--access_level'
      printf '%s\n' 'not_protected' 'ref_protected'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-snippet
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a snippet' '--title' 'The title of a snippet' '--file_name' 'The name of a snippet file' '--description' 'The description of a snippet' '--content' 'The content of a snippet' '--visibility' 'The snippet\'s visibility' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--title' '--file_name' '--description' '--content' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-snippet
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-snippet-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--snippet_id' '(required) The ID of a project\'s snippet' '--title' 'The title of a snippet' '--file_name' 'The name of a snippet file' '--description' 'The description of a snippet' '--code' 'The content of a snippet' '--visibility' 'The snippet\'s visibility' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--snippet_id' '--title' '--file_name' '--description' '--code' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-snippet-projects
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-variable-groups
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a group or [URL-encoded path of the group](https://docs.gitlab.com/ee/api/READ…' '--key' '(required) The `key` of a variable' '--value' '(required) The `value` of a variable' '--protected' 'Whether the variable is protected' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-variable-groups
  switch $argv[1]
    case '--protected'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_update-variable-projects
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of a project or [urlencoded NAMESPACE/PROJECT_NAME of the project](https://docs.g…' '--key' '(required) The `key` of a variable' '--value' '(required) The `value` of a variable' '--protected' 'Whether the variable is protected' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_update-variable-projects
  switch $argv[1]
    case '--protected'
      printf '%s\n' 'true' 'false'
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_upload-attachment-to-wiki-repository
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--file' '(required) The attachment to be uploaded' '--branch' 'The name of the branch. Defaults to the wiki repository default branch' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_upload-attachment-to-wiki-repository
  switch $argv[1]
    case '--file'
      echo file
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_upload-file
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID or [URL-encoded path of the project](https://docs.gitlab.com/ee/api/README.html#n…' '--file' '(required) The file to be uploaded' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--file' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_upload-file
  switch $argv[1]
    case '--file'
      echo file
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_user-creation
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--email' '(required) Email' '--username' '(required) Username' '--name' '(required) Name' '--password' 'Password' '--reset_password' 'Send user password reset link - true or false(default)' '--skype' 'Skype ID' '--linkedin' 'LinkedIn' '--twitter' 'Twitter account' '--website_url' 'Website URL' '--organization' 'Organization name' '--projects_limit' 'Number of projects user can create' '--extern_uid' 'External UID' '--provider' 'External provider name' '--bio' 'User\'s biography' '--location' 'User\'s location' '--public_email' 'The public email of the user' '--admin' 'User is admin - true or false (default)' '--can_create_group' 'User can create groups - true or false' '--skip_confirmation' 'Skip confirmation - true or false (default)' '--external' 'Flags the user as external - true or false(default)' '--avatar' 'Image file for user\'s avatar' '--private_profile' 'User\'s profile is private - true or false' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--email' '--username' '--name' '--password' '--reset_password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_confirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_user-creation
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_user-deletion
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) The ID of the user' '--hard_delete' 'If true, contributions that would usually be [moved to the ghost user](https://docs.gitlab.com/ee/u…' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--hard_delete' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_user-deletion
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_user-modification
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--id' '(required) id' '--email' 'Email' '--username' 'Username' '--name' 'Name' '--password' 'Password' '--skype' 'Skype ID' '--linkedin' 'LinkedIn' '--twitter' 'Twitter account' '--website_url' 'Website URL' '--organization' 'Organization name' '--projects_limit' 'Limit projects each user can create' '--extern_uid' 'External UID' '--provider' 'External provider name' '--bio' 'User\'s biography' '--location' 'User\'s location' '--public_email' 'The public email of the user' '--admin' 'User is admin - true or false (default)' '--can_create_group' 'User can create groups - true or false' '--skip_reconfirmation' 'Skip reconfirmation - true or false (default)' '--external' 'Flags the user as external - true or false(default)' '--avatar' 'Image file for user\'s avatar' '--private_profile' 'User\'s profile is private - true or false' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--id' '--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_reconfirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_user-modification
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_user-status
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_user-status
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end
function __gitlab_api_op_validate-gitlab-ci-yml-api
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--content' '(required) the .gitlab-ci.yaml content' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--content' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_validate-gitlab-ci-yml-api
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_verify-authentication-for-registered-runner
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--token' '(required) Runner\'s authentication token' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--data' 'JSON request body from a file, stdin (-) or inline' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout'
  end
end
function __gitlab_api_val_verify-authentication-for-registered-runner
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
    case '--data'
      echo data
  end
end
function __gitlab_api_op_version-api
  if test "$argv[1]" = options
    printf '%s\t%s\n' '--url' 'GitLab URL (env GITLAB_URL or GITLAB_HOST; default https://gitlab.com)' '--token' 'personal or project access token (env GITLAB_TOKEN)' '--oauth-token' 'OAuth 2 bearer token (env GITLAB_OAUTH_TOKEN)' '--job-token' 'CI job token (env CI_JOB_TOKEN)' '--sudo' 'act as this user (admins only)' '--config' 'config file (default ~/.config/gitlab-api/config.json)' '--output' 'output format' '--include' 'print the HTTP status line and response headers' '--paginate' 'follow every page and print all items' '--all' 'same as --paginate' '--max-pages' 'stop --paginate after N pages' '--timeout' 'give up on a request after SECONDS, 0 for never (env GITLAB_API_TIMEOUT; default 30)' '--dry-run' 'print the request as a curl command, token redacted, and send nothing' '--verbose' 'print the request line and response status to stderr' '--help' 'show help' '--version' 'show the version'
  else
    printf '%s\n' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout'
  end
end
function __gitlab_api_val_version-api
  switch $argv[1]
    case '--config'
      echo file
    case '--output'
      printf '%s\n' 'json' 'ndjson' 'yaml'
  end
end

function __gitlab_api_complete
  set -l tokens (commandline -opc)
  set -l cur (commandline -ct)
  set -l valued (__gitlab_api_global_valued)
  set -l command
  set -l skip 0
  for w in $tokens[2..-1]
    if test $skip = 1
      set skip 0
      continue
    end
    if string match -q -- '-*' $w
      contains -- $w $valued; and set skip 1
      continue
    end
    set command $w
    break
  end
  if test -n "$command"
    switch $command
      case completion
        printf '%s\n' bash zsh fish
        return
      case help
        __gitlab_api_commands
        return
    end
    __gitlab_api_operation $command options >/dev/null; or return
    set valued (__gitlab_api_operation $command valued)
  end
  # The option whose value is being completed: --opt=value or --opt value.
  set -l flag
  set -l prefix
  set -l vcur $cur
  if string match -q -r -- '^--[^=]+=' $cur
    set flag (string replace -r -- '=.*' '' $cur)
    set prefix "$flag="
    set vcur (string replace -r -- '^[^=]*=' '' $cur)
  else if test (count $tokens) -gt 1; and contains -- $tokens[-1] $valued
    set flag $tokens[-1]
  end
  if test -n "$flag"
    set -l values (__gitlab_api_values "$command" $flag)
    if test "$values" = file
      __fish_complete_path $vcur | string replace -r -- '^' "$prefix"
    else if test "$values" = data
      if string match -q -- '@*' $vcur
        __fish_complete_path (string sub -s 2 -- $vcur) | string replace -r -- '^' "$prefix@"
      else
        printf '%s\n' "$prefix-" "$prefix@"
      end
    else
      for v in $values
        printf '%s\n' "$prefix$v"
      end
    end
    return
  end
  if test -z "$command"
    if string match -q -- '-*' $cur
      __gitlab_api_before
    else
      __gitlab_api_commands
    end
    return
  end
  if test -z "$cur"; or string match -q -- '-*' $cur
    __gitlab_api_operation $command options
  end
end

complete -c gitlab-api -e
complete -c gitlab-api -f -k -a '(__gitlab_api_complete)'
